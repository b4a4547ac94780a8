// Derived index files beside the readable JSON (data/index/, DESIGN.md §6): record offsets, a
// constant key-value index (cdb-like) for launch ids, tags, names and name tokens, person name
// keys, per-year and per-calendar-day lists, per-launch ordinals and crews, the statistics of every
// launch for each `stats --by` grouping and each site's, vehicle's and agency's record (computed by
// the same functions as the commands, from the same files), and a manifest with
// the size and hash of every file they describe. src/data/indexes.ts describes the formats and
// reads them. Built from the data files' text alone, so `--reindex` can rebuild them for any
// data folder; deterministic (keys sorted, no times).
import { createHash } from 'node:crypto';
import { hasShape } from '../data/load.js';
import { bucketOf, entryLine, fnv1a, HEADER_BYTES, INDEX_DIR, INDEX_FORMAT, KV_ENTRY_BYTES, MANIFEST, type Manifest } from '../data/indexes.js';
import type { Tables } from '../data/load.js';
import type { Agency, Launch, Person, Site, SpaceEvent, SuborbitalFlight, Vehicle } from '../data/types.js';
import { agencyDetail, catalogKey, launchOfAgency, launchOfSite, launchOfVehicle, siteDetail, siteGroups, vehicleDetail } from '../domain/catalog.js';
import { STAT_DIMENSIONS, stats, statsKey } from '../domain/stats.js';
import { onDayKey } from '../domain/calendar.js';
import { CREW_ORDERS, crewRows, isCrewRow, personNameKeys } from '../domain/crew.js';
import { objectJson, recordsJson } from './write.js';
import { launchRow, ordinalCounts, searchKeys } from '../domain/launches.js';
import { startMs, yearOf } from '../domain/time.js';
import { abbreviationAt, offsetAt } from '../domain/zones.js';

/** The records and metadata of a data folder. */
export interface DatasetRecords {
  launches: readonly Launch[];
  sites: readonly Site[];
  vehicles: readonly Vehicle[];
  agencies: readonly Agency[];
  people: readonly Person[];
  suborbital: readonly SuborbitalFlight[];
  events: readonly SpaceEvent[];
  meta: object;
}

/**
 * Every file of a data folder, by path in it: the readable JSON files (one record per line,
 * search.json derived from the launches) and, derived from them, data/index/. The importer and
 * `almanac data update` both write a folder so.
 */
export function datasetFiles(d: DatasetRecords): Record<string, string> {
  const files: Record<string, string> = {
    'launches.json': recordsJson(d.launches),
    'search.json': recordsJson(d.launches.map((l) => [l.id, ...searchKeys(l)])),
    'sites.json': recordsJson(d.sites),
    'vehicles.json': recordsJson(d.vehicles),
    'agencies.json': recordsJson(d.agencies),
    'people.json': recordsJson(d.people),
    'suborbital.json': recordsJson(d.suborbital),
    'events.json': recordsJson(d.events),
    'meta.json': objectJson(d.meta),
  };
  return { ...files, ...buildIndexes(files) };
}

/**
 * The launch site's zone abbreviation at the launch ("UTC+6", "EST"), where the launch is
 * known to the minute and its site has a zone: the one part of the site's clock that would
 * otherwise need an Intl formatter (~12 ms) at every `launch show`.
 */
function siteAbbreviation(l: Launch, site: Site | undefined): string | null {
  if (!site?.timeZone || (l.precision !== 'second' && l.precision !== 'minute')) return null;
  const zone = { kind: 'iana' as const, id: site.timeZone };
  const ms = startMs(l.time);
  return abbreviationAt(zone, ms, offsetAt(zone, ms));
}

/** Keys per bucket, on average. */
const LOAD = 4;

function header(text: string): string {
  if (text.length >= HEADER_BYTES) throw new Error('index header too long');
  return `${text.padEnd(HEADER_BYTES - 1)}\n`;
}

