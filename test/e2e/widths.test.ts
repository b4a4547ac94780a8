// Every line of every command fits the width (DESIGN.md §3): the terminal's, else COLUMNS,
// else 80. Each command is run with representative arguments, the longest names in the data
// among them, at 40 to 120 columns, piped with COLUMNS and on a pseudo-terminal (`script`).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { almanac, CACHE_HOME, DATA_DIR, ROOT } from '../helpers.js';

const require = createRequire(import.meta.url);
const stringWidth = require('string-width') as (s: string) => number;

/** The records of a data file (one JSON record a line). */
function records<T>(file: string): T[] {
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as T[];
}
/** The id of the record whose `key` is longest. */
function longest<T extends { id: string }>(list: T[], key: (t: T) => string): T {
  return list.reduce((a, b) => (stringWidth(key(b)) > stringWidth(key(a)) ? b : a));
}

const launch = longest(records<{ id: string; name: string; ll2: { mission?: string } | null }>('launches.json'), (l) => `${l.name} (${l.ll2?.mission ?? ''})`);
const person = longest(records<{ id: string; name: string; native?: string | null }>('people.json'), (p) => `${p.name}  ${p.native ?? ''}`);
const site = longest(records<{ id: string; name: string }>('sites.json'), (s) => s.name);
const agency = longest(records<{ id: string; name: string }>('agencies.json'), (a) => a.name);
const vehicle = longest(records<{ id: string; manufacturerName: string | null }>('vehicles.json'), (v) => `${v.id} ${v.manufacturerName ?? ''}`);

const COMMANDS: string[][] = [
  [],
  ['--help'],
  ['launch', 'show', 'Apollo 11'],
  ['launch', 'show', 'Soyuz TM-14'],
  ['launch', 'show', 'STS-107'],
  ['launch', 'show', launch.id],
  ['launch', 'list'],
  ['launch', 'list', '--crewed', '--year', '1992'],
  ['launch', 'list', '--help'],
  ['timezone', 'Soyuz TM-14', '--to', 'America/New_York', '--to', 'Asia/Kathmandu'],
  ['timezone', '1992-03-17 10:54', '--to', 'EST'],
  ['timezone', '--help'],
  ['crew', 'bio', 'Kaleri'],
  ['crew', 'bio', 'Sunita Williams'],
  ['crew', 'bio', person.id],
  ['crew', 'list'],
  ['crew', 'list', '--help'],
  ['on-this-day', '03-17'],
  ['on-this-day', '07-20'],
  ['on-this-day', '04-12'],
  ['stats'],
  ['stats', '--by', 'country'],
  ['stats', '--by', 'agency', '--top', '0'],
  ['site', 'list'],
  ['site', 'show', 'Baikonur'],
  ['site', 'show', site.id],
  ['vehicle', 'list'],
  ['vehicle', 'show', vehicle.id],
  ['agency', 'list'],
  ['agency', 'show', agency.id],
  ['agency', 'show', 'SpaceX'],
  ['data', 'info'],
  ['export', '--help'],
  ['completion', '--help'],
];
const WIDTHS = [40, 60, 80, 100, 120];

/** The lines of `text` wider than `width`, colour codes aside. */
function tooWide(text: string, width: number): string[] {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').split(/\r?\n/).filter((l) => stringWidth(l) > width);
}

const quote = (w: string) => `'${w.replace(/'/g, `'\\''`)}'`;

describe('every line fits the width', () => {
  it('finds the longest names in the data', () => {
    expect(launch.id).not.toBe('');
    expect(person.id).not.toBe('');
  });

  for (const width of WIDTHS) {
    it(`piped, COLUMNS=${width}`, () => {
      const wide: string[] = [];
      for (const args of COMMANDS) {
        const r = almanac(args, { COLUMNS: String(width), TZ: 'UTC' });
        expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
        for (const line of tooWide(r.stdout, width)) wide.push(`${args.join(' ')}: ${line}`);
      }
      expect(wide).toEqual([]);
    });

    it(`on a terminal of ${width} columns`, () => {
      const wide: string[] = [];
      for (const args of COMMANDS) {
        const cmd = `stty cols ${width} rows 50; ${quote(process.execPath)} ${quote(join(ROOT, 'bin', 'almanac.js'))} ${args.map(quote).join(' ')}`;
        const r = spawnSync('script', ['-qec', cmd, '/dev/null'], {
          cwd: ROOT,
          encoding: 'utf8',
          env: { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: CACHE_HOME, LANG: 'C.UTF-8', TZ: 'UTC', TERM: 'xterm' },
          maxBuffer: 1 << 26,
        });
        expect(r.status, `${args.join(' ')}\n${r.stdout}`).toBe(0);
        for (const line of tooWide(r.stdout, width)) wide.push(`${args.join(' ')}: ${line}`);
      }
      expect(wide).toEqual([]);
    });
  }

  it('uses 80 columns where neither the terminal nor COLUMNS says', () => {
    const r = almanac(['crew', 'bio', 'Sunita Williams'], { COLUMNS: undefined });
    expect(tooWide(r.stdout, 80)).toEqual([]);
    expect(r.stdout.split('\n').some((l) => stringWidth(l) > 70)).toBe(true);
  });
});
