// A local HTTP server on 127.0.0.1 (a random port) serving recorded responses in the real
// formats of GCAT's files and Launch Library 2's API, for `data update` and `launch next`
// tests. The GCAT launch list is written at test time from the bundled data's own launches
// (facts, in launch.tsv's format) plus launches after the bundled horizon with clearly synthetic
// names; Launch Library 2's pages hold synthetic launches and people. Tests never reach the network.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Launch } from '../../src/data/types.js';
import { dataset, ROOT, CACHE_HOME, type CliResult } from '../helpers.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A launch time in GCAT's form: "2026 Apr  1 1200:00", "2026 Apr  1 1200", "2026 Apr  1", "2026 Apr". */
export function gcatDate(time: string, precision: Launch['precision'], uncertain = false): string {
  const [y, mo, d] = [time.slice(0, 4), Number(time.slice(5, 7)), Number(time.slice(8, 10))];
  let s = `${y} ${MONTHS[mo - 1]}`;
  if (precision !== 'month') s += ` ${String(d).padStart(2, ' ')}`;
  if (precision === 'minute' || precision === 'second') s += ` ${time.slice(11, 13)}${time.slice(14, 16)}`;
  if (precision === 'second') s += `:${time.slice(17, 19)}`;
  return uncertain ? `${s}?` : s;
}

const HEADER = '#Launch_Tag\tLaunch_JD\tLaunch_Date\tLV_Type\tVariant\tFlight_ID\tFlight\tMission\tFlightCode\tPlatform\tLaunch_Site\tLaunch_Pad\tAscent_Site\tAscent_Pad\tApogee\tApoflag\tRange\tRangeFlag\tDest\tOrbPay\tAgency\tLaunchCode\tFailCode\tGroup\tCategory\tLTCite\tCite\tNotes';

export interface Row {
  tag: string;
  date: string;
  vehicle: string;
  variant?: string | null;
  flightId?: string | null;
  flight?: string | null;
  mission?: string | null;
  platform?: string | null;
  site: string;
  pad: string | null;
  agencies: string;
  code: string;
}

const dash = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? '-' : v);

/** One launch.tsv row: 26 tab-separated fields, space-padded as GCAT pads them. */
export function tsvRow(r: Row): string {
  return [
    `${r.tag} `, '2461000.5 ', r.date, r.vehicle, dash(r.variant), dash(r.flightId), dash(r.flight), dash(r.mission), '-', dash(r.platform),
    r.site, dash(r.pad), '-', '-', '    - ', '    - ', '-', '   1.000 ', r.agencies, r.code, '-', 'C', 'Sat LEO', 'Ref', '-', '-',
  ].join('\t');
}

/** A bundled launch as a launch.tsv row (the values GCAT's list gives it). */
function rowOf(l: Launch): Row {
  const u = (f: Launch['uncertain'][number], v: string) => (l.uncertain.includes(f) ? `${v}?` : v);
  const fallback = [l.vehicle, l.flightId].filter(Boolean).join(' ');
  const mission = l.payloads[0] ?? null;
  const flight = mission !== null && l.name === mission ? null : l.name === fallback ? null : l.name;
  const agencies = l.agencies.join('/');
  return {
    tag: l.id,
    date: gcatDate(l.time, l.precision, l.uncertain.includes('time')),
    vehicle: u('vehicle', l.vehicle),
    variant: l.variant,
    flightId: l.flightId,
    flight,
    mission,
    platform: l.platform,
    site: u('site', l.site),
    pad: l.pad === null ? null : u('pad', l.pad),
    agencies: agencies === '' ? '-' : u('agencies', agencies),
    code: l.code,
  };
}

/** The bundled launches GCAT's list repeats in the fixture: those of 2026 (from its launch list). */
export const bundledTail = () => dataset.launches().filter((l) => l.time >= '2026-01-01');
const last = () => dataset.launches().at(-1)!;

/** Tag numbers after the bundled ones of 2026. */
function nextTag(k: number): string {
  const max = Math.max(...dataset.launches().filter((l) => /^2026-\d{3}$/.test(l.id)).map((l) => Number(l.id.slice(5))));
  return `2026-${String(max + k).padStart(3, '0')}`;
}

