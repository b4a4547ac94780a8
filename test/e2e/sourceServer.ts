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
  /** Apogee in km (suborbital flights). */
  apogee?: string;
}

const dash = (v: string | null | undefined) => (v === null || v === undefined || v === '' ? '-' : v);

/** One launch.tsv row: 26 tab-separated fields, space-padded as GCAT pads them. */
export function tsvRow(r: Row): string {
  return [
    `${r.tag} `, '2461000.5 ', r.date, r.vehicle, dash(r.variant), dash(r.flightId), dash(r.flight), dash(r.mission), '-', dash(r.platform),
    r.site, dash(r.pad), '-', '-', r.apogee ? `${r.apogee.padStart(7)} ` : '    - ', '    - ', '-', '   1.000 ', r.agencies, r.code, '-', 'C', 'Sat LEO', 'Ref', '-', '-',
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

export const SUBORBITAL_TAG = '2026-S50';

/** GCAT's launch list: the header, the "Updated" comment, the bundled launches of 2026 and the new ones; a suborbital row and an OE row too. */
export function launchTsv(opts: { drop?: string; extra?: string[]; updated?: string } = {}): string {
  const rows = [...bundledTail().filter((l) => l.id !== opts.drop).map(rowOf), ...newRows()].map(tsvRow);
  rows.splice(3, 0, tsvRow({ tag: '2026-S99', date: '2026 Jan 10 0100', vehicle: 'Zzsounder', site: last().site, pad: null, agencies: 'ZZAG', code: 'SS' }));
  rows.push(tsvRow({ tag: '2026-E99', date: '2026 May  9', vehicle: 'Zzrocket-1', site: 'ZZSITE', pad: 'ZP1', agencies: 'ZZAG', code: 'OE' }));
  // A crewed suborbital flight above 100 km (its crew comes from Launch Library 2).
  rows.push(tsvRow({ tag: SUBORBITAL_TAG, date: '2026 Apr 25 1500:00', vehicle: 'New Shepard', flight: 'New Shepard NSZZ1', site: 'ZZSITE', pad: null, agencies: 'ZZAG', code: 'SS', apogee: '106' }));
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
    rocket: { id: 1, configuration: { id: 1, name: ref.vehicle, families: [{ id: 1, name: 'Zz' }], full_name: `${ref.vehicle} Zz` } },
    mission: mission === null ? null : { id: 1, name: mission, type: 'Test Flight' },
    pad: { id: 9001, name: 'Zz Pad', location: loc },
  });
  return [
    launch('00000000-0000-4000-8000-000000000001', `${ref.vehicle} | Testbird Mission`, '2026-04-01T12:00:00Z', 'Testbird Mission'),
    launch('00000000-0000-4000-8000-000000000002', `${ref.vehicle} | Crewtest 1`, '2026-04-20T08:30:15Z', 'Crewtest 1'),
    launch('00000000-0000-4000-8000-000000000003', 'Zzrocket-1 | Zzsat 1', '2026-05-05T23:00:00Z', 'Zzsat 1'),
  ];
}

const US = { id: 1, name: 'United States of America', alpha_2_code: 'US', alpha_3_code: 'USA', nationality_name: 'American' };
const RU = { id: 2, name: 'Russia', alpha_2_code: 'RU', alpha_3_code: 'RUS', nationality_name: 'Russian' };
const CN = { id: 3, name: 'China', alpha_2_code: 'CN', alpha_3_code: 'CHN', nationality_name: 'Chinese' };
const ZZAG = { id: 9001, name: 'Zz Launch Agency', abbrev: 'ZZAG', type: { id: 1, name: 'Government' } };

/** A launch as LL2 refers to it from elsewhere (a person's flights, a spacecraft flight's launch). */
const launchRef = (id: string, name: string, net: string) => ({ id, url: `https://ll.example/launches/${id}/`, name, net, status: { id: 3, name: 'Launch Successful', abbrev: 'Success' } });

