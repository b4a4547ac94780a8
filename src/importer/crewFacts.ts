// Crew facts for flights the crew table (TidyTuesday, which ends in 2019) does not cover, and
// landings the other sources get wrong.
//
// These are facts written down by the project, not copied from any source: the seat each
// person held, as the operators announced it, and the vehicle they came home in. Every value
// taken from here carries `roleSource: "crew-facts"` or `landedInSource: "crew-facts"` in
// data/people.json. The importer lists entries it cannot find in the data, and a test on the
// real sources requires that list to be empty, so the table cannot silently rot.
//
// Where a fact was not certain it is left out, and the value stays unknown.
import type { Role } from '../data/types.js';

/** [flight name (its words must all appear in one of the flight's names in the dataset), person name, role]. */
export const ROLES: readonly (readonly [string, string, Role])[] = [
  // SpaceX Crew Dragon, NASA commercial crew: commander, pilot, then mission specialists.
  ['SpX DM-2', 'Douglas Hurley', 'commander'],
  ['SpX DM-2', 'Robert Behnken', 'joint operations commander'],
  ['Crew-1', 'Michael Hopkins', 'commander'],
  ['Crew-1', 'Victor Glover', 'pilot'],
  ['Crew-1', 'Shannon Walker', 'mission specialist'],
  ['Crew-1', 'Soichi Noguchi', 'mission specialist'],
  ['Crew-2', 'Shane Kimbrough', 'commander'],
  ['Crew-2', 'Megan McArthur', 'pilot'],
  ['Crew-2', 'Akihiko Hoshide', 'mission specialist'],
  ['Crew-2', 'Thomas Pesquet', 'mission specialist'],
  ['Crew-3', 'Raja Chari', 'commander'],
  ['Crew-3', 'Thomas Marshburn', 'pilot'],
  ['Crew-3', 'Matthias Maurer', 'mission specialist'],
  ['Crew-3', 'Kayla Barron', 'mission specialist'],
  ['Crew-4', 'Kjell Lindgren', 'commander'],
  ['Crew-4', 'Robert Hines', 'pilot'],
  ['Crew-4', 'Samantha Cristoforetti', 'mission specialist'],
  ['Crew-4', 'Jessica Watkins', 'mission specialist'],
  ['Crew-5', 'Nicole Mann', 'commander'],
  ['Crew-5', 'Josh Cassada', 'pilot'],
  ['Crew-5', 'Koichi Wakata', 'mission specialist'],
  ['Crew-5', 'Anna Kikina', 'mission specialist'],
  ['Crew-6', 'Stephen Bowen', 'commander'],
  ['Crew-6', 'Warren Hoburg', 'pilot'],
  ['Crew-6', 'Sultan Al Neyadi', 'mission specialist'],
  ['Crew-6', 'Andrey Fedyaev', 'mission specialist'],
  ['Crew-7', 'Jasmin Moghbeli', 'commander'],
  ['Crew-7', 'Andreas Mogensen', 'pilot'],
  ['Crew-7', 'Satoshi Furukawa', 'mission specialist'],
  ['Crew-7', 'Konstantin Borisov', 'mission specialist'],
  ['Crew-8', 'Matthew Dominick', 'commander'],
  ['Crew-8', 'Michael Barratt', 'pilot'],
  ['Crew-8', 'Jeanette Epps', 'mission specialist'],
  ['Crew-8', 'Alexander Grebenkin', 'mission specialist'],
  // Crew-9 launched with two people; two seats were kept for the Starliner test crew's return.
  ['Crew-9', 'Nick Hague', 'commander'],
  ['Crew-9', 'Aleksandr Gorbunov', 'mission specialist'],
  ['Crew-10', 'Anne McClain', 'commander'],
  ['Crew-10', 'Nichole Ayers', 'pilot'],
  ['Crew-10', 'Takuya Onishi', 'mission specialist'],
  ['Crew-10', 'Kirill Peskov', 'mission specialist'],
  ['Crew-11', 'Zena Cardman', 'commander'],
  ['Crew-11', 'Michael Fincke', 'pilot'],
  ['Crew-11', 'Kimiya Yui', 'mission specialist'],
  ['Crew-11', 'Oleg Platonov', 'mission specialist'],
  // Private Crew Dragon flights.
  ['Inspiration4', 'Jared Isaacman', 'commander'],
  ['Inspiration4', 'Sian Proctor', 'pilot'],
  ['Axiom Ax-1', 'Michael López-Alegría', 'commander'],
  ['Axiom Ax-1', 'Larry Connor', 'pilot'],
  ['Axiom Ax-1', 'Eytan Stibbe', 'mission specialist'],
  ['Axiom Ax-1', 'Mark Pathy', 'mission specialist'],
  ['Axiom Ax-2', 'Peggy Whitson', 'commander'],
  ['Axiom Ax-2', 'John Shoffner', 'pilot'],
  ['Axiom Ax-2', 'Ali AlQarni', 'mission specialist'],
  ['Axiom Ax-2', 'Rayyanah Barnawi', 'mission specialist'],
  ['Axiom Ax-3', 'Michael López-Alegría', 'commander'],
  ['Axiom Ax-3', 'Walter Villadei', 'pilot'],
  ['Axiom Ax-3', 'Alper Gezeravcı', 'mission specialist'],
  ['Axiom Ax-3', 'Marcus Wandt', 'mission specialist'],
  ['Axiom Ax-4', 'Peggy Whitson', 'commander'],
  ['Axiom Ax-4', 'Shubhanshu Shukla', 'pilot'],
  ['Axiom Ax-4', 'Sławosz Uznański', 'mission specialist'],
  ['Axiom Ax-4', 'Tibor Kapu', 'mission specialist'],
  ['Polaris Dawn', 'Jared Isaacman', 'commander'],
  ['Polaris Dawn', 'Scott Poteet', 'pilot'],
  ['Polaris Dawn', 'Sarah Gillis', 'mission specialist'],
  ['Polaris Dawn', 'Anna Menon', 'mission specialist'],
  // Boeing Starliner Crew Flight Test.
  ['Starliner Crewed Flight Test', 'Barry Wilmore', 'commander'],
  ['Starliner Crewed Flight Test', 'Sunita Williams', 'pilot'],
  // Soyuz MS: a commander and flight engineers; visitors flying for a short stay are
  // spaceflight participants.
  ['Soyuz MS-16', 'Anatoli Ivanishin', 'commander'],
  ['Soyuz MS-16', 'Ivan Vagner', 'flight engineer'],
  ['Soyuz MS-16', 'Christopher Cassidy', 'flight engineer'],
  ['Soyuz MS-17', 'Sergey Ryzhikov', 'commander'],
  ['Soyuz MS-17', 'Sergey Kud-Sverchkov', 'flight engineer'],
  ['Soyuz MS-17', 'Kathleen Rubins', 'flight engineer'],
  ['Soyuz MS-18', 'Oleg Novitskiy', 'commander'],
  ['Soyuz MS-18', 'Pyotr Dubrov', 'flight engineer'],
  ['Soyuz MS-18', 'Mark Vande Hei', 'flight engineer'],
  ['Soyuz MS-19', 'Anton Shkaplerov', 'commander'],
  ['Soyuz MS-19', 'Klim Shipenko', 'spaceflight participant'],
  ['Soyuz MS-19', 'Yulia Peresild', 'spaceflight participant'],
  ['Soyuz MS-20', 'Alexander Misurkin', 'commander'],
  ['Soyuz MS-20', 'Yusaku Maezawa', 'spaceflight participant'],
  ['Soyuz MS-20', 'Yozo Hirano', 'spaceflight participant'],
  ['Soyuz MS-21', 'Oleg Artemyev', 'commander'],
  ['Soyuz MS-21', 'Denis Matveev', 'flight engineer'],
  ['Soyuz MS-21', 'Sergey Korsakov', 'flight engineer'],
  ['Soyuz MS-22', 'Sergey Prokopyev', 'commander'],
  ['Soyuz MS-22', 'Dmitry Petelin', 'flight engineer'],
  ['Soyuz MS-22', 'Francisco Rubio', 'flight engineer'],
  ['Soyuz MS-24', 'Oleg Kononenko', 'commander'],
  ['Soyuz MS-24', 'Nikolai Chub', 'flight engineer'],
  ['Soyuz MS-24', "Loral O'Hara", 'flight engineer'],
  ['Soyuz MS-25', 'Oleg Novitskiy', 'commander'],
  ['Soyuz MS-25', 'Marina Vasilevskaya', 'spaceflight participant'],
  ['Soyuz MS-25', 'Tracy Caldwell Dyson', 'flight engineer'],
  ['Soyuz MS-26', 'Aleksey Ovchinin', 'commander'],
  ['Soyuz MS-26', 'Ivan Vagner', 'flight engineer'],
  ['Soyuz MS-26', 'Donald Pettit', 'flight engineer'],
  ['Soyuz MS-27', 'Sergey Ryzhikov', 'commander'],
  ['Soyuz MS-27', 'Alexey Zubritsky', 'flight engineer'],
  ['Soyuz MS-27', 'Jonny Kim', 'flight engineer'],
  ['Soyuz MS-28', 'Sergey Kud-Sverchkov', 'commander'],
  ['Soyuz MS-28', 'Sergei Mikayev', 'flight engineer'],
  ['Soyuz MS-28', 'Christopher Williams', 'flight engineer'],
  // Shenzhou: the commanders; other seat titles were not announced consistently before
  // Shenzhou 16, so they are left unknown except where certain.
  ['Shenzhou 12', 'Nie Haisheng', 'commander'],
  ['Shenzhou 13', 'Zhai Zhigang', 'commander'],
  ['Shenzhou 14', 'Chen Dong', 'commander'],
  ['Shenzhou 15', 'Fei Junlong', 'commander'],
  ['Shenzhou 16', 'Jing Haipeng', 'commander'],
  ['Shenzhou 16', 'Zhu Yangzhu', 'flight engineer'],
  ['Shenzhou 16', 'Gui Haichao', 'payload specialist'],
  ['Shenzhou 17', 'Tang Hongbo', 'commander'],
  ['Shenzhou 18', 'Ye Guangfu', 'commander'],
  ['Shenzhou 19', 'Cai Xuzhe', 'commander'],
  ['Shenzhou 20', 'Chen Dong', 'commander'],
  ['Shenzhou 21', 'Zhang Lu', 'commander'],
];