/** The synthetic launches after the bundled horizon. */
export function newRows(): Row[] {
  const ref = last();
  return [
    { tag: nextTag(1), date: '2026 Apr  1 1200:00', vehicle: ref.vehicle, variant: ref.variant, flightId: 'TB-1', flight: 'Testbird 1', mission: 'Testbird 1', site: ref.site, pad: ref.pad, agencies: ref.agencies.join('/'), code: 'OS' },
    { tag: nextTag(2), date: '2026 Apr 20 0830:15', vehicle: ref.vehicle, variant: ref.variant, flightId: null, flight: 'Crewtest 1', mission: null, site: ref.site, pad: ref.pad, agencies: ref.agencies.join('/'), code: 'OS' },
    { tag: nextTag(3), date: '2026 May  5 2300', vehicle: 'Zzrocket-1', variant: null, flightId: null, flight: 'Zzsat 1', mission: null, site: 'ZZSITE', pad: 'ZP1', agencies: 'ZZAG', code: 'OF' },
    { tag: 'unused', date: '', vehicle: '', site: '', pad: null, agencies: '', code: '' },
  ].filter((r) => r.tag !== 'unused');
}

/** GCAT's launch list: the header, the "Updated" comment, the bundled launches of 2026 and the new ones; a suborbital row and an OE row too. */
export function launchTsv(opts: { drop?: string; extra?: string[]; updated?: string } = {}): string {
  const rows = [...bundledTail().filter((l) => l.id !== opts.drop).map(rowOf), ...newRows()].map(tsvRow);
  rows.splice(3, 0, tsvRow({ tag: '2026-S99', date: '2026 Jan 10 0100', vehicle: 'Zzsounder', site: last().site, pad: null, agencies: 'ZZAG', code: 'SS' }));
  rows.push(tsvRow({ tag: '2026-E99', date: '2026 May  9', vehicle: 'Zzrocket-1', site: 'ZZSITE', pad: 'ZP1', agencies: 'ZZAG', code: 'OE' }));
  return `${HEADER}\n# Updated ${opts.updated ?? '2026 May 10 0100:00'}\n${[...rows, ...(opts.extra ?? [])].join('\n')}\n`;
}

/** GCAT's tables with the synthetic site, pad, vehicle and organisation of the new launches. */
export const TABLES: Record<string, string> = {
  'tables/sites.tsv': '#Site\tCode\tUCode\tType\tStateCode\tTStart\tTStop\tShortName\tName\tLocation\tLongitude\tLatitude\tError\tParent\tShortEName\tEName\tGroup\tUName\n# Updated 2026 May  1 0100:00\nZZSITE\t-\tZZSITE\tLS\tUS\t2026\t*\tZz Range\tZz Test Range, Florida\t-\t    -80.5000 \t   28.4000 \t0.01\tZZAG\tZz Range\tZz Test Range\t-\t-\n',
  'tables/lp.tsv': '#Site\tCode\tUCode\tType\tStateCode\tTStart\tTStop\tShortName\tName\tLocation\tLongitude\tLatitude\tError\tParent\tShortEName\tEName\tUName\n# Updated 2026 May  1 0100:00\nZZSITE\tZP1\t-\tLP\t-\t2026\t*\tZz Pad 1\tZz Pad 1, Zz Test Range\t-\t    -80.5100 \t   28.4100 \t0.0001\tZZAG\t-\t-\t-\n',
  'tables/lv.tsv': '#LV_Name\tLV_Family\tLV_Manufacturer\tLV_Variant\tLV_Alias\tLV_Min_Stage\tLV_Max_Stage\tLength\tLFlag\tDiameter\tDFlag\tLaunch_Mass\tMFlag\tLEO_Capacity\tGTO_Capacity\tTO_Thrust\tClass\tApogee\tRange\nZzrocket-1\tZzfamily\tZZAG\t-\t-\t1\t2\t10\t\t1\t\t1\t\t1\t1\t1\tO\t200\t-\n',
  'tables/orgs.tsv': '#Code\tUCode\tStateCode\tType\tClass\tTStart\tTStop\tShortName\tName\tLocation\tLongitude\tLatitude\tError\tParent\tShortEName\tEName\tUName\n# Updated 2026 May  1 0100:00\nUS\tUS\tUS\tCY\tC\t1950\t-\tUSA\tUnited States of America\t-\t-\t-\t0\t-\tUSA\tUnited States of America\t-\nZZAG\tZZAG\tUS\tLV/LA\tB\t2026\t-\tZzAgency\tZz Launch Agency\t-\t-\t-\t0\t-\tZzAgency\tZz Launch Agency\t-\n',
};

