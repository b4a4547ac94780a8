// `almanac data info`, spawned as a user would run it.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { almanac, ANSI, DATA_DIR, dataset } from '../helpers.js';

describe('almanac data info', () => {
  it('--json reports every orbital launch attempt from 1957-10-04 to 2026-03-08', () => {
    const r = almanac(['data', 'info', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const info = JSON.parse(r.stdout);
    expect(info.schema).toBe(2);
    expect(info.launches).toBe(dataset.launches().length);
    expect(info.launches).toBeGreaterThan(7000);
    expect(info.coverage.first).toMatchObject({ id: '1957 ALP', time: '1957-10-04T19:28:34Z' });
    expect(info.coverage.last.time.slice(0, 10)).toBe('2026-03-08');
    const sum = (m: Record<string, number>) => Object.values(m).reduce((a, b) => a + b, 0);
    expect(sum(info.byCategory)).toBe(info.launches);
    expect(sum(info.byOutcome)).toBe(info.launches);
    expect(sum(info.byDecade)).toBe(info.launches);
    expect(info.byYear['2018']).toBe(114);
    expect(info.sources.map((s: { file: string }) => s.file)).toContain('gcat/launchlog.tsv');
  });

  it('prints readable tables with no escape codes in a pipe', () => {
    const r = almanac(['data', 'info']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
    const n = dataset.launches().length.toLocaleString('en-US');
    expect(r.stdout).toContain(`${n} orbital launch attempts, 1957-10-04`);
    expect(r.stdout).toMatch(/1960s\s*│\s*987\s*│/);
    expect(r.stdout).toContain("Jonathan McDowell's General Catalog of Artificial Space Objects");
    expect(r.stdout).toContain('lunar ascent');
    const people = dataset.people();
    const seats = people.reduce((n, p) => n + p.flights.length, 0).toLocaleString('en-US');
    expect(r.stdout).toContain(`${people.length} people in ${seats} seats · ${dataset.suborbital().length} crewed suborbital flights`);
    // The crewed suborbital rule, and how many flights are above and below the Kármán line.
    const sub = dataset.suborbital();
    expect(r.stdout).toContain('Suborbital rule: a crewed flight counts if its apogee reached 80 km');
    expect(r.stdout).toContain(`${sub.filter((f) => f.karman).length} above 100 km (Kármán line) · ${sub.filter((f) => !f.karman).length} between 80 and 100 km`);
    const json = JSON.parse(almanac(['data', 'info', '--json']).stdout);
    expect(json.suborbital).toMatchObject({ rule: expect.stringContaining('80 km'), karman: sub.filter((f) => f.karman).length });
  });

  it('colours only when asked, and never with NO_COLOR or --no-color; FORCE_COLOR=1 wins over TERM=dumb', () => {
    expect(almanac(['data', 'info'], { FORCE_COLOR: '1' }).stdout).toMatch(ANSI);
    expect(almanac(['data', 'info'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(ANSI);
    expect(almanac(['--no-color', 'data', 'info'], { FORCE_COLOR: '1' }).stdout).not.toMatch(ANSI);
    expect(almanac(['data', 'info'], { FORCE_COLOR: '0' }).stdout).not.toMatch(ANSI);
    // The README: FORCE_COLOR=1 forces colour on; a dumb terminal keeps ASCII tables.
    const dumb = almanac(['data', 'info'], { FORCE_COLOR: '1', TERM: 'dumb' }).stdout;
    expect(dumb).toMatch(ANSI);
    expect(dumb).not.toMatch(/[█│]/); // ASCII only on a dumb terminal
    expect(almanac(['data', 'info'], { TERM: 'dumb' }).stdout).not.toMatch(ANSI);
  });
});

describe('usage errors', () => {
  it('an unknown option is exit 2 with a one-line error and a suggestion', () => {
    const r = almanac(['data', 'info', '--jsn']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("error: unknown option '--jsn'\nhint: did you mean --json? Or run 'almanac data info --help' for usage\n");
  });

  it('an unknown command is exit 2 with a suggestion', () => {
    const r = almanac(['dat']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe("error: unknown command 'dat'");
    expect(r.stderr).toContain('did you mean data?');
  });

  it('help is exit 0 and documents examples and exit codes', () => {
    const top = almanac(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Exit codes:');
    const sub = almanac(['data', 'info', '--help']);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('$ almanac data info --json');
    expect(almanac(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+ \(data \d{4}\.\d{2}\.\d{2}\)$/);
  });
});

describe('data problems', () => {
  function brokenData(edit: (dir: string) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-data-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    edit(dir);
    return dir;
  }

  it('a missing data folder is exit 3 with a clear message and no stack trace', () => {
    const r = almanac(['--data', join(tmpdir(), 'no-such-almanac-data'), 'data', 'info']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: cannot read .*meta\.json \(ENOENT\)\nhint: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a truncated meta.json is exit 3', () => {
    const dir = brokenData((d) => writeFileSync(join(d, 'meta.json'), '{"schema": 2, "summ'));
    const r = almanac(['data', 'info'], { ALMANAC_DATA: dir });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: .*meta\.json is not valid JSON/);
  });

  it('escape sequences in the data never reach the terminal', () => {
    const dir = brokenData((d) => {
      const meta = JSON.parse(JSON.stringify(dataset.meta()));
      meta.summary.first.name = 'Evil\u001b[2J\u001b]0;pwned\u0007Name';
      meta.summary.first.title = meta.summary.first.name;
      meta.sources[0].credit = 'Credit\u001b[31m red';
      writeFileSync(join(d, 'meta.json'), JSON.stringify(meta));
    });
    const r = almanac(['data', 'info'], { ALMANAC_DATA: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).toContain('EvilName');
    expect(r.stdout).toContain('Credit red');
  });
});
