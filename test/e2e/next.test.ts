// `almanac launch next` and `launch upcoming` against a local server of Launch Library 2's
// upcoming list: online, from the cache while it is fresh, offline from the cache with its age,
// and never fetched (exit 1).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { almanacAsync, SourceServer } from './sourceServer.js';

const UPCOMING = '/ll2/launches/upcoming/?limit=30&mode=normal';
const home = () => mkdtempSync(join(tmpdir(), 'almanac-next-'));

/** Upcoming launches in the API's "normal" form, with synthetic names, from now on. */
function page(now: number): string {
  const at = (h: number) => new Date(now + h * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const launch = (id: string, name: string, net: string, extra: Record<string, unknown> = {}) => ({
    id,
    name,
    net,
    net_precision: { id: 0, name: 'Second', abbrev: 'SEC' },
    status: { id: 1, name: 'Go for Launch', abbrev: 'Go' },
    probability: 90,
    launch_service_provider: { id: 1, name: 'Zz Launch Agency' },
    rocket: { id: 1, configuration: { id: 1, name: 'Zzrocket-1', full_name: 'Zzrocket-1 Block Z' } },
    mission: { id: 1, name: `${name} mission`, type: 'Test Flight' },
    pad: { id: 1, name: 'Zz Pad 1', location: { id: 1, name: 'Zz Test Range, Kazakhstan', timezone_name: 'Asia/Almaty' } },
    ...extra,
  });
  return JSON.stringify({
    count: 3,
    next: null,
    previous: null,
    results: [
      launch('00000000-0000-4000-8000-0000000000b2', 'Zzrocket-1 | Zzsat Two', at(50), { probability: null, net_precision: { id: 2, name: 'Day' } }),
      launch('00000000-0000-4000-8000-0000000000b1', 'Zzrocket-1 | Zzsat One', at(26.5)),
      launch('00000000-0000-4000-8000-0000000000b0', 'Zzrocket-1 | Gone Already', at(-5)),
    ],
  });
}

let server: SourceServer;
beforeAll(async () => {
  server = await new SourceServer().start();
  server.routes.set(UPCOMING, { body: page(Date.now()) });
});
afterAll(async () => {
  await server.stop();
});

describe('almanac launch next', () => {
  const dataHome = home();
  const env = () => ({ XDG_DATA_HOME: dataHome, ALMANAC_LL2_URL: `${server.base}/ll2/`, ALMANAC_HTTP_TIMEOUT: '1', ALMANAC_HTTP_BACKOFF: '0.05' });

  it('says plainly that the list was never fetched when Launch Library 2 cannot be read (exit 1)', async () => {
    const r = await almanacAsync(['launch', 'next'], { ...env(), ALMANAC_LL2_URL: `${server.base}/nothing-here/` });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: the upcoming launches were never fetched, and Launch Library 2 cannot be read now: 127\.0\.0\.1:\d+ answered 404 for \/nothing-here\/launches\/upcoming\/\nhint: .+\n$/);
  });

  it('online: the next launch with its countdown, status, vehicle, site and the times table', async () => {
    const from = server.log.length;
    const r = await almanacAsync(['launch', 'next', '--tz', 'America/New_York'], env());
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Zzrocket-1 \| Zzsat One {2}T-1d 02:(29|30):\d\d\n/);
    expect(r.stdout).toContain('Status      Go for Launch · 90% probability');
    expect(r.stdout).toContain('Vehicle     Zzrocket-1 Block Z (Zz Launch Agency)');
    expect(r.stdout).toContain('Site        Zz Pad 1, Zz Test Range, Kazakhstan');
    expect(r.stdout).toMatch(/│ launch site │ Asia\/Almaty +│/);
    expect(r.stdout).toMatch(/│ you +│ America\/New_York +│/);
    expect(r.stdout).toMatch(/From Launch Library 2's upcoming launches \(fetched .* UTC, \d+ s ago\)\n$/);
    expect(r.stdout).not.toContain('Gone Already');
    expect(server.requests('/ll2/', from)).toHaveLength(1);
    const j = JSON.parse((await almanacAsync(['launch', 'next', '2', '--json'], env())).stdout);
    expect(j.launches.map((l: { name: string }) => l.name)).toEqual(['Zzrocket-1 | Zzsat One', 'Zzrocket-1 | Zzsat Two']);
    expect(j.launches[1]).toMatchObject({ precision: 'day', probability: null, countdown: expect.stringMatching(/^T-[12]d \(day\)$/) });
    expect(j.launches[0].times.map((t: { label: string }) => t.label)).toEqual(['UTC', 'launch site', 'you']);
    expect(j.from).toBe('online');
    // More asked for than the list holds: the text says so.
    const many = await almanacAsync(['launch', 'next', '9'], env());
    expect(many.stdout).toMatch(/\n9 were asked for; the list holds only \d\.\n/);
  });

  it('answers from the cache for a few minutes without asking again', async () => {
    const from = server.log.length;
    const r = await almanacAsync(['launch', 'upcoming'], { ...env(), COLUMNS: '200' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/│ T-1d 02:(29|30):\d\d +│ \d{4}-\d\d-\d\d \d\d:\d\d:\d\d +│ Zzrocket-1 \| Zzsat One +│ Go for Launch +│ Zz Pad 1, Zz Test Range, Kazakhstan +│/);
    expect(r.stdout).toContain('Zzsat Two');
    // Every line fits the width.
    for (const columns of ['100', '40']) {
      const narrow = await almanacAsync(['launch', 'upcoming'], { ...env(), COLUMNS: columns });
      for (const line of narrow.stdout.trimEnd().split('\n')) expect(line.length, line).toBeLessThanOrEqual(Number(columns));
    }
    expect(server.requests('/ll2/', from)).toHaveLength(0);
  });

  it('offline: shows the list last fetched and says how old it is', async () => {
    // Launch Library 2 does not answer in time (as when offline), and the cache is due for a refresh.
    server.routes.set(UPCOMING, { body: page(Date.now()), delay: 3000 });
    const offline = { ...env(), ALMANAC_UPCOMING_MAX_AGE: '0', ALMANAC_HTTP_TIMEOUT: '0.3' };
    const r = await almanacAsync(['launch', 'upcoming', '--limit', '1'], { ...offline, COLUMNS: '200' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Zzsat One');
    expect(r.stdout).not.toContain('Zzsat Two');
    expect(r.stdout).toMatch(/Offline: Launch Library 2's list as fetched \d{4}-\d\d-\d\d \d\d:\d\d UTC, \d+ s ago\n$/);
    const j = JSON.parse((await almanacAsync(['launch', 'next', '--json'], offline)).stdout);
    expect(j).toMatchObject({ from: 'offline', reason: expect.stringContaining('sent nothing for 0.3 s') });
    expect(j.age).toBeGreaterThanOrEqual(0);
  });
});
