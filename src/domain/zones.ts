// Time zones as users type them: IANA names in any case, UTC±hh:mm, and common
// abbreviations (fixed offsets). Conversion of instants with historical rules (ICU's tz data,
// read through the process's local clock, src/localClock.ts, else through Intl), and zone
// abbreviations that Intl does not give before 1970.
//
// No Intl formatter is built on the common path: the first one in a process costs ~12-15 ms
// (ICU's locale data), as much as the rest of a command. Offsets come from the local clock;
// times are formatted by date-fns from the wall clock (the same patterns and locale data
// date-fns-tz's formatInTimeZone uses, which a unit test compares them with, zone by zone
// across daylight-saving changes); Intl is asked only for what nothing else knows (the
// abbreviation of a zone outside the table below, from 1970 on).
import type { format as Format } from 'date-fns/format';
import { dataError, echo, usageError } from '../errors.js';
import { localClockWorks, systemZoneName, wallClockVia } from '../localClock.js';
import { suggest } from './text.js';

export type Zone =
  /** `known`: Intl knows the zone by exactly this name (checked where it was read), so the local clock can read it. */
  | { kind: 'iana'; id: string; known?: boolean }
  | { kind: 'fixed'; id: string; offsetMinutes: number; note: string | null; abbreviation: string | null };

interface Abbreviation {
  offset: number;
  name: string;
  /** The IANA zone people usually mean, for the note. */
  usual?: string;
  /** That zone keeps one offset all year (no daylight saving today). */
  allYear?: true;
}

/** Common abbreviations. Each is a fixed offset, whatever the date. */
const ABBREVIATIONS: Record<string, Abbreviation> = {
  EST: { offset: -300, name: 'US Eastern Standard Time', usual: 'America/New_York' },
  EDT: { offset: -240, name: 'US Eastern Daylight Time', usual: 'America/New_York' },
  CST: { offset: -360, name: 'US Central Standard Time', usual: 'America/Chicago' },
  CDT: { offset: -300, name: 'US Central Daylight Time', usual: 'America/Chicago' },
  MST: { offset: -420, name: 'US Mountain Standard Time', usual: 'America/Denver' },
  MDT: { offset: -360, name: 'US Mountain Daylight Time', usual: 'America/Denver' },
  PST: { offset: -480, name: 'US Pacific Standard Time', usual: 'America/Los_Angeles' },
  PDT: { offset: -420, name: 'US Pacific Daylight Time', usual: 'America/Los_Angeles' },
  AKST: { offset: -540, name: 'Alaska Standard Time', usual: 'America/Anchorage' },
  AKDT: { offset: -480, name: 'Alaska Daylight Time', usual: 'America/Anchorage' },
  HST: { offset: -600, name: 'Hawaii Standard Time', usual: 'Pacific/Honolulu', allYear: true },
  GMT: { offset: 0, name: 'Greenwich Mean Time', usual: 'Europe/London' },
  BST: { offset: 60, name: 'British Summer Time', usual: 'Europe/London' },
  WET: { offset: 0, name: 'Western European Time', usual: 'Europe/Lisbon' },
  WEST: { offset: 60, name: 'Western European Summer Time', usual: 'Europe/Lisbon' },
  CET: { offset: 60, name: 'Central European Time', usual: 'Europe/Paris' },
  CEST: { offset: 120, name: 'Central European Summer Time', usual: 'Europe/Paris' },
  EET: { offset: 120, name: 'Eastern European Time', usual: 'Europe/Athens' },
  EEST: { offset: 180, name: 'Eastern European Summer Time', usual: 'Europe/Athens' },
  MSK: { offset: 180, name: 'Moscow Time', usual: 'Europe/Moscow', allYear: true },
  IST: { offset: 330, name: 'India Standard Time', usual: 'Asia/Kolkata', allYear: true },
  PKT: { offset: 300, name: 'Pakistan Standard Time', usual: 'Asia/Karachi', allYear: true },
  ICT: { offset: 420, name: 'Indochina Time', usual: 'Asia/Bangkok', allYear: true },
  SGT: { offset: 480, name: 'Singapore Time', usual: 'Asia/Singapore', allYear: true },
  HKT: { offset: 480, name: 'Hong Kong Time', usual: 'Asia/Hong_Kong', allYear: true },
  JST: { offset: 540, name: 'Japan Standard Time', usual: 'Asia/Tokyo', allYear: true },
  KST: { offset: 540, name: 'Korea Standard Time', usual: 'Asia/Seoul', allYear: true },
  AWST: { offset: 480, name: 'Australian Western Standard Time', usual: 'Australia/Perth', allYear: true },
  ACST: { offset: 570, name: 'Australian Central Standard Time', usual: 'Australia/Adelaide' },
  AEST: { offset: 600, name: 'Australian Eastern Standard Time', usual: 'Australia/Sydney' },
  AEDT: { offset: 660, name: 'Australian Eastern Daylight Time', usual: 'Australia/Sydney' },
  NZST: { offset: 720, name: 'New Zealand Standard Time', usual: 'Pacific/Auckland' },
  NZDT: { offset: 780, name: 'New Zealand Daylight Time', usual: 'Pacific/Auckland' },
  BRT: { offset: -180, name: 'Brasília Time', usual: 'America/Sao_Paulo' },
};

