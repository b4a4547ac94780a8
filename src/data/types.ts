// The shapes of the bundled dataset (data/*.json). The importer writes them,
// src/data/load.ts reads them, and --json output is built from them.

/** How much of a time is known. A `time` string is never more precise than this. */
export type Precision = 'second' | 'minute' | 'day' | 'month';

/** GCAT launch category, from the first letter of the launch code. */
export type Category = 'orbital' | 'deep-space' | 'lunar-ascent';

/** GCAT launch result, from the second letter of the launch code and its score. */
export type Outcome = 'success' | 'failure' | 'partial' | 'unknown';

export type UncertainField = 'time' | 'vehicle' | 'site' | 'pad' | 'agencies';

export interface LaunchLL2 {
  /** Launch Library 2 launch id (UUID). */
  id: string;
  /** LL2 launch name, "Soyuz-U2 | Soyuz TM-14". */
  name: string;
  /** LL2 mission name, null where LL2 gives none. */
  mission: string | null;
  /** LL2 mission type ("Human Exploration", "Communications", …). */
  missionType: string | null;
  /** How the match was made. */
  match: 'time' | 'time+name' | 'day+name';
}

export interface Launch {
  /** GCAT launch tag: "1992-014", "2018-F01", "1957 ALP". Stable id. */
  id: string;
  /** Flight or primary payload name, as GCAT gives it. */
  name: string;
  /** UTC time, ISO 8601 truncated to `precision`: "1992-03-17T10:54:30Z", "1958-02-05T07:33Z", "2025-12-23". */
  time: string;
  precision: Precision;
  /** Fields GCAT marks as uncertain (a trailing "?"). */
  uncertain: UncertainField[];
  /** Vehicle id (GCAT LV_Type), a key of vehicles.json. */
  vehicle: string;
  /** Vehicle variant where GCAT gives one for this launch. */
  variant: string | null;
  /** GCAT flight id of the vehicle (serial number), where given. */
  flightId: string | null;
  /** Site id (GCAT site code at the time of launch), a key of sites.json. */
  site: string;
  /** Pad code within the site, null where GCAT gives none. */
  pad: string | null;
  /** Sea or air platform code (GCAT), where the launch used one. */
  platform: string | null;
  /** Agency ids (GCAT org codes), keys of agencies.json. */
  agencies: string[];
  /** GCAT launch code as given: "OS", "OF", "OS89", "DS", "XS". */
  code: string;
  category: Category;
  outcome: Outcome;
  /** GCAT partial-success score (0..1) for codes with digits, else null. */
  score: number | null;
  /** GCAT's reading of the result: a score below 0.75 counts as a failure. Null when unknown. */
  success: boolean | null;
  /**
   * Payload names in GCAT order. For launches after 2024-12-08 GCAT's launch list gives one
   * payload description per launch ("Kineis 5A-5E"), so this has at most one entry.
   */
  payloads: string[];
  /** Number of payloads, null where the source does not count them (after 2024-12-08). */
  payloadCount: number | null;
  /** Carried people. */
  crewed: boolean;
  /** The matching Launch Library 2 launch, null where none matched. */
  ll2: LaunchLL2 | null;
  /**
   * The name people recognise (src/importer/titles.ts: LL2's mission name cleaned, else GCAT's
   * name). Missing in data built before titles: then `name`.
   */
  title?: string;
  /** The launch's other names, each once: GCAT's name first where it is not the title. */
  aliases?: string[];
  /** Names people use that neither source gives (src/importer/titles.ts); matched like the title. */
  knownAs?: string[];
}

export interface Pad {
  /** GCAT pad code, e.g. "LC1". */
  code: string;
  /** GCAT pad name. Null where GCAT's pad list lacks the pad. */
  name: string | null;
  /** Launch Library 2's name for the pad ("1/5"), where launches from it matched. */
  ll2Name: string | null;
  latitude: number | null;
  longitude: number | null;
  /** Where the coordinates come from: the pad itself, or the site (pad not in GCAT's list). */
  coordinates: 'pad' | 'site';
}

export type ZoneSource = 'll2' | 'lookup' | 'explicit';

