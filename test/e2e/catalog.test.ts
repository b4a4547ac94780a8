// `almanac site|vehicle|agency show|list`, spawned as a user would run them, checked against
// counts made independently from the dataset.
import { describe, expect, it } from 'vitest';
import { almanac, ANSI, dataset } from '../helpers.js';

const json = (args: string[]) => {
  const r = almanac([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const launches = dataset.launches();

describe('site', () => {
  it('shows a site with its renamed codes, pads, record and latest launches', () => {
    const d = json(['site', 'show', 'Baikonur', '--limit', '3']);
    const codes = dataset.sites().filter((s) => s.current === 'GIK-5').map((s) => s.id);
    const here = launches.filter((l) => codes.includes(l.site));
    expect(d).toMatchObject({ id: 'GIK-5', timeZone: 'Asia/Qyzylorda', launches: here.length, successes: here.filter((l) => l.success === true).length });
    expect(d.codes.sort()).toEqual(codes.sort());
    expect(d.first.id).toBe('1957 ALP');
    expect(d.recent.map((l: { id: string }) => l.id)).toEqual(here.slice(-3).map((l) => l.id));
    expect(d.perYear.reduce((n: number, y: { launches: number }) => n + y.launches, 0)).toBe(here.length);
    expect(d.pads.find((p: { code: string }) => p.code === 'LC1').launches).toBe(here.filter((l) => l.pad === 'LC1').length);
  });

  it('prints a readable page with a sparkline, in blocks or ASCII, within the width', () => {
    const r = almanac(['site', 'show', 'kourou'], { COLUMNS: '90' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toMatch(/^Per year +[ ▁▂▃▄▅▆▇█]+$/m);
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(90);
    const ascii = almanac(['site', 'show', 'kourou'], { COLUMNS: '90', TERM: 'dumb' });
    expect(ascii.stdout).toMatch(/^Per year +[ .:\-=+*#%]+$/m);
  });

  it('lists sites by launches, and says when a query is ambiguous or unknown', () => {
    const l = json(['site', 'list']);
    expect(l.items.reduce((n: number, s: { launches: number }) => n + s.launches, 0)).toBe(launches.length);
    for (let i = 1; i < l.items.length; i++) expect(l.items[i - 1].launches).toBeGreaterThanOrEqual(l.items[i].launches);
    const miss = almanac(['site', 'show', 'Baikonurr']);
    expect(miss.code).toBe(1);
    expect(miss.stderr).toMatch(/^error: no site matches "Baikonurr"\nhint: did you mean .*Ba[iy]konur/);
  });
});

describe('vehicle', () => {
  it('shows a vehicle with its family, variants and sites', () => {
    const d = json(['vehicle', 'show', 'Falcon 9', '--limit', '0']);
    const mine = launches.filter((l) => l.vehicle === 'Falcon 9');
    expect(d.vehicle).toMatchObject({ id: 'Falcon 9', family: 'Falcon9' });
    expect(d.launches).toBe(mine.length);
    expect(d.family.map((f: { name: string }) => f.name)).toContain('Falcon Heavy');
    // --limit 0 is every launch, as everywhere else.
    expect(d.recent).toHaveLength(mine.length);
  });

  it('lists the candidates for an ambiguous name (exit 1), and filters lists by family', () => {
    const r = almanac(['vehicle', 'show', 'soyuz']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: "soyuz" matches \d+ vehicles\nhint: be more specific: /);
    const r7 = json(['vehicle', 'list', '--family', 'R-7']).items;
    expect(r7.length).toBeGreaterThan(10);
    for (const v of r7) expect(v.detail).toBe('R-7');
  });
});

describe('agency', () => {
  it('shows an agency and lists agencies of a state', () => {
    const d = json(['agency', 'show', 'SpaceX', '--limit', '1']);
    expect(d.agency.id).toBe('SPX');
    expect(d.launches).toBe(launches.filter((l) => l.agencies.includes('SPX')).length);
    expect(d.vehicles[0].name).toBe('Falcon 9');
    const us = json(['agency', 'list', '--country', 'US', '--sort', 'name']).items;
    expect(us.length).toBeGreaterThan(10);
    const names = us.map((a: { name: string }) => a.name.toLowerCase());
    expect(names).toEqual([...names].sort());
  });

  it('rejects a bad sort (exit 2)', () => {
    expect(almanac(['agency', 'list', '--sort', 'size']).code).toBe(2);
  });
});
