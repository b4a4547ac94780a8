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
  // Seat titles of the 1960s and 1970s in the programmes' own words, where the crew table has
  // only "pilot" (Apollo's two pilots, Skylab) or a later term (Voskhod 1's "MSP"). These are
  // the crews as NASA and the Soviet programme announced them.
  ['Voskhod 1', 'Konstantin Feoktistov', 'scientist'],
  // Gemini X: John Young was command pilot (the crew table says pilot).
  ['Gemini X', 'John Young', 'command pilot'],
  ['Voskhod 1', 'Boris Yegorov', 'physician'],
  ['Apollo 7', 'Donn F. Eisele', 'command module pilot'],
  ['Apollo 7', 'Walter Cunningham', 'lunar module pilot'],
  ['Apollo 8', 'James A. Lovell', 'command module pilot'],
  ['Apollo 8', 'William Anders', 'lunar module pilot'],
  ['Apollo 9', 'David Scott', 'command module pilot'],
  ['Apollo 9', 'Russell L. Schweickart', 'lunar module pilot'],
  ['Apollo 10', 'John W. Young', 'command module pilot'],
  ['Apollo 10', 'Eugene Cernan', 'lunar module pilot'],
  ['Apollo 11', 'Michael Collins', 'command module pilot'],
  ['Apollo 11', 'Buzz Aldrin', 'lunar module pilot'],
  ['Apollo 12', 'Richard F. Gordon', 'command module pilot'],
  ['Apollo 12', 'Alan Bean', 'lunar module pilot'],
  ['Apollo 13', 'Jack Swigert', 'command module pilot'],
  ['Apollo 13', 'Fred Haise', 'lunar module pilot'],
  ['Apollo 14', 'Stuart Roosa', 'command module pilot'],
  ['Apollo 14', 'Edgar Mitchell', 'lunar module pilot'],
  ['Apollo 15', 'Alfred Worden', 'command module pilot'],
  ['Apollo 15', 'James Irwin', 'lunar module pilot'],
  ['Apollo 16', 'Ken Mattingly', 'command module pilot'],
  ['Apollo 16', 'Charles Duke', 'lunar module pilot'],
  ['Apollo 17', 'Ronald Evans', 'command module pilot'],
  ['Apollo 17', 'Harrison Schmitt', 'lunar module pilot'],
  ['Skylab 2', 'Joseph P. Kerwin', 'science pilot'],
  ['Skylab 3', 'Owen K. Garriott', 'science pilot'],
  ['Skylab 4', 'Edward Gibson', 'science pilot'],
  // Apollo–Soyuz Test Project: the US crew's titles; the Soyuz 19 crew were commander and flight engineer.
  ['Apollo-Soyuz Test Project', 'Thomas P. Stafford', 'commander'],
  ['Apollo-Soyuz Test Project', 'Vance D. Brand', 'command module pilot'],
  ['Apollo-Soyuz Test Project', 'Deke Slayton', 'docking module pilot'],
  ['Soyuz 19', 'Alexey Leonov', 'commander'],
  ['Soyuz 19', 'Valeri Kubasov', 'flight engineer'],
  // Single-seat and suborbital flights: the one person aboard was the pilot.
  ['Mercury-Redstone 3', 'Alan Shepard', 'pilot'],
  ['Mercury-Redstone 4', 'Gus Grissom', 'pilot'],
  // Soviet flights the crew table lacks or misnames: the aborted Soyuz 18a (1975) and
  // Soyuz T-10-1 (1983) crews, and the research cosmonauts of Soyuz T-11 (1984).
  ['Soyuz-18', 'Vasily Lazarev', 'commander'],
  ['Soyuz-18', 'Oleg Grigoryevich Makarov', 'flight engineer'],
  ['Soyuz T', 'Vladimir Georgiyevich Titov', 'commander'],
  ['Soyuz T', 'Gennadi Strekalov', 'flight engineer'],
  ['Soyuz T-11', 'Rakesh Sharma', 'research cosmonaut'],
  // Seats the crew table gives wrongly (an expedition role for the seat, or a slip), checked
  // by the rule that a Soyuz has one commander and a Shuttle one commander and one pilot.
  ['Soyuz 9', 'Andriyan Nikolayev', 'commander'],
  ['Soyuz TM-7', 'Aleksandr Aleksandrovich Volkov', 'commander'],
  ['Soyuz TM-13', 'Aleksandr Aleksandrovich Volkov', 'commander'],
  ['Soyuz TMA-3', 'Aleksandr Kaleri', 'commander'],
  // Soyuz TM-6 had no flight engineer's seat: Lyakhov flew it; Polyakov, a physician, flew
  // as research cosmonaut.
  ['Soyuz TM-6', 'Valeri Polyakov', 'research cosmonaut'],
  ['Soyuz TMA-7', 'Valeri Tokarev', 'commander'],
  ['Soyuz TMA-9', 'Mikhail Tyurin', 'commander'],
  ['Soyuz TMA-15', 'Roman Romanenko', 'commander'],
  ['Soyuz TMA-01M', 'Aleksandr Kaleri', 'commander'],
  ['Soyuz TMA-22', 'Anton Shkaplerov', 'commander'],
  ['Soyuz TMA-22', 'Anatoli Ivanishin', 'flight engineer'],
  ['Soyuz TMA-07M', 'Roman Romanenko', 'commander'],
  ['Soyuz MS-01', 'Anatoli Ivanishin', 'commander'],
  ['STS-40', 'Sidney M. Gutierrez', 'pilot'],
  ['STS-46', 'Claude Nicollier', 'mission specialist'],
  ['STS-61', 'Claude Nicollier', 'mission specialist'],
  ['STS-74', 'Chris Hadfield', 'mission specialist'],
  ['STS-75', 'Umberto Guidoni', 'payload specialist'],
  ['STS-78', 'Robert Thirsk', 'payload specialist'],
  ['STS-86', 'Vladimir Georgiyevich Titov', 'mission specialist'],
  ['STS-87', 'Leonid Kadeniuk', 'payload specialist'],
  ['STS-100', 'Chris Hadfield', 'mission specialist'],
  // Vladimir Dezhurov went up on STS-105 as a flight engineer of ISS Expedition 3 (the table
  // has his role as the Soyuz commander of that expedition).
  ['STS-105', 'Vladimir Dezhurov', 'expedition flight engineer'],
  // Shannon Lucid went up on STS-76 as a mission specialist for her long Mir stay.
  ['STS-76', 'Shannon Lucid', 'mission specialist'],
  // Claudie Haigneré: research cosmonaut on Cassiopée (1996); flight engineer on Andromède (2001).
  ['Soyuz TM-24', 'Claudie Haigneré', 'research cosmonaut'],
  ['Soyuz TM-33', 'Claudie Haigneré', 'flight engineer'],
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
  ['Inspiration4', 'Hayley Arceneaux', 'medical officer'],
  ['Inspiration4', 'Chris Sembroski', 'mission specialist'],
  // Fram2 (2025): a mission commander, a vehicle commander, a pilot and a medical officer.
  ['Fram-2', 'Chun Wang', 'commander'],
  ['Fram-2', 'Jannicke Mikkelsen', 'vehicle commander'],
  ['Fram-2', 'Rabea Rogge', 'pilot'],
  ['Fram-2', 'Eric Philips', 'medical officer'],
  // Crew-12 (2026).
  ['Crew-12', 'Jessica Meir', 'commander'],
  ['Crew-12', 'Jack Hathaway', 'pilot'],
  ['Crew-12', 'Sophie Adenot', 'mission specialist'],
  ['Crew-12', 'Andrei Fedyaev', 'mission specialist'],
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
  // SpaceShipTwo: the two pilots of each flight and Virgin Galactic's astronaut instructors
  // (Beth Moses, Colin Bennett on the Galactic flights); everyone else aboard falls to the
  // vehicle rule below.
  ['VP-03', 'Mark Stucky', 'pilot'],
  ['VP-03', 'Frederick W. Sturckow', 'pilot'],
  ['VF-01', 'David Mackay', 'pilot'],
  ['VF-01', 'Michael Masucci', 'pilot'],
  ['VF-01', 'Beth Moses', 'astronaut instructor'],
  ['Galactic 03', 'Michael Masucci', 'pilot'],
  ['Galactic 03', 'Nicola Pecile', 'pilot'],
  ['Galactic 03', 'Colin Bennett', 'astronaut instructor'],
  ['Galactic 05', 'Kelly Latimer', 'pilot'],
  ['Galactic 05', 'Michael Masucci', 'pilot'],
  ['Galactic 05', 'Colin Bennett', 'astronaut instructor'],
  ['Galactic 06', 'Nicola Pecile', 'pilot'],
  ['Galactic 06', 'Frederick W. Sturckow', 'pilot'],
  ['Galactic 07', 'Nicola Pecile', 'pilot'],
  ['Galactic 07', 'Jameel Janjua', 'pilot'],
  ['VF-03', 'David Mackay', 'pilot'],
  ['VF-03', 'Frederick W. Sturckow', 'pilot'],
  ['Unity 22', 'David Mackay', 'pilot'],
  ['Unity 22', 'Michael Masucci', 'pilot'],
  ['Unity 22', 'Beth Moses', 'astronaut instructor'],
  ['Unity 25', 'Michael Masucci', 'pilot'],
  ['Unity 25', 'Frederick W. Sturckow', 'pilot'],
  ['Unity 25', 'Beth Moses', 'astronaut instructor'],
  ['Galactic 01', 'Michael Masucci', 'pilot'],
  ['Galactic 01', 'Nicola Pecile', 'pilot'],
  ['Galactic 01', 'Colin Bennett', 'astronaut instructor'],
  ['Galactic 02', 'Kelly Latimer', 'pilot'],
  ['Galactic 02', 'Frederick W. Sturckow', 'pilot'],
  ['Galactic 02', 'Beth Moses', 'astronaut instructor'],
  ['Galactic 04', 'Kelly Latimer', 'pilot'],
  ['Galactic 04', 'Frederick W. Sturckow', 'pilot'],
  ['Galactic 04', 'Beth Moses', 'astronaut instructor'],
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
  // Shenzhou: the seat of commander; China names its other astronauts by their corps
  // category: pilot (the first two groups, all air force pilots, and the third group's
  // pilots), flight engineer or payload specialist (third group, flying from Shenzhou 16).
  ['Shenzhou 12', 'Nie Haisheng', 'commander'],
  ['Shenzhou 12', 'Liu Boming', 'pilot'],
  ['Shenzhou 12', 'Tang Hongbo', 'pilot'],
  ['Shenzhou 13', 'Zhai Zhigang', 'commander'],
  ['Shenzhou 13', 'Wang Yaping', 'pilot'],
  ['Shenzhou 13', 'Ye Guangfu', 'pilot'],
  ['Shenzhou 14', 'Chen Dong', 'commander'],
  ['Shenzhou 14', 'Liu Yang', 'pilot'],
  ['Shenzhou 14', 'Cai Xuzhe', 'pilot'],
  ['Shenzhou 15', 'Fei Junlong', 'commander'],
  ['Shenzhou 15', 'Deng Qingming', 'pilot'],
  ['Shenzhou 15', 'Zhang Lu', 'pilot'],
  ['Shenzhou 16', 'Jing Haipeng', 'commander'],
  ['Shenzhou 16', 'Zhu Yangzhu', 'flight engineer'],
  ['Shenzhou 16', 'Gui Haichao', 'payload specialist'],
  ['Shenzhou 17', 'Tang Hongbo', 'commander'],
  ['Shenzhou 17', 'Tang Shengjie', 'pilot'],
  ['Shenzhou 17', 'Jiang Xinlin', 'pilot'],
  ['Shenzhou 18', 'Ye Guangfu', 'commander'],
  ['Shenzhou 18', 'Li Cong', 'pilot'],
  ['Shenzhou 18', 'Li Guangsu', 'pilot'],
  ['Shenzhou 19', 'Cai Xuzhe', 'commander'],
  ['Shenzhou 19', 'Song Lingdong', 'pilot'],
  ['Shenzhou 19', 'Wang Haozhe', 'flight engineer'],
  ['Shenzhou 20', 'Chen Dong', 'commander'],
  ['Shenzhou 20', 'Chen Zhongrui', 'pilot'],
  ['Shenzhou 20', 'Wang Jie', 'flight engineer'],
  ['Shenzhou 21', 'Zhang Lu', 'commander'],
  // Wu Fei's category (pilot or flight engineer) is not certain here: left unknown.
  ['Shenzhou 21', 'Zhang Hongzhang', 'payload specialist'],
];