/**
 * An LL2 astronaut in the 2.3.0 detailed form: today's nationality and agency, in_space, the
 * launches they flew on and the spacecraft flights they came home in.
 */
function astronaut(a: { id: number; name: string; born: string | null; nationality: object[]; agency: object | null; inSpace: boolean; flights: ReturnType<typeof launchRef>[]; landings?: { end: string; launch: ReturnType<typeof launchRef> }[] }) {
  return {
    id: a.id,
    url: `https://ll.example/astronauts/${a.id}/`,
    name: a.name,
    status: { id: 1, name: 'Active' },
    type: { id: 2, name: 'Government' },
    in_space: a.inSpace,
    time_in_space: 'P12DT3H4M5S',
    eva_time: 'PT0S',
    age: 40,
    date_of_birth: a.born,
    date_of_death: null,
    nationality: a.nationality,
    agency: a.agency,
    flights_count: a.flights.length,
    landings_count: a.landings?.length ?? 0,
    spacewalks_count: 0,
    first_flight: a.flights[0]?.net ?? null,
    last_flight: a.flights.at(-1)?.net ?? null,
    flights: a.flights,
    landings: (a.landings ?? []).map((l, i) => ({ id: 70000 + a.id * 10 + i, url: 'https://ll.example/spacecraft_flights/1/', destination: 'Low Earth Orbit', mission_end: l.end, duration: 'P10D', spacecraft: { id: 1, name: 'Zz Capsule' }, launch: l.launch, landing: { id: 1, attempt: true, success: true } })),
  };
}

// The launches crews fly on: the synthetic Crewtest 1 and Testbird 1, and bundled crewed launches
// in space on the bundled data's last day (at their bundled times, which is how LL2's join them).
const bundledLaunch = (id: string) => dataset.launches().find((l) => l.id === id)!;
const asLl2 = (id: string, uuid: string, name: string) => launchRef(uuid, name, bundledLaunch(id).time);
export const CREWTEST = launchRef('00000000-0000-4000-8000-000000000002', 'Zz | Crewtest 1', '2026-04-20T08:30:15Z');
export const HOP = launchRef('00000000-0000-4000-8000-000000000050', 'New Shepard | NSZZ1', '2026-04-25T15:00:00Z');
export const TESTBIRD = launchRef('00000000-0000-4000-8000-000000000001', 'Zz | Testbird Mission', '2026-04-01T12:00:00Z');
const CREW12 = () => asLl2('2026-031', '00000000-0000-4000-8000-000000000012', 'Falcon 9 Block 5 | Crew-12');
const MS28 = () => asLl2('2025-275', '00000000-0000-4000-8000-000000000028', 'Soyuz 2.1a | Soyuz MS-28');
const SZ21 = () => asLl2('2025-246', '00000000-0000-4000-8000-000000000021', 'Long March 2F/G | Shenzhou 21');
const SZ22 = () => asLl2('2025-272', '00000000-0000-4000-8000-000000000022', 'Long March 2F/G | Shenzhou 22');