/** Names Intl accepts but does not list in supportedValuesOf (DESIGN.md §4). */
const EXTRA_ZONES = ['UTC', 'Etc/UTC', 'Etc/GMT', 'Asia/Kolkata', 'Europe/Kyiv', 'Asia/Calcutta', 'Europe/Kiev'];

let zoneNames: Map<string, string> | null = null;
function ianaNames(): Map<string, string> {
  if (zoneNames === null) {
    zoneNames = new Map();
    for (const z of [...Intl.supportedValuesOf('timeZone'), ...EXTRA_ZONES]) zoneNames.set(z.toLowerCase(), z);
  }
  return zoneNames;
}

/** True when Intl knows the zone by exactly this name (the local clock can then read it). */
function knownExactly(id: string): boolean {
  return ianaNames().get(id.toLowerCase()) === id;
}

function intlAccepts(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export function offsetLabel(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** "UTC+6", "UTC-4", "UTC+5:30". */
export function shortOffsetLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `UTC${sign}${Math.floor(a / 60)}${a % 60 ? `:${String(a % 60).padStart(2, '0')}` : ''}`;
}

/**
 * A UTC offset in minutes, checked against the offsets clocks use, UTC-12:00 to UTC+14:00
 * (zones and offsets typed in times alike); `typed` is what the user wrote, for the message.
 */
export function offsetMinutes(sign: string, hours: number, minutes: number, typed: string): number {
  const total = (sign === '+' ? 1 : -1) * (hours * 60 + minutes);
  if (minutes > 59 || total > 14 * 60 || total < -12 * 60) throw usageError(`"${echo(typed)}" is not a UTC offset (offsets run from UTC-12:00 to UTC+14:00)`, 'write it as UTC+05:30 or -0400');
  return total;
}

function fixedZone(offsetMinutes: number, note: string | null, abbreviation: string | null = null): Zone {
  return { kind: 'fixed', id: `UTC${offsetLabel(offsetMinutes)}`, offsetMinutes, note, abbreviation };
}

/** Reads a zone as a user types it; an unknown zone is a usage error with suggestions. */
export function parseZone(input: string): Zone {
  const text = input.trim();
  if (/^(utc|gmt|z|zulu)$/i.test(text)) return { kind: 'iana', id: 'UTC' };
  const off = /^(?:utc|gmt)?\s*([+\-−])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (off) return fixedZone(offsetMinutes(off[1] === '+' ? '+' : '-', Number(off[2]), Number(off[3] ?? 0), input), null);
  const abbr = Object.hasOwn(ABBREVIATIONS, text.toUpperCase()) ? ABBREVIATIONS[text.toUpperCase()] : undefined;
  if (abbr) {
    const fixed = `${text.toUpperCase()} (${abbr.name}) is always UTC${offsetLabel(abbr.offset)}`;
    const city = abbr.usual?.split('/').pop()!.replace(/_/g, ' ');
    const note = abbr.usual ? `${fixed}; for the clock in ${city}${abbr.allYear ? ` (the same offset all year today, but not in every year past), use ${abbr.usual}` : `, which changes with daylight saving, use ${abbr.usual}`}` : fixed;
    return fixedZone(abbr.offset, note, text.toUpperCase());
  }
  const names = ianaNames();
  const known = names.get(text.toLowerCase()) ?? names.get(text.toLowerCase().replace(/ /g, '_'));
  if (known) return { kind: 'iana', id: known, known: true };
  // Links and legacy names Intl knows but does not list: US/Eastern, PST8PDT, EST5EDT.
  if (/^[A-Za-z][A-Za-z0-9_+\-]*(?:\/[A-Za-z0-9_+\-]+)*$/.test(text) && intlAccepts(text)) return { kind: 'iana', id: text };
  // A city name alone ("new york", "tokyo").
  const city = text.toLowerCase().replace(/ /g, '_');
  const byCity = [...names.values()].filter((z) => z.toLowerCase().split('/').pop() === city);
  if (byCity.length === 1) return { kind: 'iana', id: byCity[0]!, known: true };
  const ideas = suggest(text, [...names.values(), ...Object.keys(ABBREVIATIONS)], 3, 0.3);
  throw usageError(
    `unknown time zone "${input}"`,
    ideas.length > 0 ? `did you mean ${ideas.join(', ')}? Zones are IANA names (America/New_York), UTC±hh:mm or abbreviations (EST, CET, JST)` : 'zones are IANA names (America/New_York), UTC±hh:mm or abbreviations (EST, CET, JST)',
  );
}

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/**
 * Offset from UTC in minutes of `zone` at instant `ms`, by the rules in force then: the
 * zone's wall clock minus UTC, to the whole second, rounded to minutes. The wall clock comes
 * from the local clock where Intl knows the zone's name exactly, else from Intl. (date-fns-tz's
 * getTimezoneOffset is wrong in the hour before a daylight-saving change, so it is not used.)
 */
export function offsetAt(zone: Zone, ms: number): number {
  if (zone.kind === 'fixed') return zone.offsetMinutes;
  if (zone.id === 'UTC') return 0;
  if ((zone.known === true || knownExactly(zone.id)) && localClockWorks()) return Math.round((wallClockVia(zone.id, ms) - Math.floor(ms / 1000) * 1000) / 60000);
  return offsetViaIntl(zone.id, ms);
}

/** offsetAt() through Intl.DateTimeFormat (for names only Intl resolves, and for the tests). */
export function offsetViaIntl(id: string, ms: number): number {
  let f = wallClocks.get(id);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: id, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', era: 'short',
      });
    } catch {
      // Zones typed by the user are checked when they are read: this one came from the data.
      throw dataError(`the data names a time zone this Node does not know: "${echo(id)}"`, 'rebuild the data with `npm run data:build`, or use a newer Node');
    }
    wallClocks.set(id, f);
  }
  const p: Record<string, number> = {};
  let bc = false;
  for (const part of f.formatToParts(new Date(ms))) {
    if (part.type === 'era') bc = part.value.startsWith('B');
    else if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const d = new Date(0);
  d.setUTCFullYear(bc ? 1 - p.year! : p.year!, p.month! - 1, p.day!);
  d.setUTCHours(p.hour!, p.minute!, p.second!, 0);
  const wholeSecond = Math.floor(ms / 1000) * 1000;
  return Math.round((d.getTime() - wholeSecond) / 60000);
}

