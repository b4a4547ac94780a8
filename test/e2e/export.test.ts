// `almanac export`: the files are read back with a real iCalendar parser and a real CSV parser.
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { yearOf } from '../../src/domain/time.js';
import { almanac, dataset } from '../helpers.js';

const out = (args: string[]) => {
  const r = almanac(['export', ...args]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
};
const launches = dataset.launches();
const in1992 = launches.filter((l) => yearOf(l.time) === 1992);

function vevents(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

describe('export', () => {
  it('writes an iCalendar file a parser reads, with UTC times, stable UIDs and the facts', () => {
    const text = out(['--format', 'ics', '--year', '1992']);
    expect(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    const events = vevents(text);
    expect(events).toHaveLength(in1992.filter((l) => l.precision !== 'month').length);
    const tm14 = events.find((e) => e.uid === '1992-014@launch-almanac')!;
    expect(tm14.startDate.toJSDate().toISOString()).toBe('1992-03-17T10:54:30.000Z');
    expect(tm14.startDate.zone.tzid).toBe('UTC');
    expect(tm14.summary).toBe('Soyuz TM-14 · Soyuz-U2');
    expect(tm14.description).toContain('Outcome: success');
    expect(tm14.location).toBe('Baykonur LC1');
    // The same data gives the same file, so calendar apps update instead of duplicating.
    expect(out(['--format', 'ics', '--year', '1992'])).toBe(text);
  });

  it('makes day-precision launches all-day events on their UTC date', () => {
    const day = launches.find((l) => l.precision === 'day')!;
    const e = vevents(out(['--format', 'ics', day.id])).find((x) => x.uid.startsWith(day.id.replace(/\s+/g, '_')))!;
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe(day.time);
  });

  it('exports the milestones as a calendar', () => {
    const events = vevents(out(['--format', 'ics', '--what', 'events']));
    expect(events).toHaveLength(dataset.events().length);
    const apollo1 = events.find((e) => /Apollo 1 cabin/.test(e.summary))!;
    expect(apollo1.startDate.toString()).toBe('1967-01-27');
  });

  it('writes CSV that a parser reads back field for field, quoting where needed', () => {
    const rows = parseCsv(out(['--format', 'csv', '--year', '1992']), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(in1992.length);
    expect(rows.find((r) => r.id === '1992-014')).toMatchObject({ name: 'Soyuz TM-14', time_utc: '1992-03-17T10:54:30Z', vehicle: 'Soyuz-U2', outcome: 'success', crewed: 'true' });
    // Payloads by name, and their count beside them.
    const sts42 = rows.find((r) => r.id === '1992-002')!;
    const l = launches.find((x) => x.id === '1992-002')!;
    expect(sts42.payloads).toBe(l.payloads.join('; '));
    expect(sts42.payloads).toMatch(/^Discovery \(STS-42\); /);
    expect(sts42.payload_count).toBe(String(l.payloadCount));
    // Names with commas or quotes survive the round trip.
    const tricky = launches.filter((l) => /[",]/.test(l.name)).slice(0, 20);
    expect(tricky.length).toBeGreaterThan(0);
    const all = parseCsv(out(['--format', 'csv']), { columns: true }) as Record<string, string>[];
    for (const l of tricky) expect(all.find((r) => r.id === l.id)!.name).toBe(l.name);
    const bom = almanac(['export', '--format', 'csv', '--year', '1957', '--bom']).stdout;
    expect(bom.startsWith('\ufeffid,name,')).toBe(true);
  });

  it('exports seats as CSV, with names in UTF-8', () => {
    const rows = parseCsv(out(['--format', 'csv', '--what', 'crew', '1992-014']), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.name, r.role, r.landed_in])).toEqual(
      expect.arrayContaining([['Klaus-Dietrich Flade', 'research cosmonaut', '1991-069'], ['Aleksandr Kaleri', 'flight engineer', '1992-014']]),
    );
    // Each seat names its mission and launch time.
    for (const r of rows) expect(r).toMatchObject({ launch: '1992-014', mission: 'Soyuz TM-14', launch_utc: '1992-03-17T10:54:30Z' });
    // JSON Lines keep nationality as the list it is in --json.
    const seat = JSON.parse(out(['--format', 'jsonl', '--what', 'crew', '1992-014']).split('\n')[0]!);
    expect(seat.nationality).toEqual([{ country: 'Russia', code: 'RU' }]);
  });

  it('writes JSON Lines, one record per line', () => {
    const lines = out(['--format', 'jsonl', '--year', '1992']).trimEnd().split('\n');
    expect(lines).toHaveLength(in1992.length);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(in1992.map((l) => l.id));
  });

  it('needs a format, and has no calendar of seats (exit 2)', () => {
    expect(almanac(['export']).code).toBe(2);
    expect(almanac(['export', '--format', 'xml']).code).toBe(2);
    const r = almanac(['export', '--format', 'ics', '--what', 'crew']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: --what crew has no calendar form\nhint: /);
  });
});