/** The people of the fixture (LL2 ids 99001-99003 are synthetic; the others are bundled people with synthetic landings). */
export function ll2Astronauts(): Record<string, unknown>[] {
  return [
    astronaut({ id: 99001, name: 'Zz Testnaut', born: '1990-02-03', nationality: [US], agency: ZZAG, inSpace: true, flights: [CREWTEST] }),
    // Went up on Crewtest 1 and came home in Testbird 1's vehicle (a swap, as LL2 records one).
    astronaut({ id: 99002, name: 'Zz Secondnaut', born: '1988-07-09', nationality: [US], agency: ZZAG, inSpace: false, flights: [CREWTEST], landings: [{ end: '2026-05-03T06:00:00Z', launch: TESTBIRD }] }),
    // A crew role the almanac's vocabulary lacks, and no landing anywhere: the seat is left out.
    astronaut({ id: 99003, name: 'Zz Thirdnaut', born: null, nationality: [US], agency: ZZAG, inSpace: false, flights: [CREWTEST] }),
    // A bundled person's sixth flight (the LL2 record the bundled data was built from, id 160).
    astronaut({ id: 160, name: 'Aleksandr Kaleri', born: '1956-05-13', nationality: [RU], agency: { id: 63, name: 'Russian Federal Space Agency (ROSCOSMOS)', abbrev: 'RFSA', type: { id: 1, name: 'Government' } }, inSpace: false, flights: [CREWTEST], landings: [{ end: '2026-05-01T10:00:00Z', launch: CREWTEST }] }),
    // Bundled seats in space on 2026-03-08: Zhang Lu comes home in Shenzhou 22 (the bundled facts'
    // vehicle); the birth date differs from the bundled one on purpose (a correction since).
    astronaut({ id: 99021, name: 'Zhang Lu', born: '1976-06-01', nationality: [CN], agency: { id: 17, name: 'China National Space Administration', abbrev: 'CNSA', type: { id: 1, name: 'Government' } }, inSpace: false, flights: [SZ21()], landings: [{ end: '2026-04-30T09:00:00Z', launch: SZ22() }] }),
    astronaut({ id: 99028, name: 'Sergey Kud-Sverchkov', born: '1983-08-23', nationality: [RU], agency: null, inSpace: true, flights: [MS28()] }),
  ];
}

/** A crew member of a spacecraft flight: the role and the astronaut in LL2's normal form. */
function member(a: Record<string, unknown>, role: string) {
  const { flights: _f, landings: _l, ...normal } = a;
  return { id: Number(a.id) * 7, role: { id: 1, role, priority: 0 }, astronaut: normal };
}