/** A constant hash table of JSON values, as text. */
export function kvText(entries: ReadonlyMap<string, unknown>, load = LOAD): { text: string; buckets: number } {
  const keys = [...entries.keys()].sort();
  const n = Math.max(1, Math.ceil(keys.length / load));
  const buckets: string[][] = Array.from({ length: n }, () => []);
  for (const k of keys) buckets[bucketOf(k, n)]!.push(k);
  let pos = HEADER_BYTES + n * KV_ENTRY_BYTES;
  const table: string[] = [];
  const data: string[] = [];
  for (const b of buckets) {
    if (b.length === 0) {
      table.push(entryLine(0, 0, 0));
      continue;
    }
    const json = `{${b.map((k) => `${JSON.stringify(k)}:${JSON.stringify(entries.get(k))}`).join(',')}}`;
    const bytes = Buffer.from(json, 'utf8');
    table.push(entryLine(pos, bytes.length, fnv1a(bytes)));
    data.push(`${json}\n`);
    pos += bytes.length + 1;
  }
  return { text: header(`almanac-kv ${INDEX_FORMAT} ${n} buckets`) + table.join('') + data.join(''), buckets: n };
}

/** Offsets of the records of a data file written one record per line (write.ts recordsJson), checking each record's shape. */
export function offsetsText(file: string, text: string, fits: (r: unknown) => boolean = (r) => hasShape(file, r)): { text: string; records: number } {
  const lines = text.split('\n');
  const table: string[] = [];
  let pos = Buffer.byteLength(lines[0]!) + 1;
  for (let k = 1; k < lines.length - 2; k++) {
    const line = lines[k]!;
    const record = line.endsWith(',') ? line.slice(0, -1) : line;
    const bytes = Buffer.from(record, 'utf8');
    if (!fits(JSON.parse(record))) throw new Error(`${file}: record ${k} has the wrong shape`);
    table.push(entryLine(pos, bytes.length, fnv1a(bytes)));
    pos += Buffer.byteLength(line) + 1;
  }
  return { text: header(`almanac-offsets ${INDEX_FORMAT} ${file} ${table.length} records`) + table.join(''), records: table.length };
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Appends `v` to the list under `key`. */
function push<T>(m: Map<string, T[]>, key: string, v: T): void {
  const list = m.get(key);
  if (list) list.push(v);
  else m.set(key, [v]);
}

/** Runs of consecutive numbers as [first, count] pairs. */
export function runs(xs: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const x of xs) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === x) last[1]++;
    else out.push([x, 1]);
  }
  return out;
}

/**
 * The data files the manifest lists (the loader checks their sizes before trusting the indexes,
 * and skips re-checking the shape of every record of a listed file that has its size).
 */
export const INDEXED_FILES = ['launches.json', 'search.json', 'sites.json', 'vehicles.json', 'agencies.json', 'people.json', 'suborbital.json', 'events.json', 'meta.json'] as const;

/** The record files whose shapes the importer checks here, once, instead of the loader at every start. */
const RECORD_FILES = ['launches.json', 'sites.json', 'vehicles.json', 'agencies.json', 'people.json', 'suborbital.json', 'events.json'] as const;