export interface Site {
  /** GCAT site code used by launches, e.g. "GIK-5", "NIIP-5". */
  id: string;
  /** GCAT code of the site today (renamed sites share it), e.g. NIIP-5 -> GIK-5. */
  current: string;
  /** Short English name ("Baykonur"). */
  shortName: string;
  /** Full English name, with GCAT's errors corrected (src/importer/siteCorrections.ts). */
  name: string;
  /** GCAT's own name for the site, as sites.tsv gives it (differs from `name` where corrected). */
  gcatName: string;
  /** Launch Library 2's location name, where a pad of it is near. */
  ll2Name: string | null;
  /**
   * Launch Library 2's country (ISO 3166 alpha-3) for the nearest LL2 place: usually where the site
   * lies ("KAZ" for Baikonur), for a few the operating country (Hammaguir "FRA", San Marco "ITA").
   * Null where no LL2 place is near.
   */
  country: string | null;
  /** GCAT state code of the operator at the time ("SU", "US"), and its English name. */
  state: string;
  stateName: string | null;
  body: 'Earth' | 'Moon';
  latitude: number | null;
  longitude: number | null;
  /** IANA time zone; null only off Earth. */
  timeZone: string | null;
  timeZoneSource: ZoneSource | null;
  pads: Pad[];
}

export interface Vehicle {
  /** GCAT LV_Name, e.g. "Soyuz-U2". */
  id: string;
  family: string | null;
  /** GCAT org code of the manufacturer and its English name (readable: src/importer/orgNames.ts). */
  manufacturer: string | null;
  manufacturerName: string | null;
  /** GCAT's own name for the manufacturer, as orgs.tsv gives it. */
  manufacturerGcatName: string | null;
  /** Variants GCAT lists under this name. */
  variants: string[];
  /** False where GCAT's vehicle list lacks the vehicle (family and maker unknown). */
  listed: boolean;
}

export interface Agency {
  /** GCAT org code, e.g. "NASA". */
  id: string;
  /** Short name as GCAT gives it (LaTeX accent escapes decoded). */
  shortName: string;
  /**
   * Readable English name: GCAT's English name where it has one, else its name, with LaTeX accent
   * escapes decoded, or the project's name where GCAT's is a transliteration or a typo
   * (src/importer/orgNames.ts).
   */
  name: string;
  /** GCAT's own name, as orgs.tsv gives it (an alias; differs from `name` where corrected). Null where orgs.tsv lacks the agency. */
  gcatName: string | null;
  /** GCAT state code and English name of the state. */
  state: string | null;
  stateName: string | null;
  /** GCAT org type codes, e.g. ["O","LA"]. */
  types: string[];
  /** GCAT org class letter (A academic, B business, C civil, D defence, …). */
  class: string | null;
}

export interface SourceFile {
  file: string;
  /** Date the file says it was updated ("# Updated …"), as an ISO date; null where it does not say. */
  updated: string | null;
  /** Date of the newest record in the file, for files of dated records. */
  covers: string | null;
  bytes: number;
  sha256: string;
  credit: string;
}

export interface LaunchRef {
  id: string;
  name: string;
  /** The launch's title (see Launch.title); missing in data built before titles. */
  title?: string;
  time: string;
}

export interface Summary {
  total: number;
  first: LaunchRef | null;
  last: LaunchRef | null;
  byCategory: Record<string, number>;
  byOutcome: Record<string, number>;
  byDecade: Record<string, number>;
  byYear: Record<string, number>;
  crewed: number;
  successes: number;
}

/**
 * Seat roles in each programme's own words: Gemini's command pilot, Apollo's command and lunar
 * module pilots, Skylab's science pilot, the Shuttle's mission and payload specialists, the
 * Soyuz research cosmonaut, Voskhod 1's scientist and physician, a private flight's medical
 * officer or vehicle commander, and station crew riding the Shuttle (expedition commander,
 * expedition flight engineer).
 */
export const ROLES = [
  'commander',
  'command pilot',
  'vehicle commander',
  'joint operations commander',
  'pilot',
  'command module pilot',
  'lunar module pilot',
  'docking module pilot',
  'science pilot',
  'flight engineer',
  'expedition commander',
  'expedition flight engineer',
  'mission specialist',
  'payload specialist',
  'research cosmonaut',
  'scientist',
  'physician',
  'medical officer',
  'astronaut instructor',
  'spaceflight participant',
] as const;
export type Role = (typeof ROLES)[number];

