// `almanac stats`, spawned as a user would run it, checked against counts made independently here.
import { describe, expect, it } from 'vitest';
import { yearOf } from '../../src/domain/time.js';
import { almanac, ANSI, dataset } from '../helpers.js';

const json = (args: string[]) => {
  const r = almanac(['stats', ...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const launches = dataset.launches();

describe('stats', () => {
  it('counts launches per year, with success rates by GCAT\'s rule', () => {
    const d = json([]);
    expect(d.launches).toBe(launches.length);
    const y2018 = d.rows.find((r: { key: string }) => r.key === '2018');
    const in2018 = launches.filter((l) => yearOf(l.time) === 2018);
    expect(y2018).toMatchObject({ launches: in2018.length, successes: in2018.filter((l) => l.success === true).length, failures: in2018.filter((l) => l.success === false).length });
    expect(d.rows.map((r: { key: string }) => r.key)).toEqual([...new Set(launches.map((l) => String(yearOf(l.time))))].sort());
    const perYear = new Map<number, number>();
    for (const l of launches) perYear.set(yearOf(l.time), (perYear.get(yearOf(l.time)) ?? 0) + 1);
    const best = Math.max(...perYear.values());
    expect(d.recordYear).toEqual({ year: [...perYear].find(([, n]) => n === best)![0], launches: best });
    const perDay = new Map<string, number>();
    for (const l of launches) perDay.set(l.time.slice(0, 10), (perDay.get(l.time.slice(0, 10)) ?? 0) + 1);
    expect(d.busiestDay.launches).toBe(Math.max(...perDay.values()));
  });

  it('groups by decade, country, family and outcome, and honours the launch filters', () => {
    const decades = json(['--by', 'decade']).rows;
    expect(decades.reduce((n: number, r: { launches: number }) => n + r.launches, 0)).toBe(launches.length);
    const crewedFamilies = json(['--by', 'family', '--crewed', '--top', '0']);
    expect(crewedFamilies.launches).toBe(launches.filter((l) => l.crewed).length);
    expect(crewedFamilies.rows[0].key).toBe('R-7');
    const top3 = json(['--by', 'vehicle', '--top', '3']);
    expect(top3.rows).toHaveLength(3);
    expect(top3.rest.launches + top3.rows.reduce((n: number, r: { launches: number }) => n + r.launches, 0)).toBe(launches.length);
    const outcomes = json(['--by', 'outcome', '--year', '2018']).rows;
    expect(Object.fromEntries(outcomes.map((r: { key: string; launches: number }) => [r.key, r.launches]))).toEqual(
      launches.filter((l) => yearOf(l.time) === 2018).reduce<Record<string, number>>((m, l) => ({ ...m, [l.outcome]: (m[l.outcome] ?? 0) + 1 }), {}),
    );
    expect(json(['--from', '2099']).rows).toEqual([]);
  });

  it('draws bars with the numbers beside them, within the terminal width, in blocks or in ASCII', () => {
    const r = almanac(['stats', '--by', 'decade'], { COLUMNS: '80' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toMatch(/^1960s\s+987\s+\d+\.\d% █+/m);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    const ascii = almanac(['stats', '--by', 'decade'], { COLUMNS: '80', TERM: 'dumb' });
    expect(ascii.stdout).toMatch(/^1960s\s+987\s+\d+\.\d% #+$/m);
    expect(ascii.stdout).not.toMatch(/[█▏▎▍▌▋▊▉]/);
    expect(r.stdout).toMatch(/Record year: \d{4}, [\d,]+ launches/);
    expect(r.stdout).toMatch(/Longest run of successes: [\d,]+, from /);
  });

  it('rejects an unknown grouping (exit 2)', () => {
    const r = almanac(['stats', '--by', 'weekday']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: option '--by <dimension>' argument 'weekday' is invalid/);
  });
});
