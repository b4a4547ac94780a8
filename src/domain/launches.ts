// Finding launches by what people type, filtering the history, and ordinals computed from it.
import type { Launch, Site } from '../data/types.js';
import { usageError } from '../errors.js';
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

/**
 * Finds one launch, or says which launches the query could mean, or what was probably meant.
 * `precomputed[i]` are the search keys of `launches[i]` (data/search.json), where available.
 */
export function findLaunch(launches: readonly Launch[], query: string, precomputed?: readonly (readonly string[])[]): LaunchMatch {
  const q = normalize(query);
  if (q === '') throw usageError('the launch query is empty', 'give a name ("Soyuz TM-14") or a GCAT tag ("1992-014")');
  const qTokens = q.split(' ');
  const hits: { l: Launch; s: number }[] = [];
  launches.forEach((l, i) => {
    const s = score(keys(l, precomputed?.[i]), q, qTokens);
    if (s > 0) hits.push({ l, s });
  });
  if (hits.length === 0) {
    return { kind: 'none', suggestions: suggest(query, launches.flatMap((l) => [l.name, ...(l.ll2?.mission ? [l.ll2.mission] : [])]), 5) };
  }
  hits.sort((a, b) => b.s - a.s || startMs(a.l.time) - startMs(b.l.time));
  const [first, second] = hits;
  if (hits.length === 1 || (first!.s >= EXACT_NAME && second!.s < first!.s)) return { kind: 'found', launch: first!.l };
  const top = hits.filter((h) => h.s === first!.s);
  const shown = (top.length > 1 ? top : hits).map((h) => h.l);
  return { kind: 'ambiguous', candidates: shown.slice(0, 20), total: shown.length };
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

/** The launch's place among launches sharing something with it, in time order. */
export function ordinals(launches: readonly Launch[], launch: Launch, siteOf: (id: string) => Site | undefined): Ordinal[] {
  const current = (id: string) => siteOf(id)?.current ?? id;
  const site = siteOf(launch.site);
  const siteName = site?.shortName ?? launch.site;
  const groups: [Ordinal['kind'], (l: Launch) => boolean, string][] = [
    ['year', (l) => yearOf(l.time) === yearOf(launch.time), `orbital launch attempt of ${yearOf(launch.time)}`],
    ['vehicle', (l) => l.vehicle === launch.vehicle, `launch of ${launch.vehicle}`],
    ['site', (l) => current(l.site) === current(launch.site), `launch from ${siteName}`],
  ];
  if (launch.pad !== null) {
    groups.push(['pad', (l) => current(l.site) === current(launch.site) && l.pad === launch.pad, `launch from ${siteName} pad ${launch.pad}`]);
  }
  if (launch.crewed) groups.push(['crewed', (l) => l.crewed, 'crewed launch']);
  return groups.map(([kind, member, what]) => {
    let n = 0;
    let total = 0;
    for (const l of launches) {
      if (!member(l)) continue;
      total++;
      if (l === launch) n = total;
    }
    return { kind, n, total, text: `${ordinal(n)} ${what} (of ${total})` };
  });
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
  sites: readonly Site[];
  familyOf: (vehicle: string) => string | null;
  agencyNames: (id: string) => string[];
  agencyState: (id: string) => string | null;
}

const has = (hay: string | null | undefined, needle: string) => hay != null && normalize(hay).includes(needle);

/** Checks a date bound and returns it as a comparable prefix. */
export function dateBound(text: string, what: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) throw usageError(`${what} "${text}" is not a date`, 'write YYYY, YYYY-MM or YYYY-MM-DD');
  if (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 12)) throw usageError(`${what} "${text}" is not a date`, 'months run from 01 to 12');
  if (m[3] !== undefined) {
    const days = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    if (Number(m[3]) < 1 || Number(m[3]) > days) throw usageError(`${what} "${text}" is not a date`, `${m[1]}-${m[2]} has ${days} days`);
  }
  return text.trim();
}

export interface LaunchList {
  total: number;
  launches: Launch[];
}

export function filterLaunches(launches: readonly Launch[], f: LaunchFilter, ctx: FilterContext): LaunchList {
  const siteOf = new Map(ctx.sites.map((s) => [s.id, s]));
  const n = (v: string | undefined) => (v === undefined ? undefined : normalize(v));
  const [vehicle, family, site, agency, country, text] = [f.vehicle, f.family, f.site, f.agency, f.country, f.text].map(n);
  const out = launches.filter((l) => {
    if (f.year !== undefined && yearOf(l.time) !== f.year) return false;
    if (f.from !== undefined && l.time.slice(0, f.from.length) < f.from) return false;
    if (f.to !== undefined && l.time.slice(0, f.to.length) > f.to) return false;
    if (vehicle && !has(l.vehicle, vehicle) && !has(l.variant, vehicle)) return false;
    if (family && !has(ctx.familyOf(l.vehicle), family)) return false;
    const s = siteOf.get(l.site);
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
