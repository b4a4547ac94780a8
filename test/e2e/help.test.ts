// Help is on stdout with exit 0 however it is asked for, lists the global options everywhere,
// and every example it shows runs.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { almanac, CACHE_HOME, ROOT } from '../helpers.js';

const COMMANDS = [
  [], ['launch'], ['launch', 'show'], ['launch', 'list'], ['launch', 'next'], ['launch', 'upcoming'], ['crew'], ['crew', 'bio'], ['crew', 'list'], ['on-this-day'], ['stats'],
  ['site'], ['site', 'show'], ['site', 'list'], ['vehicle'], ['vehicle', 'show'], ['vehicle', 'list'], ['agency'], ['agency', 'show'], ['agency', 'list'],
  ['timezone'], ['data'], ['data', 'info'], ['data', 'update'], ['export'], ['completion'],
];

describe('help', () => {
  it('is on stdout with exit 0 for a bare almanac, a group without a subcommand and `almanac help …`', () => {
    const full = almanac(['--help']);
    for (const args of [[], ['help'], ['--no-color']]) {
      const r = almanac(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(full.stdout);
    }
    for (const group of [['data'], ['launch'], ['crew'], ['site'], ['vehicle'], ['agency']]) {
      const r = almanac(group);
      expect(r.code, group.join(' ')).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(almanac([...group, '--help']).stdout);
      expect(almanac(['help', ...group]).stdout).toBe(r.stdout);
    }
    expect(almanac(['help', 'launch', 'list']).stdout).toBe(almanac(['launch', 'list', '--help']).stdout);
    expect(almanac(['help', 'tz']).stdout).toBe(almanac(['timezone', '--help']).stdout);
    const bad = almanac(['help', 'nosuch']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: unknown command 'nosuch'\nhint: run 'almanac --help'/);
  });

  it('lists the global options in every command’s help', () => {
    for (const args of COMMANDS.slice(1)) {
      const r = almanac([...args, '--help']);
      expect(r.stdout, args.join(' ')).toMatch(/--no-color/);
      expect(r.stdout, args.join(' ')).toMatch(/--data <dir>/);
    }
  });

  it('takes --json before the command', () => {
    const r = almanac(['--json', 'launch', 'list', '--limit', '1']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).launches).toHaveLength(1);
  });

  it('takes --to once per zone or comma-separated, before or after the launch', () => {
    const a = almanac(['tz', '--to', 'EST', 'Apollo 11', '--json']);
    expect(a.code, a.stderr).toBe(0);
    const b = almanac(['tz', '--to', 'EST,Asia/Tokyo', 'Apollo 11', '--json']);
    const c = almanac(['tz', 'Apollo 11', '--to', 'EST', '--to', 'Asia/Tokyo', '--json']);
    expect(b.code).toBe(0);
    expect(b.stdout).toBe(c.stdout);
    const zones = JSON.parse(b.stdout).rows.map((r: { label: string }) => r.label);
    expect(zones).toEqual(expect.arrayContaining(['EST', 'Asia/Tokyo']));
  });

  it('runs every example it shows, exit 0', () => {
    const home = mkdtempSync(join(tmpdir(), 'almanac-examples-'));
    mkdirSync(join(home, '.config', 'fish', 'completions'), { recursive: true });
    // `launch next` examples answer from a fresh list of upcoming launches (synthetic), never the network.
    const data = join(home, '.local', 'share', 'launch-almanac');
    mkdirSync(data, { recursive: true });
    const soon = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
    const upcoming = (id: string, name: string, net: string) => ({ id, name, net, precision: 'second', status: 'Go for Launch', probability: null, vehicle: 'Zzrocket-1', provider: null, mission: null, pad: 'Zz Pad 1', location: 'Zz Range', timeZone: 'Asia/Almaty' });
    writeFileSync(join(data, 'upcoming.json'), JSON.stringify({
      fetchedAt: new Date().toISOString(),
      url: 'https://ll.thespacedevs.com/2.3.0/launches/upcoming/?limit=30&mode=normal',
      launches: [upcoming('00000000-0000-4000-8000-00000000000a', 'Zzrocket-1 | Zzsat A', soon(5)), upcoming('00000000-0000-4000-8000-00000000000b', 'Zzrocket-1 | Zzsat B', soon(30))],
    }));
    const examples = new Set<string>();
    for (const args of COMMANDS) {
      const r = almanac([...args, '--help'], { COLUMNS: '200' });
      for (const m of r.stdout.matchAll(/^ {2}\$ (.+)$/gm)) examples.add(m[1]!);
    }
    expect(examples.size).toBeGreaterThan(40);
    const failed: string[] = [];
    for (const example of examples) {
      const script = `set -o pipefail; almanac() { ${JSON.stringify(process.execPath)} ${JSON.stringify(join(ROOT, 'bin', 'almanac.js'))} "$@"; }; fpath=(${JSON.stringify(home)} ${JSON.stringify(home)}); ${example} > /dev/null`;
      const r = spawnSync('bash', ['-c', script], {
        cwd: home,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, HOME: home, XDG_CACHE_HOME: CACHE_HOME, LANG: 'C.UTF-8', TZ: 'UTC' },
      });
      if (r.status !== 0) failed.push(`${example}: exit ${r.status}\n${r.stderr}`);
    }
    expect(failed).toEqual([]);
  });
});