/**
 * A crewed flight that was not an orbital launch attempt and whose apogee reached 80 km
 * (Mercury-Redstone 3, X-15 flight 90, SpaceShipOne, SpaceShipTwo, New Shepard), kept in
 * suborbital.json so that the people who flew on it have complete records. Orbital statistics
 * never include these. The rule is src/importer/suborbitalFacts.ts's SUBORBITAL_RULE.
 */
export interface SuborbitalFlight {
  /** GCAT tag where GCAT's list has the flight ("2025-S08"), else "sub-" and the UTC date. */
  id: string;
  name: string;
  /**
   * The launch instant: lift-off for a ground launch, release from the carrier aircraft for an
   * air launch (`launch`). Seat durations run from it to the landing.
   */
  time: string;
  precision: Precision;
  /** Which source gives the time. */
  timeSource: 'gcat' | 'wikidata' | 'll2' | 'suborbital-facts';
  /** How the flight began: lift-off from the ground, or release from a carrier aircraft. */
  launch: 'lift-off' | 'release';
  category: 'suborbital';
  /** Vehicle name as the source gives it ("Redstone MRLV", "New Shepard"). */
  vehicle: string;
  /** GCAT site code where GCAT lists the flight, else null (not in the sources). */
  site: string | null;
  pad: string | null;
  /** Peak altitude in km; null where only a vehicle rule vouches for it (apogeeSource "vehicle-rule"). */
  apogeeKm: number | null;
  /** Where the apogee comes from: GCAT's launch-tail.tsv, src/importer/suborbitalFacts.ts, or its vehicle rule. */
  apogeeSource: 'gcat' | 'suborbital-facts' | 'vehicle-rule';
  /** Above 100 km, the Kármán line (every flight here reached 80 km). */
  karman: boolean;
  /** The crew was lost on this flight: when (UTC day) and in which phase. */
  lost: { at: string; phase: 'ascent' | 'descent' | 'landing' } | null;
  /** Launch Library 2's flight (null for a flight only the facts table has: SpaceShipOne). */
  ll2: { id: string; name: string } | null;
  /** The Wikidata mission joined to it (launch and landing instants). */
  wikidata: string | null;
}

export type RoleSource = 'crew-table' | 'crew-facts' | 'vehicle-rule' | 'll2';
export type LandingSource = 'crew-facts' | 'wikidata' | 'crew-table' | 'same' | 'll2';

/** How a seat ended: back on Earth, lost with the vehicle, or still in space on the data's last day. */
export type SeatOutcome = 'returned' | 'lost' | 'in space';
export const LOSS_PHASES = ['ascent', 're-entry', 'descent', 'landing'] as const;
export type LossPhase = (typeof LOSS_PHASES)[number];

/** An organisation a person flew for: "NASA", "Interkosmos", "Soviet space programme". */
export interface SeatAgency {
  abbrev: string | null;
  name: string;
}

