// Finding launches by what people type, filtering the history, and ordinals computed from it.
import type { Dataset } from '../data/load.js';
import { IndexMismatch } from '../data/indexes.js';
import type { Launch, Site } from '../data/types.js';
import { echo, usageError } from '../errors.js';
import { normalize, suggest } from './text.js';
import { startMs, yearOf } from './time.js';

export type LaunchMatch =
  | { kind: 'found'; launch: Launch }
  | { kind: 'ambiguous'; candidates: Launch[]; total: number }
  | { kind: 'none'; suggestions: string[] };

/** Names a launch can be found by. */
function names(l: Launch): string[] {
  const out = [l.name, ...l.payloads.slice(0, 3), `${l.vehicle} ${l.name}`];
  if (l.ll2) {
    out.push(l.ll2.name);
    if (l.ll2.mission) out.push(l.ll2.mission);
    const right = l.ll2.name.split('|')[1];
    if (right) out.push(right);
  }
  return out;
}

const EXACT = 100;
const EXACT_NAME = 90;

/**
 * What a launch can be found by, normalised: its tag, then its names. The importer writes these
 * to data/search.json so that a lookup need not normalise some forty thousand names first.
 */
export function searchKeys(l: Launch): string[] {
  return [normalize(l.id), ...names(l).map(normalize)];
}

interface Keys {
  tag: string;
  /** Names padded with spaces (" soyuz tm 14 "), so a whole-token test is a substring test, and their distinct token counts. */
  names: { k: string; padded: string; count: number }[];
}

/** Keys per launch object, built once (searches repeat in the importer). */
const keysOf = new WeakMap<Launch, Keys>();
function keys(l: Launch, precomputed?: readonly string[]): Keys {
  let v = keysOf.get(l);
  if (!v) {
    const [tag, ...normalized] = precomputed ?? searchKeys(l);
    v = {
      tag: tag!,
      names: normalized.map((k) => {
        const tokens = k.split(' ');
        const count = tokens.filter((t, i) => t !== '' && tokens.indexOf(t) === i).length;
        return { k, padded: ` ${k} `, count };
      }),
    };
    keysOf.set(l, v);
  }
  return v;
}

function score(k: Keys, q: string, qTokens: string[]): number {
  const { tag, names: normalized } = k;
  if (q === tag) return EXACT;
  // International designators: the tag plus a piece letter ("1992-014A", "1957 ALP 2").
  if (q.startsWith(`${tag} `) && /^([a-z]{1,3}|\d{1,2})$/.test(q.slice(tag.length + 1))) return EXACT - 5;
  let best = 0;
  for (const { k, padded, count } of normalized) {
    if (k === q) return EXACT_NAME;
    if (qTokens.every((t) => padded.includes(` ${t} `))) best = Math.max(best, 60 + (20 * qTokens.length) / count);
  }
  return best;
}

/** The query, normalised and split; a usage error where it is empty. */
function launchQuery(query: string): { q: string; qTokens: string[] } {
  const q = normalize(query);
  if (q === '') throw usageError('the launch query is empty', 'give a name ("Soyuz TM-14") or a GCAT tag ("1992-014")');
  return { q, qTokens: q.split(' ') };
}

/** The found launch or the candidates, from the scored hits (in the order of launches.json). */
function ranked(hits: { l: Launch; s: number }[]): Exclude<LaunchMatch, { kind: 'none' }> {
  hits.sort((a, b) => b.s - a.s || startMs(a.l.time) - startMs(b.l.time));
  const [first, second] = hits;
  if (hits.length === 1 || (first!.s >= EXACT_NAME && second!.s < first!.s)) return { kind: 'found', launch: first!.l };
  const top = hits.filter((h) => h.s === first!.s);
  const shown = (top.length > 1 ? top : hits).map((h) => h.l);
  return { kind: 'ambiguous', candidates: shown.slice(0, 20), total: shown.length };
}

/**
 * Finds one launch, or says which launches the query could mean, or what was probably meant.
 * `precomputed[i]` are the search keys of `launches[i]` (data/search.json), where available.
 */