/** data/index/* for the data files given as text (launches, people, sites, suborbital). */
export function buildIndexes(files: Readonly<Record<string, string>>): Record<string, string> {
  const text = (name: string) => {
    const t = files[name];
    if (t === undefined) throw new Error(`cannot index: no ${name}`);
    return t;
  };
  const launches = JSON.parse(text('launches.json')) as Launch[];
  const people = JSON.parse(text('people.json')) as Person[];
  const sites = JSON.parse(text('sites.json')) as Site[];
  const suborbital = JSON.parse(text('suborbital.json')) as SuborbitalFlight[];

  // launches.kv: ids, tags, token counts, years, ordinals, site clocks, crews, calendar days.
  const L = new Map<string, unknown>();
  const tags = new Map<string, number[]>();
  const tokens = new Map<string, number[]>();
  const named = new Map<string, number[]>();
  const years = new Map<string, number[]>();
  const days = new Map<string, { l: number[]; g: [number, number][]; b: number[]; e?: number[] }>();
  const day = (key: string) => {
    let d = days.get(key);
    if (!d) days.set(key, (d = { l: [], g: [], b: [] }));
    return d;
  };
  const siteOf = new Map(sites.map((s) => [s.id, s]));
  const ordinals = ordinalCounts(launches, (id) => siteOf.get(id));
  launches.forEach((l, i) => {
    if (L.has(`i:${l.id}`)) throw new Error(`launches.json: duplicate id ${l.id}`);
    L.set(`i:${l.id}`, i);
    const [tag, ...names] = searchKeys(l);
    push(tags, tag!, i);
    // n: the launch's title and the names people use, canonical (before the '' in its keys).
    for (const n of names.slice(0, names.indexOf(''))) push(named, n, i);
    const own = new Set<string>();
    for (const n of names) for (const t of n.split(' ')) if (t !== '') own.add(t);
    for (const t of own) push(tokens, t, i);
    push(years, String(yearOf(l.time)), i);
    L.set(`o:${i}`, ordinals[i]);
    const abbreviation = siteAbbreviation(l, siteOf.get(l.site));
    if (abbreviation !== null) L.set(`z:${i}`, abbreviation);
    if (l.time.length >= 10) day(l.time.slice(5, 10)).l.push(i);
  });
  for (const [t, list] of tags) L.set(`g:${t}`, list);
  for (const [t, list] of tokens) L.set(`t:${t}`, list.length);
  for (const [n, list] of named) L.set(`n:${n}`, list);
  for (const [y, list] of years) L.set(`y:${y}`, runs(list));

  const crews = new Map<string, { c: [number, number][]; r: [number, number][] }>();
  const crewOf = (id: string) => {
    let c = crews.get(id);
    if (!c) crews.set(id, (c = { c: [], r: [] }));
    return c;
  };
  people.forEach((p, pi) => {
    p.flights.forEach((s, si) => {
      // As launchCrew reads them: who went up in a flight, and who came home in it from another.
      crewOf(s.launch).c.push([pi, si]);
      if (s.landedIn !== s.launch && s.partOf === null) crewOf(s.landedIn).r.push([pi, si]);
      if (s.landing !== null && s.landingPrecision !== null && s.partOf === null) {
        const key = onDayKey(s.landing, s.landingPrecision);
        if (key !== null) day(key).g.push([pi, si]);
      }
    });
    if (p.born !== null && p.born.length >= 10) day(p.born.slice(5, 10)).b.push(pi);
  });
  for (const [id, c] of crews) L.set(`c:${id}`, c);
  const events = JSON.parse(text('events.json')) as SpaceEvent[];
  const placeOf = new Map(launches.map((l, i) => [l.id, i]));
  const fame = new Map<number, number>();
  events.forEach((e, ei) => {
    for (const id of e.launches) if (placeOf.has(id)) fame.set(placeOf.get(id)!, (fame.get(placeOf.get(id)!) ?? 0) + 1);
    const key = onDayKey(e.time, e.precision);
    if (key !== null) (day(key).e ??= []).push(ei);
  });
  for (const [key, d] of days) L.set(`d:${key}`, d);
  // e: how many milestones name the launch (ranks equally good candidates of a lookup).
  for (const [i, n] of fame) L.set(`e:${i}`, n);

  // ids.kv: the place of each site, vehicle and agency in its file, by id (`s:`, `v:`, `a:`);
  // an id held twice gets no entry (the loader then reads the whole file).
  const I = new Map<string, unknown>();
  const twiceIds = new Set<string>();
  const place = (prefix: string, records: readonly { id: string }[]) =>
    records.forEach((r, i) => {
      const key = `${prefix}:${r.id}`;
      if (I.has(key)) twiceIds.add(key);
      I.set(key, i);
    });
  place('s', sites);

  // launch-tokens.kv: the launches whose names have each token.
  const T = new Map<string, unknown>();
  for (const [t, list] of tokens) T.set(t, list);

  // people.kv: ids (with the rank by time in space) and name keys.
  const P = new Map<string, unknown>();
  const lists = new Map<string, number[]>();
  const secs = people.map((p) => p.seconds);
  people.forEach((p, pi) => {
    let rank = 1;
    for (const s of secs) if (s > p.seconds) rank++;
    P.set(`i:${p.id}`, [pi, rank]);
    for (const key of personNameKeys(p)) {
      const list = lists.get(key);
      if (!list) lists.set(key, [pi]);
      else if (list[list.length - 1] !== pi) list.push(pi);
    }
  });
  for (const [k, list] of lists) P.set(k, list);
  // crew-rows.json: everyone's crew-list row, for `crew list` without filters.
  const flights = new Map<string, Launch | SuborbitalFlight>([...launches, ...suborbital].map((f) => [f.id, f]));
  const rows = crewRows({ flight: (id) => flights.get(id) }, people);
  // Each `crew list --sort` order as row numbers, so that a short list reads only its rows.
  for (const [sort, order] of Object.entries(CREW_ORDERS)) P.set(`s:${sort}`, rows.map((_, i) => i).sort((a, b) => order(rows[a]!, rows[b]!) || a - b));

  // stats.kv: every `stats --by` grouping of all launches, with every group (`--top 0`).
  const vehicles = JSON.parse(text('vehicles.json')) as Vehicle[];
  const agencies = JSON.parse(text('agencies.json')) as Agency[];
  place('v', vehicles);
  place('a', agencies);
  for (const key of twiceIds) I.delete(key);
  const tables: Tables = { launches: () => launches, sites: () => sites, site: (id) => siteOf.get(id), vehicles: () => vehicles, agencies: () => agencies };
  const S = new Map<string, unknown>();
  for (const by of STAT_DIMENSIONS) S.set(statsKey(by), stats(tables, launches, by, 0));

  // catalog.kv: each site group's, vehicle's and agency's detail without its entity and latest
  // launches, and the places of its launches as runs. An id held twice gets no entry (the
  // command then computes the detail from the launches).
  const C = new Map<string, unknown>();
  const twice = new Set<string>();
  const detail = (key: string, d: object, test: (l: Launch) => boolean) => {
    if (C.has(key)) twice.add(key);
    const places: number[] = [];
    launches.forEach((l, i) => {
      if (test(l)) places.push(i);
    });
    C.set(key, { ...d, places: runs(places) });
  };
  const without = <T extends object>(d: T, ...keys: string[]) => Object.fromEntries(Object.entries(d).filter(([k]) => !keys.includes(k)));
  for (const g of siteGroups(tables)) detail(catalogKey.site(g), without(siteDetail(tables, g, 0), 'recent'), launchOfSite(g));
  for (const v of vehicles) detail(catalogKey.vehicle(v), without(vehicleDetail(tables, v, 0), 'vehicle', 'recent'), launchOfVehicle(v));
  for (const a of agencies) detail(catalogKey.agency(a), without(agencyDetail(tables, a, 0), 'agency', 'recent'), launchOfAgency(a));
  for (const key of twice) C.delete(key);

  const out: Record<string, string> = {};
  const manifest: Manifest = { format: INDEX_FORMAT, files: {}, indexes: {}, counts: { launches: launches.length, people: people.length } };
  for (const name of INDEXED_FILES) manifest.files[name] = { bytes: Buffer.byteLength(text(name)), sha256: sha256(text(name)) };
  const add = (name: string, t: string, extra: { buckets?: number; records?: number }) => {
    out[`${INDEX_DIR}/${name}`] = t;
    manifest.indexes[`${INDEX_DIR}/${name}`] = { bytes: Buffer.byteLength(t), sha256: sha256(t), ...extra };
  };
  for (const file of RECORD_FILES) {
    const records = JSON.parse(text(file)) as unknown;
    if (!Array.isArray(records)) throw new Error(`${file} does not hold a list of records`);
    records.forEach((r, i) => {
      if (!hasShape(file, r)) throw new Error(`${file}: record ${i + 1} has the wrong shape`);
    });
  }
  for (const file of ['launches.json', 'people.json', 'sites.json', 'vehicles.json', 'agencies.json', 'events.json']) {
    const o = offsetsText(file, text(file));
    add(file.replace(/\.json$/, '.offsets'), o.text, { records: o.records });
  }
  // stats.kv has few, large values: more buckets than keys, so that one grouping is mostly one read.
  for (const [name, entries, load] of [['launches.kv', L, LOAD], ['launch-tokens.kv', T, LOAD], ['people.kv', P, LOAD], ['stats.kv', S, 1 / 8], ['catalog.kv', C, LOAD], ['ids.kv', I, LOAD]] as const) {
    const kv = kvText(entries, load);
    add(name, kv.text, { buckets: kv.buckets });
  }
  const crewRowsText = recordsJson(rows);
  add('crew-rows.json', crewRowsText, {});
  const crewOffsets = offsetsText('crew-rows.json', crewRowsText, isCrewRow);
  add('crew-rows.offsets', crewOffsets.text, { records: crewOffsets.records });
  add('launch-rows.json', recordsJson(launches.map(launchRow)), {});
  out[MANIFEST] = `${JSON.stringify(manifest, null, 2)}\n`;
  return out;
}
