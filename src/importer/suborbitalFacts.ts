// Facts about crewed suborbital flights that the raw sources lack, written by the project:
// the apogee of each flight GCAT's suborbital list does not give, which vehicles are air-launched,
// a vehicle rule for New Shepard, the SpaceShipOne flights Launch Library 2 lacks, and a flight
// on which its pilot was lost. Each entry says where the figure comes from; a flight whose apogee
// is not known for sure has no entry here, and the importer then leaves it out and says so.
//
// Figures are the published ones, converted to km and rounded to 0.1 km (1 ft = 0.3048 m,
// 1 statute mile = 1.609344 km). X-15 altitudes are NASA's flight-record figures in feet; Virgin
// Galactic's are its post-flight releases ("in-flight facts"), in miles or feet.

/** The crewed suborbital rule, as stated in the README, data/meta.json and `data info`. */
export const SPACEFLIGHT_KM = 80; // the US 50-mile astronaut-wings line is 80.47 km; see below
export const KARMAN_KM = 100;

/**
 * A crewed flight counts as a spaceflight when its apogee reached 80 km (the 50-mile line the
 * US Air Force, NASA and the FAA use for astronaut wings: 50 mi = 80.47 km, and no crewed flight
 * in the sources peaked between 80 and 80.47 km). Each is marked as above or below 100 km
 * (the Kármán line, the FAI's boundary).
 */
export const SUBORBITAL_RULE =
  'A crewed flight that is not an orbital launch attempt is a spaceflight when its apogee reached 80 km (the US 50-mile astronaut-wings line); each is marked as above or below 100 km (the Kármán line). The apogee is GCAT\'s (launch-tail.tsv) where GCAT lists the flight, else src/importer/suborbitalFacts.ts; flights below 80 km or with no known apogee are left out.';

/** Vehicles launched from a carrier aircraft: their flight starts at release, not take-off. */
export const AIR_LAUNCHED: readonly string[] = [
  'X-15', // dropped from a B-52 (NB-52A/NB-52B)
  'SpaceShipOne', // released from White Knight
  'SpaceShipTwo', // released from WhiteKnightTwo (VMS Eve)
];

/**
 * Vehicles every crewed flight of which crossed 100 km, so that a flight without a figure of
 * its own still counts (apogeeKm stays null: no figure is made up).
 */
export const VEHICLE_APOGEE_RULES: readonly { vehicle: string; aboveKm: number; basis: string }[] = [
  {
    // Every crewed New Shepard flight (NS-16 in July 2021 onwards) peaked at about 105–107 km;
    // GCAT's launch-tail.tsv gives 105–107 km for every New Shepard flight from 2025 on, and
    // Blue Origin's own figures for the earlier crewed flights are all above 105 km.
    vehicle: 'New Shepard',
    aboveKm: KARMAN_KM,
    basis: 'every crewed New Shepard flight peaked above 100 km (about 105-107 km)',
  },
];

export interface SuborbitalFact {
  /** Vehicle as Launch Library 2 names it (the part before "|"). */
  vehicle: string;
  /** Flight name as Launch Library 2 names it (the part after "|"), or ours for flights it lacks. */
  name: string;
  /** UTC day of the flight: with the vehicle, it finds the flight. */
  day: string;
  apogeeKm: number;
  /** A crew lost on the flight: when, and in which phase. */
  lost?: { at: string; phase: 'ascent' | 'descent' | 'landing' };
  /**
   * A flight Launch Library 2 lacks: its crew (LL2 names, or a person of `EXTRA_PEOPLE`), and
   * its launch instant: a Wikidata mission to take it from, else the time given here.
   */
  add?: { crew: string[]; wikidata: string | null; time: string | null };
}