/** One person's seat on one flight. */
export interface Seat {
  /** Launch id (launches.json or suborbital.json) the person went up on. */
  launch: string;
  role: Role | null;
  /** Where the role comes from: the crew table, src/importer/crewFacts.ts (a seat entry or a vehicle rule), or Launch Library 2's crew list (seats `almanac data update` added). */
  roleSource: RoleSource | null;
  /**
   * The state(s) the person flew for on that date (ISO 3166 code of the time: SU for the Soviet
   * Union, CS for Czechoslovakia, DD for East Germany; "West Germany" is DE before 1990-10-03).
   */
  nationality: Nationality[];
  /** The organisation they flew for on that date, by its name of the time; null where unknown. */
  agency: SeatAgency | null;
  /** Launch id of the vehicle the person came home in: the same launch unless they swapped. */
  landedIn: string;
  /** How the landing vehicle is known: src/importer/crewFacts.ts, Wikidata's crew links, the crew table, Launch Library 2's landing crews (an update), or no swap recorded. */
  landedInSource: LandingSource;
  /**
   * UTC landing time of that vehicle at `landingPrecision`; null where no source gives it, for a
   * crew lost before landing, and for people still in space on the data's last day.
   */
  landing: string | null;
  landingPrecision: Precision | null;
  /** returned, lost (see `lost`), or in space on the data's last day (the total is then a lower bound). */
  outcome: SeatOutcome;
  /**
   * For a crew lost on the flight: the instant the flight ended for them (Challenger's break-up,
   * Columbia's loss of signal, the Soyuz 1 and 11 capsules' landings) and the phase.
   */
  lost: { at: string; precision: Precision; phase: LossPhase } | null;
  /** False for a flight that never reached space (Challenger; the Soyuz T-10-1 pad abort): no time in space. */
  reachedSpace: boolean;
  /**
   * Time in space on this seat, in seconds: landing minus launch (to the second) for a crew that
   * came home; launch to the loss for a crew lost in space; 0 for a flight that never reached
   * space; null where either end is unknown.
   */
  seconds: number | null;
  /** For an ascent from the Moon: the launch of the flight it belongs to (its time counts there). */
  partOf: string | null;
}

/** How much of a person's date is known: the day, or only the year. */
export type DatePrecision = 'day' | 'year';

export interface Nationality {
  country: string;
  /** ISO 3166 alpha-2 code, null where the source gives none. */
  code: string | null;
}

export interface Person {
  /** Stable id made from the name: "aleksandr-kaleri". */
  id: string;
  name: string;
  /** Other spellings found in the sources ("Kaleri, Aleksandr", "Alexander Kaleri"). */
  names: string[];
  /** Name in its own script where the crew table gives it ("Александр Юрьевич Калери"). */
  native: string | null;
  /**
   * Birth and death as ISO 8601 dates at the precision the sources support, null where unknown:
   * "1957-03-12" (bornPrecision "day") or "1957" (bornPrecision "year"). A year-only value is
   * never padded to a day ("1957-01-01" in a source is a placeholder unless a second source
   * confirms it), so code that needs a day must check the precision (or the length) first.
   */
  born: string | null;
  bornPrecision: DatePrecision | null;
  died: string | null;
  diedPrecision: DatePrecision | null;
  /** Nationality on the data's last day, or at death (Gagarin: Soviet Union). Each seat says what it was then. */
  nationality: Nationality[];
  /** The organisation of their latest flight (each seat says whom it flew for then). */
  agency: SeatAgency | null;
  /** Seats in time order. */
  flights: Seat[];
  /**
   * Time in space, in seconds: the sum of the seat durations, a seat in space on the data's last
   * day counted up to that day's last launch (domain/crew.ts timeInSpace). A lower bound where
   * `complete` is false.
   */
  seconds: number;
  /** False where at least one seat's duration is unknown (the total is then a lower bound). */
  complete: boolean;
  /** Reference total from Wikidata (time_in_space_seconds), for comparison; null where absent. */
  reference: number | null;
}

export const EVENT_KINDS = ['first', 'planetary landing', 'flyby', 'orbit', 'docking', 'spacewalk', 'station', 'accident', 'record', 'return', 'end'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** A milestone from the project's curated list (src/importer/events.txt), in its own words. */
export interface SpaceEvent {
  /** UTC date and the first words of the title: "1967-01-27-fire-in-the-apollo-1-cabin". */
  id: string;
  /** UTC, truncated to `precision`; taken from the launch or landing where the event is one. */
  time: string;
  precision: Precision;
  kind: EventKind;
  title: string;
  /** Launch ids (launches.json or suborbital.json) and person ids (people.json) it concerns. */
  launches: string[];
  people: string[];
}

export interface Meta {
  schema: number;
  dataset: string;
  summary: Summary;
  counts: { launches: number; sites: number; vehicles: number; agencies: number; ll2Matched: number; people: number; seats: number; suborbital: number; events: number; eventDays: number };
  sources: SourceFile[];
  choices: string[];
  /** The crewed suborbital rule and how many flights are above and below 100 km (absent in datasets built before it). */
  suborbital?: { rule: string; karman: number; belowKarman: number };
}
