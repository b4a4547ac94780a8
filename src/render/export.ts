// Launches, seats and events in other tools' formats: iCalendar (RFC 5545), CSV (RFC 4180) and
// JSON Lines. Pure text builders; the command decides what goes in.
import { clean, jsonRecords } from './sanitize.js';

/**
 * An RFC 5545 TEXT value (SUMMARY, DESCRIPTION, LOCATION, UID): a line break (CR LF, LF or a
 * lone CR) becomes the escape \n; every other control character RFC 5545 forbids (NUL, BEL,
 * ESC, DEL…), with escape sequences, C1 controls, bidi controls and zero-width characters, is
 * removed (a tab becomes a space); then backslash, semicolon and comma are escaped.
 */
export function icsText(s: string): string {
  return s
    .split(/\r\n|\r|\n/)
    .map((part) => clean(part).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,'))
    .join('\\n');
}

/** Folds a content line at 75 octets (continuation lines start with a space), never inside a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const ch of line) {
    const n = Buffer.byteLength(ch);
    if (bytes + n > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += ch;
    bytes += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

export interface CalendarEvent {
  /** Stable unique id: the same launch always gets the same UID, so re-importing updates it. */
  uid: string;
  /** UTC time at second or minute precision, or a date ("1992-03-17") for an all-day event. */
  start: string;
  summary: string;
  description: string;
  location: string | null;
  url?: string;
}

const icsStamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '').replace(/Z?$/, 'Z');

/** A VCALENDAR. `stamp` (DTSTAMP) is the dataset's date, so the same data gives the same file. */
export function icsCalendar(name: string, events: readonly CalendarEvent[], stamp: string): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//launch-almanac//launch-almanac//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${icsText(name)}`];
  for (const e of events) {
    lines.push('BEGIN:VEVENT', `UID:${icsText(e.uid)}`, `DTSTAMP:${stamp}`);
    if (e.start.length === 10) {
      const d = e.start.replace(/-/g, '');
      const next = new Date(Date.parse(`${e.start}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
      lines.push(`DTSTART;VALUE=DATE:${d}`, `DTEND;VALUE=DATE:${next}`);
    } else {
      lines.push(`DTSTART:${icsStamp(e.start.length === 17 ? e.start.replace('Z', ':00Z') : e.start)}`);
    }
    lines.push(`SUMMARY:${icsText(e.summary)}`, `DESCRIPTION:${icsText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${icsText(e.location)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

/** Characters that make a spreadsheet read a cell as a formula (or, TAB and CR, hide one). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180: every field quoted when it holds a comma, quote, CR or LF; CRLF between records.
 * Text fields are cleaned (controls, escape sequences, bidi and zero-width characters removed).
 * Unless `raw`, a text field that starts with =, +, -, @, TAB or CR gets a single quote in
 * front, so that a spreadsheet shows it as text instead of running it as a formula (CSV
 * injection); numbers and booleans are written as they are.
 */
export function csvTable(header: readonly string[], rows: readonly (readonly (string | number | boolean | null)[])[], raw = false): string {
  const field = (v: string | number | boolean | null) => {
    let s = v === null ? '' : String(v);
    if (typeof v === 'string') s = clean(!raw && FORMULA_START.test(s) ? `'${s}` : s);
    return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${[header, ...rows].map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

/** One JSON record per line, escaped as --json is (sanitize.ts). */
export function jsonLines(records: readonly unknown[]): string {
  return jsonRecords(records);
}
