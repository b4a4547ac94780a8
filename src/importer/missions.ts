// Wikidata's crewed missions: their launch and landing instants, and which flight in the data
// each mission is. A mission's landing is where the crew came home; the seats take their
// landing times from here (crew.ts).
import type { Precision } from '../data/types.js';
import { startMs } from '../domain/time.js';
import type { CsvFile } from './csv.js';
import { LANDING_TIMES } from './crewFacts.js';
import { JOIN_TOLERANCE_MS } from './ll2.js';
import { hasPhrase, nameOverlap } from './names.js';

/** One flight anyone flew on: an orbital launch or a suborbital flight. */
export interface Flight {
  id: string;
  /** GCAT site code, null for suborbital flights GCAT does not list. */
  site: string | null;
  time: string;
  precision: Precision;
  vehicle: string;
  names: string[];
  lunarAscent: boolean;
}

export interface Mission {
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

export function wikidataTime(value: string, precision: string): { time: string; precision: Precision } | null {
  const p = WIKIDATA_PRECISION[precision];
  if (value === '' || p === undefined) return null;
  return { time: p === 'day' ? value.slice(0, 10) : value.replace(/\.\d+Z$/, 'Z'), precision: p };
}

function within(a: string, b: string, ms = JOIN_TOLERANCE_MS): boolean {
  return Math.abs(startMs(a) - startMs(b)) <= ms;
}

/** Wikidata's missions, with the end of each flight (see missionEnd); slips are reported in `notes`. */
export function readMissions(rows: CsvFile, horizon: string, lunarAscents: readonly number[], notes: string[]): Mission[] {
  return rows.rows.map((r) => {
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
}

/** A finder for the mission that confirms a crew flight, by time and name. */
export function missionFinder(missions: readonly Mission[]): (time: string, names: string[], sameDay?: boolean) => Mission | null {
  /**
   * The mission that confirms an LL2 crew flight: launched within 60 s (or the same day where
   * Wikidata knows only the day) with a name word in common. `sameDay` widens the window to the
   * UTC day but then needs two shared words: air-launched flights are timed from take-off in
   * one source and from release in another.
   */
  return (time: string, names: string[], sameDay = false): Mission | null => {
    const hits = missions.filter((m) => {
      if (m.launchAt === null) return false;
      const close = sameDay || m.launchAt.length === 10 ? m.launchAt.slice(0, 10) === time.slice(0, 10) : within(m.launchAt, time);
      return close && nameOverlap(names, [m.name]) >= (sameDay ? 2 : 1);
    });
    return hits.length === 1 ? hits[0]! : null;
  };
}

export interface MissionLinks {
  missionFlight: Map<string, string>;
  flightMission: Map<string, Mission>;
}

/**
 * Missions -> flights. Any launch may be a mission's vehicle: a Soyuz or Shenzhou sent up
 * without a crew brings one home. Passes, strictest first: launch within 60 s and a shared name
 * word; within 60 s and the only launch then; within 36 h (Wikidata's date is sometimes the
 * local one) with two shared name words and the only such launch; within 3 h under the
 * mission's whole name. Then the landing corrections below. `flights` gains every flight a
 * mission lands.
 */
export function linkMissions(missions: readonly Mission[], flights: Map<string, Flight>, candidates: readonly Flight[], notes: string[]): MissionLinks {
  const all = candidates
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
  return { missionFlight, flightMission };
}

/**
 * Landing instants from src/importer/crewFacts.ts, where the sources give only the day or
 * nothing (Vostok 3 and 4, Soyuz 19, Soyuz MS-10). Returns the entries that found no use.
 */
export function applyLandingFacts(missions: Mission[], link: MissionLinks, flights: Map<string, Flight>, crewed: readonly { flight: Flight; names: string[] }[]): string[] {
  // Landing instants from src/importer/crewFacts.ts, where the sources give only the day or
  // nothing (Vostok 3 and 4, Soyuz 19, Soyuz MS-10).
  const unused: string[] = [];
  for (const [name, at, precision] of LANDING_TIMES) {
    const hits = crewed.filter((c) => hasPhrase(c.names, name) && startMs(c.flight.time) < startMs(at) && startMs(at) - startMs(c.flight.time) < 400 * 86_400_000);
    if (hits.length !== 1) {
      unused.push(`${name} ${at}`);
      continue;
    }
    const f = hits[0]!.flight;
    let m = link.flightMission.get(f.id);
    if (!m) {
      m = { id: `crew-facts:${name}`, name, launchAt: f.time, landingAt: null, landingPrecision: null, endAt: null, duration: null };
      missions.push(m);
      link.missionFlight.set(m.id, f.id);
      link.flightMission.set(f.id, m);
      if (!flights.has(f.id)) flights.set(f.id, f);
    }
    if (m.landingPrecision === 'second' || m.landingPrecision === 'minute') {
      unused.push(`${name} ${at} (a source has it)`);
      continue;
    }
    m.landingAt = at;
    m.landingPrecision = precision;
    m.endAt = at;
  }
  return unused;
}
