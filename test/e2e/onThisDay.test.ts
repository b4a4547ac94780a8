// `almanac on-this-day`, spawned as a user would run it.
import { describe, expect, it } from 'vitest';
import { almanac, ANSI, dataset } from '../helpers.js';

const json = (args: string[], env: Record<string, string> = {}) => {
  const r = almanac(['on-this-day', ...args, '--json'], { TZ: 'UTC', ...env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('on-this-day', () => {
  it('prints the day page with every section', () => {
    const r = almanac(['on-this-day', '03-17'], { COLUMNS: '120' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toMatch(/^On this day: March 17 {2}\(UTC days\)/);
    for (const s of ['Milestones (', 'Launches (', 'Crewed landings (', 'Born on this day (']) expect(r.stdout).toContain(s);
    expect(r.stdout).toMatch(/│ 1992 │ \d+ years ago │ 10:54:30 │ Soyuz TM-14 \*/);
  });

  it('fits the terminal width and shows only the sections asked for', () => {
    for (const width of [80, 120]) {
      for (const day of ['03-17', '08-10', '07-20']) {
        const r = almanac(['on-this-day', day], { COLUMNS: String(width) });
        const widest = Math.max(...r.stdout.split('\n').map((l) => [...l].length));
        expect(widest, `${day} at ${width}`).toBeLessThanOrEqual(width);
      }
    }
    const r = almanac(['on-this-day', '01-27', '--kind', 'events']);
    expect(r.stdout).toContain('Milestones (');
    expect(r.stdout).not.toContain('Launches (');
  });

  it('gives the sections as arrays in JSON, with the facts the issue names', () => {
    const d = json(['03-17']);
    expect(d).toMatchObject({ schema: 2, month: 3, day: 17, label: 'March 17', zone: 'UTC' });
    for (const k of ['launches', 'landings', 'events', 'births']) expect(Array.isArray(d[k])).toBe(true);
    expect(d.launches.some((l: { id: string }) => l.id === '1992-014')).toBe(true);
    expect(json(['01-27']).events.some((e: { title: string; year: number }) => e.year === 1967 && /Apollo 1/.test(e.title))).toBe(true);
    expect(json(['08-10']).landings.some((l: { vehicle: { id: string }; year: number }) => l.vehicle.id === '1992-014' && l.year === 1992)).toBe(true);
    expect(json(['12-03']).launches.some((l: { name: string }) => l.name === 'Soyuz MS-11')).toBe(true);
  });

  it('reads the day in several ways', () => {
    const ids = (args: string[]) => json(args).launches.map((l: { id: string }) => l.id);
    const ref = ids(['03-17']);
    for (const form of [['Mar', '17'], ['March 17'], ['17 March'], ['1992-03-17']]) expect(ids(form)).toEqual(ref);
    const d = json(['1992-03-17']);
    expect(d.referenceYear).toBe(1992);
    expect(d.launches.find((l: { id: string }) => l.id === '1992-014').yearsAgo).toBe(0);
  });

  it('uses the zone\'s calendar days with --tz, and says so', () => {
    const utc = json(['12-04']).launches.map((l: { name: string }) => l.name);
    const kiri = json(['12-04', '--tz', 'Pacific/Kiritimati']);
    expect(kiri.zone).toBe('Pacific/Kiritimati');
    expect(kiri.launches.map((l: { name: string }) => l.name)).toContain('Soyuz MS-11');
    expect(utc).not.toContain('Soyuz MS-11');
    const r = almanac(['on-this-day', '12-04', '--tz', 'Pacific/Kiritimati', '--kind', 'launches']);
    expect(r.stdout).toContain('(calendar days in Pacific/Kiritimati)');
  });

  it('defaults to today, and accepts today, tomorrow and yesterday', () => {
    const now = new Date();
    const d = json([]);
    expect([d.month, d.day]).toEqual([now.getUTCMonth() + 1, now.getUTCDate()]);
    expect([json(['today']).month, json(['today']).day]).toEqual([d.month, d.day]);
    const t = new Date(now.getTime() + 86_400_000);
    expect(json(['tomorrow']).day).toBe(t.getUTCDate());
  });

  it('filters sections, crewed launches, sorts and limits', () => {
    const d = json(['04-12', '--kind', 'launches,events', '--crewed', '--sort', 'newest', '--limit', '2']);
    expect(d.landings).toEqual([]);
    expect(d.births).toEqual([]);
    expect(d.launches.length).toBeLessThanOrEqual(2);
    for (const l of d.launches) expect(l.crewed).toBe(true);
    const all = json(['04-12', '--kind', 'launches', '--crewed']).launches;
    expect(all.map((l: { name: string }) => l.name)).toEqual(expect.arrayContaining(['Vostok']));
    expect(d.launches[0].year).toBe(Math.max(...all.map((l: { year: number }) => l.year)));
  });

  it('finds birthdays', () => {
    const gagarin = dataset.people().find((p) => p.id === 'yuri-gagarin')!;
    expect(json([gagarin.born!.slice(5)]).births.map((b: { id: string }) => b.id)).toContain('yuri-gagarin');
  });

  it('accepts 02-29 and rejects days that do not exist (exit 2)', () => {
    expect(json(['02-29']).label).toBe('February 29');
    for (const bad of ['02-30', '13-01', 'Smarch 3', '2025-02-29']) {
      const r = almanac(['on-this-day', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^error: "[^"]+" is not a (date|day of the year).*\nhint: /);
    }
    const k = almanac(['on-this-day', '03-17', '--kind', 'parties']);
    expect(k.code).toBe(2);
    expect(k.stderr).toMatch(/^error: --kind "parties" is not a list of sections\nhint: choose from launches, landings, events, births/);
  });
});

describe('on-this-day: lost crews', () => {
  it('marks a landing whose crew was lost (Soyuz 1, 1967-04-24), in the table and in JSON', () => {
    const r = almanac(['on-this-day', '04-24', '--kind', 'landings'], { TZ: 'UTC', COLUMNS: '100' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ 1967 │.*│ Soyuz[- ]1 \(crew lost\) +│ Vladimir Komarov/);
    const d = JSON.parse(almanac(['on-this-day', '04-24', '--kind', 'landings', '--json'], { TZ: 'UTC' }).stdout);
    const lost = d.landings.filter((l: { crewLost: boolean }) => l.crewLost).map((l: { year: number }) => l.year);
    expect(lost).toEqual([1967]);
  });
});
