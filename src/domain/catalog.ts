// Sites, vehicles and agencies: what each one is, and its record from the launches. Counts are
// computed here from launches.json; the importer stores each one's record in data/index/catalog.kv
// (computed by these same functions), which `show` reads where the indexes fit the data.
import type { Dataset, Tables } from '../data/load.js';
import type { DataIndex } from '../data/indexes.js';
import type { Agency, Launch, LaunchRef, Site, Vehicle } from '../data/types.js';
import { pushTo } from './group.js';
import { titleOf } from './launches.js';
import { AGENCY_NAMES, canon, oncePerRecord, SITE_NAMES, stateNames, stateOf, vehicleQuery } from './match.js';
import { echo, usageError } from '../errors.js';
import { normalize, suggest } from './text.js';
import { yearOf } from './time.js';

export type Match<T> = { kind: 'found'; item: T } | { kind: 'ambiguous'; candidates: T[] } | { kind: 'none'; suggestions: string[] };

/**
 * Finds one item by id or name, in canonical form (match.ts): an exact id wins, then a name
 * people use (`common`), then an exact main name (the item's own record, not a former one),
 * then any exact name, then the only item whose names hold every word of the query; several are
 * listed as candidates, each once.
 */
export function findByName<T>(
  items: readonly T[],
  query: string,
  idOf: (t: T) => string,
  namesOf: (t: T) => (string | null)[],
  opts: { common?: (t: T) => readonly string[]; main?: (t: T) => (string | null)[]; rewrite?: (q: string) => string } = {},
): Match<T> {
  const q = opts.rewrite ? opts.rewrite(query) : canon(query);
  if (q === '') return { kind: 'none', suggestions: [] };
  const clean = (ns: readonly (string | null)[]) => ns.filter((n): n is string => n !== null).map(canon);
  // Each tier's keys in canonical form, worked out only when the tiers before it did not decide.
  const tiers: ((t: T) => string[])[] = [(t) => [canon(idOf(t))], (t) => clean(opts.common?.(t) ?? []), (t) => clean(opts.main?.(t) ?? []), (t) => clean(namesOf(t))];
  const seen = new Map<T, string[]>();
  for (const [n, keysOf] of tiers.entries()) {
    const hits = items.filter((t) => {
      const ks = keysOf(t);
      if (n !== 2) seen.set(t, [...(seen.get(t) ?? []), ...ks]);
      return ks.includes(q);
    });
    if (hits.length === 1) return { kind: 'found', item: hits[0]! };
    if (hits.length > 1 && n === tiers.length - 1) return { kind: 'ambiguous', candidates: hits };
  }
  const words = q.split(' ');
  const hits = items.filter((t) => seen.get(t)!.some((n) => words.every((w) => ` ${n} `.includes(` ${w} `))));
  if (hits.length === 1) return { kind: 'found', item: hits[0]! };
  if (hits.length > 1) return { kind: 'ambiguous', candidates: hits };
  const all = items.flatMap((t) => [idOf(t), ...namesOf(t), ...(opts.common?.(t) ?? [])].filter((n): n is string => n !== null).map((n) => [n, idOf(t)] as const));
  const owner = new Map<string, string>();
  for (const [n, id] of all) if (!owner.has(n)) owner.set(n, id);
  const similar = suggest(query, owner.keys(), 25);
  return { kind: 'none', suggestions: oncePerRecord(similar, (n) => owner.get(n)!).slice(0, 5) };
}

export interface Record_ {
  launches: number;
  successes: number;
  failures: number;
  successRate: number | null;
  first: LaunchRef | null;
  last: LaunchRef | null;
  /** Launches per UTC year, from the first year to the last. */
  perYear: { year: number; launches: number }[];
}

const ref = (l: Launch): LaunchRef => ({ id: l.id, name: l.name, title: titleOf(l), time: l.time });

export function recordOf(launches: readonly Launch[]): Record_ {
  let successes = 0;
  let failures = 0;
  const years = new Map<number, number>();
  for (const l of launches) {
    if (l.success === true) successes++;
    else if (l.success === false) failures++;
    years.set(yearOf(l.time), (years.get(yearOf(l.time)) ?? 0) + 1);
  }
  const ys = [...years.keys()];
  const perYear: Record_['perYear'] = [];
  if (ys.length > 0) for (let y = Math.min(...ys); y <= Math.max(...ys); y++) perYear.push({ year: y, launches: years.get(y) ?? 0 });
  return {
    launches: launches.length,
    successes,
    failures,
    successRate: successes + failures === 0 ? null : successes / (successes + failures),
    first: launches.length > 0 ? ref(launches[0]!) : null,
    last: launches.length > 0 ? ref(launches[launches.length - 1]!) : null,
    perYear,
  };
}