/** Launch Library 2 launches of the new GCAT launches, in the API's "normal" form. */
export function ll2Launches(): Record<string, unknown>[] {
  const ref = last();
  const loc = { id: 9001, name: 'Zz Location', country_code: 'USA', timezone_name: 'America/New_York' };
  const launch = (id: string, name: string, net: string, mission: string | null) => ({
    id,
    url: `https://ll.example/launches/${id}/`,
    name,
    status: { id: 3, name: 'Launch Successful', abbrev: 'Success' },
    net,
    provider: { id: 1, name: 'Zz Provider' },
    rocket: { id: 1, configuration: { id: 1, name: ref.vehicle, family: 'Zz', full_name: `${ref.vehicle} Zz` } },
    mission: mission === null ? null : { id: 1, name: mission, type: 'Test Flight' },
    pad: { id: 9001, name: 'Zz Pad', location: loc },
  });
  return [
    launch('00000000-0000-4000-8000-000000000001', `${ref.vehicle} | Testbird Mission`, '2026-04-01T12:00:00Z', 'Testbird Mission'),
    launch('00000000-0000-4000-8000-000000000002', `${ref.vehicle} | Crewtest 1`, '2026-04-20T08:30:15Z', 'Crewtest 1'),
    launch('00000000-0000-4000-8000-000000000003', 'Zzrocket-1 | Zzsat 1', '2026-05-05T23:00:00Z', 'Zzsat 1'),
  ];
}

export function ll2Astronauts(): Record<string, unknown>[] {
  return [
    {
      id: 99001,
      name: 'Zz Testnaut',
      status: { id: 1, name: 'Active' },
      nationality: [{ id: 1, name: 'United States of America', alpha_2_code: 'US', alpha_3_code: 'USA', nationality_name: 'American' }],
      date_of_birth: '1990-02-03',
      date_of_death: null,
      agency: { id: 1, name: 'Zz Launch Agency', abbrev: 'ZZAG' },
      flights: [{ id: '00000000-0000-4000-8000-000000000002', name: 'Zz | Crewtest 1', net: '2026-04-20T08:30:15Z' }],
      first_flight: '2026-04-20T08:30:15Z',
      last_flight: '2026-04-20T08:30:15Z',
    },
  ];
}

/** What a route answers: a body, and optionally a status, headers, a delay, gzip, a cut. */
export interface Reply {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** Milliseconds before the headers are sent. */
  delay?: number;
  gzip?: boolean;
  /** Send only this many bytes of the body, then close the connection. */
  truncate?: number;
  /** ETag: with it a request carrying If-None-Match equal to it gets 304. */
  etag?: string;
}

export interface Logged {
  path: string;
  headers: http.IncomingHttpHeaders;
  status: number;
  bytes: number;
}

