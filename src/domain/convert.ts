// One instant shown in many zones, at the precision it is known to; and local wall-clock
// times read in a zone, with daylight-saving gaps and overlaps detected.
import type { Precision } from '../data/types.js';
import { echo, usageError } from '../errors.js';
import { utcMs } from './time.js';
import { abbreviationAt, formatIn, offsetAt, offsetLabel, offsetMinutes, type Zone } from './zones.js';

export type ClockFormat = '12h' | '24h' | 'iso';
export const CLOCK_FORMATS: readonly ClockFormat[] = ['12h', '24h', 'iso'];

export interface ZoneRow {
  /** What the row is: "UTC", "launch site", "you", or the zone as typed. */
  label: string;
  /** IANA name or UTC±hh:mm. */
  zone: string;
  /** Local time, ISO 8601 with offset, at the known precision ("1992-03-17T05:54:30-05:00", "1992-03-17"). */
  local: string;
  /** "Tue, Mar 17th, 1992". */
  date: string;
  /** "5:54:30 AM", "05:54:30" or the ISO form; null when only the day is known. */
  time: string | null;
  /** "EST", "UTC+6"; null when only the day is known. */
  abbreviation: string | null;
  /** "-05:00"; null when only the day is known. */
  offset: string | null;
  /** Local calendar day minus the UTC day: -1, 0 or +1. */
  dayDifference: number;
  note: string | null;
}

const TIME_PATTERN: Record<ClockFormat, Partial<Record<Precision, string>>> = {
  '12h': { second: 'h:mm:ss a', minute: 'h:mm a' },
  '24h': { second: 'HH:mm:ss', minute: 'HH:mm' },
  iso: { second: "uuuu-MM-dd'T'HH:mm:ssXXX", minute: "uuuu-MM-dd'T'HH:mmXXX" },
};

/**
 * Shows an instant known to `precision` in a zone. Day- and month-precision times are not
 * converted. `abbreviation`: the zone's abbreviation then, where it is known beforehand.
 */
export function zoneRow(label: string, zone: Zone, ms: number, precision: Precision, format: ClockFormat, note: string | null = null, abbreviation?: string): ZoneRow {
  if (precision === 'day' || precision === 'month') {
    const utc: Zone = { kind: 'iana', id: 'UTC' };
    return {
      label,
      zone: zone.id,
      local: formatIn(utc, ms, precision === 'day' ? 'uuuu-MM-dd' : 'uuuu-MM'),
      date: formatIn(utc, ms, precision === 'day' ? 'EEE, MMM do, uuuu' : 'MMMM uuuu'),
      time: null,
      abbreviation: null,
      offset: null,
      dayDifference: 0,
      note: note ?? `only the ${precision} is known (UTC), so it is not converted`,
    };
  }
  const offset = offsetAt(zone, ms);
  const isoPattern = TIME_PATTERN.iso[precision]!;
  const day = (t: number) => Math.floor(t / 86_400_000);
  return {
    label,
    zone: zone.id,
    local: formatIn(zone, ms, isoPattern),
    date: formatIn(zone, ms, 'EEE, MMM do, uuuu'),
    time: format === 'iso' ? formatIn(zone, ms, isoPattern) : formatIn(zone, ms, TIME_PATTERN[format][precision]!),
    abbreviation: abbreviationAt(zone, ms, offset, abbreviation),
    offset: offsetLabel(offset),
    dayDifference: day(ms + offset * 60_000) - day(ms),
    note: note ?? (zone.kind === 'fixed' ? zone.note : null),
  };
}

export interface ParsedTime {
  ms: number;
  precision: Precision;
  /** Set when the wall-clock time occurs twice in the zone (the earlier was taken). */
  note: string | null;
}

const TIME_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/** True when the text looks like a date or time rather than a launch name. */
export function looksLikeTime(text: string): boolean {
  return /^\s*\d{4}-\d{2}-\d{2}(?:$|[T\s])/.test(text) || /^\s*now\s*$/i.test(text);
}

/**
 * Reads "1992-03-17 10:54:30" (wall clock in `zone`), "1992-03-17T10:54:30Z" or with an
 * offset (an instant), "1992-03-17" (a day) or "now".
 */
export function parseTime(text: string, zone: Zone, now: number): ParsedTime {
  const t = text.trim();
  if (/^now$/i.test(t)) return { ms: Math.floor(now / 1000) * 1000, precision: 'second', note: null };
  const m = TIME_RE.exec(t);
  if (!m) throw usageError(`cannot read "${echo(text)}" as a time`, 'write 1992-03-17 10:54:30, 1992-03-17T10:54:30Z, 1992-03-17 or a launch name');
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => (v === undefined ? undefined : Number(v)));
  const daysInMonth = mo! >= 1 && mo! <= 12 ? new Date(utcMs(y!, mo!, 0)).getUTCDate() : 0;
  if (mo! < 1 || mo! > 12 || d! < 1 || d! > daysInMonth) {
    throw usageError(`${m[1]}-${m[2]}-${m[3]} is not a date`, mo! >= 1 && mo! <= 12 ? `${m[1]}-${m[2]} has ${daysInMonth} days` : 'months run from 01 to 12');
  }
  if ((h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59) throw usageError(`"${echo(text)}" is not a time of day`, 'hours run 00-23, minutes and seconds 00-59');
  const precision: Precision = h === undefined ? 'day' : s === undefined ? 'minute' : 'second';
  const wall = utcMs(y!, mo! - 1, d!, h ?? 0, mi ?? 0, s ?? 0);
  if (precision === 'day') return { ms: wall, precision, note: null };
  const offsetText = m[7];
  if (offsetText) {
    if (offsetText.toUpperCase() === 'Z') return { ms: wall, precision, note: null };
    const om = /^([+-])(\d{2}):?(\d{2})$/.exec(offsetText)!;
    const minutes = offsetMinutes(om[1]!, Number(om[2]), Number(om[3]), offsetText);
    return { ms: wall - minutes * 60_000, precision, note: null };
  }
  return fromWallClock(wall, zone, text, precision);
}

/** The instant(s) at which `zone`'s clocks showed the wall time `wall` (given as if UTC). */
function fromWallClock(wall: number, zone: Zone, text: string, precision: Precision): ParsedTime {
  const offsets = new Set([offsetAt(zone, wall - 86_400_000), offsetAt(zone, wall), offsetAt(zone, wall + 86_400_000)]);
  const instants = [...offsets]
    .map((o) => wall - o * 60_000)
    .filter((ms) => offsetAt(zone, ms) * 60_000 === wall - ms)
    .sort((a, b) => a - b);
  const unique = [...new Set(instants)];
  if (unique.length === 0) {
    throw usageError(`${text.trim()} does not exist in ${zone.id}: the clocks skipped it (daylight saving began)`, 'pick a time outside the gap, or give the offset (…T02:30-05:00)');
  }
  if (unique.length > 1) {
    const labels = unique.map((ms) => abbreviationAt(zone, ms, offsetAt(zone, ms)));
    return {
      ms: unique[0]!,
      precision,
      note: `${text.trim()} happened twice in ${zone.id} (${labels.join(' then ')}, daylight saving ended); the first (${labels[0]}) is shown. Give the offset to choose.`,
    };
  }
  return { ms: unique[0]!, precision, note: null };
}
