// Issue 14: nothing from the data or the user harms the terminal, the output or the dataset.
// Each case has its own describe (cases 3-5, time zones and dates, too); case 1 (hostile data on a terminal) is in hostileData.test.ts,
// case 10's importer cases in test/unit/importer.test.ts and test/e2e/package.test.ts, case 11
// in completion.test.ts.
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Launch } from '../../src/data/types.js';
import { summarize } from '../../src/domain/summary.js';
import { systemZone } from '../../src/domain/zones.js';
import { almanac, CACHE_HOME, DATA_DIR, ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin', 'almanac.js');
const ENV = { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: CACHE_HOME, LANG: 'C.UTF-8', TZ: 'UTC' };
const STACK = /\n\s+at .+:\d+:\d+/;

/** A copy of data/ with launch records edited, and its indexes rebuilt for the edit. */
function dataWith(edit: (launch: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'almanac-safety-'));
  cpSync(DATA_DIR, dir, { recursive: true });
  const launches = JSON.parse(readFileSync(join(dir, 'launches.json'), 'utf8')) as Record<string, unknown>[];
  launches.forEach(edit);
  writeFileSync(join(dir, 'launches.json'), `[\n${launches.map((l) => JSON.stringify(l)).join(',\n')}\n]\n`);
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'importer.js'), '--reindex', dir], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return dir;
}

describe('case 2: a write that fails ends cleanly', () => {
  const full = openSync('/dev/full', 'w');
  afterAll(() => closeSync(full));
  const run = (args: string[], stdout: 'pipe' | number, stderr: 'pipe' | number) => {
    const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: ENV, stdio: ['ignore', stdout, stderr] });
    return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  };
  const COMMANDS = [['--version'], ['--help'], ['launch', '--help'], ['launch', 'show', 'Soyuz TM-14'], ['launch', 'list', '--limit', '0'], ['launch', 'list', '--year', '1992', '--json'], ['crew', 'bio', 'Kaleri'], ['on-this-day', '03-17'], ['stats'], ['timezone', 'Apollo 11'], ['data', 'info', '--json'], ['export', '--format', 'csv', '--year', '1992'], ['completion', 'bash']];

  it('stdout on a full disk: one line on stderr, exit 3, for every command', () => {
    for (const args of COMMANDS) {
      const r = run(args, full, 'pipe');
      expect(r.stderr, args.join(' ')).toBe('error: cannot write output (ENOSPC)\n');
      expect(r.code, args.join(' ')).toBe(3);
    }
  });

  it('stderr on a full disk: the exit code stays the command\'s own, and stdout holds only results', () => {
    expect(run(['launch', 'show', '--bogus'], 'pipe', full)).toMatchObject({ code: 2, stdout: '' });
    expect(run(['on-this-day', '02-30'], 'pipe', full)).toMatchObject({ code: 2, stdout: '' });
    expect(run(['launch', 'show', 'no such launch at all'], 'pipe', full)).toMatchObject({ code: 1, stdout: '' });
    expect(run(['launch', 'frobnicate'], 'pipe', full)).toMatchObject({ code: 2, stdout: '' });
    const ok = run(['launch', 'show', '1992-014', '--json'], 'pipe', full);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).launch.id).toBe('1992-014');
  });

  it('both on a full disk: exit 3 where output failed, else the command\'s own code', () => {
    for (const args of [['--version'], ['data', 'info'], ['launch', 'show', '1992-014']]) expect(run(args, full, full).code, args.join(' ')).toBe(3);
    // Nothing was to go to stdout: the usage error's code is all that is left.
    expect(run(['launch', 'show', '--bogus'], full, full).code).toBe(2);
  });

  it('a reader that goes away is still no error', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${BIN}" launch list --limit 0 | head -1 >/dev/null`], { encoding: 'utf8', env: ENV });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('case 3: an empty or unusable TZ falls back to the system zone', () => {
  it('launch show and timezone now answer with TZ empty, garbage or ICU\'s "Etc/Unknown"', () => {
    for (const tz of ['', ':', 'Etc/Unknown', 'Not/AZone', ':::', 'UTC+99']) {
      for (const args of [['launch', 'show', 'Soyuz TM-14'], ['timezone', 'now'], ['timezone', 'Soyuz TM-14', '--json']]) {
        const r = almanac(args, { TZ: tz });
        expect([tz, args, r.code, r.stderr]).toEqual([tz, args, 0, '']);
      }
    }
  });

  it('without /etc/localtime, an unknown resolved zone is UTC', () => {
    expect(systemZone(null, () => 'Etc/Unknown').id).toBe('UTC');
    expect(systemZone(null, () => undefined).id).toBe('UTC');
    expect(systemZone(null, () => 'Europe/Paris').id).toBe('Europe/Paris');
    expect(systemZone('Etc/UTC', () => 'UTC').id).toBe('UTC');
    expect(systemZone('Asia/Tokyo', () => 'UTC').id).toBe('Asia/Tokyo');
    expect(systemZone('posix/Asia/Tokyo', () => 'Asia/Tokyo').id).toBe('Asia/Tokyo');
  });
});