export const SUBORBITAL_FACTS: readonly SuborbitalFact[] = [
  // Mercury-Redstone: apogees from NASA's Project Mercury results (116.5 and 118.3 statute miles;
  // 101.2 and 102.8 nautical miles).
  { vehicle: 'Redstone MRLV', name: 'Mercury-Redstone 3', day: '1961-05-05', apogeeKm: 187.5 },
  { vehicle: 'Redstone MRLV', name: 'Mercury-Redstone 4', day: '1961-07-21', apogeeKm: 190.4 },

  // the 13 flights above 50 statute miles, NASA's peak altitudes in feet.
  { vehicle: 'X-15', name: 'Flight 62', day: '1962-07-17', apogeeKm: 95.9 }, // White, 314,750 ft
  { vehicle: 'X-15', name: 'Flight 77', day: '1963-01-17', apogeeKm: 82.8 }, // Walker, 271,700 ft
  { vehicle: 'X-15', name: 'Flight 87', day: '1963-06-27', apogeeKm: 86.9 }, // Rushworth, 285,000 ft
  { vehicle: 'X-15', name: 'Flight 90', day: '1963-07-19', apogeeKm: 106.0 }, // Walker, 347,800 ft
  { vehicle: 'X-15', name: 'Flight 91', day: '1963-08-22', apogeeKm: 108.0 }, // Walker, 354,200 ft
  { vehicle: 'X-15', name: 'Flight 138', day: '1965-06-29', apogeeKm: 85.5 }, // Engle, 280,600 ft
  { vehicle: 'X-15', name: 'Flight 143', day: '1965-08-10', apogeeKm: 82.6 }, // Engle, 271,000 ft
  { vehicle: 'X-15', name: 'Flight 150', day: '1965-09-28', apogeeKm: 90.1 }, // McKay, 295,600 ft
  { vehicle: 'X-15', name: 'Flight 153', day: '1965-10-14', apogeeKm: 81.2 }, // Engle, 266,500 ft
  { vehicle: 'X-15', name: 'Flight 174', day: '1966-11-01', apogeeKm: 93.5 }, // Dana, 306,900 ft
  { vehicle: 'X-15', name: 'Flight 190', day: '1967-10-17', apogeeKm: 85.5 }, // Knight, 280,500 ft
  // Adams, 266,000 ft. X-15-3 went into a hypersonic spin after its peak and broke up during the
  // descent, killing Michael J. Adams (NASA and USAF accident record; he was awarded astronaut
  // wings posthumously).
  { vehicle: 'X-15', name: 'Flight 191', day: '1967-11-15', apogeeKm: 81.1, lost: { at: '1967-11-15', phase: 'descent' } },
  { vehicle: 'X-15', name: 'Flight 197', day: '1968-08-21', apogeeKm: 81.5 }, // Dana, 267,500 ft

  // SpaceShipOne: Scaled Composites' figures (328,491 ft; 337,700 ft; 367,442 ft). Launch
  // Library 2 lacks all three; Wikidata has 15P and 17P (their launch instants are the release
  // from White Knight). 16P's release at 15:09 UTC is Wikipedia's (to the minute).
  { vehicle: 'SpaceShipOne', name: 'Flight 15P', day: '2004-06-21', apogeeKm: 100.1, add: { crew: ['Mike Melvill'], wikidata: 'Q7572206', time: null } },
  { vehicle: 'SpaceShipOne', name: 'Flight 16P', day: '2004-09-29', apogeeKm: 102.9, add: { crew: ['Mike Melvill'], wikidata: null, time: '2004-09-29T15:09:00Z' } },
  { vehicle: 'SpaceShipOne', name: 'Flight 17P', day: '2004-10-04', apogeeKm: 112.0, add: { crew: ['William Brian Binnie'], wikidata: 'Q7572208', time: null } },

  // SpaceShipTwo (VSS Unity): every flight above 80 km. Virgin Galactic's figures.
  { vehicle: 'SpaceShipTwo', name: 'VSS Unity VP-03', day: '2018-12-13', apogeeKm: 82.7 }, // 271,268 ft
  { vehicle: 'SpaceShipTwo', name: 'VSS Unity VF-01', day: '2019-02-22', apogeeKm: 89.9 }, // 295,007 ft
  { vehicle: 'SpaceShipTwo', name: 'VSS Unity VF-03', day: '2021-05-22', apogeeKm: 89.2 }, // "Unity 21": 89.23 km (55.45 mi)
  { vehicle: 'SpaceShipTwo', name: 'VSS Unity 22', day: '2021-07-11', apogeeKm: 86.1 }, // 86.1 km (Wikipedia); press reports "more than 282,000 ft" (86.0 km)
  { vehicle: 'SpaceShipTwo', name: 'VSS Unity 25', day: '2023-05-25', apogeeKm: 87.2 }, // 54.2 mi
  { vehicle: 'SpaceShipTwo', name: 'Galactic 01', day: '2023-06-29', apogeeKm: 85.0 }, // about 279,000 ft (52.8-52.9 mi)
  { vehicle: 'SpaceShipTwo', name: 'Galactic 02', day: '2023-08-10', apogeeKm: 88.5 }, // 55.0 mi
  { vehicle: 'SpaceShipTwo', name: 'Galactic 03', day: '2023-09-08', apogeeKm: 88.5 }, // 55 mi
  { vehicle: 'SpaceShipTwo', name: 'Galactic 04', day: '2023-10-06', apogeeKm: 87.4 }, // 54.3 mi
  { vehicle: 'SpaceShipTwo', name: 'Galactic 05', day: '2023-11-02', apogeeKm: 87.2 }, // about 87.2 km (Virgin Galactic's post-flight update)
  { vehicle: 'SpaceShipTwo', name: 'Galactic 06', day: '2024-01-26', apogeeKm: 88.8 }, // 55.2 mi
  { vehicle: 'SpaceShipTwo', name: 'Galactic 07', day: '2024-06-08', apogeeKm: 87.5 }, // 54.4 mi
  // Not here, so left out: VSS Unity VF-02 (2020-12-12; the rocket motor did not light and
  // Unity glided home), VSS Unity 24 (2023-04-26, two pilots only; no published apogee), and the
  // glide (GF), captive-carry (CC), cold (CF) and powered (PF) test flights, all below 80 km,
  // among them VSS Enterprise PF04 (2014-10-31), which broke up in powered flight, killing
  // Michael Alsbury.
];

/**
 * People who flew a flight of SUBORBITAL_FACTS but are not among Launch Library 2's astronauts,
 * in LL2's shape. Birth dates and nationalities only where certain.
 */
export const EXTRA_PEOPLE: readonly { name: string; born: string | null; nationality: { name: string; alpha_2_code: string } | null }[] = [
  // Michael Winston Melvill, Scaled Composites test pilot, born 30 November 1940 in
  // Johannesburg; an American test pilot (FAA commercial astronaut wings no. 1, 2004).
  { name: 'Mike Melvill', born: '1940-11-30', nationality: { name: 'United States of America', alpha_2_code: 'US' } },
];