/** LL2's crewed launches since a year before the horizon, in the 2.3.0 detailed form (spacecraft_stage a list). */
export function ll2CrewedLaunches(): Record<string, unknown>[] {
  const people = new Map(ll2Astronauts().map((a) => [a.name as string, a]));
  // Crew members the list of people leaves out (LL2 lists only people who flew since a date) get ids of their own.
  const person = (name: string) => {
    if (!people.has(name)) people.set(name, astronaut({ id: 99100 + people.size, name, born: null, nationality: [US], agency: null, inSpace: true, flights: [] }));
    return people.get(name)!;
  };
  const launch = (ref: ReturnType<typeof launchRef>, stage: { end: string | null; crew: [string, string][]; landingCrew?: [string, string][] }) => ({
    ...ref,
    response_mode: 'detailed',
    net_precision: { id: 0, name: 'Second', abbrev: 'SEC' },
    rocket: {
      id: 1,
      configuration: { id: 1, name: ref.name.split(' | ')[0], full_name: ref.name.split(' | ')[0], variant: '', families: [{ id: 1, name: 'Zz' }] },
      launcher_stage: [],
      spacecraft_stage: [
        {
          id: 1,
          url: 'https://ll.example/spacecraft_flights/1/',
          mission_end: stage.end,
          destination: 'International Space Station',
          duration: null,
          launch_crew: stage.crew.map(([n, r]) => member(person(n), r)),
          onboard_crew: [],
          landing_crew: (stage.landingCrew ?? []).map(([n, r]) => member(person(n), r)),
          spacecraft: { id: 1, name: 'Zz Capsule', serial_number: 'ZZ-1' },
          landing: stage.end === null ? null : { id: 1, attempt: true, success: true },
          docking_events: [],
        },
      ],
    },
    mission: { id: 1, name: ref.name.split(' | ')[1], type: 'Human Exploration' },
  });
  // In LL2's order (ordering=net).
  return [
    launch(SZ21(), { end: null, crew: [['Zhang Lu', 'Commander'], ['Wu Fei', 'Operator'], ['Zhang Hongzhang', 'Payload Specialist']] }),
    // Soyuz MS-28 has not landed: its crew stays in space.
    launch(MS28(), { end: null, crew: [['Sergey Kud-Sverchkov', 'Commander'], ['Sergey Mikayev', 'Flight Engineer'], ['Christopher Williams', 'Flight Engineer']] }),
    // Crew-12 landed (a synthetic time) with no landing crew listed: each came home in it.
    launch(CREW12(), { end: '2026-04-15T12:00:00Z', crew: [['Jessica Meir', 'Commander'], ['Jack Hathaway', 'Pilot'], ['Sophie Adenot', 'Mission Specialist'], ['Andrei Fedyaev', 'Mission Specialist']] }),
    // A suborbital hop: one passenger in LL2's word for the seat, one in a word the almanac lacks (the vehicle's rule decides).
    launch(HOP, { end: '2026-04-25T15:10:12Z', crew: [['Zz Hopper', 'Tourist'], ['Zz Hopper Two', 'Passenger']] }),
    launch(CREWTEST, {
      end: '2026-05-01T10:00:00Z',
      crew: [['Zz Testnaut', 'Commander'], ['Zz Secondnaut', 'Mission Specialist 2'], ['Zz Thirdnaut', 'Specialist'], ['Aleksandr Kaleri', 'Flight Engineer']],
      landingCrew: [['Aleksandr Kaleri', 'Flight Engineer']],
    }),
  ].sort((a, b) => (a.net < b.net ? -1 : a.net > b.net ? 1 : 0));
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

export const LL2_LAUNCHES_PATH = '/ll2/launches/previous/?net__gte=2026-03-08T00:00:00Z&ordering=net&limit=100&mode=normal';
export const LL2_PAGE2 = '/ll2/launches/previous/?net__gte=2026-03-08T00:00:00Z&ordering=net&limit=100&mode=normal&offset=2';
/** Crews and landings are asked for from 400 days before the bundled horizon (2026-03-08). */
export const LL2_CREWED_PATH = '/ll2/launches/previous/?is_crewed=true&include_suborbital=true&net__gte=2025-02-01T00:00:00Z&ordering=net&limit=100&mode=detailed';
export const LL2_ASTRONAUTS_PATH = '/ll2/astronauts/?last_flight__gte=2025-02-01T00:00:00Z&ordering=id&limit=100&mode=detailed';

/**
 * The good answers: GCAT's files (the launch list gzipped, all with ETags, the tables with
 * Last-Modified too) and Launch Library 2's pages (two of launches, with a `next` link; one of
 * crewed launches; one of people).
 */
export function goodRoutes(s: SourceServer, opts: { launchTsv?: string; etag?: string } = {}): void {
  s.routes.set('/gcat/launch/launch.tsv', { body: opts.launchTsv ?? launchTsv(), gzip: true, etag: opts.etag ?? '"list-1"' });
  for (const [path, body] of Object.entries(TABLES)) s.routes.set(`/gcat/${path}`, { body, etag: `"${path}-1"`, headers: { 'last-modified': 'Fri, 01 May 2026 01:00:00 GMT' } });
  const launches = ll2Launches();
  s.routes.delete(LL2_PAGE2);
  s.routes.delete(LL2_LAUNCHES_PATH);
  s.routes.set('/ll2/launches/previous/#0', { body: JSON.stringify({ count: 3, next: `${s.base}${LL2_PAGE2}`, previous: null, results: launches.slice(0, 2) }) });
  s.routes.set('/ll2/launches/previous/#2', { body: JSON.stringify({ count: 3, next: null, previous: `${s.base}${LL2_LAUNCHES_PATH}`, results: launches.slice(2) }) });
  const crewed = ll2CrewedLaunches();
  s.routes.set(LL2_CREWED_PATH, { body: JSON.stringify({ count: crewed.length, next: null, previous: null, results: crewed }) });
  const people = ll2Astronauts();
  s.routes.set('/ll2/astronauts/#0', { body: JSON.stringify({ count: people.length, next: null, previous: null, results: people }) });
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