describe('case 4: years 0000-0099 are those years', () => {
  it('a time in the first century is converted as typed, and shown with its own year', () => {
    const cv = (args: string[]) => {
      const r = almanac(['timezone', ...args, '--format', 'iso', '--json']);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { input: { utc: string }; rows: { label: string; local: string; dayDifference: number }[] };
    };
    expect(cv(['0001-01-01T00:00:00Z']).input.utc).toBe('0001-01-01T00:00:00Z');
    expect(cv(['0099-12-31T23:59:59Z']).input.utc).toBe('0099-12-31T23:59:59Z');
    const ny = cv(['0001-01-01T00:00:00Z', '--to', 'UTC-05:00']).rows.at(-1)!;
    expect(ny).toMatchObject({ local: '0000-12-31T19:00:00-05:00', dayDifference: -1 });
    expect(cv(['0050-06-15 12:00', '--from', 'UTC+03:00']).input.utc).toBe('0050-06-15T09:00:00Z');
    // 0004 and 0000 are leap years in the calendar ISO 8601 extends backwards; 0100 is not.
    expect(almanac(['timezone', '0004-02-29']).code).toBe(0);
    expect(almanac(['timezone', '0000-02-29']).code).toBe(0);
    const bad = almanac(['timezone', '0100-02-29']);
    expect([bad.code, bad.stderr]).toEqual([2, 'error: 0100-02-29 is not a date\nhint: 0100-02 has 28 days\n']);
  });
});

describe('case 5: offsets are those clocks use, UTC-12:00 to UTC+14:00, everywhere', () => {
  it('in zones and in typed times alike, with one message', () => {
    const message = (typed: string) => `error: "${typed}" is not a UTC offset (offsets run from UTC-12:00 to UTC+14:00)\nhint: write it as UTC+05:30 or -0400\n`;
    for (const [args, typed] of [
      [['timezone', 'now', '--to', 'UTC-13:00'], 'UTC-13:00'],
      [['timezone', 'now', '--to', '+14:30'], '+14:30'],
      [['timezone', 'now', '--to', 'UTC+5:60'], 'UTC+5:60'],
      [['timezone', '1992-03-17T10:54:30+99:99'], '+99:99'],
      [['timezone', '1992-03-17T10:54:30-12:01'], '-12:01'],
      [['timezone', '1992-03-17 10:54', '--from', 'UTC+15'], 'UTC+15'],
      [['launch', 'show', 'Soyuz TM-14', '--tz', '-13'], '-13'],
    ] as [string[], string][]) {
      const r = almanac(args);
      expect([args, r.code, r.stderr]).toEqual([args, 2, message(typed)]);
    }
    for (const ok of ['UTC-12:00', 'UTC+14:00', '+05:45', '-09:30']) expect(almanac(['timezone', 'now', '--to', ok]).code).toBe(0);
    expect(almanac(['timezone', '1992-03-17T10:54:30+14:00']).code).toBe(0);
  });
});