export function findLaunch(launches: readonly Launch[], query: string, precomputed?: readonly (readonly string[])[]): LaunchMatch {
  const { q, qTokens } = launchQuery(query);
  const hits: { l: Launch; s: number }[] = [];
  launches.forEach((l, i) => {
    const s = score(keys(l, precomputed?.[i]), q, qTokens);
    if (s > 0) hits.push({ l, s });
  });
  if (hits.length === 0) {
    return { kind: 'none', suggestions: suggest(query, launches.flatMap((l) => [l.name, ...(l.ll2?.mission ? [l.ll2.mission] : [])]), 5) };
  }
  return ranked(hits);
}

/**
 * findLaunch over a dataset: through the importer's indexes where they fit, reading only the
 * launches whose tag fits the query or whose names have its rarest token; else (and for the
 * suggestions when nothing matches) over every launch.
 */
export function findLaunchIn(ds: Dataset, query: string): LaunchMatch {
  return ds.withIndex<LaunchMatch>(
    (ix) => {
      const { q, qTokens } = launchQuery(query);
      const candidates = new Set<number>();
      // The tag itself, or the tag and a piece letter ("1992 014 a"): the tag is q less its last token.
      const tagKeys = qTokens.length > 1 ? [q, qTokens.slice(0, -1).join(' ')] : [q];
      for (const k of tagKeys) for (const i of (ix.get('launches.kv', `g:${k}`) as number[] | undefined) ?? []) candidates.add(i);
      // A name hit has every query token, so it is among the launches with the rarest token, and
      // with the next rarest: read those two lists and keep the launches on both.
      const counts = [...new Set(qTokens)].map((t) => ({ t, n: (ix.get('launches.kv', `t:${t}`) as number | undefined) ?? 0 })).sort((a, b) => a.n - b.n || (a.t < b.t ? -1 : 1));
      if (counts[0]!.n > 0) {
        let names = ix.get('launch-tokens.kv', counts[0]!.t) as number[];
        if (counts.length > 1) {
          const next = new Set(ix.get('launch-tokens.kv', counts[1]!.t) as number[]);
          names = names.filter((i) => next.has(i));
        }
        for (const i of names) candidates.add(i);
      }
      const hits: { l: Launch; s: number }[] = [];
      for (const i of [...candidates].sort((a, b) => a - b)) {
        const l = ds.launchAt(ix, i);
        const s = score(keys(l), q, qTokens);
        if (s > 0) hits.push({ l, s });
      }
      if (hits.length > 0) return ranked(hits);
      // No launch has the query's tag or all its tokens. The suggestions need every name, so they
      // are read only when asked for (launch show tries the suborbital flights first).
      let suggestions: string[] | undefined;
      return {
        kind: 'none',
        get suggestions(): string[] {
          suggestions ??= (findLaunch(ds.launches(), query, ds.searchKeys() ?? undefined) as Extract<LaunchMatch, { kind: 'none' }>).suggestions ?? [];
          return suggestions;
        },
      };
    },
    () => findLaunch(ds.launches(), query, ds.searchKeys() ?? undefined),
  );
}

export interface Ordinal {
  kind: 'year' | 'vehicle' | 'site' | 'pad' | 'crewed';
  n: number;
  total: number;
  /** "100th orbital launch attempt of 2018 (of 114)". */
  text: string;
}

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}

type Group = [Ordinal['kind'], (l: Launch) => boolean, string, string];

/** The groups a launch belongs to: kind, membership, what to call it, and a key for counting. */
function groups(launch: Launch, siteOf: (id: string) => Site | undefined): Group[] {
  const current = (id: string) => siteOf(id)?.current ?? id;
  const site = siteOf(launch.site);
  const siteName = site?.shortName ?? launch.site;
  const out: Group[] = [
    ['year', (l) => yearOf(l.time) === yearOf(launch.time), `orbital launch attempt of ${yearOf(launch.time)}`, `y${yearOf(launch.time)}`],
    ['vehicle', (l) => l.vehicle === launch.vehicle, `launch of ${launch.vehicle}`, `v${launch.vehicle}`],
    ['site', (l) => current(l.site) === current(launch.site), `launch from ${siteName}`, `s${current(launch.site)}`],
  ];
  if (launch.pad !== null) {
    out.push(['pad', (l) => current(l.site) === current(launch.site) && l.pad === launch.pad, `launch from ${siteName} pad ${launch.pad}`, `p${current(launch.site)}\0${launch.pad}`]);
  }
  if (launch.crewed) out.push(['crewed', (l) => l.crewed, 'crewed launch', 'c']);
  return out;
}

