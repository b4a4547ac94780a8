// `almanac launch show|list` and `almanac timezone`, spawned as a user would run them.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yearOf } from '../../src/domain/time.js';
import { almanac, ANSI, CACHE_HOME, DATA_DIR, dataset, ROOT } from '../helpers.js';

const json = (args: string[], env: Record<string, string> = {}) => {
  const r = almanac([...args, '--json'], { TZ: 'UTC', ...env });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('launch show', () => {
  it.each(['Soyuz TM-14', 'soyuz tm 14', 'TM-14', 'Soyuz-U2 | Soyuz TM-14', '1992-014', '1992-014A', 'SOYUZ  tm14'])('finds Soyuz TM-14 from %j', (q) => {
    expect(json(['launch', 'show', q]).launch.id).toBe('1992-014');
  });

  it('shows the launch in full, with times in UTC, at the site and for the viewer', () => {
    const d = json(['launch', 'show', 'Soyuz TM-14'], { TZ: 'America/New_York' });
    expect(d.schema).toBe(2);
    expect(d.launch).toMatchObject({ name: 'Soyuz TM-14', time: '1992-03-17T10:54:30Z', vehicle: 'Soyuz-U2', outcome: 'success', crewed: true });
    expect(d.vehicle.family).toBe('R-7');
    expect(d.site).toMatchObject({ id: 'GIK-5', timeZone: 'Asia/Qyzylorda', country: 'KAZ' });
    expect(d.pad).toMatchObject({ code: 'LC1', ll2Name: '1/5' });
    const [utc, site, you] = d.times;
    expect(utc).toMatchObject({ label: 'UTC', time: '10:54:30 AM', abbreviation: 'UTC' });
    expect(site).toMatchObject({ label: 'launch site', time: '4:54:30 PM', abbreviation: 'UTC+6', offset: '+06:00', date: 'Tue, Mar 17th, 1992' });
    expect(you).toMatchObject({ label: 'you', zone: 'America/New_York', time: '5:54:30 AM', abbreviation: 'EST', local: '1992-03-17T05:54:30-05:00' });
  });

  it('computes ordinals from the dataset: Soyuz MS-11 is the 100th orbital launch attempt of 2018', () => {
    const d = json(['launch', 'show', 'Soyuz MS-11']);
    const year = d.ordinals.find((o: { kind: string }) => o.kind === 'year');
    const of2018 = dataset.launches().filter((l) => yearOf(l.time) === 2018);
    expect(year).toEqual({ kind: 'year', n: 100, total: of2018.length, text: `100th orbital launch attempt of 2018 (of ${of2018.length})` });
    const crewed = d.ordinals.find((o: { kind: string }) => o.kind === 'crewed');
    expect(crewed.n).toBe(dataset.launches().filter((l) => l.crewed && l.time <= d.launch.time).length);
    const text = almanac(['launch', 'show', 'Soyuz MS-11']).stdout;
    expect(text).toContain('100th orbital launch attempt of 2018');
    expect(text).not.toMatch(ANSI);
  });

  it('shows a launch known to the minute or the day at that precision', () => {
    const minute = dataset.launches().find((l) => l.precision === 'minute')!;
    const m = json(['launch', 'show', minute.id]);
    expect(m.times[0].time).toMatch(/^\d{1,2}:\d\d [AP]M$/);
    const day = dataset.launches().find((l) => l.precision === 'day')!;
    const d = json(['launch', 'show', day.id], { TZ: 'Pacific/Kiritimati' });
    for (const row of d.times) {
      expect(row.time).toBeNull();
      expect(row.local).toBe(day.time); // not shifted to another day
    }
  });

  it('lists candidates for an ambiguous query (exit 1) and suggests for a miss (exit 1)', () => {
    const amb = almanac(['launch', 'show', 'starlink']);
    expect(amb.code).toBe(1);
    expect(amb.stdout).toBe('');
    expect(amb.stderr).toMatch(/^error: "starlink" matches \d+ launches\nhint: be more specific or use the GCAT tag: 2019-\d{3} Starlink/);
    const miss = almanac(['launch', 'show', 'sojuz tm 14']);
    expect(miss.code).toBe(1);
    expect(miss.stderr).toMatch(/^error: no launch matches "sojuz tm 14"\nhint: did you mean "Soyuz TM-14"/);
    expect(miss.stderr).toMatch(/ The data ends on 2026-03-08: later launches are not in it \(`almanac data update` fetches them\)\.\n$/);
  });
});

describe('launch list', () => {
  it('filters combine and agree with the dataset', () => {
    const all = dataset.launches();
    const y2018 = json(['launch', 'list', '--year', '2018']);
    expect(y2018.total).toBe(114);
    expect(y2018.launches).toHaveLength(114);
    const crewedBaikonur = json(['launch', 'list', '--crewed', '--site', 'baikonur', '--from', '1992', '--to', '1992-12-31']);
    const expected = all.filter((l) => l.crewed && ['GIK-5', 'NIIP-5'].includes(l.site) && l.time.startsWith('1992')).map((l) => l.id);
    expect(crewedBaikonur.launches.map((l: { id: string }) => l.id)).toEqual(expected);
    expect(expected).toContain('1992-014');
    const failures = json(['launch', 'list', '--outcome', 'failure', '--vehicle', 'Falcon 9']);
    expect(failures.total).toBe(all.filter((l) => l.outcome === 'failure' && l.vehicle.includes('Falcon 9')).length);
    expect(failures.total).toBeGreaterThan(0);
    const text = json(['launch', 'list', 'soyuz', 'tm', '--sort', 'newest', '--limit', '3']);
    expect(text.launches).toHaveLength(3);
    expect(text.launches[0].time > text.launches[2].time).toBe(true);
    expect(json(['launch', 'list', '--country', 'IN', '--year', '2023']).launches.every((l: { site: string }) => l.site === 'SHAR')).toBe(true);
  });

  it('gives an empty list, exit 0, when nothing matches', () => {
    expect(json(['launch', 'list', '--year', '1958', '--crewed'])).toEqual({ schema: 2, total: 0, launches: [] });
    expect(almanac(['launch', 'list', '--year', '1958', '--crewed']).code).toBe(0);
  });

  it('writes one launch per line, the whole history as launches.json holds it, with or without the indexes', () => {
    const all = almanac(['launch', 'list', '--json'], { TZ: 'UTC' });
    expect(all.code).toBe(0);
    const stored = readFileSync(join(DATA_DIR, 'launches.json'), 'utf8');
    expect(all.stdout).toBe(`{"schema":2,"total":${dataset.launches().length},"launches":${stored.trimEnd()}}\n`);
    // The same bytes when every launch is read and written one by one (no indexes to trust).
    const dir = mkdtempSync(join(tmpdir(), 'almanac-noindex-'));
    cpSync(DATA_DIR, dir, { recursive: true });
    rmSync(join(dir, 'index'), { recursive: true });
    expect(almanac(['--data', dir, 'launch', 'list', '--json'], { TZ: 'UTC' }).stdout).toBe(all.stdout);
    // A list of a few: the same lines.
    const few = almanac(['launch', 'list', '--sort', 'newest', '--limit', '2', '--json'], { TZ: 'UTC' }).stdout;
    const lines = stored.trimEnd().split('\n');
    expect(few).toBe(`{"schema":2,"total":${lines.length - 2},"launches":[\n${lines.at(-2)},\n${lines.at(-3)!.replace(/,$/, '')}\n]}\n`);
    rmSync(dir, { recursive: true });
  });

  it('prints a table that fits the terminal width', () => {
    for (const columns of ['80', '120']) {
      const r = almanac(['launch', 'list', '--year', '2018', '--limit', '0'], { COLUMNS: columns });
      expect(r.code).toBe(0);
      const lines = r.stdout.split('\n').filter(Boolean);
      expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(Number(columns));
      expect(r.stdout).toContain('Soyuz MS-11 *');
    }
  });

  it('rejects bad filters with exit 2', () => {
    for (const args of [['--year', 'abc'], ['--from', '2018-13'], ['--to', '2019-02-30'], ['--outcome', 'boom'], ['--sort', 'sideways'], ['--crewed', '--uncrewed']]) {
      const r = almanac(['launch', 'list', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(/^error: .+\nhint: .+\n$/);
    }
  });

  it('ends quietly when the reader goes away', () => {
    for (const cmd of ['node bin/almanac.js launch list --limit 0 | head -1', 'node bin/almanac.js launch list --json | head -c 100']) {
      const r = spawnSync('bash', ['-o', 'pipefail', '-c', `${cmd} >/dev/null`], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: CACHE_HOME } });
      expect(r.stderr, cmd).toBe('');
      expect(r.status, cmd).toBe(0);
    }
  });
});

describe('timezone', () => {
  it('converts Soyuz TM-14: 5:54:30 AM EST in New York, 4:54:30 PM (UTC+6) at Baikonur', () => {
    const cv = json(['timezone', 'Soyuz TM-14', '--to', 'America/New_York']);
    const ny = cv.rows.find((r: { label: string }) => r.label === 'America/New_York');
    expect(ny).toMatchObject({ date: 'Tue, Mar 17th, 1992', time: '5:54:30 AM', abbreviation: 'EST', offset: '-05:00', dayDifference: 0 });
    const site = cv.rows.find((r: { label: string }) => r.label === 'launch site');
    expect(site).toMatchObject({ zone: 'Asia/Qyzylorda', time: '4:54:30 PM', abbreviation: 'UTC+6' });
  });

  it('shows EDT for Apollo 11 in New York, although Intl says GMT-4 before 1970', () => {
    const cv = json(['timezone', 'Apollo 11', '--to', 'america/new_york', '--format', '24h']);
    const ny = cv.rows.find((r: { label: string }) => r.label === 'america/new_york');
    expect(ny).toMatchObject({ zone: 'America/New_York', time: '09:32:00', abbreviation: 'EDT', offset: '-04:00' });
  });

  it('reads typed times in --from, with day differences', () => {
    const cv = json(['timezone', '1992-03-17 10:54:30', '--to', 'Asia/Tokyo', '--to', 'Pacific/Honolulu']);
    expect(cv.input).toMatchObject({ kind: 'time', utc: '1992-03-17T10:54:30Z', precision: 'second' });
    expect(cv.rows.find((r: { label: string }) => r.label === 'Asia/Tokyo')).toMatchObject({ time: '7:54:30 PM', abbreviation: 'JST', dayDifference: 0 });
    const late = json(['timezone', '2020-01-01 23:30', '--from', 'UTC', '--to', 'Asia/Tokyo,America/Los_Angeles']);
    expect(late.rows.find((r: { label: string }) => r.label === 'Asia/Tokyo').dayDifference).toBe(1);
    const la = json(['timezone', '2020-01-01 01:00', '--from', 'Asia/Tokyo', '--to', 'America/Los_Angeles']);
    expect(la.input.utc).toBe('2019-12-31T16:00:00Z');
    expect(la.rows.find((r: { label: string }) => r.label === 'America/Los_Angeles')).toMatchObject({ time: '8:00 AM', abbreviation: 'PST', dayDifference: 0 });
    expect(la.rows.find((r: { label: string }) => r.label === 'from')).toMatchObject({ zone: 'Asia/Tokyo', time: '1:00 AM', dayDifference: 1 });
    const west = json(['timezone', '2020-01-01 02:00', '--to', 'America/Los_Angeles']);
    expect(west.rows.find((r: { label: string }) => r.label === 'America/Los_Angeles')).toMatchObject({ date: 'Tue, Dec 31st, 2019', dayDifference: -1 });
  });

  it('accepts UTC offsets and abbreviations, noting that an abbreviation is a fixed offset', () => {
    const cv = json(['timezone', 'Apollo 11', '--to', 'EST', '--to', 'UTC+05:30']);
    expect(cv.rows.find((r: { label: string }) => r.label === 'EST')).toMatchObject({ time: '8:32:00 AM', abbreviation: 'EST', offset: '-05:00' });
    expect(cv.rows.find((r: { label: string }) => r.label === 'UTC+05:30')).toMatchObject({ time: '7:02:00 PM', offset: '+05:30' });
    expect(cv.notes.join(' ')).toContain('EST (US Eastern Standard Time) is always UTC-05:00');
  });

  it('says when a local time does not exist or happens twice', () => {
    const gap = almanac(['timezone', '2024-03-10 02:30', '--from', 'America/New_York']);
    expect(gap.code).toBe(2);
    expect(gap.stderr).toMatch(/^error: 2024-03-10 02:30 does not exist in America\/New_York/);
    const twice = json(['timezone', '2024-11-03 01:30', '--from', 'America/New_York']);
    expect(twice.input.utc).toBe('2024-11-03T05:30:00Z');
    expect(twice.notes[0]).toContain('happened twice');
  });

  it('rejects unknown zones and impossible dates with exit 2 and a hint', () => {
    const zone = almanac(['timezone', 'Soyuz TM-14', '--to', 'America/New_Yrok']);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toMatch(/^error: unknown time zone "America\/New_Yrok"\nhint: did you mean America\/New_York/);
    const date = almanac(['timezone', '2023-02-30 10:00']);
    expect(date.code).toBe(2);
    expect(date.stderr).toBe('error: 2023-02-30 is not a date\nhint: 2023-02 has 28 days\n');
    expect(almanac(['timezone', '2024-02-29 10:00', '--json']).code).toBe(0);
  });
});

describe('every command', () => {
  it('has help with real examples', () => {
    for (const cmd of [['launch', 'show'], ['launch', 'list'], ['timezone'], ['data', 'info']]) {
      const r = almanac([...cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`$ almanac ${cmd.join(' ')}`);
    }
  });

  it('prints no escape codes in a pipe, and colour with FORCE_COLOR', () => {
    const bin = join(ROOT, 'bin', 'almanac.js');
    expect(bin).toBeTruthy();
    for (const args of [['launch', 'show', 'TM-14'], ['launch', 'list', '--year', '1961'], ['timezone', 'TM-14']]) {
      expect(almanac(args).stdout).not.toMatch(ANSI);
      expect(almanac(args, { FORCE_COLOR: '1' }).stdout).toMatch(ANSI);
    }
  });
});
