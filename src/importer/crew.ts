// People who flew and their seats. Sources, joined here:
//   - Launch Library 2 astronauts: who flew on which launch (joined to GCAT launches by time),
//     birth, death, nationality, agency.
//   - Wikidata missions and crew links: landing instants, and which vehicle each person came
//     home in (a person is linked to both the vehicle they went up in and the one they landed in).
//   - Wikidata astronauts: reference totals of time in space, for the cross-check.
//   - The TidyTuesday crew table (to 2019): roles, ascent and descent vehicles, native names.
//   - src/importer/crewFacts.ts: roles after 2019 and a few landings, written by the project.
import type { Launch, LandingSource, Person, Precision, Role, RoleSource, Seat, SuborbitalFlight } from '../data/types.js';
import { totalDifference, type TotalDifference } from '../domain/crew.js';
import { pushTo } from '../domain/group.js';
import { nameWords, normalize, spellingKey } from '../domain/text.js';
import { startMs } from '../domain/time.js';
import type { CsvFile, CsvRow } from './csv.js';
import { JOIN_TOLERANCE_MS } from './ll2.js';
import { nameOverlap } from './names.js';
import { Allegiance, INTERKOSMOS, SOVIET_SUCCESSOR_CODES, USSR_LAST_DAY, type AllegianceInput } from './allegiance.js';
import { LANDING_TIMES, LANDINGS, LOST_CREWS, ROLES, VEHICLE_ROLES } from './crewFacts.js';
import { selectSuborbital, splitLL2Name } from './suborbital.js';
import { emptyDateReport, personDates, type DateFact, type DateReport } from './personFacts.js';

export interface LL2Astronaut {
  id: number;
  name: string;
  date_of_birth: string | null;
  date_of_death?: string | null;
  nationality: { name: string; alpha_2_code?: string | null }[] | null;
  agency?: { name: string; abbrev: string | null } | null;
  flights: { id: string; name: string; net: string }[];
}

/** A suborbital row of GCAT's launch-tail.tsv. */
export interface TailFlight {
  id: string;
  time: string;
  precision: Precision;
  vehicle: string;
  name: string;
  site: string | null;
  pad: string | null;
  /** GCAT's Apogee column in km; null where empty or marked uncertain. */
  apogeeKm: number | null;
}

export interface CrewInputs {
  people: LL2Astronaut[];
  launches: readonly Launch[];
  /** LL2 flight id -> launch id, from the launches' crew join. */
  flightLaunch: ReadonlyMap<string, string>;
  tailFlights: readonly TailFlight[];
  tidy: CsvFile;
  missions: CsvFile;
  intervals: CsvFile;
  references: CsvFile;
  /** Birth and death corrections (src/importer/personFacts.ts). */
  dateFacts: readonly DateFact[];
}

export interface CrewResult {
  people: Person[];
  suborbital: SuborbitalFlight[];
  report: {
    /** Entries of src/importer/crewFacts.ts that match no seat (the real sources must leave none). */
    factsUnused: string[];
    notSpaceflights: string[];
    peopleWithoutFlights: string[];
    missionsUnmatched: string[];
    tidyUnmatched: string[];
    landingDisagreements: string[];
    totals: { person: string; computed: number; reference: number; diff: number; why: TotalDifference }[];
    notes: string[];
    /** Birth and death dates corrected, confirmed, kept as the year only, and disagreements. */
    dates: DateReport;
  };
}

/** One flight anyone flew on: an orbital launch or a suborbital flight. */
interface Flight {
  id: string;
  /** GCAT site code, null for suborbital flights GCAT does not list. */
  site: string | null;
  time: string;
  precision: Precision;
  vehicle: string;
  names: string[];
  lunarAscent: boolean;
}

interface Mission {
  id: string;
  name: string;
  launchAt: string | null;
  /** Where the crew came home: the landing instant, when it is the end of the flight. */
  landingAt: string | null;
  landingPrecision: Precision | null;
  /** End of the flight, for durations: the landing, or launch + Wikidata's duration (see missionEnd). */
  endAt: string | null;
  duration: number | null;
}

/**
 * Wikidata's landing instant is sometimes an intermediate landing: for the Apollo lunar
 * missions it is the landing on the Moon, while its duration runs to splashdown. So where a
 * crewed ascent from the Moon lies between that landing and launch + duration, the flight ended
 * at launch + duration. Elsewhere the landing instant stands (Wikidata's durations are not
 * always right: Vostok 1's is nearly twice the flight). Where the landing is missing (Columbia,
 * lost on re-entry) the duration gives the flight's end.
 */
export function missionEnd(
  launch: { time: string; precision: Precision } | null,
  landing: { time: string; precision: Precision } | null,
  duration: number | null,
  lunarAscents: readonly number[],
): { landingAt: string | null; landingPrecision: Precision | null; endAt: string | null } {
  const byDuration = launch !== null && launch.precision === 'second' && duration !== null ? new Date(Date.parse(launch.time) + duration * 1000).toISOString().replace('.000Z', 'Z') : null;
  if (landing === null) return { landingAt: null, landingPrecision: null, endAt: byDuration };
  if (byDuration !== null && lunarAscents.some((ms) => ms > Date.parse(landing.time) && ms < Date.parse(byDuration))) {
    return { landingAt: byDuration, landingPrecision: 'second', endAt: byDuration };
  }
  return { landingAt: landing.time, landingPrecision: landing.precision, endAt: landing.precision === 'second' ? landing.time : null };
}