export class SourceServer {
  readonly log: Logged[] = [];
  /** Route (path and query) -> reply, or a function of the number of times it was asked for. */
  routes = new Map<string, Reply | ((n: number) => Reply)>();
  private counts = new Map<string, number>();
  private server!: http.Server;
  port = 0;

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => void this.answer(req, res));
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close').catch(() => {});
  }

  private async answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // A proxied request names the whole URL.
    const path = req.url!.startsWith('http') ? new URL(req.url!).pathname + new URL(req.url!).search : req.url!;
    const n = (this.counts.get(path) ?? 0) + 1;
    this.counts.set(path, n);
    // Launch Library 2's lists: by path and page (offset), whatever else the query asks.
    const u = new URL(path, 'http://x');
    const route = this.routes.get(path) ?? this.routes.get(`${u.pathname}#${u.searchParams.get('offset') ?? '0'}`);
    const reply: Reply = route === undefined ? { status: 404, body: 'not found' } : typeof route === 'function' ? route(n) : route;
    if (reply.delay) await new Promise((r) => setTimeout(r, reply.delay));
    const entry: Logged = { path, headers: req.headers, status: reply.status ?? 200, bytes: 0 };
    this.log.push(entry);
    if (reply.etag && req.headers['if-none-match'] === reply.etag) {
      entry.status = 304;
      res.writeHead(304, { etag: reply.etag });
      res.end();
      return;
    }
    let body = Buffer.from(reply.body ?? '');
    const headers: Record<string, string> = { 'content-type': path.endsWith('.tsv') ? 'text/tab-separated-values' : 'application/json', ...reply.headers };
    if (reply.etag) headers.etag = reply.etag;
    if (reply.gzip && /gzip/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(entry.status, headers);
    if (reply.truncate !== undefined) {
      res.write(body.subarray(0, reply.truncate));
      entry.bytes = reply.truncate;
      setTimeout(() => res.destroy(), 20);
      return;
    }
    entry.bytes = body.length;
    res.end(body);
  }

  /** Requests since `from` whose path starts with `prefix`. */
  requests(prefix: string, from = 0): Logged[] {
    return this.log.slice(from).filter((l) => l.path.startsWith(prefix));
  }
}

export const LL2_LAUNCHES_PATH = '/ll2/launches/?net__gte=2026-03-08T00:00:00Z&ordering=net&limit=100&mode=normal';
export const LL2_PAGE2 = '/ll2/launches/?net__gte=2026-03-08T00:00:00Z&ordering=net&limit=100&mode=normal&offset=2';
export const LL2_ASTRONAUTS_PATH = '/ll2/astronauts/?last_flight__gte=2026-03-08T00:00:00Z&ordering=id&limit=100&mode=detailed';

/**
 * The good answers: GCAT's files (the launch list gzipped, all with ETags, the tables with
 * Last-Modified too) and Launch Library 2's pages (two of launches, with a `next` link; one of people).
 */
export function goodRoutes(s: SourceServer, opts: { launchTsv?: string; etag?: string } = {}): void {
  s.routes.set('/gcat/launch/launch.tsv', { body: opts.launchTsv ?? launchTsv(), gzip: true, etag: opts.etag ?? '"list-1"' });
  for (const [path, body] of Object.entries(TABLES)) s.routes.set(`/gcat/${path}`, { body, etag: `"${path}-1"`, headers: { 'last-modified': 'Fri, 01 May 2026 01:00:00 GMT' } });
  const launches = ll2Launches();
  s.routes.delete(LL2_PAGE2);
  s.routes.delete(LL2_LAUNCHES_PATH);
  s.routes.set('/ll2/launches/#0', { body: JSON.stringify({ count: 3, next: `${s.base}${LL2_PAGE2}`, previous: null, results: launches.slice(0, 2) }) });
  s.routes.set('/ll2/launches/#2', { body: JSON.stringify({ count: 3, next: null, previous: `${s.base}${LL2_LAUNCHES_PATH}`, results: launches.slice(2) }) });
  s.routes.set('/ll2/astronauts/#0', { body: JSON.stringify({ count: 1, next: null, previous: null, results: ll2Astronauts() }) });
}

/** The environment that points the CLI at the server, with short timeouts and backoff. */
export function sourceEnv(s: SourceServer, dataHome: string): Record<string, string> {
  return {
    XDG_DATA_HOME: dataHome,
    ALMANAC_GCAT_URL: `${s.base}/gcat/`,
    ALMANAC_LL2_URL: `${s.base}/ll2/`,
    ALMANAC_HTTP_TIMEOUT: '1',
    ALMANAC_HTTP_BACKOFF: '0.05',
    ALMANAC_HTTP_RETRIES: '2',
  };
}

/** Runs the built CLI without blocking this process (the server answers from it). */
export async function almanacAsync(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'almanac.js'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: CACHE_HOME, LANG: 'C.UTF-8', COLUMNS: '100', TZ: 'UTC', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}