/**
 * Rules for whole vehicles. New Shepard capsules fly autonomously with no crew member on
 * board: everyone aboard is a spaceflight participant (the US regulator's term for a person
 * on board who is not crew).
 */
export const VEHICLE_ROLES: readonly (readonly [string, Role])[] = [
  ['New Shepard', 'spaceflight participant'],
  // The X-15 and SpaceShipOne carried one person, their pilot.
  ['X-15', 'pilot'],
  ['SpaceShipOne', 'pilot'],
  // SpaceShipTwo's cabin passengers (the pilots and instructors are listed above).
  ['SpaceShipTwo', 'spaceflight participant'],
];

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

/**
 * Landing instants the sources give only to the day (Wikidata) or not at all:
 * [flight name, UTC landing, precision, basis]. The importer uses them where no source gives the
 * instant, and checks them against Wikidata's career totals (within 1 %).
 */
export const LANDING_TIMES: readonly (readonly [string, string, 'second' | 'minute', string])[] = [
  // Vostok 3 flew 3 d 22 h 22 min from its 08:30 UTC launch; Wikidata has the day only.
  ['Vostok 3', '1962-08-15T06:52Z', 'minute', 'landed 06:52 UTC, 3 d 22 h 22 min after launch'],
  // Vostok 4 flew 2 d 22 h 57 min from its 08:02 UTC launch, landing minutes after Vostok 3.
  ['Vostok 4', '1962-08-15T06:59Z', 'minute', 'landed 06:59 UTC, 2 d 22 h 57 min after launch'],
  // Soyuz 19, the Soviet half of Apollo–Soyuz; Wikidata has the day only.
  ['Soyuz 19', '1975-07-21T10:50:51Z', 'second', 'landed 1975-07-21 10:50:51 UTC'],
  // Soyuz MS-10's booster failed; the descent module landed 19 min 41 s after launch.
  ['Soyuz MS-10', '2018-10-11T08:59:56Z', 'second', 'ballistic landing 19 min 41 s after the 08:40:15 UTC launch'],
];