// Abbreviations for the zones people use, by offset, from 1946 on. Intl gives these only
// from 1970, and only for some zones in the en-US locale (Apollo 11 would show "GMT-4").
const US = (std: string, dst: string, o: number): [number, string][] => [[o, std], [o + 60, dst]];
const CENTRAL_EUROPE: [number, string][] = [[60, 'CET'], [120, 'CEST']];
const ZONE_ABBREVIATIONS: Record<string, [number, string][]> = {
  UTC: [[0, 'UTC']],
  'Etc/UTC': [[0, 'UTC']],
  'America/New_York': US('EST', 'EDT', -300),
  'America/Detroit': US('EST', 'EDT', -300),
  'America/Toronto': US('EST', 'EDT', -300),
  'America/Chicago': US('CST', 'CDT', -360),
  'America/Denver': US('MST', 'MDT', -420),
  'America/Phoenix': [[-420, 'MST']],
  'America/Los_Angeles': US('PST', 'PDT', -480),
  'America/Vancouver': US('PST', 'PDT', -480),
  'Pacific/Honolulu': [[-600, 'HST']],
  'Europe/London': [[0, 'GMT'], [60, 'BST']],
  'Europe/Paris': CENTRAL_EUROPE,
  'Europe/Berlin': CENTRAL_EUROPE,
  'Europe/Rome': CENTRAL_EUROPE,
  'Europe/Madrid': CENTRAL_EUROPE,
  'Europe/Amsterdam': CENTRAL_EUROPE,
  'Europe/Brussels': CENTRAL_EUROPE,
  'Europe/Vienna': CENTRAL_EUROPE,
  'Europe/Zurich': CENTRAL_EUROPE,
  'Europe/Stockholm': CENTRAL_EUROPE,
  'Europe/Oslo': CENTRAL_EUROPE,
  'Europe/Copenhagen': CENTRAL_EUROPE,
  'Europe/Prague': CENTRAL_EUROPE,
  'Europe/Warsaw': CENTRAL_EUROPE,
  'Europe/Athens': [[120, 'EET'], [180, 'EEST']],
  'Asia/Tokyo': [[540, 'JST']],
  'Asia/Seoul': [[540, 'KST']],
  'Asia/Kolkata': [[330, 'IST']],
  'Asia/Calcutta': [[330, 'IST']],
  'Asia/Shanghai': [[480, 'CST'], [540, 'CDT']],
  'Asia/Jerusalem': [[120, 'IST'], [180, 'IDT']],
  'Australia/Sydney': [[600, 'AEST'], [660, 'AEDT']],
  'Australia/Brisbane': [[600, 'AEST']],
  'Australia/Adelaide': [[570, 'ACST'], [630, 'ACDT']],
  'Australia/Perth': [[480, 'AWST'], [540, 'AWDT']],
  'Pacific/Auckland': [[720, 'NZST'], [780, 'NZDT']],
};
const FROM_1946 = Date.UTC(1946, 0, 1);

