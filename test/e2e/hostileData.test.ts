// A --data folder that is damaged or hostile: a clear error (exit 3) or sanitised output,
// never a crash, a stack trace or an escape sequence reaching the terminal.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { almanac, DATA_DIR } from '../helpers.js';

function dataCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'almanac-hostile-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}
const rewrite = (dir: string, file: string, f: (text: string) => string) => writeFileSync(join(dir, file), f(readFileSync(join(dir, file), 'utf8')));

const COMMANDS = [
  ['data', 'info'],
  ['launch', 'show', 'Soyuz TM-14'],
  ['launch', 'list', '--year', '1992'],
  ['crew', 'bio', 'Kaleri'],
  ['on-this-day', '03-17'],
  ['timezone', 'Soyuz TM-14', '--to', 'Asia/Tokyo'],
];

function expectDataError(dir: string, what: RegExp) {
  for (const args of COMMANDS) {
    const r = almanac(['--data', dir, ...args]);
    const where = `${args.join(' ')}: ${r.stderr}`;
    expect([0, 3], where).toContain(r.code);
    expect(r.stderr, where).not.toMatch(/\n\s+at /);
    if (r.code === 3) {
      expect(r.stderr, where).toMatch(/^error: .+\nhint: reinstall launch-almanac, or rebuild the data with `npm run data:build`\n$/);
      expect(r.stderr, where).toMatch(what);
    }
  }
}

describe('hostile data', () => {
  it('a missing file is exit 3 naming the file', () => {
    const dir = dataCopy((d) => rmSync(join(d, 'launches.json')));
    expectDataError(dir, /launches\.json \(ENOENT\)/);
    expect(almanac(['--data', dir, 'launch', 'list']).code).toBe(3);
  });

  it('a missing folder is exit 3', () => {
    const r = almanac(['--data', '/nonexistent/almanac-data', 'data', 'info']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: cannot read \/nonexistent\/almanac-data\/meta\.json \(ENOENT\)/);
  });

  it('truncated JSON is exit 3, whichever file', () => {
    for (const file of ['launches.json', 'people.json', 'meta.json', 'events.json', 'sites.json']) {
      const dir = dataCopy((d) => rewrite(d, file, (t) => t.slice(0, Math.floor(t.length / 2))));
      expectDataError(dir, /is not valid JSON \(damaged or truncated\)/);
    }
  });

  it('records of the wrong shape are exit 3', () => {
    const wrongTypes = dataCopy((d) => rewrite(d, 'launches.json', (t) => t.replace('"time":"1992-03-17T10:54:30Z"', '"time":19920317')));
    expectDataError(wrongTypes, /launches\.json: record \d+ has the wrong shape/);
    expect(almanac(['--data', wrongTypes, 'launch', 'show', 'Soyuz TM-14']).code).toBe(3);
    const notAList = dataCopy((d) => writeFileSync(join(d, 'people.json'), '{"people": []}'));
    expect(almanac(['--data', notAList, 'crew', 'bio', 'Kaleri']).stderr).toMatch(/people\.json does not hold a list of records/);
    const badSchema = dataCopy((d) => rewrite(d, 'meta.json', (t) => t.replace('"schema": 2', '"schema": 99')));
    expect(almanac(['--data', badSchema, 'data', 'info']).stderr).toMatch(/^error: data schema 99 does not match this program \(schema 2\)/);
  });

  it('escape sequences and control characters in data never reach the terminal', () => {
    const evil = '\u001b]0;pwned\u0007\u001b[31mRED\u001b[0m\u0000\u009b2J';
    const dir = dataCopy((d) => {
      rewrite(d, 'launches.json', (t) => t.replace('"name":"Soyuz TM-14"', `"name":${JSON.stringify(`Soyuz TM-14${evil}`)}`));
      rewrite(d, 'people.json', (t) => t.replace('"name":"Aleksandr Kaleri"', `"name":${JSON.stringify(`Aleksandr Kaleri${evil}`)}`));
      rewrite(d, 'events.json', (t) => t.replace(/"title":"Soyuz TM-14 carries/, `"title":${JSON.stringify(evil).slice(0, -1)}Soyuz TM-14 carries`));
    });
    for (const args of [['launch', 'show', '1992-014'], ['crew', 'bio', 'aleksandr-kaleri'], ['on-this-day', '03-17'], ['launch', 'list', '--year', '1992']]) {
      const r = almanac(['--data', dir, ...args], { FORCE_COLOR: '0' });
      expect(r.code, args.join(' ')).toBe(0);
      // eslint-disable-next-line no-control-regex
      expect(r.stdout, args.join(' ')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
      expect(r.stdout, args.join(' ')).toContain('RED');
    }
    // JSON keeps the data as it is, escaped by JSON itself.
    const j = almanac(['--data', dir, 'launch', 'show', '1992-014', '--json']);
    expect(JSON.parse(j.stdout).launch.name).toBe(`Soyuz TM-14${evil}`);
  });
});