/** The ordinals of a launch from its counts ([n, total] per group, as ordinalCounts gives them). */
export function ordinalsFrom(launch: Launch, counts: readonly number[], siteOf: (id: string) => Site | undefined): Ordinal[] {
  return groups(launch, siteOf).map(([kind, , what], k) => {
    const n = counts[2 * k]!;
    const total = counts[2 * k + 1]!;
    return { kind, n, total, text: `${ordinal(n)} ${what} (of ${total})` };
  });
}

/** The launch's place among launches sharing something with it, in time order. */
export function ordinals(launches: readonly Launch[], launch: Launch, siteOf: (id: string) => Site | undefined): Ordinal[] {
  const counts: number[] = [];
  for (const [, member] of groups(launch, siteOf)) {
    let n = 0;
    let total = 0;
    for (const l of launches) {
      if (!member(l)) continue;
      total++;
      if (l.id === launch.id) n = total;
    }
    counts.push(n, total);
  }
  return ordinalsFrom(launch, counts, siteOf);
}

/** [n, total] per group for every launch at once (the importer stores them in data/index/). */
export function ordinalCounts(launches: readonly Launch[], siteOf: (id: string) => Site | undefined): number[][] {
  const seen = new Map<string, number>();
  const keyed = launches.map((l) => groups(l, siteOf).map(([, , , key]) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return [key, n] as const;
  }));
  return keyed.map((ks) => ks.flatMap(([key, n]) => [n, seen.get(key)!]));
}

/** ordinals() of a launch in a dataset: precomputed by the importer where its indexes fit. */
export function ordinalsIn(ds: Dataset, launch: Launch): Ordinal[] {
  const siteOf = (id: string) => ds.site(id);
  return ds.withIndex(
    (ix) => {
      const i = ix.get('launches.kv', `i:${launch.id}`);
      const counts = typeof i === 'number' ? ix.get('launches.kv', `o:${i}`) : undefined;
      return Array.isArray(counts) ? ordinalsFrom(launch, counts as number[], siteOf) : null;
    },
    () => ordinals(ds.launches(), launch, siteOf),
  );
}

export interface LaunchFilter {
  year?: number;
  /** Inclusive bounds, ISO dates or prefixes ("2018", "2018-03", "2018-03-17"). */
  from?: string;
  to?: string;
  vehicle?: string;
  family?: string;
  site?: string;
  agency?: string;
  country?: string;
  outcome?: string;
  crewed?: boolean;
  /** Words in a name, or a GCAT tag ("1992-014"). */
  text?: string;
  sort?: 'oldest' | 'newest';
  limit?: number;
}

export const OUTCOMES = ['success', 'failure', 'partial', 'unknown'] as const;

export interface FilterContext {
  site: (id: string) => Site | undefined;
  familyOf: (vehicle: string) => string | null;
  agencyNames: (id: string) => string[];
  agencyState: (id: string) => string | null;
}

const has = (hay: string | null | undefined, needle: string) => hay != null && normalize(hay).includes(needle);

/** Checks a date bound and returns it as a comparable prefix. */
export function dateBound(text: string, what: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) throw usageError(`${what} "${echo(text)}" is not a date`, 'write YYYY, YYYY-MM or YYYY-MM-DD');
  if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12)) throw usageError(`${what} "${echo(text)}" is not a date`, 'months run from 01 to 12');
  if (m[3] !== undefined) {
    const days = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    if (Number(m[3]) < 1 || Number(m[3]) > days) throw usageError(`${what} "${echo(text)}" is not a date`, `${m[1]}-${m[2]} has ${days} days`);
  }
  return text.trim();
}

export interface LaunchList {
  total: number;
  launches: Launch[];
}

/** What a row of `launch list` shows of a launch (data/index/launch-rows.json holds it for each). */
export type LaunchRow = Pick<Launch, 'id' | 'time' | 'precision' | 'name' | 'vehicle' | 'site' | 'outcome' | 'score' | 'success' | 'crewed'>;

/** A launch's row as data/index/launch-rows.json stores it: its fields in the order of ROW_FIELDS. */
export const ROW_FIELDS = ['id', 'time', 'precision', 'name', 'vehicle', 'site', 'outcome', 'score', 'success', 'crewed'] as const;

export function launchRow(l: Launch): unknown[] {
  return ROW_FIELDS.map((k) => l[k]);
}