describe('case 9: data folders are read defensively', () => {
  /** A copy of data/ without its indexes (so that every file is read whole), edited. */
  const copy = (edit: (dir: string) => void) => {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-special-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    rmSync(join(dir, 'index'), { recursive: true });
    edit(dir);
    return dir;
  };
  const hint = 'hint: check the folder given with --data, or leave out --data to use the bundled data\n';

  it('a FIFO or a device in place of a data file is exit 3 at once, naming it', () => {
    const fifo = copy((d) => {
      rmSync(join(d, 'launches.json'));
      expect(spawnSync('mkfifo', [join(d, 'launches.json')]).status).toBe(0);
    });
    const zero = copy((d) => {
      rmSync(join(d, 'launches.json'));
      symlinkSync('/dev/zero', join(d, 'launches.json'));
    });
    for (const dir of [fifo, zero]) {
      const r = spawnSync(process.execPath, [BIN, '--data', dir, 'launch', 'list', '--year', '2018'], { env: ENV, encoding: 'utf8', timeout: 20_000 });
      expect([r.status, r.stderr]).toEqual([3, `error: cannot read ${join(dir, 'launches.json')} (not a regular file)\n${hint}`]);
    }
  });

  it('a folder an importer was stopped switching in is exit 3, saying so; its unfinished temporary files alone are no problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-switching-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    mkdirSync(join(dir, '.tmp-999999'));
    writeFileSync(join(dir, '.tmp-999999', 'launches.json'), '[\n]\n');
    expect(almanac(['--data', dir, 'launch', 'show', 'Soyuz TM-14']).code).toBe(0);
    writeFileSync(join(dir, '.tmp-999999', 'SWITCHING'), '999999\n');
    for (const args of [['launch', 'show', 'Soyuz TM-14'], ['data', 'info'], ['crew', 'list']]) {
      const r = almanac(['--data', dir, ...args]);
      expect([r.code, r.stderr]).toEqual([3, `error: ${dir} was left half-rebuilt: the importer stopped while switching the new files in (.tmp-999999 is left)\n${hint}`]);
    }
  });

  it('--data "" is exit 2; an empty ALMANAC_DATA is no choice and the bundled data is used', () => {
    const r = almanac(['--data', '', 'data', 'info']);
    expect([r.code, r.stderr]).toEqual([2, 'error: --data needs a folder\nhint: give the folder that holds launches.json, or leave out --data to use the bundled data\n']);
    expect(almanac(['data', 'info', '--json'], { ALMANAC_DATA: '' })).toEqual(almanac(['data', 'info', '--json']));
  });

  it('a field of the wrong type is a data error naming file and record, with a hint for the folder chosen', () => {
    const dir = copy((d) => {
      const text = readFileSync(join(d, 'launches.json'), 'utf8').split('\n');
      const at = text.findIndex((l) => l.includes('"id":"1992-014"'));
      text[at] = text[at]!.replace('"agencies":["UNKSR"]', '"agencies":"UNKSR"');
      writeFileSync(join(d, 'launches.json'), text.join('\n'));
    });
    const records = JSON.parse(readFileSync(join(DATA_DIR, 'launches.json'), 'utf8')) as Launch[];
    const n = records.findIndex((l) => l.id === '1992-014') + 1;
    for (const [args, env, h] of [
      [['--data', dir, 'launch', 'show', 'Soyuz TM-14'], {}, hint],
      [['launch', 'list', '--year', '1992'], { ALMANAC_DATA: dir }, hint.replace(/--data/g, 'ALMANAC_DATA')],
    ] as [string[], Record<string, string>, string][]) {
      const r = almanac(args, env);
      expect([r.code, r.stderr]).toEqual([3, `error: ${join(dir, 'launches.json')}: record ${n} (id "1992-014") has the wrong shape (a field is missing or of the wrong type)\n${h}`]);
    }
  });
});

