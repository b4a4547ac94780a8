// `almanac data update` against a local server of recorded responses (sourceServer.ts): a good
// update, a second one that downloads nothing, each failure leaving the dataset in use
// byte-identical, a rate limit resumed, --check, --revert, a proxy, and two updates at once.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as http from 'node:http';
import { once } from 'node:events';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { almanac, CACHE_HOME, dataset, ROOT } from '../helpers.js';
import { almanacAsync, bundledTail, goodRoutes, launchTsv, LL2_ASTRONAUTS_PATH, LL2_CREWED_PATH, SUBORBITAL_TAG, LL2_LAUNCHES_PATH, LL2_PAGE2, newRows, SourceServer, sourceEnv, tsvRow } from './sourceServer.js';

const home = () => mkdtempSync(join(tmpdir(), 'almanac-update-'));

/** Every file of the dataset in use, by path, hashed: what "byte-identical" compares. */
function snapshot(dataHome: string): Record<string, string> {
  const root = join(dataHome, 'launch-almanac');
  const link = readlinkSync(join(root, 'current'));
  const out: Record<string, string> = { '(link)': link };
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir)) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p, `${rel}${e}/`);
      else out[`${rel}${e}`] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(join(root, link), '');
  return out;
}

let server: SourceServer;
beforeAll(async () => {
  server = await new SourceServer().start();
});
afterAll(async () => {
  await server.stop();
});

const horizon = dataset.meta().summary.last!.time.slice(0, 10);
const added = newRows();

