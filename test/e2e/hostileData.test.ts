// A --data folder that is damaged or hostile: a clear error (exit 3) or sanitised output,
// never a crash, a stack trace or an escape sequence reaching the terminal.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { almanac, CACHE_HOME, DATA_DIR, ROOT } from '../helpers.js';

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
      // The folder was the user's choice (--data): the hint names it, not a reinstall.
      expect(r.stderr, where).toMatch(/^error: .+\nhint: check the folder given with --data, or leave out --data to use the bundled data\n$/);
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
    expectDataError(wrongTypes, /launches\.json: record \d+ \(id "1992-014"\) has the wrong shape/);
    expect(almanac(['--data', wrongTypes, 'launch', 'show', 'Soyuz TM-14']).code).toBe(3);
    const notAList = dataCopy((d) => writeFileSync(join(d, 'people.json'), '{"people": []}'));
    expect(almanac(['--data', notAList, 'crew', 'bio', 'Kaleri']).stderr).toMatch(/people\.json does not hold a list of records/);
    const badSchema = dataCopy((d) => rewrite(d, 'meta.json', (t) => t.replace('"schema": 2', '"schema": 99')));
    expect(almanac(['--data', badSchema, 'data', 'info']).stderr).toMatch(/^error: data schema 99 does not match this program \(schema 2\)/);
  });

  it('escape sequences and control characters in data never reach the terminal', () => {
    const evil = '\u001b]0;pwned\u0007\u001b[31mRED\u001b[0m\u0000\u009b2J';
    const dir = dataCopy((d) => {
      rewrite(d, 'launches.json', (t) => t.replace('"name":"Soyuz TM-14"', `"name":${JSON.stringify(`Soyuz TM-14${evil}`)}`).replace('"title":"Soyuz TM-14"', `"title":${JSON.stringify(`Soyuz TM-14${evil}`)}`));
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

// Issue 14, case 1: every string of every data file carries escape sequences (CSI, OSC 52
// clipboard, OSC 8 link), bidi overrides and isolates, zero-width characters, C1 controls and
// NUL; every command runs on it piped and on a pseudo-terminal, and nothing but the program's
// own colour codes reaches the terminal.
describe('hostile strings in every field of every data file', () => {
  /** What a terminal would act on, and what is left of it once cleaned: «link». */
  const EVIL =
    '«\u001b[2J\u001b[31m\u001b]52;c;cHduZWQ=\u0007\u001b]8;;https://evil.example/\u001b\\link\u001b]8;;\u001b\\' +
    '\u202e\u202a\u2066\u2069\u200b\u200d\u2060\ufeff\u0085\u009b31m\u009d0;title\u009c\u0000\u0007\u007f\u0008\u001bc»';
  // Fields the loader and the domain read as structure (times, precisions, enumerations, zones,
  // the dataset's version) keep their values; everything else, ids and references included,
  // gets EVIL appended, the same way everywhere, so references still join.
  const STRUCTURAL = new Set(['time', 'landing', 'born', 'died', 'at', 'precision', 'outcome', 'category', 'timeZone', 'schema', 'dataset', 'body', 'coordinates', 'roleSource', 'apogeeSource', 'timeSource', 'updated', 'covers', 'first', 'last']);
  const evilDir = (() => {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-evil-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    const poison = (v: unknown, key: string): unknown => {
      if (typeof v === 'string') return STRUCTURAL.has(key) ? v : `${v}${EVIL}`;
      if (Array.isArray(v)) return v.map((x) => poison(x, key));
      if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, poison(x, k)]));
      return v;
    };
    // search.json holds the normalised search keys of the launches (what a query is matched
    // against), not text that is shown: it stays, so that the queries below find launches.
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'search.json')) {
      const value = JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
      writeFileSync(join(dir, file), Array.isArray(value) ? `[\n${value.map((r) => JSON.stringify(poison(r, ''))).join(',\n')}\n]\n` : `${JSON.stringify(poison(value, ''), null, 2)}\n`);
    }
    // The indexes describe the files as they are now.
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'importer.js'), '--reindex', dir], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    return dir;
  })();

  const COMMANDS: string[][] = [
    ['launch', 'show', 'Soyuz TM-14'], ['launch', 'show', 'STS-107'], ['launch', 'show', 'Mercury-Redstone 3'], ['launch', 'show', 'Apollo 11', '--tz', 'Asia/Tokyo'],
    ['launch', 'show', 'starlink'], ['launch', 'show', 'sojuz tm14'],
    ['launch', 'list', '--year', '1992'], ['launch', 'list', 'soyuz', '--limit', '5'],
    ['crew', 'bio', 'Kaleri'], ['crew', 'bio', 'Leonov'], ['crew', 'bio', 'Flade'], ['crew', 'list', '--limit', '20'], ['crew', 'list', '--sort', 'time', '--limit', '5'],
    ['on-this-day', '03-17'], ['on-this-day', '07-20'],
    ['stats'], ['stats', '--by', 'country'], ['stats', '--by', 'agency'], ['stats', '--by', 'site'], ['stats', '--by', 'vehicle', '--crewed'], ['stats', '--by', 'family'],
    ['site', 'show', 'Baikonur'], ['site', 'list', '--limit', '10'], ['vehicle', 'show', 'Soyuz-U2'], ['vehicle', 'list', '--limit', '10'], ['agency', 'show', 'NASA'], ['agency', 'list', '--limit', '10'],
    ['timezone', 'Soyuz TM-14', '--to', 'Asia/Tokyo,EST'], ['tz', 'Apollo 11'],
    ['data', 'info'],
  ];
  const EXPORTS: string[][] = [
    ['export', '--format', 'csv', '--year', '1992'], ['export', '--format', 'csv', '--what', 'crew', '--year', '1992'], ['export', '--format', 'csv', '--what', 'events'],
    ['export', '--format', 'ics', '--year', '1992'], ['export', '--format', 'ics', '--what', 'events'],
  ];
  const JSONL: string[][] = [['export', '--format', 'jsonl', '--year', '1992'], ['export', '--format', 'jsonl', '--what', 'crew', '--year', '1992'], ['export', '--format', 'jsonl', '--what', 'events']];

  // eslint-disable-next-line no-control-regex
  const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
  const INVISIBLE = /[\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;
  // The program's own colour codes (chalk, the table writer), allowed only with colour on.
  // eslint-disable-next-line no-control-regex
  const OWN_SGR = /\u001b\[(?:0|1|2|22|3[0-79]|4[0-79]|9[0-7]|10[0-7])m/g;

  function expectSafe(text: string, where: string, o: { color: boolean; crlf?: boolean }) {
    let t = o.color ? text.replace(OWN_SGR, '') : text;
    if (o.crlf) t = t.replace(/\r+\n/g, '\n');
    const bad = CONTROL.exec(t) ?? INVISIBLE.exec(t);
    expect(bad && `U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${bad.index}: ${JSON.stringify(t.slice(Math.max(0, bad.index - 40), bad.index + 40))}`, where).toBeNull();
    expect(text, where).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }

  it('passes no escape sequence, control, bidi or zero-width character through, piped', () => {
    let shown = 0;
    for (const args of [...COMMANDS, ['--help'], ['launch', '--help'], ['completion', 'bash'], ['completion', 'zsh'], ['completion', 'fish'], ['otd', '01-27', '--kind', 'events']]) {
      for (const color of [false, true]) {
        const r = almanac(['--data', evilDir, ...args], color ? { FORCE_COLOR: '1' } : {});
        const where = `${color ? 'FORCE_COLOR=1 ' : ''}${args.join(' ')}: exit ${r.code}\n${r.stderr.slice(0, 300)}`;
        expect([0, 1], where).toContain(r.code);
        expectSafe(r.stdout, `${where} (stdout)`, { color });
        expectSafe(r.stderr, `${where} (stderr)`, { color });
        if (!color && r.code === 0) expect(r.stdout, where).not.toContain('\u001b');
        if (r.stdout.includes('«link»')) shown++;
      }
    }
    // The hostile strings were shown, cleaned, by nearly every command.
    expect(shown).toBeGreaterThan(COMMANDS.length);
  }, 120_000);

  it('keeps --json and JSON Lines valid and lossless, with no raw C1, bidi or zero-width character', () => {
    let parsed = 0;
    const all = [...COMMANDS.map((a) => [...a, '--json']), ...JSONL];
    for (const args of all) {
      const r = almanac(['--data', evilDir, ...args]);
      const where = `${args.join(' ')}: exit ${r.code}\n${r.stderr.slice(0, 300)}`;
      expect([0, 1], where).toContain(r.code);
      expectSafe(r.stdout + r.stderr, where, { color: false });
      if (r.code !== 0) continue; // a query the poisoned names make ambiguous
      parsed++;
      const values = args.includes('jsonl') ? r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown) : [JSON.parse(r.stdout) as unknown];
      // The data is there, exactly as it is in the file.
      expect(JSON.stringify(values), where).toContain(JSON.stringify(EVIL).slice(1, -1));
    }
    // «link» ends every name, so no name is exact and a few queries are ambiguous (Apollo 11 and
    // its LM's ascent, the Soyuz-U vehicles, NASA's centres).
    expect(parsed).toBeGreaterThan(all.length - 7);
  }, 120_000);

  it('writes CSV and iCalendar with no control character but their CR LF line ends', () => {
    for (const args of EXPORTS) {
      const r = almanac(['--data', evilDir, ...args]);
      const where = `${args.join(' ')}: exit ${r.code}\n${r.stderr.slice(0, 300)}`;
      expect(r.code, where).toBe(0);
      expectSafe(r.stdout, where, { color: false, crlf: true });
      expect(r.stdout, where).toContain('«link»');
      expect(r.stdout.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    }
  }, 60_000);

  it('passes nothing but its own colour codes to a terminal (script(1) pseudo-terminal)', () => {
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    let shown = 0;
    for (const args of [...COMMANDS, ...EXPORTS, ['--help']]) {
      const line = [process.execPath, join(ROOT, 'bin', 'almanac.js'), ...args].map(quote).join(' ');
      const r = spawnSync('script', ['-qec', line, '/dev/null'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: CACHE_HOME, LANG: 'C.UTF-8', TERM: 'xterm-256color', ALMANAC_DATA: evilDir },
      });
      const where = `${args.join(' ')} on a terminal: exit ${r.status}\n${r.stdout.slice(0, 300)}`;
      expect([0, 1], where).toContain(r.status);
      // The terminal turns every LF into CR LF (so CSV's CR LF arrives as CR CR LF); stdout and
      // stderr both arrive here.
      expectSafe(r.stdout, where, { color: true, crlf: true });
      if (r.stdout.includes('«link»')) shown++;
    }
    expect(shown).toBeGreaterThan(COMMANDS.length);
  }, 120_000);
});