/** Counts of something over launches, largest first: [name, launches]. */
function tally(launches: readonly Launch[], key: (l: Launch) => string[]): { name: string; launches: number }[] {
  const m = new Map<string, number>();
  for (const l of launches) for (const k of key(l)) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].map(([name, launches]) => ({ name, launches })).sort((a, b) => b.launches - a.launches || (a.name < b.name ? -1 : 1));
}

// --- Sites: grouped by GCAT's current code, so a renamed site is one place ---------------------

export interface SiteGroup {
  id: string;
  /** The site records sharing this current code (their codes over time). */
  sites: Omit<Site, 'pads'>[];
}

export function siteGroups(ds: Tables): SiteGroup[] {
  const m = new Map<string, Omit<Site, 'pads'>[]>();
  for (const s of ds.sites()) {
    const { pads: _pads, ...rest } = s;
    void _pads;
    pushTo(m, s.current, rest);
  }
  return [...m].map(([id, sites]) => ({ id, sites: sites.sort((a, b) => (a.id === id ? -1 : b.id === id ? 1 : a.id < b.id ? -1 : 1)) }));
}

const siteNames = (g: SiteGroup) => g.sites.flatMap((s) => [s.id, s.shortName, s.name, s.ll2Name]);

const own = <V>(table: Record<string, V>, key: string): V | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

export function findSite(ds: Tables, query: string): Match<SiteGroup> {
  return findByName(siteGroups(ds), query, (g) => g.id, siteNames, {
    common: (g) => own(SITE_NAMES, g.id) ?? [],
    main: (g) => [g.sites[0]!.shortName, g.sites[0]!.name, g.sites[0]!.ll2Name],
  });
}

export interface SiteDetail extends Record_, Pick<Site, 'name' | 'shortName' | 'country' | 'state' | 'stateName' | 'body' | 'latitude' | 'longitude' | 'timeZone'> {
  /** GCAT's current code. */
  id: string;
  /** Every code the site has had. */
  codes: string[];
  pads: { code: string; name: string | null; ll2Name: string | null; launches: number; first: string | null; last: string | null }[];
  vehicles: { name: string; launches: number }[];
  recent: Launch[];
}

/** Which launches count for a site group, a vehicle or an agency. */
export const launchOfSite = (g: SiteGroup) => {
  const codes = new Set(g.sites.map((s) => s.id));
  return (l: Launch) => codes.has(l.site);
};
export const launchOfVehicle = (v: Vehicle) => (l: Launch) => l.vehicle === v.id;
export const launchOfAgency = (a: Agency) => (l: Launch) => l.agencies.includes(a.id);

/** Keys of data/index/catalog.kv. */
export const catalogKey = { site: (g: SiteGroup) => `s:${g.id}`, vehicle: (v: Vehicle) => `v:${v.id}`, agency: (a: Agency) => `a:${a.id}` };

/**
 * A detail from data/index/catalog.kv (the detail without its entity and latest launches, and
 * `places`: the places in launches.json of its launches, as runs [first, count]), with the
 * latest `recent` launches read on their own; else `whole()`.
 */
function detailIn<D>(ds: Dataset, key: string, recent: number, make: (stored: object, recent: Launch[]) => D, whole: () => D): D {
  return ds.withIndex((ix) => {
    const v = ix.get('catalog.kv', key) as ({ places: [number, number][] } & object) | undefined;
    if (v === undefined || !Array.isArray(v.places)) return null;
    const { places, ...stored } = v;
    return make(stored, recent > 0 ? lastLaunches(ds, ix, places, recent) : []);
  }, whole);
}

/** The last `n` launches of a list of places given as runs [first, count], in order. */
function lastLaunches(ds: Dataset, ix: DataIndex, runs: [number, number][], n: number): Launch[] {
  const parts: Launch[][] = [];
  let left = n;
  for (let k = runs.length - 1; k >= 0 && left > 0; k--) {
    const [first, count] = runs[k]!;
    const take = Math.min(count, left);
    parts.unshift(ds.launchRange(ix, first + count - take, take));
    left -= take;
  }
  return parts.flat();
}

