// On-this-day: reading days, local calendar dates, and the curated events file.
import { describe, expect, it } from 'vitest';
import { localDate, onThisDay, parseMonthDay, SECTIONS } from '../../src/domain/calendar.js';
import { parseZone } from '../../src/domain/zones.js';
import { AlmanacError } from '../../src/errors.js';
import { dataset } from '../helpers.js';

const today = { year: 2026, month: 11, day: 23 };
const UTC = parseZone('UTC');
const all = { sections: SECTIONS, sort: 'oldest' as const, limit: 0 };

describe('reading a day', () => {
  it.each([
    ['03-17', 3, 17, null],
    ['3/17', 3, 17, null],
    ['Mar 17', 3, 17, null],
    ['march 17th', 3, 17, null],
    ['17 March', 3, 17, null],
    ['2026-03-17', 3, 17, 2026],
    ['02-29', 2, 29, null],
    ['today', 11, 23, 2026],
    ['tomorrow', 11, 24, 2026],
    ['yesterday', 11, 22, 2026],
  ])('%s', (text, month, day, year) => {
    expect(parseMonthDay(text, today)).toEqual({ month, day, year });
  });

  it('crosses month and year ends for tomorrow and yesterday', () => {
    expect(parseMonthDay('tomorrow', { year: 2026, month: 12, day: 31 })).toEqual({ month: 1, day: 1, year: 2027 });
    expect(parseMonthDay('yesterday', { year: 2024, month: 3, day: 1 })).toEqual({ month: 2, day: 29, year: 2024 });
  });

  it.each(['02-30', '13-01', '00-10', '04-31', 'Feb 30', 'Smarch 3', '2025-02-29', 'next week', ''])('rejects %j as a usage error', (text) => {
    try {
      parseMonthDay(text, today);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AlmanacError);
      expect((e as AlmanacError).exitCode).toBe(2);
    }
  });
});

describe('local calendar dates', () => {
  it('moves instants into the zone, and leaves day-precision dates alone', () => {
    // Sputnik 1: 19:28 UTC on October 4 is already October 5 in Tokyo, still October 4 in New York.
    expect(localDate('1957-10-04T19:28:34Z', 'second', parseZone('Asia/Tokyo'))).toBe('1957-10-05');
    expect(localDate('1957-10-04T19:28:34Z', 'second', parseZone('America/New_York'))).toBe('1957-10-04');
    expect(localDate('2025-12-23', 'day', parseZone('Pacific/Kiritimati'))).toBe('2025-12-23');
  });
});

describe('on this day, on the real data', () => {
  const day = (md: string, zone = UTC) => onThisDay(dataset, parseMonthDay(md, today), zone, 2026, all);

  it('03-17: Soyuz TM-14 among the launches, with years ago', () => {
    const d = day('03-17');
    expect(d.launches.find((l) => l.id === '1992-014')).toMatchObject({ year: 1992, yearsAgo: 34, crewed: true });
    for (const l of d.launches) expect(l.time.slice(5, 10) === '03-17' || l.precision !== 'day').toBe(true);
  });

  it('01-27: the Apollo 1 fire among the milestones', () => {
    const e = day('01-27').events.find((x) => /Apollo 1 cabin/.test(x.title));
    expect(e).toMatchObject({ year: 1967, kind: 'accident' });
  });

  it('08-10: the Soyuz TM-14 crew lands', () => {
    const l = day('08-10').landings.find((x) => x.vehicle.id === '1992-014');
    expect(l?.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Aleksandr Viktorenko', 'Aleksandr Kaleri']));
    expect(l?.time).toBe('1992-08-10T01:05:02Z');
  });

  it('12-03: Soyuz MS-11', () => {
    expect(day('12-03').launches.map((l) => l.name)).toContain('Soyuz MS-11');
  });

  it('uses the zone\'s calendar days: Soyuz MS-11 (11:31 UTC on 12-03) is 12-03 in UTC but 12-04 in Kiritimati', () => {
    expect(day('12-04', parseZone('Pacific/Kiritimati')).launches.map((l) => l.name)).toContain('Soyuz MS-11');
    expect(day('12-04').launches.map((l) => l.name)).not.toContain('Soyuz MS-11');
  });

  it('finds births, and sorts and limits each section', () => {
    const d = day('03-09');
    expect(d.births.map((b) => b.name)).toContain('Yuri Gagarin');
    const newest = onThisDay(dataset, parseMonthDay('03-17', today), UTC, 2026, { sections: ['launches'], sort: 'newest', limit: 3 });
    expect(newest.launches).toHaveLength(3);
    expect(newest.launches[0]!.year).toBeGreaterThanOrEqual(newest.launches[2]!.year);
    expect(newest.events).toEqual([]);
  });
});

describe('the curated events', () => {
  const events = dataset.events();

  it('covers the history broadly: at least 400 events on at least 250 calendar days', () => {
    expect(events.length).toBeGreaterThanOrEqual(400);
    expect(new Set(events.map((e) => e.time.slice(5, 10))).size).toBeGreaterThanOrEqual(250);
    const years = events.map((e) => Number(e.time.slice(0, 4)));
    expect(Math.min(...years)).toBe(1957);
    expect(Math.max(...years)).toBeGreaterThanOrEqual(2025);
    expect(dataset.meta().counts).toMatchObject({ events: events.length, eventDays: new Set(events.map((e) => e.time.slice(5, 10))).size });
  });

  it('parses, references existing launches and people, and has unique ids', () => {
    const people = new Set(dataset.people().map((p) => p.id));
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const e of events) {
      expect(Number.isNaN(Date.parse(e.time)), e.id).toBe(false);
      expect(e.title.length, e.id).toBeGreaterThan(10);
      for (const id of e.launches) expect(dataset.flight(id), `${e.id} → ${id}`).toBeDefined();
      for (const id of e.people) expect(people.has(id), `${e.id} → ${id}`).toBe(true);
    }
  });

  it('never dates an event before a launch it concerns', () => {
    for (const e of events) {
      for (const id of e.launches) expect(e.time.slice(0, 10) >= dataset.flight(id)!.time.slice(0, 10), `${e.id} before ${id}`).toBe(true);
    }
  });

  it('has the dates the issue names', () => {
    const on = (date: string, re: RegExp) => events.some((e) => e.time.startsWith(date) && re.test(e.title));
    expect(on('1967-01-27', /Apollo 1/)).toBe(true);
    expect(on('1986-01-24', /Uranus/)).toBe(true);
    expect(on('2004-01-25', /Opportunity/)).toBe(true);
    expect(on('2018-10-11', /Soyuz MS-10/)).toBe(true);
    expect(on('1957-10-04', /Sputnik 1/)).toBe(true);
    expect(on('1961-04-12', /Gagarin/)).toBe(true);
  });
});