/**
 * Rules for whole vehicles. New Shepard capsules fly autonomously with no crew member on
 * board: everyone aboard is a spaceflight participant (the US regulator's term for a person
 * on board who is not crew).
 */
export const VEHICLE_ROLES: readonly (readonly [string, Role])[] = [['New Shepard', 'spaceflight participant']];

/**
 * [flight name, person name, flight name of the vehicle they came home in]. For crews whose
 * return vehicle changed and whom Wikidata's crew links do not connect to it.
 */
export const LANDINGS: readonly (readonly [string, string, string])[] = [
  // Starliner returned empty; its test crew came home in Crew-9's Dragon on 2025-03-18.
  ['Starliner Crewed Flight Test', 'Barry Wilmore', 'Crew-9'],
  ['Starliner Crewed Flight Test', 'Sunita Williams', 'Crew-9'],
  // The short-stay visitors of Soyuz MS-25 came home in Soyuz MS-24 (2024-04-06).
  ['Soyuz MS-25', 'Oleg Novitskiy', 'Soyuz MS-24'],
  ['Soyuz MS-25', 'Marina Vasilevskaya', 'Soyuz MS-24'],
  // Shenzhou 20 was found damaged; its crew came home in Shenzhou 21 (2025-11-14), and the
  // Shenzhou 21 crew's return vehicle became Shenzhou 22, launched without a crew.
  ['Shenzhou 20', 'Chen Dong', 'Shenzhou 21'],
  ['Shenzhou 20', 'Chen Zhongrui', 'Shenzhou 21'],
  ['Shenzhou 20', 'Wang Jie', 'Shenzhou 21'],
  ['Shenzhou 21', 'Zhang Lu', 'Shenzhou 22'],
  ['Shenzhou 21', 'Wu Fei', 'Shenzhou 22'],
  ['Shenzhou 21', 'Zhang Hongzhang', 'Shenzhou 22'],
];
