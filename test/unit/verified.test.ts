// The list of data files already hashed (src/data/verified.ts): a file is trusted without
// per-record checks only while stat says it is the file that was hashed, and only when its bytes
// had the SHA-256 the manifest gives it.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Dataset } from '../../src/data/load.js';
import { statKey, VERIFIED_FILE } from '../../src/data/verified.js';
import { findLaunchIn, launchesFor } from '../../src/domain/launches.js';
import { DATA_DIR } from '../helpers.js';

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});
const temp = (what: string) => {
  const d = mkdtempSync(join(tmpdir(), `almanac-${what}-`));
  temps.push(d);
  return d;
};
/** A copy of data/ (files of their own, so that editing one leaves data/ alone). */
function dataCopy(): string {
  const dir = temp('verified-data');
  cpSync(DATA_DIR, dir, { recursive: true });
  return dir;
}
const json = (v: unknown) => JSON.stringify(v);
const listed = (cache: string) => (existsSync(join(cache, VERIFIED_FILE)) ? readFileSync(join(cache, VERIFIED_FILE), 'utf8').trim().split('\n') : []);
const keyOf = (file: string) => statKey(statSync(file, { bigint: true }));
/** Lookups that read launches through the indexes (a name, and a year's range), as a SHA-256 of their answers. */
const lookups = (ds: Dataset) => createHash('sha256').update(json([findLaunchIn(ds, 'Soyuz TM-14'), launchesFor(ds, { year: 1992 })])).digest('hex');
/** The answers through the indexes, with every record checked (test/unit/indexes.test.ts compares them with whole files). */
const reference = lookups(new Dataset(DATA_DIR));

describe('the list of data files already hashed', () => {
  it('lists the files a command read, once hashed, and then trusts them without per-record checks', () => {
    const dir = dataCopy();
    const cache = temp('verified-cache');
    const first = new Dataset(dir, { cacheDir: cache });
    expect(lookups(first)).toBe(reference);
    expect(first.index()!.vouchedFor('launches.json')).toBe(false);
    expect(listed(cache)).toEqual([]);
    first.saveVerified();
    const lines = listed(cache);
    // Each file read through the indexes, by what stat says of it, with the manifest's SHA-256.
    const manifest = JSON.parse(readFileSync(join(dir, 'index', 'manifest.json'), 'utf8')) as { files: Record<string, { sha256: string }>; indexes: Record<string, { sha256: string }> };
    expect(lines).toContain(`${keyOf(join(dir, 'launches.json'))} ${manifest.files['launches.json']!.sha256}`);
    expect(lines).toContain(`${keyOf(join(dir, 'index', 'launches.kv'))} ${manifest.indexes['index/launches.kv']!.sha256}`);
    // Files the lookups did not read are not hashed.
    expect(lines.some((l) => l.startsWith(`${keyOf(join(dir, 'people.json'))} `))).toBe(false);

    const second = new Dataset(dir, { cacheDir: cache });
    expect(lookups(second)).toBe(reference);
    expect(second.index()!.vouchedFor('launches.json')).toBe(true);
    expect(second.index()!.vouchedFor('index/launches.kv')).toBe(true);
    second.saveVerified();
    expect(listed(cache)).toEqual(lines);
  });

  it('does not trust a file changed after it was hashed, even at the same size', () => {
    const dir = dataCopy();
    const cache = temp('verified-cache');
    const first = new Dataset(dir, { cacheDir: cache });
    lookups(first);
    first.saveVerified();
    const file = join(dir, 'launches.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"name":"Soyuz TM-14"', '"name":"Soyuz TM-41"'));
    const after = new Dataset(dir, { cacheDir: cache });
    const m = findLaunchIn(after, '1992-014');
    expect(after.index()?.vouchedFor('launches.json') ?? false).toBe(false);
    // The record no longer matches its index: the answer comes from the whole file, edit and all.
    expect(m.kind === 'found' && m.launch.name).toBe('Soyuz TM-41');
    expect(after.index()).toBeNull();
    expect(json(findLaunchIn(new Dataset(dir, { cacheDir: cache }), 'Soyuz TM-14'))).toBe(json(findLaunchIn(new Dataset(dir, { indexes: false }), 'Soyuz TM-14')));
  });

  it('never lists a file whose bytes differ from the manifest', () => {
    const dir = dataCopy();
    const cache = temp('verified-cache');
    const file = join(dir, 'launches.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"name":"Soyuz TM-14"', '"name":"Soyuz TM-41"'));
    const ds = new Dataset(dir, { cacheDir: cache });
    lookups(ds);
    ds.saveVerified();
    expect(listed(cache).some((l) => l.startsWith(`${keyOf(file)} `))).toBe(false);
    const again = new Dataset(dir, { cacheDir: cache });
    expect(json(findLaunchIn(again, 'Soyuz TM-14'))).toBe(json(findLaunchIn(new Dataset(dir, { indexes: false }), 'Soyuz TM-14')));
  });

  it('does not trust a line whose hash is not the manifest\'s, nor a damaged list', () => {
    const dir = dataCopy();
    const cache = temp('verified-cache');
    const key = keyOf(join(dir, 'launches.json'));
    for (const text of [`${key} ${'0'.repeat(64)}\n`, `${key}\n`, 'garbage\n\0\0\0', `${key} ${'a'.repeat(64)}`.repeat(100_000)]) {
      writeFileSync(join(cache, VERIFIED_FILE), text);
      const ds = new Dataset(dir, { cacheDir: cache });
      expect(lookups(ds)).toBe(reference);
      expect(ds.index()!.vouchedFor('launches.json')).toBe(false);
    }
  });

  it('never fails a command where the cache folder cannot be written', () => {
    const parent = temp('verified-cache');
    writeFileSync(join(parent, 'file'), 'not a folder\n');
    const ds = new Dataset(DATA_DIR, { cacheDir: join(parent, 'file', 'cache') });
    expect(lookups(ds)).toBe(reference);
    expect(() => ds.saveVerified()).not.toThrow();
    expect(existsSync(join(parent, 'file', 'cache'))).toBe(false);
  });
});
