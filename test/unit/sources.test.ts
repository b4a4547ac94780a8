// Checks against the raw sources in ../shared/sources. Skipped on a clone without them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yearOf } from '../../src/domain/time.js';
import { buildDataset } from '../../src/importer/index.js';
import { DATA_DIR, dataset, EVENTS_FILE, hasSharedSources, SHARED_SOURCES } from '../helpers.js';

describe.skipIf(!hasSharedSources)('data/ against ../shared/sources', () => {
  it('is exactly what the importer builds from the sources (twice the same)', () => {
    const built = buildDataset(SHARED_SOURCES, { events: EVENTS_FILE });
    const first = built.files;
    const second = buildDataset(SHARED_SOURCES, { events: EVENTS_FILE }).files;
    // Every entry of the project's crew facts (src/importer/crewFacts.ts) finds its seat.
    expect(built.report.crew.factsUnused).toEqual([]);
    expect(second).toEqual(first);
    for (const [name, text] of Object.entries(first)) {
      expect(readFileSync(join(DATA_DIR, name), 'utf8') === text, `data/${name} is out of date: run npm run data:build`).toBe(true);
    }
  });

  it('has, for every year, as many launches as there are orbital launch tags in the raw files', () => {
    // An independent count: distinct tags per year of their date, straight from the text.
    const rows = (file: string) =>
      readFileSync(join(SHARED_SOURCES, 'gcat', file), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.startsWith('#'))
        .map((l) => l.split('\t').map((f) => f.trim()));
    const year = new Map<string, string>();
    for (const r of rows('launchlog.tsv')) year.set(r[0]!, r[1]!.slice(0, 4));
    for (const r of rows('launch-tail.tsv')) {
      if (/^[ODX][SFU]/.test(r[19]!) && !year.has(r[0]!)) year.set(r[0]!, r[2]!.slice(0, 4));
    }
    const expected: Record<string, number> = {};
    for (const y of year.values()) expected[y] = (expected[y] ?? 0) + 1;
    const actual: Record<string, number> = {};
    for (const l of dataset.launches()) actual[yearOf(l.time)] = (actual[yearOf(l.time)] ?? 0) + 1;
    expect(actual).toEqual(expected);
  });
});
