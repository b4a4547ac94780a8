// `stats` without filters and `site|vehicle|agency show` answer from the importer's precomputed
// records (data/index/stats.kv, catalog.kv): the same answers as computing them from every
// launch, without reading launches.json whole.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Dataset } from '../../src/data/load.js';
import { agencyDetail, agencyDetailIn, findSite, siteDetail, siteDetailIn, siteGroups, vehicleDetail, vehicleDetailIn } from '../../src/domain/catalog.js';
import { STAT_DIMENSIONS, stats, statsOfAll } from '../../src/domain/stats.js';
import { DATA_DIR, reads } from '../helpers.js';

const indexed = new Dataset(DATA_DIR);
const whole = new Dataset(DATA_DIR, { indexes: false });
const json = (v: unknown) => JSON.stringify(v);
const fail = () => {
  throw new Error('answered from whole files');
};

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('precomputed statistics and catalog records', () => {
  it('stats of all launches: the same for every grouping and --top', () => {
    for (const by of STAT_DIMENSIONS) {
      for (const top of [0, 1, 5, 15, 100, 100_000]) {
        const want = json(stats(whole, whole.launches(), by, top));
        expect(json(statsOfAll(indexed, by, top, fail)), `${by} --top ${top}`).toBe(want);
      }
    }
  });

  it('site, vehicle and agency show: the same for every one, with several --limit', { timeout: 300_000 }, () => {
    for (const g of siteGroups(whole)) {
      for (const n of [0, 1, 10, 100_000]) expect(json(siteDetailIn(indexed, g, n)), `site ${g.id} ${n}`).toBe(json(siteDetail(whole, g, n)));
    }
    for (const v of whole.vehicles()) {
      for (const n of [0, 3, 10]) expect(json(vehicleDetailIn(indexed, v, n)), `vehicle ${v.id} ${n}`).toBe(json(vehicleDetail(whole, v, n)));
    }
    for (const a of whole.agencies()) {
      for (const n of [0, 3, 10]) expect(json(agencyDetailIn(indexed, a, n)), `agency ${a.id} ${n}`).toBe(json(agencyDetail(whole, a, n)));
    }
    expect(indexed.index()).not.toBeNull();
  });

  it('stats --by decade and site show Baikonur do not read launches.json whole', () => {
    const launchesBytes = statSync(join(DATA_DIR, 'launches.json')).size;
    const st = reads((ds) => statsOfAll(ds, 'decade', 15, fail));
    expect(st.wholeFiles).toEqual([join('index', 'manifest.json')]);
    expect(st.bytes).toBeLessThan(launchesBytes / 100);

    const site = reads((ds) => {
      const m = findSite(ds, 'Baikonur');
      expect(m.kind).toBe('found');
      if (m.kind === 'found') expect(siteDetailIn(ds, m.item, 10).recent.length).toBe(10);
    });
    expect(site.wholeFiles).not.toContain('launches.json');
    expect(site.bytes).toBeLessThan(launchesBytes / 20);
  });

  it('computes from the launches where the indexes do not fit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-stats-index-'));
    temps.push(dir);
    cpSync(DATA_DIR, dir, { recursive: true });
    const file = join(dir, 'index', 'stats.kv');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n`);
    let computed = 0;
    const ds = new Dataset(dir);
    statsOfAll(ds, 'decade', 15, () => {
      computed++;
      return stats(ds, ds.launches(), 'decade', 15);
    });
    expect(computed).toBe(1);
    const g = siteGroups(whole).find((x) => x.id === 'GIK-5') ?? siteGroups(whole)[0]!;
    expect(json(siteDetailIn(new Dataset(dir), g, 10))).toBe(json(siteDetail(whole, g, 10)));
  });
});