/**
 * Crewed launches that never reached space although the crew came home: [GCAT launch tag, basis].
 * They count no time in space.
 */
export const NOT_IN_SPACE: readonly (readonly [string, string])[] = [
  // Soyuz T-10-1 (1983-09-26): the booster caught fire on the pad; the launch escape system
  // pulled the capsule clear and it landed a few kilometres away.
  ['1983-F02', 'pad abort: the escape system carried the capsule clear of the burning booster'],
];

/**
 * Crews lost on their flight: [flight name, phase, instant of the loss (UTC), precision,
 * reached space, basis]. Their seats are shown as lost, never as "came home".
 */
export const LOST_CREWS: readonly (readonly [string, 'ascent' | 're-entry' | 'landing', string, 'second' | 'minute', boolean, string])[] = [
  // Soyuz 1's parachutes failed to open; the capsule struck the ground at the landing instant.
  ['Soyuz 1', 'landing', '1967-04-24T03:22:52Z', 'second', true, 'parachute failure; lost at impact'],
  // Soyuz 11's cabin lost its air when the modules separated before re-entry; the crew were
  // found dead when the capsule landed, which is the instant recorded here.
  ['Soyuz 11', 're-entry', '1971-06-29T23:16:52Z', 'second', true, 'cabin depressurised before re-entry; capsule landed at this instant'],
  // Challenger broke apart 73 s after lift-off (16:38:00 UTC), about 15 km up: below space.
  ['STS-51-L', 'ascent', '1986-01-28T16:39:13Z', 'second', false, 'vehicle broke apart 73 s after lift-off'],
  // Columbia broke apart during re-entry; contact was lost at 13:59:32 UTC, which is also
  // launch plus Wikidata's mission duration.
  ['STS-107', 're-entry', '2003-02-01T13:59:32Z', 'second', true, 'orbiter broke apart during re-entry; loss of signal'],
];