/** Moscow: MSK (+3) and summer MSD (+4), but +4 all year 2011-2014 was MSK, and 1991 was EET/EEST. */
function moscow(ms: number, offset: number): string | null {
  if (ms >= Date.UTC(1991, 2, 30, 23) && ms < Date.UTC(1992, 0, 18, 23)) return offset === 120 ? 'EET' : offset === 180 ? 'EEST' : null;
  if (offset === 180) return 'MSK';
  if (offset === 240) return ms >= Date.UTC(2011, 2, 26, 23) && ms < Date.UTC(2014, 9, 25, 22) ? 'MSK' : 'MSD';
  return null;
}

const canonicalNames = new Map<string, string>();
/**
 * The zone a link names (US/Eastern: America/New_York), as Intl resolves it; asked only for a
 * zone outside the abbreviation table, which Intl is asked about anyway.
 */
function canonical(id: string): string {
  let name = canonicalNames.get(id);
  if (name === undefined) {
    try {
      name = new Intl.DateTimeFormat('en-US', { timeZone: id }).resolvedOptions().timeZone;
    } catch {
      name = id;
    }
    canonicalNames.set(id, name);
  }
  return name;
}

/**
 * The zone's abbreviation at that instant, or "UTC+6" style where there is none we are sure of.
 * `known` is the answer where it was worked out beforehand (the importer's index holds it for
 * each launch at its site, so that showing a launch needs no Intl).
 */
export function abbreviationAt(zone: Zone, ms: number, offset: number, known?: string): string {
  if (known !== undefined) return known;
  if (zone.kind === 'fixed') return zone.abbreviation ?? shortOffsetLabel(offset);
  if (ms >= FROM_1946) {
    // A link (US/Eastern, W-SU) reads the table of the zone it names.
    const id = zone.id === 'Europe/Moscow' || Object.hasOwn(ZONE_ABBREVIATIONS, zone.id) ? zone.id : canonical(zone.id);
    if (id === 'Europe/Moscow') {
      const m = moscow(ms, offset);
      if (m) return m;
    }
    const hit = Object.hasOwn(ZONE_ABBREVIATIONS, id) ? ZONE_ABBREVIATIONS[id]!.find(([o]) => o === offset) : undefined;
    if (hit) return hit[1];
  }
  if (ms >= Date.UTC(1970, 0, 1)) {
    const name = new Intl.DateTimeFormat('en-US', { timeZone: zone.id, timeZoneName: 'short' }).formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (/^[A-Z]{2,5}$/.test(name)) return name;
  }
  return shortOffsetLabel(offset);
}

/**
 * A Date whose local fields are its UTC fields, so that date-fns formats the wall clock it
 * holds whatever the process's zone.
 */
class WallClock extends Date {
  override getFullYear() { return this.getUTCFullYear(); }
  override getMonth() { return this.getUTCMonth(); }
  override getDate() { return this.getUTCDate(); }
  override getDay() { return this.getUTCDay(); }
  override getHours() { return this.getUTCHours(); }
  override getMinutes() { return this.getUTCMinutes(); }
  override getSeconds() { return this.getUTCSeconds(); }
  override getMilliseconds() { return this.getUTCMilliseconds(); }
  override getTimezoneOffset() { return 0; }
}