describe('case 6: words typed never reach an object\'s prototype', () => {
  const PROTO = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];

  it('on-this-day reads them as what they are: not days', () => {
    for (const w of PROTO) {
      const r = almanac(['on-this-day', w]);
      expect(r.code, w).toBe(2);
      expect(r.stderr, w).toBe(`error: "${w}" is not a day of the year\nhint: write MM-DD (03-17), a month and day (Mar 17, March 17), YYYY-MM-DD, today, tomorrow or yesterday\n`);
      expect(r.stdout).toBe('');
    }
  });

  it('no command answers them with undefined, NaN or a function', () => {
    const where: string[][] = [];
    for (const w of PROTO) {
      where.push(['launch', 'show', w], ['crew', 'bio', w], ['site', 'show', w], ['vehicle', 'show', w], ['agency', 'show', w], ['timezone', w], ['timezone', 'now', '--to', w], ['launch', 'show', '1992-014', '--tz', w]);
      where.push(['crew', 'list', '--nationality', w], ['crew', 'list', '--agency', w], ['launch', 'list', '--site', w], ['launch', 'list', '--country', w], ['launch', 'list', '--agency', w], ['on-this-day', '03-17', '--kind', w], ['stats', '--by', w], ['export', '--format', w]);
    }
    for (const args of where) {
      const r = almanac(args);
      const text = r.stdout + r.stderr;
      expect([0, 1, 2], `${args.join(' ')}: ${text}`).toContain(r.code);
      expect(text, args.join(' ')).not.toMatch(/undefined|NaN|\[object|\[native code\]|function /);
      expect(text).not.toMatch(STACK);
    }
  });

  it('values from the data named like prototype properties are shown as themselves', () => {
    const dir = dataWith((l) => {
      if (l.id === '1992-014') l.category = 'toString';
      if (l.id === '1992-015') l.category = 'constructor';
    });
    const a = almanac(['--data', dir, 'launch', 'show', '1992-014']);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toMatch(/^Category {3}toString( ·|$)/m);
    const b = almanac(['--data', dir, 'launch', 'show', '1992-015']);
    expect(b.stdout).toMatch(/^Category {3}constructor/m);
    // The counts the importer and `data info` make count them like any other value.
    const launches = JSON.parse(readFileSync(join(dir, 'launches.json'), 'utf8')) as Launch[];
    launches[0]!.category = '__proto__' as Launch['category'];
    const s = summarize(launches);
    expect(Object.entries(s.byCategory).filter(([k]) => ['toString', 'constructor', '__proto__'].includes(k)).sort()).toEqual([['__proto__', 1], ['constructor', 1], ['toString', 1]]);
    expect(Object.getPrototypeOf(s.byCategory)).toBe(Object.prototype);
  });
});