const WIKIDATA_PRECISION: Record<string, Precision> = { '14': 'second', '11': 'day' };

function launchNames(l: Launch): string[] {
  const out = [l.name, ...l.payloads.slice(0, 2)];
  if (l.ll2) {
    out.push(l.ll2.name);
    if (l.ll2.mission) out.push(l.ll2.mission);
  }
  return out;
}

/** The key of a whole name: spelling keys of its words, in order. */
function fullKey(name: string): string {
  return nameWords(name).map(spellingKey).join(' ');
}

function surnameKey(name: string): string {
  const w = nameWords(name);
  return spellingKey(w[w.length - 1] ?? '');
}

/**
 * Do two personal names denote the same person? Same spelling keys; or the same surname and
 * a given name or initial in common ("K. Megan McArthur" / "Megan McArthur", "Robert S.
 * Kimbrough" / "Shane Kimbrough").
 */
function sameName(a: string, b: string): boolean {
  if (fullKey(a) === fullKey(b)) return true;
  if (surnameKey(a) !== surnameKey(b)) return false;
  const given = (n: string) => nameWords(n).slice(0, -1);
  const ga = given(a);
  const gb = given(b);
  if (ga.length === 0 || gb.length === 0) return false;
  const keysB = new Set(gb.map(spellingKey));
  if (ga.some((w) => w.length > 1 && keysB.has(spellingKey(w)))) return true;
  // Initials: the first given names agree, or an initial ("S.") matches the other's first name.
  if (ga[0]![0] === gb[0]![0]) return true;
  return ga.some((w) => w.length === 1 && w === gb[0]![0]) || gb.some((w) => w.length === 1 && w === ga[0]![0]);
}

/** Does one of the names contain the phrase, as whole words in order ("Crew-1" is not in "Crew-10")? */
function hasPhrase(names: readonly string[], phrase: string): boolean {
  const p = ` ${normalize(phrase)} `;
  return names.some((n) => ` ${normalize(n)} `.includes(p));
}

/** Baikonur under its Soviet and Russian codes: a crewed launch from there before 1992 was a flight of the Soviet programme. */
const SOVIET_SITES = new Set(['NIIP-5', 'GIK-5']);
/** A seat with no known landing that launched this close to the data's last day is still in space. */
const IN_SPACE_DAYS = 400;

/** A seat that breaks an invariant: the build stops and names it. */
export class SeatError extends Error {}

/**
 * The invariants every seat must hold, or the build stops naming the rows: a landing after its
 * launch; seconds equal to landing minus launch (to the second) for a crew that came home; a
 * seat with no landing is lost or in space; nobody flies for a state or an agency that did not
 * exist yet (no Soviet-era seat for Russia or Roscosmos, none for the Soviet Union after it).
 */
export function validateSeats(people: readonly Person[], flightOf: (id: string) => { time: string; precision: Precision } | null | undefined): void {
  const problems: string[] = [];
  for (const p of people) {
    for (const s of p.flights) {
      if (s.partOf !== null) continue;
      const up = flightOf(s.launch);
      const at = `${p.name} on ${s.launch}`;
      if (!up) {
        problems.push(`${at}: no such flight`);
        continue;
      }
      const day = up.time.slice(0, 10);
      if (s.outcome === 'returned') {
        if (s.landing === null) problems.push(`${at}: no landing, and not marked lost or in space`);
        else if (s.landingPrecision === 'day' ? s.landing < day : startMs(s.landing) <= startMs(up.time)) problems.push(`${at}: landing ${s.landing} is not after launch ${up.time}`);
        else if (s.seconds !== null && s.landingPrecision !== 'day' && (up.precision === 'second' || up.precision === 'minute')) {
          const span = Math.round((startMs(s.landing) - startMs(up.time)) / 1000);
          if (span !== s.seconds) problems.push(`${at}: duration ${s.seconds} s, but landing minus launch is ${span} s`);
        }
      } else if (s.outcome === 'lost' && s.lost === null) problems.push(`${at}: lost without a loss record`);
      else if (s.outcome === 'in space' && s.landing !== null) problems.push(`${at}: in space but has a landing`);
      for (const n of s.nationality) {
        if (day <= USSR_LAST_DAY && SOVIET_SUCCESSOR_CODES.has(n.code ?? '')) problems.push(`${at}: flies for ${n.country} before it was a state`);
        if (day > USSR_LAST_DAY && n.code === 'SU') problems.push(`${at}: flies for the Soviet Union after 1991`);
      }
      if (day < '1992-02-25' && s.agency !== null && /roscosmos|russian|rosaviakosmos/i.test(`${s.agency.abbrev} ${s.agency.name}`)) problems.push(`${at}: flies for ${s.agency.name} before it existed`);
    }
  }
  if (problems.length > 0) throw new SeatError(`${problems.length} seat(s) break the crew invariants:\n  ${problems.join('\n  ')}`);
}