describe('almanac data update', () => {
  const dataHome = home();
  let env: Record<string, string>;

  it('fetches, builds, checks and switches to a dataset with the launches since the horizon', async () => {
    goodRoutes(server);
    env = sourceEnv(server, dataHome);
    const from = server.log.length;
    const r = await almanacAsync(['data', 'update'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Updated to dataset 2026.05.05 (bundled 2026.03.08)');
    expect(r.stdout).toContain(`${(dataset.launches().length + 3).toLocaleString('en-US')} launches, 3 new since the bundled data`);
    expect(r.stdout).toMatch(/3 of the new launches joined to Launch Library 2, 1 crewed/);
    const flat = r.stdout.replace(/\s+/g, ' ');
    expect(flat).toContain("People: 5 seats added from Launch Library 2's crews (4 people new to the almanac; 1 crewed suborbital flight added); 5 seats that were in space on the bundled data's last day have landed since");
    expect(r.stdout).toMatch(/^9 requests in [\d.]+ s: 9 downloaded \(\d+ kB\), 0 unchanged since the last update/m);
    expect(r.stdout).toMatch(/^Folder: .*launch-almanac$/m);
    expect(flat).toContain('Kept: Zhang Lu: born 1976-11-01 in the bundled data, 1976-06-01 in Launch Library 2 now; the bundled date is kept');
    expect(flat).toContain(`Left out: Zz Thirdnaut on Crewtest 1 (${added[1]!.tag}): Launch Library 2 gives no landing and does not say the person is in space; seat not added`);
    // Every GCAT file once, the launch list gzipped; LL2's two pages of launches and its people.
    const asked = server.log.slice(from).map((l) => l.path);
    expect(asked).toEqual(['/gcat/launch/launch.tsv', '/gcat/tables/sites.tsv', '/gcat/tables/lp.tsv', '/gcat/tables/lv.tsv', '/gcat/tables/orgs.tsv', LL2_LAUNCHES_PATH, LL2_PAGE2, LL2_CREWED_PATH, LL2_ASTRONAUTS_PATH]);
    expect(server.log[from]!.headers['accept-encoding']).toBe('gzip');

    // The new launches are found, listed and counted; the bundled ones are all still there.
    const show = almanac(['launch', 'show', 'Testbird Mission', '--json'], env);
    expect(show.code).toBe(0);
    expect(JSON.parse(show.stdout)).toMatchObject({ launch: { id: added[0]!.tag, title: 'Testbird Mission', time: '2026-04-01T12:00:00Z' } });
    const crewed = JSON.parse(almanac(['launch', 'show', 'Crewtest 1', '--json'], env).stdout);
    expect(crewed.launch.crewed).toBe(true);
    const zz = JSON.parse(almanac(['launch', 'show', 'Zzsat 1', '--json'], env).stdout);
    expect(zz.launch).toMatchObject({ site: 'ZZSITE', vehicle: 'Zzrocket-1', outcome: 'failure' });
    const list = almanac(['launch', 'list', '--from', '2026-04'], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain('Testbird Mission');
    expect(list.stdout).toContain('Zzsat 1');
    expect(list.stderr).toBe('');
    const info = JSON.parse(almanac(['data', 'info', '--json'], env).stdout);
    expect(info.coverage.last.time.slice(0, 10)).toBe('2026-05-05');
    expect(info.launches).toBe(dataset.launches().length + 3);
    expect(info.inUse).toMatchObject({ kind: 'updated', bundled: '2026.03.08' });
    expect(info.inUse.fetchedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(info.sources.map((s: { file: string }) => s.file)).toEqual(expect.arrayContaining(['gcat/launchlog.tsv', 'gcat/sites.tsv', 'gcat/launch.tsv (fetched)', 'gcat/sites.tsv (fetched)', 'll2/crewed launches (API)']));
    expect(info.sources.find((s: { file: string }) => s.file === 'gcat/launch.tsv (fetched)').covers).toBe('2026-05-05');
    expect(new Set(info.sources.map((s: { file: string }) => s.file)).size).toBe(info.sources.length);
    const text = almanac(['data', 'info'], env).stdout;
    expect(text).toMatch(/^In use: updated by `almanac data update`, fetched \d{4}-\d\d-\d\d \d\d:\d\d UTC, built on the bundled\s+2026\.03\.08/m);
    expect(text).toMatch(/^Folder: .*launch-almanac\/datasets\//m);
    // The bundled launches, unchanged: every one of them, and the same values.
    const after = JSON.parse(almanac(['launch', 'list', '--json'], env).stdout).launches as { id: string }[];
    const ids = new Set(after.map((l) => l.id));
    expect(dataset.launches().every((l) => ids.has(l.id))).toBe(true);
    expect(JSON.parse(almanac(['launch', 'show', 'Soyuz TM-14', '--json'], env).stdout).launch.id).toBe('1992-014');
    // Other commands read the new dataset too, and the bundled data/ is untouched.
    expect(almanac(['launch', 'show', 'Testbird Mission'], { XDG_DATA_HOME: home() }).code).toBe(1);
  });

  it("adds the people and seats of Launch Library 2's crews since the horizon, and lands the seats that were in space", () => {
    const bio = (name: string) => {
      const r = almanac(['crew', 'bio', name, '--json'], env);
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout);
    };
    const bundledBio = (name: string) => JSON.parse(almanac(['crew', 'bio', name, '--json'], { XDG_DATA_HOME: home() }).stdout);
    const crewtest = added[1]!.tag;
    const testbird = added[0]!.tag;
    const seconds = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;

    // A new person: role in LL2's words, today's state and agency for a seat of today, and in
    // space, as LL2 says (no landing anywhere).
    const first = bio('Zz Testnaut');
    expect(first.person).toMatchObject({ name: 'Zz Testnaut', born: '1990-02-03', bornPrecision: 'day', nationality: [{ code: 'US' }], reference: null });
    expect(first.flights).toHaveLength(1);
    expect(first.flights[0]).toMatchObject({ launch: { id: crewtest }, role: 'commander', roleSource: 'll2', outcome: 'in space', landing: null, seconds: null });
    expect(first.flights[0].agency).toEqual({ abbrev: 'ZZAG', name: 'Zz Launch Agency' });
    // A swap LL2 records: up on Crewtest 1, home in Testbird 1's vehicle; the duration is landing minus launch.
    const second = bio('Zz Secondnaut');
    expect(second.flights[0]).toMatchObject({ role: 'mission specialist', outcome: 'returned', landedIn: { id: testbird }, landedInSource: 'll2', landing: '2026-05-03T06:00:00Z' });
    expect(second.flights[0].seconds).toBe(seconds('2026-04-20T08:30:15Z', '2026-05-03T06:00:00Z'));
    expect(second.seconds).toBe(second.flights[0].seconds);
    expect(second.complete).toBe(true);
    // No landing and not in space: the seat is not invented, and nobody is added.
    const third = almanac(['crew', 'bio', 'Zz Thirdnaut'], env);
    expect(third.code).toBe(1);

    // A bundled person's new flight: appended, with the agency by its name of 2026, and the total grown.
    const before = bundledBio('Aleksandr Kaleri');
    const kaleri = bio('Aleksandr Kaleri');
    expect(kaleri.flights).toHaveLength(before.flights.length + 1);
    expect(kaleri.flights.slice(0, -1)).toEqual(before.flights);
    const sixth = kaleri.flights.at(-1);
    expect(sixth).toMatchObject({ launch: { id: crewtest }, role: 'flight engineer', outcome: 'returned', landedInSource: 'same', landing: '2026-05-01T10:00:00Z' });
    expect(sixth.agency.name).toBe('State Space Corporation Roscosmos');
    expect(kaleri.seconds).toBe(before.seconds + seconds('2026-04-20T08:30:15Z', '2026-05-01T10:00:00Z'));
    expect(kaleri.person.native).toBe(before.person.native);

    // Bundled seats in space on 2026-03-08: landed where LL2 gives the landing.
    const meir = bio('Jessica Meir');
    const crew12 = meir.flights.at(-1);
    expect(bundledBio('Jessica Meir').flights.at(-1).outcome).toBe('in space');
    expect(crew12).toMatchObject({ launch: { id: '2026-031' }, outcome: 'returned', landedIn: { id: '2026-031' }, landing: '2026-04-15T12:00:00Z', role: 'commander', roleSource: 'crew-facts' });
    expect(crew12.seconds).toBe(seconds('2026-02-13T10:15:55Z', '2026-04-15T12:00:00Z'));
    // Home in the vehicle the bundled facts name (Shenzhou 22), at the time LL2 gives. LL2's
    // record gives another birth date: the same person (a seat on a launch it lists), whose bundled birth stays.
    const zhang = bio('Zhang Lu');
    expect(zhang.person.born).toBe(bundledBio('Zhang Lu').person.born);
    expect(zhang.flights.at(-1)).toMatchObject({ launch: { id: '2025-246' }, landedIn: { id: '2025-272' }, landedInSource: 'crew-facts', landing: '2026-04-30T09:00:00Z', outcome: 'returned' });
    // Shenzhou 22 brought home Zhang Lu only: the others assigned to it are still up.
    const sz22 = JSON.parse(almanac(['launch', 'show', '2025-272', '--json'], env).stdout);
    expect(sz22.crew.returned.map((r: { person: { name: string } }) => r.person.name)).toEqual(['Zhang Lu']);
    expect(JSON.parse(almanac(['launch', 'show', '2025-272', '--json'], { XDG_DATA_HOME: home() }).stdout).crew.returned).toEqual([]);
    // Still up: Soyuz MS-28 has not landed, and nothing says where Wu Fei came home.
    for (const name of ['Sergey Kud-Sverchkov', 'Christopher Williams', 'Wu Fei']) expect(bio(name).flights.at(-1).outcome).toBe('in space');

    // The launch shows its crew; the counts and the report agree.
    const show = JSON.parse(almanac(['launch', 'show', 'Crewtest 1', '--json'], env).stdout);
    expect(show.crew.crew.map((c: { person: { name: string } }) => c.person.name).sort()).toEqual(['Aleksandr Kaleri', 'Zz Secondnaut', 'Zz Testnaut']);
    // One of three still up: the text names who, not "the crew".
    expect(almanac(['launch', 'show', 'Crewtest 1'], env).stdout).toContain('Still in space on the data’s last day: Zz Testnaut.');
    const info = JSON.parse(almanac(['data', 'info', '--json'], env).stdout);
    const bundledInfo = JSON.parse(almanac(['data', 'info', '--json'], { XDG_DATA_HOME: home() }).stdout);
    expect(info.counts.people).toBe(bundledInfo.counts.people + 4);
    expect(info.counts.seats).toBe(bundledInfo.counts.seats + 5);

    // A crewed suborbital flight since: GCAT's apogee (above 100 km), LL2's crew and capsule landing.
    expect(info.counts.suborbital).toBe(bundledInfo.counts.suborbital + 1);
    expect(info.suborbital).toMatchObject({ karman: bundledInfo.suborbital.karman + 1, belowKarman: bundledInfo.suborbital.belowKarman });
    const hopper = bio('Zz Hopper');
    expect(hopper.flights[0]).toMatchObject({ launch: { id: SUBORBITAL_TAG, category: 'suborbital' }, role: 'spaceflight participant', roleSource: 'll2', landing: '2026-04-25T15:10:12Z', seconds: 612, outcome: 'returned' });
    expect(bio('Zz Hopper Two').flights[0]).toMatchObject({ launch: { id: SUBORBITAL_TAG }, role: 'spaceflight participant', roleSource: 'vehicle-rule', seconds: 612 });
  });

  it('downloads nothing the second time: conditional requests get 304, Launch Library 2 is not asked', async () => {
    const before = snapshot(dataHome);
    const from = server.log.length;
    const r = await almanacAsync(['data', 'update', '--json'], env);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.status).toBe('up-to-date');
    // Nothing rebuilt: the report is the dataset in use's.
    expect(j).toMatchObject({ dataset: '2026.05.05', launches: dataset.launches().length + 3, added: 3, ll2Joined: 3, crewed: 1, bytes: 0 });
    expect(j.downloads.every((d: { status: number }) => d.status === 304)).toBe(true);
    const asked = server.log.slice(from);
    expect(asked.map((l) => l.status)).toEqual([304, 304, 304, 304, 304]);
    expect(asked[0]!.headers['if-none-match']).toBe('"list-1"');
    expect(asked[1]!.headers['if-modified-since']).toBe('Fri, 01 May 2026 01:00:00 GMT');
    expect(asked.reduce((n, l) => n + l.bytes, 0)).toBe(0);
    expect(snapshot(dataHome)).toEqual(before);
  });

  it('--check says what is new and writes nothing', async () => {
    const fresh = home();
    const r = await almanacAsync(['data', 'update', '--check'], sourceEnv(server, fresh));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Would update to 2026.05.05');
    expect(r.stdout).toContain('Newest launch:');
    expect(r.stdout).toContain('Nothing was written (--check).');
    expect(existsSync(join(fresh, 'launch-almanac'))).toBe(false);
    // Where an update is current, --check says so, as the update itself would.
    const before = snapshot(dataHome);
    const again = await almanacAsync(['data', 'update', '--check', '--json'], env);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'up-to-date', dataset: '2026.05.05', bytes: 0 });
    expect((await almanacAsync(['data', 'update', '--check'], env)).stdout).toContain('Already up to date: dataset 2026.05.05');
    expect(snapshot(dataHome)).toEqual(before);
  });

  it('a rate limit before any dataset was built: the next run asks only for what it lacks', async () => {
    const fresh = home();
    const freshEnv = sourceEnv(server, fresh);
    goodRoutes(server);
    const people = server.routes.get('/ll2/astronauts/#0')!;
    server.routes.set('/ll2/astronauts/#0', { status: 429, body: '{"detail":"Request was throttled. Expected available in 3000 seconds."}' });
    const limited = await almanacAsync(['data', 'update'], freshEnv);
    expect(limited.code).toBe(4);
    expect(limited.stderr).toMatch(/^error: Launch Library 2's rate limit was reached at page 1 of its people; what was fetched before it is kept, and the dataset in use is unchanged\nhint: run `almanac data update` again after \d\d:\d\d UTC: it goes on from there\n$/);
    server.routes.set('/ll2/astronauts/#0', people);
    const from = server.log.length;
    const resumed = await almanacAsync(['data', 'update'], freshEnv);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    // GCAT's files are asked for conditionally (304); of Launch Library 2, only the people.
    expect(server.requests('/ll2/', from).map((l) => l.path)).toEqual([LL2_ASTRONAUTS_PATH]);
    expect(server.requests('/gcat/', from).every((l) => l.status === 304)).toBe(true);
    expect(JSON.parse(almanac(['crew', 'bio', 'Zz Testnaut', '--json'], freshEnv).stdout).person.name).toBe('Zz Testnaut');
  });

  describe('a failing source leaves the dataset in use byte-identical, with a one-line error (exit 4)', () => {
    const cases: [string, () => void, RegExp][] = [
      ['a 500', () => server.routes.set('/gcat/launch/launch.tsv', { status: 500, body: 'oops' }), /^error: cannot update: GCAT launch\/launch\.tsv: 127\.0\.0\.1:\d+ answered 500 for \/gcat\/launch\/launch\.tsv; the dataset in use is unchanged\n/],
      ['a slow response', () => server.routes.set('/gcat/launch/launch.tsv', { body: launchTsv(), delay: 3000 }), /^error: cannot update: GCAT launch\/launch\.tsv: 127\.0\.0\.1:\d+ sent nothing for 1 s; the dataset in use is unchanged\n/],
      ['a truncated body', () => server.routes.set('/gcat/launch/launch.tsv', { body: launchTsv({ updated: '2026 May 11 0100:00' }), truncate: 2000, etag: '"list-2"' }), /^error: cannot update: GCAT launch\/launch\.tsv: 127\.0\.0\.1:\d+ (closed the connection after|sent) \d+ .*; the dataset in use is unchanged\n/],
      ['malformed rows', () => server.routes.set('/gcat/launch/launch.tsv', { body: launchTsv({ extra: ['2026-999\tbroken row'] }), etag: '"list-3"' }), /^error: cannot update: gcat\/launch\.tsv:\d+: .*; the dataset in use is unchanged\n/],
      ['a bad date', () => server.routes.set('/gcat/launch/launch.tsv', { body: launchTsv({ extra: [tsvRow({ ...newRows()[0]!, tag: '2026-998', date: '2026 Foo 31' })] }), etag: '"list-4"' }), /^error: cannot update: gcat\/launch\.tsv:\d+: bad launch date "2026 Foo 31"; the dataset in use is unchanged\n/],
      ['a list that lacks launches', () => server.routes.set('/gcat/launch/launch.tsv', { body: launchTsv().split('\n').filter((l, i) => i < 10 || i > 30).join('\n'), etag: '"list-5"' }), /^error: cannot update: the new dataset fails its checks: gcat\/launch\.tsv lacks \d+ launches the bundled data has/],
      ['a list that no longer has a crewed launch', () => {
        const crewed = bundledTail().find((l) => l.crewed)!;
        server.routes.set('/gcat/launch/launch.tsv', { body: launchTsv({ drop: crewed.id }), etag: '"list-5b"' });
      }, /^error: cannot update: the new dataset fails its checks: gcat\/launch\.tsv no longer lists \d{4}-\d{3}, which the bundled crews or milestones name;/],
      ['a malformed Launch Library 2 page', () => {
        server.routes.set('/gcat/launch/launch.tsv', { body: launchTsv({ updated: '2026 May 12 0100:00' }), etag: '"list-6"' });
        server.routes.set('/ll2/launches/previous/#0', { body: '{"count": 3, "results": [{"oops": 1}]}' });
      }, /^error: cannot update: Launch Library 2 launches, page 1: result 1 has no id or name; the dataset in use is unchanged\n/],
    ];
    for (const [what, setUp, message] of cases) {
      it(what, async () => {
        goodRoutes(server);
        setUp();
        const before = snapshot(dataHome);
        const r = await almanacAsync(['data', 'update'], env);
        expect(r.code).toBe(4);
        expect(r.stdout).toBe('');
        expect(r.stderr).toMatch(message);
        expect(r.stderr.split('\n')).toHaveLength(3); // error, hint, end
        expect(r.stderr).toMatch(/\nhint: .+\n$/);
        expect(snapshot(dataHome)).toEqual(before);
        expect(readdirSync(join(dataHome, 'launch-almanac', 'datasets')).filter((e) => e.startsWith('.'))).toEqual([]);
        expect(existsSync(join(dataHome, 'launch-almanac', 'update.lock'))).toBe(false);
      });
    }

    it('offline (nothing listening)', async () => {
      const before = snapshot(dataHome);
      const closed = http.createServer();
      closed.listen(0, '127.0.0.1');
      await once(closed, 'listening');
      const port = (closed.address() as AddressInfo).port;
      closed.close();
      const r = await almanacAsync(['data', 'update'], { ...env, ALMANAC_GCAT_URL: `http://127.0.0.1:${port}/` });
      expect(r.code).toBe(4);
      expect(r.stderr).toMatch(/^error: cannot update: GCAT launch\/launch\.tsv: cannot reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\); the dataset in use is unchanged\nhint: check the connection \(and HTTPS_PROXY\), then run `almanac data update` again\n$/);
      expect(snapshot(dataHome)).toEqual(before);
    });
  });

  it('retries a 500 and a cut connection, and succeeds when the source recovers', async () => {
    goodRoutes(server, { etag: '"list-7"', launchTsv: launchTsv({ updated: '2026 May 13 0100:00' }) });
    const good = server.routes.get('/gcat/launch/launch.tsv')!;
    let asked = 0;
    server.routes.set('/gcat/launch/launch.tsv', () => (++asked === 1 ? { status: 503, body: 'busy' } : asked === 2 ? { ...(good as object), truncate: 100 } : (good as never)));
    const r = await almanacAsync(['data', 'update'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Updated to dataset 2026.05.05');
  });

  it("waits out Launch Library 2's 429 (Retry-After), or keeps the pages fetched and resumes from the next one", async () => {
    // A new launch list, so that LL2 is asked again.
    goodRoutes(server, { etag: '"list-8"', launchTsv: launchTsv({ updated: '2026 May 14 0100:00' }) });
    const page2 = server.routes.get('/ll2/launches/previous/#2')!;
    let asked = 0;
    // The wait named only in the body, as Django REST framework words it (the header case is below).
    server.routes.set('/ll2/launches/previous/#2', () => (++asked === 1 ? { status: 429, body: '{"detail":"Request was throttled. Expected available in 1 second."}' } : (page2 as never)));
    let from = server.log.length;
    const waited = await almanacAsync(['data', 'update'], env);
    expect(waited.code).toBe(0);
    expect(server.requests('/ll2/launches/previous/?net__gte', from).map((l) => l.status)).toEqual([200, 429, 200]);

    goodRoutes(server, { etag: '"list-9"', launchTsv: launchTsv({ updated: '2026 May 15 0100:00' }) });
    server.routes.set('/ll2/launches/previous/#2', { status: 429, body: '{"detail":"Request was throttled."}', headers: { 'retry-after': '3600' } });
    const before = snapshot(dataHome);
    from = server.log.length;
    const limited = await almanacAsync(['data', 'update'], env);
    expect(limited.code).toBe(4);
    expect(limited.stderr).toMatch(/^error: Launch Library 2's rate limit was reached at page 2 of its launches; what was fetched before it is kept, and the dataset in use is unchanged\nhint: run `almanac data update` again after \d\d:\d\d UTC: it goes on from there\n$/);
    expect(snapshot(dataHome)).toEqual(before);
    // The next run asks for page 2 only, not page 1 again.
    goodRoutes(server, { etag: '"list-9"', launchTsv: launchTsv({ updated: '2026 May 15 0100:00' }) });
    from = server.log.length;
    const resumed = await almanacAsync(['data', 'update'], env);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect(server.requests('/ll2/launches/previous/?net__gte', from).map((l) => l.path)).toEqual([LL2_PAGE2]);
    expect(server.requests('/gcat/launch', from).map((l) => l.status)).toEqual([304]);
  });

  it('two updates at once: one runs, the other says so; the dataset is whole', async () => {
    goodRoutes(server, { etag: '"list-10"', launchTsv: launchTsv({ updated: '2026 May 16 0100:00' }) });
    const slow = server.routes.get('/gcat/launch/launch.tsv')!;
    server.routes.set('/gcat/launch/launch.tsv', { ...(slow as object), delay: 400 });
    const [a, b] = await Promise.all([almanacAsync(['data', 'update'], { ...env, ALMANAC_HTTP_TIMEOUT: '5' }), almanacAsync(['data', 'update'], { ...env, ALMANAC_HTTP_TIMEOUT: '5' })]);
    const codes = [a.code, b.code].sort();
    expect(codes[0]).toBe(0);
    for (const r of [a, b]) {
      if (r.code !== 0) {
        expect(r.code).toBe(3);
        expect(r.stderr).toMatch(/^error: another update is running \(process \d+\): it was left as it is\nhint: wait for the other `almanac data update` to finish, then run it again\n$/);
      }
    }
    expect(almanac(['launch', 'show', 'Testbird Mission'], env).code).toBe(0);
    expect(almanac(['data', 'info'], env).code).toBe(0);
  });

  it('goes through HTTP_PROXY unless NO_PROXY names the host', async () => {
    goodRoutes(server, { etag: '"list-11"', launchTsv: launchTsv({ updated: '2026 May 17 0100:00' }) });
    const seen: string[] = [];
    const proxy = http.createServer((req, res) => {
      seen.push(req.url!);
      const up = http.request(req.url!, { method: req.method, headers: req.headers }, (r) => {
        res.writeHead(r.statusCode!, r.headers);
        r.pipe(res);
      });
      req.pipe(up);
    });
    proxy.listen(0, '127.0.0.1');
    await once(proxy, 'listening');
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    try {
      const r = await almanacAsync(['data', 'update', '--check'], { ...env, HTTP_PROXY: proxyUrl });
      expect(r.code).toBe(0);
      expect(seen[0]).toBe(`${server.base}/gcat/launch/launch.tsv`);
      const n = seen.length;
      const direct = await almanacAsync(['data', 'update', '--check'], { ...env, HTTP_PROXY: proxyUrl, NO_PROXY: 'localhost,127.0.0.1' });
      expect(direct.code).toBe(0);
      expect(seen.length).toBe(n);
    } finally {
      proxy.closeAllConnections();
      proxy.close();
    }
  });

  it('draws a progress line on stderr only on a terminal (script(1) pseudo-terminal), and none with --quiet', async () => {
    goodRoutes(server);
    const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const run = async (extra: string[]) => {
      const env = { ...sourceEnv(server, home()), PATH: process.env.PATH!, HOME: process.env.HOME!, XDG_CACHE_HOME: CACHE_HOME, LANG: 'C.UTF-8', TZ: 'UTC', TERM: 'xterm' };
      const cmd = `stty cols 60 rows 20; ${quote(process.execPath)} ${quote(join(ROOT, 'bin', 'almanac.js'))} data update ${extra.join(' ')}`;
      const child = spawn('script', ['-qec', cmd, '/dev/null'], { cwd: ROOT, env });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      const [code] = (await once(child, 'close')) as [number | null];
      expect(code, out).toBe(0);
      return out;
    };
    const tty = await run([]);
    expect(tty).toMatch(/\rGCAT launch\/launch\.tsv: [^\r\n]*\u001b\[K/);
    expect(tty).toMatch(/\rLaunch Library 2 launches, page 2: [^\r\n]*\u001b\[K/);
    // Each status line fits the terminal (59 columns, the cursor's column kept free).
    for (const m of tty.matchAll(/\r([^\r\n\u001b]*)\u001b\[K/g)) expect(m[1]!.length).toBeLessThanOrEqual(59);
    expect(tty).toContain('Updated to dataset 2026.05.05');
    const quiet = await run(['--quiet']);
    expect(quiet).not.toContain('\u001b[K');
    expect(quiet).toContain('Updated to dataset 2026.05.05');
  });

  it('--revert goes back to the bundled dataset; a miss past its horizon suggests `almanac data update`', async () => {
    const r = await almanacAsync(['data', 'update', '--revert'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Back to the bundled dataset; the updated one was removed.\n');
    const info = JSON.parse(almanac(['data', 'info', '--json'], env).stdout);
    expect(info.inUse.kind).toBe('bundled');
    expect(info.coverage.last.time.slice(0, 10)).toBe(horizon);
    const miss = almanac(['launch', 'show', 'Testbird Mission'], env);
    expect(miss.code).toBe(1);
    expect(miss.stderr).toContain('almanac data update');
    expect((await almanacAsync(['data', 'update', '--revert'], env)).stdout).toBe('The bundled dataset is already in use; nothing to revert.\n');
  });

  it('keeps the bundled launches GCAT still lists, and says which it no longer lists', async () => {
    const named = new Set([...dataset.people().flatMap((p) => p.flights.map((f) => f.launch)), ...dataset.events().flatMap((e) => e.launches)]);
    const gone = bundledTail().filter((l) => !named.has(l.id)).at(-5)!.id;
    goodRoutes(server, { etag: '"list-12"', launchTsv: launchTsv({ drop: gone, updated: '2026 May 18 0100:00' }) });
    const r = await almanacAsync(['data', 'update', '--check', '--json'], env);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.removed).toEqual([gone]);
    expect(j.corrected).toBe(0);
    expect(j.launches).toBe(dataset.launches().length + 2);
  });
});