/**
 * Formats an instant in a zone with a date-fns pattern: the wall clock is computed with
 * offsetAt() (whole minutes, as date-fns-tz's formatInTimeZone shows it) and formatted, so the
 * offset is right even next to a DST change. A trailing "XXX" becomes the offset ("-05:00").
 *
 * The patterns the almanac shows times with are written out by wallText() (the first use of
 * date-fns's format costs ~1 ms of set-up and parsing in a command that formats three times);
 * any other pattern goes to date-fns. test/unit/zoneEngine.test.ts compares the result with
 * date-fns-tz's formatInTimeZone for every launch at its site and next to every zone change.
 */
export function formatIn(zone: Zone, ms: number, pattern: string): string {
  const offset = offsetAt(zone, ms);
  const withOffset = pattern.endsWith('XXX');
  const body = withOffset ? pattern.slice(0, -3) : pattern;
  const wall = new WallClock(ms + offset * 60_000);
  let text = wallText(wall, body);
  if (text === null) {
    const { format } = require('date-fns/format') as { format: typeof Format };
    text = format(wall, body);
  }
  return withOffset ? text + offsetLabel(offset) : text;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const two = (n: number) => (n < 10 ? `0${n}` : String(n));
/** date-fns's English ordinal: 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
const ordinal = (n: number) => {
  const r100 = n % 100;
  if (r100 > 10 && r100 < 20) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
};

/** The fields of the date-fns tokens wallText() writes (en-US, as date-fns formats by default). */
const WALL_TOKENS: Record<string, (d: Date) => string> = {
  uuuu: (d) => String(d.getUTCFullYear()).padStart(4, '0'),
  MMMM: (d) => MONTHS[d.getUTCMonth()]!,
  MMM: (d) => MONTHS[d.getUTCMonth()]!.slice(0, 3),
  MM: (d) => two(d.getUTCMonth() + 1),
  dd: (d) => two(d.getUTCDate()),
  do: (d) => ordinal(d.getUTCDate()),
  EEE: (d) => WEEKDAYS[d.getUTCDay()]!,
  HH: (d) => two(d.getUTCHours()),
  h: (d) => String(d.getUTCHours() % 12 || 12),
  mm: (d) => two(d.getUTCMinutes()),
  ss: (d) => two(d.getUTCSeconds()),
  a: (d) => (d.getUTCHours() < 12 ? 'AM' : 'PM'),
};
/**
 * A pattern as its tokens and literal text: the tokens above (each on its own: "hh" or "aa" is
 * another token, left to date-fns), 'quoted' text, and "-", ":", ",", " ".
 */
const WALL_PATTERN = /(?:uuuu|MMMM|MMM|MM|dd|do|EEE|HH|h|mm|ss|a)(?![A-Za-z])|'[^']*'|[-:, ]/g;
const wallParts = new Map<string, string[] | null>();

/** The wall clock `d` (its UTC fields) in `pattern`, or null for a pattern with other tokens. */
function wallText(d: Date, pattern: string): string | null {
  let parts = wallParts.get(pattern);
  if (parts === undefined) {
    const found = pattern.match(WALL_PATTERN) ?? [];
    parts = found.join('') === pattern ? found : null;
    wallParts.set(pattern, parts);
  }
  if (parts === null) return null;
  let out = '';
  for (const p of parts) out += Object.hasOwn(WALL_TOKENS, p) ? WALL_TOKENS[p]!(d) : p.startsWith("'") ? p.slice(1, -1) : p;
  return out;
}

/** The viewer's zone: --tz, else TZ, else the system's. */
export function viewerZone(tzOption: string | undefined, env: Readonly<Record<string, string | undefined>>): Zone {
  if (tzOption !== undefined) return parseZone(tzOption);
  const tz = env.TZ?.replace(/^:/, '');
  if (tz) {
    try {
      return parseZone(tz);
    } catch {
      // An unusable TZ falls back to the system zone.
    }
  }
  return systemZone(systemZoneName(), () => new Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/**
 * The system's zone: its name from /etc/localtime (`linked`) where Intl knows it by that name,
 * else the one Intl resolves, else UTC (an empty TZ, as cron and containers set it, leaves ICU
 * with "Etc/Unknown", which no formatter takes).
 */
export function systemZone(linked: string | null, resolved: () => string | undefined): Zone {
  if (linked !== null && /^(?:Etc\/)?(?:UTC|UCT|Universal|Zulu)$/.test(linked)) return { kind: 'iana', id: 'UTC' };
  if (linked !== null && knownExactly(linked)) return { kind: 'iana', id: linked, known: true };
  const id = resolved();
  if (id && (knownExactly(id) || intlAccepts(id))) return { kind: 'iana', id };
  return { kind: 'iana', id: 'UTC' };
}