describe('case 7: exports are safe to open', () => {
  const FORMULAS: Record<string, string> = {
    '1992-014': '=HYPERLINK("http://evil.example","click")',
    '1992-015': '+1+2',
    '1992-016': '-2+3',
    '1992-017': '@SUM(A1:A2)',
    '1992-018': '\t=1+1',
    '1992-019': '\r=1+1',
  };
  const dir = dataWith((l) => {
    const f = FORMULAS[l.id as string];
    if (f !== undefined) l.name = f;
    // Characters RFC 5545 forbids in text, a lone CR, and TEXT specials in the id (the UID).
    if (l.id === '1992-020') {
      l.name = 'Lone\rCR NUL\u0000 ESC\u001b[31m BEL\u0007 DEL\u007f, semi; back\\slash';
      l.id = '1992-020;x,y\\z';
    }
  });
  const exportText = (args: string[]) => {
    const r = almanac(['--data', dir, 'export', ...args]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return r.stdout;
  };

  it('CSV: a text cell that starts with = + - @ TAB or CR gets a single quote in front, unless --raw', () => {
    const rows = parseCsv(exportText(['--format', 'csv', '--year', '1992']), { columns: true }) as Record<string, string>[];
    const name = (id: string) => rows.find((r) => r.id === id)!.name;
    expect(name('1992-014')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(name('1992-015')).toBe("'+1+2");
    expect(name('1992-016')).toBe("'-2+3");
    expect(name('1992-017')).toBe("'@SUM(A1:A2)");
    // The tab or CR itself is a control character, written as a space.
    expect(name('1992-018')).toBe("' =1+1");
    expect(name('1992-019')).toBe("' =1+1");
    // Ordinary names, numbers and booleans are as they were.
    expect(name('1992-021')).not.toMatch(/^'/);
    expect(rows.find((r) => r.id === '1992-021')!.crewed).toMatch(/^(true|false)$/);
    const raw = parseCsv(exportText(['--format', 'csv', '--year', '1992', '--raw']), { columns: true }) as Record<string, string>[];
    expect(raw.find((r) => r.id === '1992-014')!.name).toBe(FORMULAS['1992-014']);
    expect(raw.find((r) => r.id === '1992-016')!.name).toBe('-2+3');
  });

  it('CSV with --help says so', () => {
    const r = almanac(['export', '--help']);
    expect(r.stdout).toContain('--raw');
    expect(r.stdout).toContain("single quote in\nfront ('=…)");
  });

  it('ICS: SUMMARY, DESCRIPTION and UID hold no character RFC 5545 forbids, and UID is escaped', () => {
    const text = exportText(['--format', 'ics', '--year', '1992']);
    // eslint-disable-next-line no-control-regex
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
    expect(text).toContain('UID:1992-020\\;x\\,y\\\\z@launch-almanac\r\n');
    const cal = new ICAL.Component(ICAL.parse(text));
    const ev = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).find((e) => e.uid.startsWith('1992-020'))!;
    expect(ev.uid).toBe('1992-020;x,y\\z@launch-almanac');
    // The lone CR is a line break; NUL, ESC (with its sequence), BEL and DEL are gone.
    expect(ev.description.split('\n').slice(0, 3)).toEqual(['GCAT 1992-020;x,y\\z: Lone', 'CR NUL ESC BEL DEL, semi; back\\slash', 'Vehicle: Kosmos 11K65M']);
  });

  it('JSON Lines escape C1, bidi and zero-width characters and stay lossless', () => {
    const d = dataWith((l) => {
      if (l.id === '1992-014') l.name = 'A\u0085B\u202eC\u200bD\u009bE';
    });
    const r = almanac(['--data', d, 'export', '--format', 'jsonl', '1992-014']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"name":"A\\u0085B\\u202eC\\u200bD\\u009bE"');
    expect(JSON.parse(r.stdout.split('\n')[0]!).name).toBe('A\u0085B\u202eC\u200bD\u009bE');
  });
});

describe('case 8: input length is capped and matching is linear', () => {
  const LONG = 'x'.repeat(100_000);

  it('a 100,000-character argument is exit 2 at once, naming the limit, without echoing it', () => {
    for (const args of [['launch', 'show', LONG], ['tz', LONG], ['crew', 'bio', LONG], ['launch', 'list', LONG], ['on-this-day', LONG], ['site', 'show', LONG], ['export', '--format', 'csv', LONG], ['stats', LONG]]) {
      const t = Date.now();
      const r = almanac(args);
      expect(Date.now() - t, args[0]).toBeLessThan(5000);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr, args[0]).toMatch(/^error: argument \d is 100000 characters long; the limit is 200\n/);
      expect(r.stderr.length).toBeLessThan(300);
    }
  });

  it('every option that takes text has the same limit', () => {
    const v = 'y'.repeat(201);
    for (const args of [['launch', 'show', 'Apollo 11', '--tz', v], ['timezone', 'now', '--to', v], ['timezone', '1992-03-17 10:00', '--from', v], ['launch', 'list', '--vehicle', v], ['launch', 'list', '--site', v], ['launch', 'list', '--agency', v], ['launch', 'list', '--country', v], ['launch', 'list', '--family', v], ['crew', 'list', '--nationality', v], ['crew', 'list', '--agency', v], ['crew', 'list', '--vehicle', v], ['on-this-day', '--kind', v], ['on-this-day', '--tz', v], ['stats', '--from', v], [`--tz=${v}`, 'launch', 'show', 'x']]) {
      const r = almanac(args);
      expect(r.code, args.join(' ').slice(0, 60)).toBe(2);
      expect(r.stderr).toMatch(/characters long; the limit is 200\n/);
    }
    // A long --data path is not a query.
    expect(almanac(['--data', `${DATA_DIR}/${'./'.repeat(150)}`, 'launch', 'show', '1992-014']).code).toBe(0);
  });

  it('many short words joined into a long query are exit 2 too', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    for (const args of [['launch', 'show', ...words], ['crew', 'bio', ...words], ['timezone', ...words], ['launch', 'list', ...words], ['vehicle', 'show', ...words]]) {
      const r = almanac(args);
      expect(r.code, args[0]).toBe(2);
      expect(r.stderr, args[0]).toMatch(/^error: the (query|name|launch or time|search text) is \d+ characters long; the limit is 200\n/);
    }
  });

  it('a query at the limit is answered in well under a second of work, and echoed cut to 80 characters', () => {
    const q = Array.from({ length: 40 }, (_, i) => `q${i}z`).join(' ').slice(0, 200);
    for (const args of [['launch', 'show', q], ['crew', 'bio', q], ['tz', q], ['site', 'show', q]]) {
      const t = Date.now();
      const r = almanac(args);
      expect(Date.now() - t, args[0]).toBeLessThan(3000);
      expect([1, 2], r.stderr).toContain(r.code);
      const echoed = /"([^"]*)"/.exec(r.stderr)![1]!;
      expect([...echoed].length, r.stderr).toBeLessThanOrEqual(80);
      expect(echoed.endsWith('…')).toBe(true);
    }
  });
});
