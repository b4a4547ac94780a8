// On this day: launches, crewed landings, milestones and birthdays on a calendar day, across
// every year. Days are UTC days unless a zone is given; times known only to the day are
// compared as dates (they cannot be moved into another zone).
import type { Dataset } from '../data/load.js';
import { IndexMismatch } from '../data/indexes.js';
import type { Launch, Person, Precision, Seat, SpaceEvent } from '../data/types.js';
import { echo, usageError } from '../errors.js';
import { flightRef, type FlightRef } from './crew.js';
import { startMs } from './time.js';
import { offsetAt, type Zone } from './zones.js';

export interface MonthDay {
  month: number;
  day: number;
  /** The year when the date was given with one (it sets "years ago"), else null. */
  year: number | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_NAMES = MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1));
/** Days in each month, counting 29 for February: 02-29 is a calendar day. */
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function monthOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(w));
  return i < 0 ? null : i + 1;
}

function checked(month: number, day: number, year: number | null, text: string): MonthDay {
  if (month < 1 || month > 12) throw usageError(`"${echo(text)}" is not a date: there is no month ${month}`, 'months run from 01 to 12, e.g. 03-17');
  const max = DAYS[month - 1]!;
  if (day < 1 || day > max) throw usageError(`"${echo(text)}" is not a date: ${MONTH_NAMES[month - 1]} has ${max} days`, `e.g. ${String(month).padStart(2, '0')}-${String(Math.min(17, max)).padStart(2, '0')}`);
  if (year !== null && month === 2 && day === 29 && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) {
    throw usageError(`"${echo(text)}" is not a date: ${year} is not a leap year`, 'give 02-29 without a year for every leap day');
  }
  return { month, day, year };
}

const RELATIVE_DAYS = new Map([['today', 0], ['tomorrow', 1], ['yesterday', -1]]);

/**
 * Reads the day the user asked for: "MM-DD", "Mar 17", "March 17", "17 March", "2026-03-17",
 * "today", "tomorrow", "yesterday" (in `today`'s calendar). Anything else is a usage error.
 */