function rowFrom(r: unknown): LaunchRow {
  if (!Array.isArray(r) || r.length !== ROW_FIELDS.length || typeof r[1] !== 'string' || typeof r[3] !== 'string') throw new IndexMismatch('launch-rows.json has a row of the wrong shape');
  return { id: r[0], time: r[1], precision: r[2], name: r[3], vehicle: r[4], site: r[5], outcome: r[6], score: r[7], success: r[8], crewed: r[9] } as LaunchRow;
}

/** True when a filter keeps every launch (it only orders and limits them). */
export function keepsAll(f: LaunchFilter): boolean {
  return [f.year, f.from, f.to, f.vehicle, f.family, f.site, f.agency, f.country, f.outcome, f.crewed, f.text].every((v) => v === undefined);
}

/**
 * Every launch, oldest first, as `launch list` rows: the importer's rows where the indexes fit
 * (a tenth of the launches' bytes), else the launches.
 */
export function allLaunchRows(ds: Dataset): readonly LaunchRow[] {
  return ds.withIndex(
    (ix) => {
      const rows = ix.json('launch-rows.json');
      if (!Array.isArray(rows) || rows.length !== ix.manifest.counts.launches) throw new IndexMismatch('launch-rows.json does not fit launches.json');
      return rows.map(rowFrom);
    },
    () => ds.launches(),
  );
}

/** The oldest or newest `n` launches (n > 0), newest first for "newest": a range read where the indexes fit. */
export function launchesAtEnd(ds: Dataset, sort: 'oldest' | 'newest', n: number): { total: number; launches: Launch[] } {
  return ds.withIndex(
    (ix) => {
      const total = ix.manifest.counts.launches;
      const count = Math.min(n, total);
      const launches = ds.launchRange(ix, sort === 'oldest' ? 0 : total - count, count);
      return { total, launches: sort === 'oldest' ? launches : launches.reverse() };
    },
    () => {
      const all = ds.launches();
      return { total: all.length, launches: sort === 'oldest' ? all.slice(0, n) : all.slice(-n).reverse() };
    },
  );
}

/** The launches a filter can match: only its year's where it names one and the indexes fit, else all. */
export function launchesFor(ds: Dataset, f: Pick<LaunchFilter, 'year'>): readonly Launch[] {
  return ds.withIndex(
    (ix) => {
      if (f.year === undefined) return null;
      const ranges = (ix.get('launches.kv', `y:${f.year}`) as [number, number][] | undefined) ?? [];
      return ranges.flatMap(([first, count]) => ds.launchRange(ix, first, count));
    },
    () => ds.launches(),
  );
}

export function filterLaunches(launches: readonly Launch[], f: LaunchFilter, ctx: FilterContext): LaunchList {
  const n = (v: string | undefined) => (v === undefined ? undefined : normalize(v));
  const [vehicle, family, site, agency, country, text] = [f.vehicle, f.family, f.site, f.agency, f.country, f.text].map(n);
  const out = launches.filter((l) => {
    if (f.year !== undefined && yearOf(l.time) !== f.year) return false;
    if (f.from !== undefined && l.time.slice(0, f.from.length) < f.from) return false;
    if (f.to !== undefined && l.time.slice(0, f.to.length) > f.to) return false;
    if (vehicle && !has(l.vehicle, vehicle) && !has(l.variant, vehicle)) return false;
    if (family && !has(ctx.familyOf(l.vehicle), family)) return false;
    const s = site || country ? ctx.site(l.site) : undefined;
    if (site && !(normalize(l.site) === site || normalize(s?.current ?? '') === site || has(s?.shortName, site) || has(s?.name, site) || has(s?.ll2Name, site))) return false;
    if (agency && !l.agencies.some((a) => normalize(a) === agency || ctx.agencyNames(a).some((x) => has(x, agency)))) return false;
    if (country) {
      const codes = [s?.state, s?.country, s?.stateName, ...l.agencies.map(ctx.agencyState)];
      if (!codes.some((c) => c != null && (normalize(c) === country || (country.length > 3 && has(c, country))))) return false;
    }
    if (f.outcome !== undefined && l.outcome !== f.outcome) return false;
    if (f.crewed !== undefined && l.crewed !== f.crewed) return false;
    if (text && !names(l).some((x) => has(x, text)) && !has(l.id, text)) return false;
    return true;
  });
  if (f.sort === 'newest') out.reverse();
  const total = out.length;
  return { total, launches: f.limit !== undefined && f.limit > 0 ? out.slice(0, f.limit) : out };
}