export function siteDetailIn(ds: Dataset, g: SiteGroup, recent: number): SiteDetail {
  return detailIn(ds, catalogKey.site(g), recent, (d, r) => ({ ...(d as Omit<SiteDetail, 'recent'>), recent: r }), () => siteDetail(ds, g, recent));
}

export function siteDetail(ds: Tables, g: SiteGroup, recent: number): SiteDetail {
  const codes = new Set(g.sites.map((s) => s.id));
  const launches = ds.launches().filter(launchOfSite(g));
  const main = g.sites[0]!;
  const pads = new Map<string, SiteDetail['pads'][number]>();
  for (const s of ds.sites().filter((x) => codes.has(x.id))) {
    for (const p of s.pads) pads.set(p.code, { code: p.code, name: p.name, ll2Name: p.ll2Name, launches: 0, first: null, last: null });
  }
  for (const l of launches) {
    if (l.pad === null) continue;
    const p = pads.get(l.pad);
    if (!p) continue;
    p.launches++;
    p.first ??= l.time.slice(0, 10);
    p.last = l.time.slice(0, 10);
  }
  return {
    id: g.id,
    name: main.name,
    shortName: main.shortName,
    codes: [...codes],
    country: main.country,
    state: main.state,
    stateName: main.stateName,
    body: main.body,
    latitude: main.latitude,
    longitude: main.longitude,
    timeZone: main.timeZone,
    ...recordOf(launches),
    pads: [...pads.values()].sort((a, b) => b.launches - a.launches || (a.code < b.code ? -1 : 1)),
    vehicles: tally(launches, (l) => [l.vehicle]).slice(0, 10),
    recent: recent > 0 ? launches.slice(-recent) : [],
  };
}

// --- Vehicles ---------------------------------------------------------------------------------

export function findVehicle(ds: Tables, query: string): Match<Vehicle> {
  return findByName(ds.vehicles(), query, (v) => v.id, (v) => [v.family, ...v.variants.map((x) => `${v.id} ${x}`)], { rewrite: vehicleQuery });
}

export interface VehicleDetail extends Record_ {
  vehicle: Vehicle;
  /** Other vehicles of the same family, with their launch counts. */
  family: { name: string; launches: number }[];
  variants: { name: string; launches: number }[];
  sites: { name: string; launches: number }[];
  recent: Launch[];
}

export function vehicleDetailIn(ds: Dataset, v: Vehicle, recent: number): VehicleDetail {
  return detailIn(ds, catalogKey.vehicle(v), recent, (d, r) => ({ vehicle: v, ...(d as Omit<VehicleDetail, 'vehicle' | 'recent'>), recent: r }), () => vehicleDetail(ds, v, recent));
}

export function vehicleDetail(ds: Tables, v: Vehicle, recent: number): VehicleDetail {
  const all = ds.launches();
  const launches = all.filter(launchOfVehicle(v));
  const familyIds = new Set(ds.vehicles().filter((x) => v.family !== null && x.family === v.family).map((x) => x.id));
  return {
    vehicle: v,
    ...recordOf(launches),
    family: tally(all.filter((l) => familyIds.has(l.vehicle)), (l) => [l.vehicle]),
    variants: tally(launches.filter((l) => l.variant !== null), (l) => [l.variant!]),
    sites: tally(launches, (l) => [ds.site(l.site)?.shortName ?? l.site]),
    recent: recent > 0 ? launches.slice(-recent) : [],
  };
}

// --- Agencies ---------------------------------------------------------------------------------

export function findAgency(ds: Tables, query: string): Match<Agency> {
  return findByName(ds.agencies(), query, (a) => a.id, (a) => [a.shortName, a.name, a.gcatName !== a.name ? a.gcatName : null], { common: (a) => own(AGENCY_NAMES, a.id) ?? [] });
}

export interface AgencyDetail extends Record_ {
  agency: Agency;
  vehicles: { name: string; launches: number }[];
  sites: { name: string; launches: number }[];
  recent: Launch[];
}

export function agencyDetailIn(ds: Dataset, a: Agency, recent: number): AgencyDetail {
  return detailIn(ds, catalogKey.agency(a), recent, (d, r) => ({ agency: a, ...(d as Omit<AgencyDetail, 'agency' | 'recent'>), recent: r }), () => agencyDetail(ds, a, recent));
}