export function parseMonthDay(text: string, today: { year: number; month: number; day: number }): MonthDay {
  const t = text.trim().toLowerCase();
  // A Map, not an object: `t in {…}` is true for "constructor" and "__proto__" too.
  const shift = RELATIVE_DAYS.get(t);
  if (shift !== undefined) {
    const d = new Date(Date.UTC(today.year, today.month - 1, today.day + shift));
    return { month: d.getUTCMonth() + 1, day: d.getUTCDate(), year: d.getUTCFullYear() };
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return checked(Number(m[2]), Number(m[3]), Number(m[1]), text);
  m = /^(\d{1,2})[-/](\d{1,2})$/.exec(t);
  if (m) return checked(Number(m[1]), Number(m[2]), null, text);
  m = /^([a-z]+\.?)\s*(\d{1,2})(?:st|nd|rd|th)?$/.exec(t) ?? null;
  if (m && monthOf(m[1]!) !== null) return checked(monthOf(m[1]!)!, Number(m[2]), null, text);
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s*([a-z]+\.?)$/.exec(t);
  if (m && monthOf(m[2]!) !== null) return checked(monthOf(m[2]!)!, Number(m[1]), null, text);
  throw usageError(`"${echo(text)}" is not a day of the year`, 'write MM-DD (03-17), a month and day (Mar 17, March 17), YYYY-MM-DD, today, tomorrow or yesterday');
}

/** The calendar date ("YYYY-MM-DD") of a stored time in a zone; day-precision times stay as they are. */
export function localDate(time: string, precision: Precision, zone: Zone): string {
  if (precision === 'day' || precision === 'month' || time.length <= 10) return time.slice(0, 10);
  // Stored times are UTC: in UTC (the default) the date is already there, no zone lookup needed.
  if (zone.kind === 'iana' ? zone.id === 'UTC' : zone.offsetMinutes === 0) return time.slice(0, 10);
  const ms = startMs(time);
  return new Date(ms + offsetAt(zone, ms) * 60_000).toISOString().slice(0, 10);
}

/** The UTC calendar day ("03-17") of a stored time, as on-this-day reads it; null where only the month or year is known. */
export function onDayKey(time: string, precision: Precision): string | null {
  const date = localDate(time, precision, { kind: 'iana', id: 'UTC' });
  return date.length >= 10 ? date.slice(5, 10) : null;
}

const onDay = (date: string, md: MonthDay) => date.length >= 10 && Number(date.slice(5, 7)) === md.month && Number(date.slice(8, 10)) === md.day;

export const SECTIONS = ['launches', 'landings', 'events', 'births'] as const;
export type Section = (typeof SECTIONS)[number];

/** A launch on the day: the launch as crew and events refer to it, and what the page adds. */
export interface DayLaunch extends FlightRef {
  year: number;
  yearsAgo: number;
  site: string;
  siteName: string | null;
  outcome: string;
  success: boolean | null;
  crewed: boolean;
}

export interface DayLanding {
  year: number;
  yearsAgo: number;
  /** The vehicle the crew came home in. */
  vehicle: FlightRef;
  time: string;
  precision: Precision;
  people: { id: string; name: string; launch: FlightRef }[];
  /** The crew was lost on this flight (Soyuz 1, Soyuz 11): the capsule landed, they did not come home alive. */
  crewLost: boolean;
}

export interface DayEvent extends SpaceEvent {
  year: number;
  yearsAgo: number;
}

export interface DayBirth {
  year: number;
  yearsAgo: number;
  id: string;
  name: string;
  born: string;
  died: string | null;
  nationality: string[];
  flights: number;
}

export interface OnThisDay {
  month: number;
  day: number;
  /** "March 17". */
  label: string;
  /** The zone whose calendar days are used ("UTC" unless --tz). */
  zone: string;
  /** The year "years ago" counts from. */
  referenceYear: number;
  /** The sections asked for (the others are empty). */
  sections: Section[];
  launches: DayLaunch[];
  landings: DayLanding[];
  events: DayEvent[];
  births: DayBirth[];
  /** How many each section holds before --limit. */
  totals: { launches: number; landings: number; events: number; births: number };
}

export interface DayOptions {
  sections: readonly Section[];
  crewed?: boolean;
  sort: 'oldest' | 'newest';
  /** Per section; 0 for all. */
  limit: number;
}

export function onThisDay(ds: Dataset, md: MonthDay, zone: Zone, referenceYear: number, o: DayOptions): OnThisDay {
  const want = new Set(o.sections);
  const ago = (y: number) => referenceYear - y;
  const order = <T extends { time?: string; year: number }>(list: T[], key: (x: T) => number): T[] => {
    list.sort((a, b) => key(a) - key(b));
    if (o.sort === 'newest') list.reverse();
    return o.limit > 0 ? list.slice(0, o.limit) : list;
  };

  // In UTC the importer has listed each calendar day's launches, landings and births (data/index/).
  const utc = zone.kind === 'iana' ? zone.id === 'UTC' : zone.offsetMinutes === 0;
  const key = `${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
  const listed = utc
    ? ds.withIndex<{ launches: Launch[]; seats: [Person, Seat][]; births: Person[]; events: SpaceEvent[] } | null>(
        (ix) => {
          const d = (ix.get('launches.kv', `d:${key}`) as { l: number[]; g: [number, number][]; b: number[]; e?: number[] } | undefined) ?? { l: [], g: [], b: [] };
          const seat = ([pi, si]: [number, number]): [Person, Seat] => {
            const p = ds.personAt(ix, pi);
            const s = p.flights[si];
            if (s === undefined) throw new IndexMismatch(`people.json record ${pi + 1} seat ${si}`);
            return [p, s];
          };
          return {
            launches: want.has('launches') ? d.l.map((i) => ds.launchAt(ix, i)) : [],
            seats: want.has('landings') ? d.g.map(seat) : [],
            births: want.has('births') ? d.b.map((i) => ds.personAt(ix, i)) : [],
            events: want.has('events') ? (d.e ?? []).map((i) => ds.eventAt(ix, i)) : [],
          };
        },
        () => null,
      )
    : null;

  const launches: DayLaunch[] = [];
  if (want.has('launches')) {
    for (const l of listed?.launches ?? ds.launches()) {
      if (o.crewed && !l.crewed) continue;
      const date = localDate(l.time, l.precision, zone);
      if (!onDay(date, md)) continue;
      const y = Number(date.slice(0, 4));
      launches.push({ ...flightRef(ds, l.id), year: y, yearsAgo: ago(y), site: l.site, siteName: ds.site(l.site)?.shortName ?? null, outcome: l.outcome, success: l.success, crewed: l.crewed });
    }
  }

  const landings: DayLanding[] = [];
  if (want.has('landings')) {
    const byLanding = new Map<string, DayLanding>();
    for (const [p, s] of listed?.seats ?? ds.people().flatMap((p) => p.flights.map((s): [Person, Seat] => [p, s]))) {
      if (s.landing === null || s.landingPrecision === null || s.partOf !== null) continue;
      const date = localDate(s.landing, s.landingPrecision, zone);
      if (!onDay(date, md)) continue;
      const key = `${s.landedIn} ${s.landing}`;
      let entry = byLanding.get(key);
      if (!entry) {
        const y = Number(date.slice(0, 4));
        entry = { year: y, yearsAgo: ago(y), vehicle: flightRef(ds, s.landedIn), time: s.landing, precision: s.landingPrecision, people: [], crewLost: false };
        byLanding.set(key, entry);
      }
      entry.people.push({ id: p.id, name: p.name, launch: flightRef(ds, s.launch) });
      if (s.outcome === 'lost') entry.crewLost = true;
    }
    for (const l of byLanding.values()) l.people.sort((a, b) => (a.name < b.name ? -1 : 1));
    landings.push(...byLanding.values());
  }

  const events: DayEvent[] = [];
  if (want.has('events')) {
    for (const e of listed?.events ?? ds.events()) {
      if (o.crewed && e.people.length === 0 && !e.launches.some((id) => { const f = ds.flight(id); return f !== undefined && (f.category === 'suborbital' || f.crewed); })) continue;
      const date = localDate(e.time, e.precision, zone);
      if (!onDay(date, md)) continue;
      const y = Number(date.slice(0, 4));
      events.push({ ...e, year: y, yearsAgo: ago(y) });
    }
  }

  const births: DayBirth[] = [];
  if (want.has('births')) {
    for (const p of listed?.births ?? ds.people()) {
      if (p.born === null || !onDay(p.born, md)) continue;
      const y = Number(p.born.slice(0, 4));
      births.push({ year: y, yearsAgo: ago(y), id: p.id, name: p.name, born: p.born, died: p.died, nationality: p.nationality.map((n) => n.code ?? n.country), flights: p.flights.filter((s) => s.partOf === null).length });
    }
  }

  return {
    month: md.month,
    day: md.day,
    label: `${MONTH_NAMES[md.month - 1]} ${md.day}`,
    zone: zone.id,
    referenceYear,
    sections: [...o.sections],
    launches: order(launches, (x) => startMs(x.time)),
    landings: order(landings, (x) => startMs(x.time)),
    events: order(events, (x) => startMs(x.time)),
    births: order(births, (x) => startMs(x.born)),
    totals: { launches: launches.length, landings: landings.length, events: events.length, births: births.length },
  };
}