export function slug(name: string): string {
  return normalize(name).replace(/ /g, '-');
}

function secondsBetween(from: string, fromPrecision: Precision, to: string | null, toPrecision: Precision | null): number | null {
  if (to === null || toPrecision === null) return null;
  const fine = (p: Precision) => p === 'second' || p === 'minute';
  if (!fine(fromPrecision) || !fine(toPrecision)) return null;
  const s = Math.round((Date.parse(to) - startMs(from)) / 1000);
  return s >= 0 ? s : null;
}

/** Normalises the crew table's occupation to the role vocabulary. */
export function normaliseRole(occupation: string, vehicle: string): Role | null {
  const o = occupation.trim().toLowerCase();
  const soyuz = /soyuz/i.test(vehicle);
  // Gemini's titles were command pilot and pilot.
  if (o === 'commander') return /gemini/i.test(vehicle) ? 'command pilot' : 'commander';
  if (o === 'pilot') return 'pilot';
  if (o === 'flight engineer') return 'flight engineer';
  // The third Soyuz seat for a guest was titled research cosmonaut; the table calls it MSP or PSP.
  if (o === 'msp') return soyuz ? 'research cosmonaut' : 'mission specialist';
  if (o === 'psp') return soyuz ? 'research cosmonaut' : 'payload specialist';
  if (/tourist|participant|journalist/.test(o)) return 'spaceflight participant';
  return null;
}

function wikidataTime(value: string, precision: string): { time: string; precision: Precision } | null {
  const p = WIKIDATA_PRECISION[precision];
  if (value === '' || p === undefined) return null;
  return { time: p === 'day' ? value.slice(0, 10) : value.replace(/\.\d+Z$/, 'Z'), precision: p };
}

function within(a: string, b: string, ms = JOIN_TOLERANCE_MS): boolean {
  return Math.abs(startMs(a) - startMs(b)) <= ms;
}