export function agencyDetail(ds: Tables, a: Agency, recent: number): AgencyDetail {
  const launches = ds.launches().filter(launchOfAgency(a));
  return {
    agency: a,
    ...recordOf(launches),
    vehicles: tally(launches, (l) => [l.vehicle]).slice(0, 10),
    sites: tally(launches, (l) => [ds.site(l.site)?.shortName ?? l.site]).slice(0, 10),
    recent: recent > 0 ? launches.slice(-recent) : [],
  };
}

// --- Lists --------------------------------------------------------------------------------------

export interface CatalogRow extends Omit<Record_, 'perYear'> {
  id: string;
  name: string;
  detail: string | null;
}

export const CATALOG_SORTS = ['launches', 'name', 'first', 'last'] as const;

export function catalogList(rows: CatalogRow[], sort: (typeof CATALOG_SORTS)[number], limit: number): { total: number; items: CatalogRow[] } {
  const by: Record<(typeof CATALOG_SORTS)[number], (a: CatalogRow, b: CatalogRow) => number> = {
    launches: (a, b) => b.launches - a.launches,
    name: () => 0,
    first: (a, b) => (a.first?.time ?? '9') < (b.first?.time ?? '9') ? -1 : (a.first?.time ?? '9') > (b.first?.time ?? '9') ? 1 : 0,
    last: (a, b) => (b.last?.time ?? '') < (a.last?.time ?? '') ? -1 : (b.last?.time ?? '') > (a.last?.time ?? '') ? 1 : 0,
  };
  const sorted = [...rows].sort((a, b) => by[sort](a, b) || (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : a.name.toLowerCase() > b.name.toLowerCase() ? 1 : 0));
  return { total: rows.length, items: limit > 0 ? sorted.slice(0, limit) : sorted };
}

const row = (id: string, name: string, detail: string | null, launches: readonly Launch[]): CatalogRow => {
  const { perYear: _p, ...r } = recordOf(launches);
  void _p;
  return { id, name, detail, ...r };
};

export function siteRows(ds: Dataset): CatalogRow[] {
  const byCode = new Map<string, Launch[]>();
  for (const l of ds.launches()) pushTo(byCode, l.site, l);
  return siteGroups(ds).map((g) => {
    const launches = g.sites.flatMap((s) => byCode.get(s.id) ?? []).sort((a, b) => (a.time < b.time ? -1 : 1));
    const s = g.sites[0]!;
    return row(g.id, s.shortName, [s.stateName, s.timeZone].filter(Boolean).join(' · ') || null, launches);
  });
}

export function vehicleRows(ds: Dataset, family?: string): CatalogRow[] {
  const byVehicle = new Map<string, Launch[]>();
  for (const l of ds.launches()) pushTo(byVehicle, l.vehicle, l);
  const f = family === undefined ? undefined : normalize(family);
  return ds.vehicles()
    .filter((v) => f === undefined || (v.family !== null && normalize(v.family).includes(f)))
    .map((v) => row(v.id, v.id, v.family, byVehicle.get(v.id) ?? []));
}

export function agencyRows(ds: Dataset, country?: string): CatalogRow[] {
  const byAgency = new Map<string, Launch[]>();
  for (const l of ds.launches()) for (const a of l.agencies) pushTo(byAgency, a, l);
  const c = country === undefined ? undefined : stateOf(country);
  const agencies = ds.agencies();
  if (country !== undefined && (c === null || !agencies.some((a) => stateOf(a.state) === c || stateOf(a.stateName) === c))) {
    const near = suggest(country, [...stateNames(), ...agencies.flatMap((a) => [a.state, a.stateName]).filter((x): x is string => x !== null)], 3);
    throw usageError(`no country "${echo(country)}" among the agencies`, near.length > 0 ? `did you mean ${near.map((x) => `"${x}"`).join(', ')}?` : 'see `almanac agency list`');
  }
  return agencies
    .filter((a) => c === undefined || stateOf(a.state) === c || stateOf(a.stateName) === c)
    .map((a) => row(a.id, a.name, [a.shortName !== a.name ? a.shortName : null, a.stateName].filter(Boolean).join(' · ') || null, byAgency.get(a.id) ?? []));
}
