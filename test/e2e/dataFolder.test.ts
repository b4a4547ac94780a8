// Which data folder a command reads: the dataset `almanac data update` switched to (a link
// `current` in the user's data folder to a dataset built by this version), else the bundled
// data/; --data and ALMANAC_DATA win over both.
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { almanac, DATA_DIR } from '../helpers.js';

/** A user data folder whose `current` links to a copy of data/ named for `version`. */
function updated(version: string): { home: string; dir: string } {
  const home = mkdtempSync(join(tmpdir(), 'almanac-folder-'));
  const root = join(home, 'launch-almanac');
  const dir = join(root, 'datasets', `${version}+20260501T000000Z-1`);
  mkdirSync(join(root, 'datasets'), { recursive: true });
  cpSync(DATA_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'update.json'), JSON.stringify({ fetchedAt: '2026-05-01T00:00:00.000Z', bundled: '2026.03.08' }));
  symlinkSync(join('datasets', `${version}+20260501T000000Z-1`), join(root, 'current'));
  return { home, dir };
}

describe('the data folder', () => {
  it('is the bundled data/ when there is no updated dataset', () => {
    const info = JSON.parse(almanac(['data', 'info', '--json'], { XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'almanac-folder-')) }).stdout);
    expect(info.inUse).toEqual({ kind: 'bundled', folder: DATA_DIR, fetchedAt: null, bundled: null, ignored: null });
  });

  it('is the updated dataset where `current` links to one built by this version', () => {
    const { home, dir } = updated(pkg.version);
    const r = almanac(['data', 'info', '--json'], { XDG_DATA_HOME: home });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).inUse).toEqual({ kind: 'updated', folder: dir, fetchedAt: '2026-05-01T00:00:00.000Z', bundled: '2026.03.08', ignored: null });
    expect(almanac(['data', 'info'], { XDG_DATA_HOME: home }).stdout).toContain('In use: updated by `almanac data update`, fetched 2026-05-01 00:00 UTC');
    // $XDG_DATA_HOME unset: ~/.local/share.
    const viaHome = mkdtempSync(join(tmpdir(), 'almanac-folder-home-'));
    mkdirSync(join(viaHome, '.local', 'share'), { recursive: true });
    cpSync(join(home, 'launch-almanac'), join(viaHome, '.local', 'share', 'launch-almanac'), { recursive: true, verbatimSymlinks: true });
    expect(JSON.parse(almanac(['data', 'info', '--json'], { XDG_DATA_HOME: undefined, HOME: viaHome }).stdout).inUse.kind).toBe('updated');
    // --data and ALMANAC_DATA win.
    expect(JSON.parse(almanac(['--data', DATA_DIR, 'data', 'info', '--json'], { XDG_DATA_HOME: home }).stdout).inUse.kind).toBe('chosen');
    expect(JSON.parse(almanac(['data', 'info', '--json'], { XDG_DATA_HOME: home, ALMANAC_DATA: DATA_DIR }).stdout).inUse.kind).toBe('chosen');
  });

  it('is the bundled data/ where the updated dataset was built by another version, and data info says so', () => {
    const { home, dir } = updated('0.0.1');
    expect(JSON.parse(almanac(['data', 'info', '--json'], { XDG_DATA_HOME: home }).stdout).inUse).toEqual({ kind: 'bundled', folder: DATA_DIR, fetchedAt: null, bundled: null, ignored: { folder: dir, version: '0.0.1' } });
    const text = almanac(['data', 'info'], { XDG_DATA_HOME: home, COLUMNS: '200' }).stdout;
    expect(text).toContain('In use: the bundled dataset; the one `almanac data update` built with version 0.0.1 is not used by this version (`almanac data update` builds it again)');
    // The launches are the bundled ones.
    expect(almanac(['launch', 'show', 'Soyuz TM-14'], { XDG_DATA_HOME: home }).code).toBe(0);
  });

  it('names `data update` in the hint where the updated dataset is damaged', () => {
    const { home, dir } = updated(pkg.version);
    writeFileSync(join(dir, 'meta.json'), '{ damaged');
    const r = almanac(['data', 'info'], { XDG_DATA_HOME: home });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: .*meta\.json is not valid JSON \(damaged or truncated\)\nhint: run `almanac data update` again, or `almanac data update --revert` to use the bundled data\n$/);
  });
});