export function buildCrew(input: CrewInputs): CrewResult {
  const notes: string[] = [];
  const dates = emptyDateReport();

  // 1. Wikidata missions with a launch time.
  const horizon = input.launches.reduce((max, l) => (l.time > max ? l.time : max), '');
  const lunarAscents = input.launches.filter((l) => l.category === 'lunar-ascent' && l.crewed).map((l) => startMs(l.time));
  const missions: Mission[] = input.missions.rows.map((r) => {
    const launch = wikidataTime(r.get('launch_at'), r.get('launch_precision'));
    const landing = wikidataTime(r.get('landing_at'), r.get('landing_precision'));
    const duration = r.get('duration_seconds') === '' ? null : Number(r.get('duration_seconds'));
    // A landing before its own launch is a slip (Unity 21's reads midnight): no landing.
    if (landing !== null && launch !== null && landing.precision === 'second' && launch.precision === 'second' && landing.time < launch.time) {
      notes.push(`${r.get('name')}: Wikidata's landing ${landing.time} is before its launch ${launch.time}; left empty`);
      return { id: r.get('id'), name: r.get('name'), launchAt: launch.time, landingAt: null, landingPrecision: null, endAt: null, duration: null };
    }
    // A landing after the newest launch in the data is a placeholder for a flight still under way.
    if (landing !== null && landing.time > horizon) return { id: r.get('id'), name: r.get('name'), launchAt: launch?.time ?? null, landingAt: null, landingPrecision: null, endAt: null, duration: null };
    return { id: r.get('id'), name: r.get('name'), launchAt: launch?.time ?? null, ...missionEnd(launch, landing, duration, lunarAscents), duration };
  });
  /**
   * The mission that confirms an LL2 crew flight: launched within 60 s (or the same day where
   * Wikidata knows only the day) with a name word in common. `sameDay` widens the window to the
   * UTC day but then needs two shared words: air-launched flights are timed from take-off in
   * one source and from release in another.
   */
  const missionFor = (time: string, names: string[], sameDay = false): Mission | null => {
    const hits = missions.filter((m) => {
      if (m.launchAt === null) return false;
      const close = sameDay || m.launchAt.length === 10 ? m.launchAt.slice(0, 10) === time.slice(0, 10) : within(m.launchAt, time);
      return close && nameOverlap(names, [m.name]) >= (sameDay ? 2 : 1);
    });
    return hits.length === 1 ? hits[0]! : null;
  };

  // 2. Flights: crewed orbital launches, and LL2 crew flights that are not orbital launch
  //    attempts but which GCAT's suborbital list or Wikidata's crewed missions confirm.
  const flights = new Map<string, Flight>();
  for (const l of input.launches) {
    if (l.crewed) flights.set(l.id, { id: l.id, site: l.site, time: l.time, precision: l.precision, vehicle: l.vehicle, names: launchNames(l), lunarAscent: l.category === 'lunar-ascent' });
  }
  const ll2Flights = new Map<string, { id: string; name: string; net: string }>();
  for (const p of input.people) for (const f of p.flights) ll2Flights.set(f.id, f);
  for (const [fid, lid] of input.flightLaunch) {
    const f = ll2Flights.get(fid);
    if (f) flights.get(lid)?.names.push(f.name);
  }
  const flightOf = new Map(input.flightLaunch);
  // Flights after the newest launch in the data are beyond its horizon (Artemis II), whatever they are.
  const candidates = [...ll2Flights.values()].filter((f) => !flightOf.has(f.id) && f.net <= horizon);
  const { suborbital, notSpaceflights, joined } = selectSuborbital(candidates, input.tailFlights, missionFor);
  for (const [fid, sid] of joined) flightOf.set(fid, sid);
  for (const flight of suborbital) {
    flights.set(flight.id, { id: flight.id, site: flight.site, time: flight.time, precision: flight.precision, vehicle: flight.vehicle, names: [flight.name, `${flight.vehicle} | ${flight.name}`, ...(flight.ll2 ? [flight.ll2.name] : [])], lunarAscent: false });
  }

  // 3. Missions -> flights. Any launch may be a mission's vehicle: a Soyuz or Shenzhou sent up
  //    without a crew brings one home. Three passes, strictest first: launch within 60 s and a
  //    shared name word; within 60 s and the only launch then; within 36 h (Wikidata's date is
  //    sometimes the local one) with two shared name words and the only such launch.
  const toFlight = (l: Launch): Flight => flights.get(l.id) ?? { id: l.id, site: l.site, time: l.time, precision: l.precision, vehicle: l.vehicle, names: launchNames(l), lunarAscent: l.category === 'lunar-ascent' };
  const all = [...input.launches.map(toFlight), ...suborbital.map((f) => flights.get(f.id)!)]
    .map((f) => ({ f, ms: startMs(f.time) }))
    .sort((a, b) => a.ms - b.ms);
  const around = (ms: number, span: number) => {
    let a = 0;
    let b = all.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (all[mid]!.ms < ms - span) a = mid + 1;
      else b = mid;
    }
    const out: Flight[] = [];
    for (let i = a; i < all.length && all[i]!.ms <= ms + span; i++) out.push(all[i]!.f);
    return out;
  };
  const missionFlight = new Map<string, string>();
  const flightMission = new Map<string, Mission>();
  const assign = (m: Mission, f: Flight) => {
    missionFlight.set(m.id, f.id);
    flightMission.set(f.id, m);
    if (!flights.has(f.id)) flights.set(f.id, f);
  };
  const passes: ((m: Mission) => Flight | null)[] = [
    (m) => {
      const day = m.launchAt!.length === 10;
      const c = around(startMs(m.launchAt!), day ? 86_400_000 : JOIN_TOLERANCE_MS).filter((f) => (day ? f.time.startsWith(m.launchAt!) : true) && nameOverlap(f.names, [m.name]) > 0);
      return c.length === 1 ? c[0]! : null;
    },
    (m) => {
      if (m.launchAt!.length === 10) return null;
      const c = around(startMs(m.launchAt!), JOIN_TOLERANCE_MS);
      return c.length === 1 ? c[0]! : null;
    },
    (m) => {
      const c = around(startMs(m.launchAt!), 36 * 3_600_000).filter((f) => nameOverlap(f.names, [m.name]) >= 2);
      return c.length === 1 ? c[0]! : null;
    },
    // Within 3 h under its own whole name ("STS-5": Wikidata's launch hour is GCAT's minus one).
    (m) => {
      const c = around(startMs(m.launchAt!), 3 * 3_600_000).filter((f) => hasPhrase(f.names, m.name));
      return c.length === 1 ? c[0]! : null;
    },
  ];
  for (const pass of passes) {
    for (const m of missions) {
      if (m.launchAt === null || missionFlight.has(m.id)) continue;
      const f = pass(m);
      if (f && !flightMission.has(f.id)) assign(m, f);
    }
  }
  // Where Wikidata knows the landing only to the day, GCAT's launch time (to the minute or
  // second) plus Wikidata's duration gives the end, if it falls on that landing day.
  for (const [fid, m] of flightMission) {
    const f = flights.get(fid)!;
    if (m.endAt !== null || m.duration === null || m.landingPrecision !== 'day' || (f.precision !== 'second' && f.precision !== 'minute')) continue;
    const end = new Date(startMs(f.time) + m.duration * 1000).toISOString().replace('.000Z', 'Z');
    if (end.slice(0, 10) === m.landingAt) {
      m.endAt = end;
      m.landingAt = end;
      m.landingPrecision = 'second';
    }
  }
  // Where Wikidata's landing comes before the flight's launch and Wikidata's own launch is a
  // whole number of days off GCAT's (within 60 s: Blue Origin NS-38, dated a day early), its
  // dates are off by those days: the landing moves with them, keeping Wikidata's duration.
  for (const [fid, m] of flightMission) {
    const f = flights.get(fid)!;
    if (m.landingAt === null || m.launchAt === null || m.landingPrecision !== 'second' || m.launchAt.length <= 10) continue;
    if (startMs(m.landingAt) > startMs(f.time)) continue;
    const off = startMs(f.time) - startMs(m.launchAt);
    const days = Math.round(off / 86_400_000);
    if (days === 0 || Math.abs(off - days * 86_400_000) > JOIN_TOLERANCE_MS) continue;
    const moved = new Date(startMs(m.landingAt) + days * 86_400_000).toISOString().replace('.000Z', 'Z');
    notes.push(`${fid} ${m.name}: Wikidata dates it ${Math.abs(days)} day(s) ${days > 0 ? 'early' : 'late'}; landing moved to ${moved}`);
    m.landingAt = moved;
    if (m.endAt !== null) m.endAt = moved;
  }
  // Landing instants from src/importer/crewFacts.ts, where the sources give only the day or
  // nothing (Vostok 3 and 4, Soyuz 19, Soyuz MS-10).
  const landingFactsUnused: string[] = [];
  for (const [name, at, precision] of LANDING_TIMES) {
    const hits = input.launches.filter((l) => l.crewed && hasPhrase(launchNames(l), name) && startMs(l.time) < startMs(at) && startMs(at) - startMs(l.time) < 400 * 86_400_000);
    if (hits.length !== 1) {
      landingFactsUnused.push(`${name} ${at}`);
      continue;
    }
    const f = toFlight(hits[0]!);
    let m = flightMission.get(f.id);
    if (!m) {
      m = { id: `crew-facts:${name}`, name, launchAt: f.time, landingAt: null, landingPrecision: null, endAt: null, duration: null };
      missions.push(m);
      assign(m, f);
    }
    if (m.landingPrecision === 'second' || m.landingPrecision === 'minute') {
      landingFactsUnused.push(`${name} ${at} (a source has it)`);
      continue;
    }
    m.landingAt = at;
    m.landingPrecision = precision;
    m.endAt = at;
  }
  const missionsUnmatched = missions.filter((m) => m.launchAt !== null && !missionFlight.has(m.id)).map((m) => `${m.launchAt} ${m.name}`);

  // 4. Reference people (Wikidata astronauts) and their mission links.
  const links = new Map<string, string[]>();
  for (const r of input.intervals.rows) {
    const a = r.get('astronaut_id');
    pushTo(links, a, r.get('mission_id'));
  }
  const refs = input.references.rows.map((r) => ({ id: r.get('id'), name: r.get('name'), first: r.get('first_flight_date'), seconds: r.get('time_in_space_seconds'), nationality: r.get('nationality') }));
  const refByKey = new Map<string, typeof refs>();
  for (const r of refs) {
    const k = surnameKey(r.name);
    pushTo(refByKey, k, r);
  }
  const usedRefs = new Set<string>();

  // 5. The crew table, grouped by person.
  const tidyByPerson = new Map<string, CsvRow[]>();
  for (const r of input.tidy.rows) {
    const k = `${r.get('number')}|${r.get('name')}`; // "number" alone is not unique
    pushTo(tidyByPerson, k, r);
  }
  // The table writes "Surname, Given" (and sometimes forgets the comma): the surname's words.
  const tidySurnames = (name: string): string[][] => {
    const comma = name.indexOf(',');
    if (comma > 0) return [nameWords(name.slice(0, comma))];
    const w = nameWords(name);
    return w.length < 2 ? [w] : [[w[0]!], [w[w.length - 1]!]];
  };
  const tidyByWord = new Map<string, CsvRow[][]>();
  for (const rows of tidyByPerson.values()) {
    for (const k of new Set(nameWords(rows[0]!.get('name')).map(spellingKey))) pushTo(tidyByWord, k, rows);
  }
  const tidyUsed = new Set<CsvRow[]>();
  /**
   * The crew-table person for an LL2 person: a word of the surname must appear in the name;
   * then the same name (by spelling keys) and the same birth year count. The table's birth
   * year is sometimes the selection year, and its given names are sometimes formal where
   * LL2 uses nicknames (Charles / Pete Conrad), so either is enough, both is best.
   */
  const sortedKey = (n: string) => nameWords(n).map(spellingKey).sort().join(' ');
  const firstKey = (n: string) => spellingKey(nameWords(n)[0] ?? '');
  /** Every crew-table person that could be this LL2 person, with a score (0 = not at all). */
  const tidyCandidates = (name: string, born: string | null): { rows: CsvRow[]; score: number }[] => {
    const plain = new Set(nameWords(name));
    const words = new Set([...plain].map(spellingKey));
    // A surname word appears in the name: the same word, or the same spelling key where the
    // key has two letters or more (keys of one consonant, "Nie" and "Anna" both "n", match too much).
    const appears = (w: string) => plain.has(w) || (spellingKey(w).length >= 2 && words.has(spellingKey(w)));
    const out: { rows: CsvRow[]; score: number }[] = [];
    const seen = new Set<CsvRow[]>();
    for (const w of words) {
      for (const rows of tidyByWord.get(w) ?? []) {
        if (seen.has(rows)) continue;
        seen.add(rows);
        const tname = rows[0]!.get('name');
        if (!tidySurnames(tname).some((sn) => sn.some(appears))) continue;
        const named = fullKey(tname) === fullKey(name) ? 4 : sortedKey(tname) === sortedKey(name) ? 3 : sameName(tname, name) || (firstKey(tname).length >= 2 && firstKey(tname) === firstKey(name)) ? 2 : 0;
        const score = named + (born !== null && born.startsWith(rows[0]!.get('year_of_birth')) ? 1 : 0);
        if (score > 0) out.push({ rows, score });
      }
    }
    return out;
  };
  // A crew-table person goes to the LL2 person it fits best, whatever order people come in
  // ("Yang, Liwei" fits Yang Liwei better than Liu Yang).
  const tidyBest = new Map<CsvRow[], number>();
  for (const p of input.people) {
    for (const c of tidyCandidates(p.name, p.date_of_birth)) tidyBest.set(c.rows, Math.max(tidyBest.get(c.rows) ?? 0, c.score));
  }
  const tidyPerson = (name: string, born: string | null): CsvRow[] => {
    const fits = tidyCandidates(name, born).filter((c) => !tidyUsed.has(c.rows) && c.score === tidyBest.get(c.rows));
    const top = Math.max(0, ...fits.map((c) => c.score));
    const best = fits.filter((c) => c.score === top);
    if (best.length !== 1) return [];
    tidyUsed.add(best[0]!.rows);
    return best[0]!.rows;
  };
  const tidyMatched = new Set<CsvRow>();
  const flightNameIndex = new Map<string, Flight[]>();
  for (const fl of flights.values()) {
    for (const n of fl.names) {
      for (const k of new Set([normalize(n), normalize(splitLL2Name(n).name)])) {
        const list = flightNameIndex.get(k) ?? [];
        if (!list.includes(fl)) list.push(fl);
        flightNameIndex.set(k, list);
      }
    }
  }
  /** The flight a crew-table vehicle name ("Soyuz TM­13") means, nearest in time to `near`. */
  const flightNamed = (text: string, near: string): Flight | null => {
    const list = flightNameIndex.get(normalize(text)) ?? flightNameIndex.get(normalize(text.replace(/^soyuz/i, 'Soyuz '))) ?? [];
    const close = list.filter((f) => Math.abs(startMs(f.time) - startMs(near)) < 400 * 86_400_000);
    close.sort((a, b) => Math.abs(startMs(a.time) - startMs(near)) - Math.abs(startMs(b.time) - startMs(near)));
    return close[0] ?? null;
  };

  // 6. People.
  const roleTable = ROLES.map((row) => ({ row, used: false }));
  const landingTable = LANDINGS.map((row) => ({ row, used: false }));
  const people: Person[] = [];
  const allegiances = new Allegiance();
  const lossUsed = new Set<string>();
  const peopleWithoutFlights: string[] = [];
  const landingDisagreements: string[] = [];
  const totals: CrewResult['report']['totals'] = [];
  const ids = new Set<string>();
  const sorted = [...input.people].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id));
  for (const p of sorted) {
    const seatsUp = [...new Set(p.flights.map((f) => flightOf.get(f.id)).filter((id): id is string => id !== undefined))]
      .map((id) => flights.get(id)!)
      .sort((a, b) => startMs(a.time) - startMs(b.time));
    if (seatsUp.length === 0) {
      peopleWithoutFlights.push(p.name);
      continue;
    }
    const firstDay = seatsUp[0]!.time.slice(0, 10);

    // Reference person: same surname key, and same full key or the same first-flight day.
    const ref =
      (refByKey.get(surnameKey(p.name)) ?? []).find((r) => !usedRefs.has(r.id) && fullKey(r.name) === fullKey(p.name)) ??
      (refByKey.get(surnameKey(p.name)) ?? []).find((r) => !usedRefs.has(r.id) && sameName(r.name, p.name) && Date.parse(`${r.first} UTC`) === Date.parse(firstDay));
    if (ref) usedRefs.add(ref.id);
    const linked = (ref ? (links.get(ref.id) ?? []) : []).flatMap((m) => {
      const fid = missionFlight.get(m);
      return fid === undefined ? [] : [{ mission: m, flight: fid }];
    });

    const born = p.date_of_birth;
    const tidyRows = tidyPerson(p.name, born);
    const who: AllegianceInput = {
      name: p.name,
      nationality: (p.nationality ?? []).filter((n) => n.name && n.name !== 'Unknown').map((n) => ({ country: n.name, code: n.alpha_2_code ?? null })),
      agency: p.agency ? { abbrev: p.agency.abbrev ?? null, name: p.agency.name } : null,
      wikidataNationality: ref?.nationality ?? '',
    };

    const seats: Seat[] = [];
    for (const [i, up] of seatsUp.entries()) {
      const next = seatsUp.slice(i + 1).find((f) => !f.lunarAscent);
      const prev = seats[seats.length - 1];
      if (up.lunarAscent && prev) {
        // An ascent from the Moon is part of the flight that took the person there: it has no
        // duration of its own, and the person came home with that flight, in the same role.
        seats.push({ ...prev, launch: up.id, seconds: null, partOf: prev.launch });
        continue;
      }
      // The table's row for this flight: its ascent vehicle (or mission title) names this
      // flight; failing that, the only row of that year whose names match no flight.
      const year = up.time.slice(0, 4);
      const named = (r: CsvRow) => flightNamed(r.get('ascend_shuttle'), up.time) ?? flightNamed(r.get('mission_title'), up.time);
      const row =
        tidyRows.find((r) => !tidyMatched.has(r) && named(r) === up) ??
        tidyRows.find((r) => !tidyMatched.has(r) && r.get('year_of_mission') === year && named(r) === null && tidyRows.filter((x) => x.get('year_of_mission') === year).length === 1);
      if (row) tidyMatched.add(row);

      const allegiance = allegiances.seat(who, up.time.slice(0, 10), SOVIET_SITES.has(up.site ?? '') && up.time.slice(0, 10) <= USSR_LAST_DAY);
      // Role: an entry of crewFacts.ts (the programme's own title where the crew table has a
      // generic one, or a seat it lacks); else the crew table; else a rule for the vehicle.
      let role: Role | null = null;
      let roleSource: RoleSource | null = null;
      const entry = roleTable.find((e) => sameName(e.row[1], p.name) && hasPhrase(up.names, e.row[0]));
      if (entry) {
        entry.used = true;
        role = entry.row[2];
        roleSource = 'crew-facts';
      } else if (row && normaliseRole(row.get('occupation'), row.get('ascend_shuttle')) !== null) {
        role = normaliseRole(row.get('occupation'), row.get('ascend_shuttle'));
        roleSource = 'crew-table';
        // Interkosmos guests held the seat of research cosmonaut, whatever their profession
        // (the crew table calls Remek, a pilot by trade, "pilot").
        if (allegiance.agency === INTERKOSMOS) role = 'research cosmonaut';
      } else {
        const rule = VEHICLE_ROLES.find(([v]) => normalize(up.vehicle) === normalize(v));
        if (rule) {
          role = rule[1];
          roleSource = 'vehicle-rule';
        }
      }

      // Landing vehicle: a linked mission that is not one of this person's ascents and that
      // landed after this launch (and before their next one); else the crew table; else the same.
      const ascents = new Set(seatsUp.map((s) => s.id));
      const landedBy = (m: Mission | undefined) => m?.landingAt ?? null;
      const swap = linked
        .filter((x) => !ascents.has(x.flight))
        .map((x) => ({ ...x, m: flightMission.get(x.flight) }))
        .filter((x) => {
          const at = landedBy(x.m);
          return at !== null && startMs(at) > startMs(up.time) && (next === undefined || startMs(at) < startMs(next.time));
        })
        .sort((a, b) => startMs(landedBy(a.m)!) - startMs(landedBy(b.m)!))[0];
      // Candidates, in order of trust: Wikidata's swap, the crew table's descent vehicle, the
      // same vehicle. Where exactly one candidate's landing fits the crew table's hours for
      // the flight (within 2 %), it wins: the table's vehicle columns have slips, and its hours
      // are sometimes in other units, so hours decide only when they agree with a landing.
      const tidyDown = row ? flightNamed(row.get('descend_shuttle'), up.time) : null;
      const options: { flight: string; source: LandingSource }[] = [];
      const fact = landingTable.find((e) => sameName(e.row[1], p.name) && hasPhrase(up.names, e.row[0]));
      if (fact) {
        // The launch with that name nearest in time (it may have gone up before or after).
        const candidates = input.launches.filter((x) => x.id !== up.id && hasPhrase(launchNames(x), fact.row[2]));
        const gap = (x: Launch) => Math.abs(startMs(x.time) - startMs(up.time));
        const l = candidates.sort((a, b) => gap(a) - gap(b))[0];
        const down = l ? toFlight(l) : undefined;
        if (down) {
          fact.used = true;
          if (!flights.has(down.id)) flights.set(down.id, down);
          options.push({ flight: down.id, source: 'crew-facts' });
        }
      }
      if (swap) options.push({ flight: swap.flight, source: 'wikidata' });
      if (tidyDown && tidyDown.id !== up.id) options.push({ flight: tidyDown.id, source: 'crew-table' });
      options.push({ flight: up.id, source: 'same' });
      const hours = row ? Number(row.get('hours_mission')) : Number.NaN;
      const misfit = (o: { flight: string }) => {
        const at = flightMission.get(o.flight)?.landingAt;
        if (!(hours > 0) || at == null) return Number.POSITIVE_INFINITY;
        return Math.abs((startMs(at) - startMs(up.time)) / 3_600_000 - hours);
      };
      const fits = options.filter((o) => misfit(o) <= Math.max(0.02 * hours, 1));
      const best = options[0]!.source === 'crew-facts' ? options[0]! : fits.length === 1 ? fits[0]! : options[0]!;
      const landedIn = best.flight;
      const landedInSource = best.source;
      if (tidyDown && tidyDown.id !== landedIn) {
        landingDisagreements.push(`${p.name} on ${up.id}: crew table says down in ${tidyDown.id}, kept ${landedIn} (${landedInSource})`);
      }
      const landingMission = flightMission.get(landedIn);
      let landing = landingMission?.landingAt ?? null;
      let landingPrecision = landingMission?.landingPrecision ?? null;
      let end = landingMission?.endAt ?? null;
      // A crew lost on the flight (crewFacts.ts), or still in space on the data's last day.
      // The loss must follow the launch within a month ("Soyuz 11" is also in a payload's name).
      const loss = LOST_CREWS.find(([name, , at]) => hasPhrase(up.names, name) && startMs(at) >= startMs(up.time) && startMs(at) - startMs(up.time) < 31 * 86_400_000);
      if (loss) lossUsed.add(loss[0]);
      // A suborbital flight's loss comes with the flight (suborbitalFacts.ts: X-15 flight 191).
      const subLoss = suborbital.find((f) => f.id === up.id)?.lost ?? null;
      const lost: Seat['lost'] = loss
        ? { at: loss[2], precision: loss[3], phase: loss[1], reachedSpace: loss[4] }
        : subLoss
          ? { at: subLoss.at, precision: subLoss.at.length === 10 ? 'day' : 'second', phase: subLoss.phase, reachedSpace: true }
          : null;
      if (lost && (lost.phase === 'ascent' || lost.phase === 'descent')) {
        landing = null;
        landingPrecision = null;
        end = null;
      }
      if (lost && landing === null && lost.reachedSpace && lost.precision === 'second') end = lost.at;
      // A crewed suborbital flight lasts well under an hour: with no landing instant in any
      // source, it landed on its launch day (UTC), if it launched at least an hour before
      // midnight; one known only to the day flew in daylight in the Americas, hours from it.
      if (!lost && landing === null && suborbital.some((f) => f.id === up.id)) {
        if (up.time.length > 10 && up.time.slice(11, 13) === '23') throw new SeatError(`${p.name} on ${up.id}: no landing, and a launch at ${up.time} does not fix the landing day`);
        landing = up.time.slice(0, 10);
        landingPrecision = 'day';
      }
      const inSpace = !lost && landing === null && startMs(up.time) >= startMs(horizon) - IN_SPACE_DAYS * 86_400_000;
      // A seat lasts from the flight's launch instant to the landing (for a suborbital flight,
      // its stated launch instant: lift-off, or release from the carrier; see suborbital.ts).
      const from = up;
      seats.push({
        launch: up.id,
        role,
        roleSource,
        landedIn,
        landedInSource,
        landing,
        landingPrecision,
        nationality: allegiance.nationality,
        agency: allegiance.agency,
        outcome: lost ? 'lost' : inSpace ? 'in space' : 'returned',
        lost,
        seconds: lost && !lost.reachedSpace ? 0 : secondsBetween(from.time, from.precision, end, end === null ? null : 'second'),
        partOf: null,
      });

    }

    const seconds = seats.reduce((s, x) => s + (x.seconds ?? 0), 0);
    const reference = ref && ref.seconds !== '' ? Number(ref.seconds) : null;
    if (reference !== null && reference > 0 && Math.abs(seconds - reference) / reference > 0.01) {
      const why = totalDifference(seats, reference);
      totals.push({ person: p.name, computed: seconds, reference, diff: (seconds - reference) / reference, why });
    }
    let id = slug(p.name);
    if (ids.has(id)) id = `${id}-${born?.slice(0, 4) ?? p.id}`;
    ids.add(id);
    const tidyFirst = tidyRows[0];
    const native = tidyFirst?.get('original_name') ?? '';
    const others = [tidyFirst?.get('name'), ref?.name].filter((n): n is string => n !== undefined && n !== '' && normalize(n) !== normalize(p.name));
    const lastSeat = seats[seats.length - 1]!;
    const lifeDates = personDates(p, tidyRows.map((r) => r.get('year_of_birth')), input.dateFacts, dates);
    const nationality = allegiances.person(who, lifeDates.died, horizon, lastSeat.nationality);
    people.push({
      id,
      name: p.name,
      names: [...new Set(others)],
      native: /[^\u0000-\u024f\s,.'-]/.test(native) ? native : null,
      ...lifeDates,
      nationality,
      agency: lastSeat.agency,
      flights: seats,
      seconds,
      complete: seats.every((s) => s.seconds !== null || s.partOf !== null),
      reference,
    });
  }
  people.sort((a, b) => startMs(flights.get(a.flights[0]!.launch)!.time) - startMs(flights.get(b.flights[0]!.launch)!.time) || (a.id < b.id ? -1 : 1));

  const factsUnused = [
    ...[...roleTable, ...landingTable].filter((e) => !e.used).map((e) => e.row.join(' / ')),
    ...landingFactsUnused,
    ...LOST_CREWS.filter(([name]) => !lossUsed.has(name)).map((e) => `lost: ${e[0]}`),
    ...allegiances.report().unused,
  ];
  validateSeats(people, (id) => flights.get(id));
  const tidyUnmatched = input.tidy.rows
    .filter((r) => !tidyMatched.has(r))
    .map((r) => `${r.get('name')} ${r.get('year_of_mission')} ${r.get('ascend_shuttle')}`);
  totals.sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff) || (a.person < b.person ? -1 : 1));
  return {
    people,
    suborbital,
    report: { factsUnused, notSpaceflights, peopleWithoutFlights, missionsUnmatched, tidyUnmatched, landingDisagreements, totals, notes, dates },
  };
}
