// Zone parsing, historical offsets and abbreviations, on the real tz rules of this Node.
import { describe, expect, it } from 'vitest';
import { parseTime, zoneRow } from '../../src/domain/convert.js';
import { normalize, suggest } from '../../src/domain/text.js';
import { abbreviationAt, offsetAt, parseZone } from '../../src/domain/zones.js';
import { AlmanacError } from '../../src/errors.js';

const at = (zone: string, iso: string) => {
  const z = parseZone(zone);
  const ms = Date.parse(iso);
  const offset = offsetAt(z, ms);
  return { offset, abbr: abbreviationAt(z, ms, offset) };
};

describe('parseZone', () => {
  it.each([
    ['america/new_york', 'America/New_York'],
    ['AMERICA/NEW_YORK', 'America/New_York'],
    ['new york', 'America/New_York'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['utc', 'UTC'],
    ['UTC+05:30', 'UTC+05:30'],
    ['-0400', 'UTC-04:00'],
    ['gmt+6', 'UTC+06:00'],
    ['est', 'UTC-05:00'],
  ])('%s -> %s', (input, id) => expect(parseZone(input).id).toBe(id));

  it('rejects unknown zones with suggestions', () => {
    expect(() => parseZone('Mars/Olympus')).toThrow(AlmanacError);
    try {
      parseZone('Europe/Pariss');
    } catch (e) {
      expect((e as AlmanacError).exitCode).toBe(2);
      expect((e as AlmanacError).hint).toContain('Europe/Paris');
    }
    expect(() => parseZone('UTC+15')).toThrow(/not a UTC offset/);
  });
});

describe('historical offsets and abbreviations', () => {
  it.each([
    ['America/New_York', '1969-07-16T13:32:00Z', -240, 'EDT'],
    ['America/New_York', '1992-03-17T10:54:30Z', -300, 'EST'],
    ['America/New_York', '2024-03-10T06:59:59Z', -300, 'EST'],
    ['America/New_York', '2024-03-10T07:00:00Z', -240, 'EDT'],
    ['Asia/Qyzylorda', '1992-03-17T10:54:30Z', 360, 'UTC+6'],
    ['Europe/Moscow', '1985-07-01T00:00:00Z', 240, 'MSD'],
    ['Europe/Moscow', '2012-07-01T00:00:00Z', 240, 'MSK'],
    ['Europe/Moscow', '2020-07-01T00:00:00Z', 180, 'MSK'],
    ['Europe/London', '1969-07-16T13:32:00Z', 60, 'BST'],
    ['Asia/Kolkata', '2023-08-23T12:33:00Z', 330, 'IST'],
    ['Europe/Paris', '1975-07-01T00:00:00Z', 60, 'CET'],
    ['Europe/Paris', '1985-07-01T00:00:00Z', 120, 'CEST'],
  ])('%s at %s', (zone, iso, offset, abbr) => expect(at(zone, iso)).toEqual({ offset, abbr }));

  it('does not shift a day-only time to another day', () => {
    const row = zoneRow('x', parseZone('Pacific/Kiritimati'), Date.parse('2025-12-23'), 'day', '12h');
    expect(row).toMatchObject({ local: '2025-12-23', time: null, dayDifference: 0 });
  });

  it('reads wall-clock times in a zone', () => {
    expect(parseTime('1992-03-17 05:54:30', parseZone('America/New_York'), 0)).toEqual({ ms: Date.parse('1992-03-17T10:54:30Z'), precision: 'second', note: null });
    expect(parseTime('1992-03-17T16:54:30+06:00', parseZone('UTC'), 0).ms).toBe(Date.parse('1992-03-17T10:54:30Z'));
    expect(() => parseTime('1992-13-01 10:00', parseZone('UTC'), 0)).toThrow(/not a date/);
  });
});

describe('text matching', () => {
  it('normalises accents, punctuation and letter-digit runs', () => {
    expect(normalize('Soyuz-U2 | Soyuz TM-14')).toBe('soyuz u 2 soyuz tm 14');
    expect(normalize('Chang’e-5 Shàngshēng')).toBe('chang e 5 shangsheng');
    expect(normalize('tm14')).toBe('tm 14');
  });

  it('suggests the nearest names', () => {
    expect(suggest('sojuz tm-14', ['Soyuz TM-14', 'Apollo 11', 'Vostok 1'])[0]).toBe('Soyuz TM-14');
    expect(suggest('zzzz', ['Soyuz TM-14'])).toEqual([]);
  });
});
