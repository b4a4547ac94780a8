// V8's code cache (bin/almanac.js): written once into the user's cache folder, used by later
// runs, and never the reason a command fails or prints anything different.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const ARGS = ['launch', 'show', 'Soyuz TM-14'];

function run(env: Record<string, string | undefined>, args = ARGS) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'almanac.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, LANG: 'C.UTF-8', TZ: 'UTC', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = () => mkdtempSync(join(tmpdir(), 'almanac-cache-'));
/** The code cache's files in a cache folder (it also holds the list of data files already hashed). */
const cacheFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.v8cache')) : []);
const reference = run({ ALMANAC_NO_CACHE: '1', HOME: temp() });

describe('the code cache', () => {
  it('is written by the first run into $XDG_CACHE_HOME/launch-almanac and used by the next', () => {
    const xdg = temp();
    const dir = join(xdg, 'launch-almanac');
    const home = temp();
    const first = run({ XDG_CACHE_HOME: xdg, HOME: home });
    expect(first).toEqual(reference);
    const files = cacheFiles(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(new RegExp(`^almanac-${process.version}-${process.arch}-\\w+-\\d+-launch-show\\.v8cache$`));
    const before = statSync(join(dir, files[0]!));
    const second = run({ XDG_CACHE_HOME: xdg, HOME: home });
    expect(second).toEqual(reference);
    // The second run used the cache: one that is missing or that V8 rejects is written again
    // (a new file renamed into place), one it accepted is left alone. Nothing is written elsewhere.
    const after = statSync(join(dir, files[0]!));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
    expect(cacheFiles(dir)).toEqual(files);
    expect(readdirSync(home)).toEqual([]);
  });

  it('also holds the list of data files already hashed, written once (src/data/verified.ts)', () => {
    const xdg = temp();
    const list = join(xdg, 'launch-almanac', 'verified-files');
    expect(run({ XDG_CACHE_HOME: xdg, HOME: temp() })).toEqual(reference);
    const lines = readFileSync(list, 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).toMatch(/^\d+ \d+ \d+ \d+ \d+ [0-9a-f]{64}$/);
    const before = statSync(list);
    expect(run({ XDG_CACHE_HOME: xdg, HOME: temp() })).toEqual(reference);
    const after = statSync(list);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('lives in ~/.cache/launch-almanac without XDG_CACHE_HOME, or with a relative one', () => {
    for (const xdg of [undefined, 'relative/cache']) {
      const home = temp();
      expect(run({ HOME: home, XDG_CACHE_HOME: xdg })).toEqual(reference);
      expect(cacheFiles(join(home, '.cache', 'launch-almanac'))).toHaveLength(1);
      expect(existsSync(join(ROOT, 'relative'))).toBe(false);
    }
  });

  it('is neither read nor written with ALMANAC_NO_CACHE=1', () => {
    const xdg = temp();
    expect(run({ XDG_CACHE_HOME: xdg, ALMANAC_NO_CACHE: '1' })).toEqual(reference);
    expect(readdirSync(xdg)).toEqual([]);
  });

  it('does not fail a command when the folder cannot be made', () => {
    const parent = temp();
    writeFileSync(join(parent, 'file'), 'not a folder\n');
    // XDG_CACHE_HOME inside a regular file: mkdir fails (ENOTDIR), even for root.
    const xdg = join(parent, 'file', 'cache');
    for (let i = 0; i < 2; i++) expect(run({ XDG_CACHE_HOME: xdg, HOME: temp() })).toEqual(reference);
    expect(readdirSync(parent)).toEqual(['file']);
  });

  it('ignores a damaged cache file and replaces it', () => {
    const xdg = temp();
    const dir = join(xdg, 'launch-almanac');
    run({ XDG_CACHE_HOME: xdg });
    const name = cacheFiles(dir)[0]!;
    const good = readFileSync(join(dir, name));
    const half = good.length / 2;
    const flipped = Buffer.from(good);
    for (let i = 100; i < half; i += 101) flipped[i]! ^= 0x5a; // one copy damaged inside V8's payload
    const damaged = [Buffer.alloc(0), Buffer.from('garbage\n'), good.subarray(0, half), good.subarray(0, good.length - 1), flipped, Buffer.alloc(good.length, 0xff)];
    for (const bytes of damaged) {
      writeFileSync(join(dir, name), bytes);
      expect(run({ XDG_CACHE_HOME: xdg })).toEqual(reference);
      const now = readFileSync(join(dir, name));
      expect(now.length).toBeGreaterThan(1000);
      expect(now.subarray(0, now.length / 2).equals(now.subarray(now.length / 2))).toBe(true);
      expect(cacheFiles(dir)).toEqual([name]);
    }
  });

  it('keeps one file per command, shared by its aliases, and one for everything else', () => {
    const xdg = temp();
    const dir = join(xdg, 'launch-almanac');
    const lines: [string[], string][] = [
      [['launch', 'show', 'Soyuz TM-14'], 'launch-show'],
      [['--data', join(ROOT, 'data'), 'launch', 'list', '--year', '1957'], 'launch-list'],
      [['tz', '1992-03-17T10:54:30Z'], 'timezone'],
      [['timezone', 'now'], 'timezone'],
      [['otd', '03-17'], 'on-this-day'],
      [['crew', 'bio', 'Kaleri'], 'crew-bio'],
      [['site', 'Baikonur'], 'site'],
      [['lanch', 'show'], 'main'],
      [['--version'], 'main'],
    ];
    for (const [args, key] of lines) {
      run({ XDG_CACHE_HOME: xdg }, args);
      expect(cacheFiles(dir).some((f) => f.endsWith(`-${key}.v8cache`)), args.join(' ')).toBe(true);
    }
    expect(cacheFiles(dir).map((f) => f.replace(/^.*\d-/, '')).sort()).toEqual([...new Set(lines.map(([, k]) => `${k}.v8cache`))].sort());
  });

  it('knows the program\'s commands, subcommands and aliases (the table in bin/almanac.js)', () => {
    const bin = readFileSync(join(ROOT, 'bin', 'almanac.js'), 'utf8');
    // The object literals as written (plain data, evaluated on their own).
    const table = (name: string): unknown => new Function(`return ${new RegExp(`const ${name} = (\\{[^;]*\\});`).exec(bin)![1]}`)();
    const commands = table('COMMANDS') as Record<string, string[]>;
    const aliases = table('ALIASES') as Record<string, string>;
    // The program's groups and their subcommands, as its help lists them.
    const help = run({ ALMANAC_NO_CACHE: '1' }, ['--help']).stdout;
    const groups = [...help.slice(help.indexOf('Commands:')).matchAll(/^ {2}([a-z-]+)(?:\|([a-z-]+))?/gm)].map((m) => [m[1]!, m[2]] as const).filter(([g]) => g !== 'help');
    expect(Object.keys(commands).sort()).toEqual(groups.map(([g]) => g).sort());
    expect(aliases).toEqual(Object.fromEntries(groups.filter(([, a]) => a !== undefined).map(([g, a]) => [a, g])));
    for (const [group, subs] of Object.entries(commands)) {
      const text = run({ ALMANAC_NO_CACHE: '1' }, [group, '--help']).stdout;
      const listed = text.includes('Commands:') ? [...text.slice(text.indexOf('Commands:')).matchAll(/^ {2}([a-z-]+)/gm)].map((m) => m[1]!).filter((c) => c !== 'help') : [];
      expect(subs.sort(), group).toEqual(listed.sort());
    }
  });

  it('gives the same output for commands that fail, with and without a cache', () => {
    const xdg = temp();
    for (const args of [['launch', 'show', 'no such launch'], ['lanch'], ['--help'], ['--version']]) {
      const plain = run({ ALMANAC_NO_CACHE: '1' }, args);
      expect(run({ XDG_CACHE_HOME: xdg }, args)).toEqual(plain);
      expect(run({ XDG_CACHE_HOME: xdg }, args)).toEqual(plain);
    }
  });
});
