// Finding launches by what people type, filtering the history, and ordinals computed from it.
import type { Dataset } from '../data/load.js';
import { IndexMismatch } from '../data/indexes.js';
import type { Agency, Launch, Site, SpaceEvent, Vehicle } from '../data/types.js';
import { echo, usageError } from '../errors.js';
import { AGENCY_NAMES, canon, canonTokens, designatorTag, SITE_NAMES, stateNames, stateOf, vehicleQuery } from './match.js';
import { normalize, suggest } from './text.js';
import { startMs, yearOf } from './time.js';

export type LaunchMatch =
  | { kind: 'found'; launch: Launch }
  | { kind: 'ambiguous'; candidates: Launch[]; total: number }
  | { kind: 'none'; suggestions: string[] };

/** The name people recognise (data before titles: GCAT's name). */
export function titleOf(l: Pick<Launch, 'name' | 'title'>): string {
  return l.title ?? l.name;
}

/** The title and the names people use for a launch: an exact match on one of these is decisive. */
function strongNames(l: Launch): string[] {
  return [titleOf(l), ...(l.knownAs ?? [])];
}

/** The other names a launch can be found by (GCAT's name, payloads, Launch Library 2's names). */
function names(l: Launch): string[] {
  const out = [...(l.aliases ?? []), l.name, ...l.payloads.slice(0, 3), `${l.vehicle} ${l.name}`];
  // A reused spacecraft's name, where GCAT names the flight after it ("Challenger (STS-6)").
  const craft = /^([^()]+?)\s*\([^()]+\)$/.exec(l.name);
  if (craft) out.push(craft[1]!);
  if (l.ll2) {
    out.push(l.ll2.name);
    if (l.ll2.mission) out.push(l.ll2.mission);
    const right = l.ll2.name.split('|')[1];
    if (right) out.push(right);
  }
  return out;
}

/** Scores: a tag or designator; an exact title or name people use; another exact name; all the query's words in a title, or in another name. */
const TAG = 100;
const PIECE = 95;
const EXACT_TITLE = 92;
const EXACT_ALIAS = 88;

/**
 * What a launch can be found by, in canonical form (match.ts canon: numbers in one spelling):
 * its tag, its title and the names people use, an empty string, then its other names, each
 * once. The importer writes these to data/search.json and files the names under `n:` keys of
 * data/index/launches.kv, so a lookup need not canonicalise some forty thousand names first.
 */
export function searchKeys(l: Launch): string[] {
  const strong = [...new Set(strongNames(l).map(canon))].filter((k) => k !== '');
  const weak = [...new Set(names(l).map(canon))].filter((k) => k !== '' && !strong.includes(k));
  return [normalize(l.id), ...strong, '', ...weak];
}

interface NameKey {
  k: string;
  padded: string;
  count: number;
  strong: boolean;
}

interface Keys {
  tag: string;
  /** Names padded with spaces (" soyuz tm 14 "), so a whole-token test is a substring test, and their distinct token counts. */
  names: NameKey[];
}

/** Keys per launch object, built once (searches repeat in the importer). */
const keysOf = new WeakMap<Launch, Keys>();
function keys(l: Launch, precomputed?: readonly string[]): Keys {
  let v = keysOf.get(l);
  if (!v) {
    const [tag, ...rest] = precomputed ?? searchKeys(l);
    const split = rest.indexOf('');
    v = {
      tag: tag!,
      names: rest.flatMap((k, i) => {
        if (k === '') return [];
        const tokens = k.split(' ');
        const count = tokens.filter((t, j) => t !== '' && tokens.indexOf(t) === j).length;
        return [{ k, padded: ` ${k} `, count, strong: split < 0 || i < split }];
      }),
    };
    keysOf.set(l, v);
  }
  return v;
}

/**
 * True when the padded name has the query's word `t`. A number that follows a word in the query
 * must follow the same word in the name, where the name has that word: "Artemis II" is not
 * "Artemis & BSAT-2b" (its 2 goes with BSAT), while "Gemini 6" is "Gemini VI-A" and "TM-14" is
 * "Soyuz TM-14".
 */
function hasWord(padded: string, t: string, before: string | undefined): boolean {
  if (!padded.includes(` ${t} `)) return false;
  if (before === undefined || !/^\d+$/.test(t) || !padded.includes(` ${before} `)) return true;
  return padded.includes(` ${before} ${t} `);
}

function score(k: Keys, q: string, qTokens: string[]): number {
  const { tag, names: normalized } = k;
  if (q === tag) return TAG;
  // International designators: the tag plus a piece letter ("1992-014A", "1957 ALP 2").
  if (q.startsWith(`${tag} `) && /^([a-z]{1,3}|\d{1,2})$/.test(q.slice(tag.length + 1))) return PIECE;
  let best = 0;
  for (const { k, padded, count, strong } of normalized) {
    if (k === q) best = Math.max(best, strong ? EXACT_TITLE : EXACT_ALIAS);
    else if (qTokens.every((t, i) => hasWord(padded, t, qTokens[i - 1]))) best = Math.max(best, (strong ? 60 : 50) + (20 * qTokens.length) / count);
  }
  return best;
}

interface LaunchQuery {
  /** The query as a tag would be written ("1992 014"), and in canonical form, with its tokens. */
  tag: string;
  q: string;
  qTokens: string[];
  /** The GCAT tag a COSPAR designator names ("1957-001B" -> "1957 ALP"). */
  designator: string | null;
}

/** The query, normalised and split; a usage error where it is empty. */
function launchQuery(query: string): LaunchQuery {
  const tag = normalize(query);
  if (tag === '') throw usageError('the launch query is empty', 'give a name ("Soyuz TM-14") or a GCAT tag ("1992-014")');
  const q = canon(query);
  return { tag, q, qTokens: q.split(' '), designator: designatorTag(query) };
}

function scoreQuery(k: Keys, lq: LaunchQuery): number {
  // The tag as typed (canonical form would read GCAT's "XI" as 11), then the names.
  if (lq.tag === k.tag) return TAG;
  if (lq.tag.startsWith(`${k.tag} `) && /^([a-z]{1,3}|\d{1,2})$/.test(lq.tag.slice(k.tag.length + 1))) return PIECE;
  return score(k, lq.q, lq.qTokens);
}

/** How many of the almanac's milestones name a launch: among equally good candidates, the ones people mean first. */
export type Fame = (l: Launch) => number;

/** Scores compared when ranking candidates: exact matches by kind, word matches as two tiers. */
const tier = (s: number) => (s >= EXACT_ALIAS ? s : s >= 60 ? 60 : 50);

/**
 * The found launch or the candidates, from the scored hits (in the order of launches.json). A
 * tag is decisive, then a title or name people use that only one launch has, then another exact
 * name that only one launch has (a reused spacecraft's name, "Challenger", fits all its flights). Candidates: those of the best tier where it
 * holds several, else all; ranked by tier, then by the milestones that name them (up to 50
 * candidates), then by time.
 */
function ranked(hits: { l: Launch; s: number }[], fame: Fame): Exclude<LaunchMatch, { kind: 'none' }> {
  hits.sort((a, b) => b.s - a.s || startMs(a.l.time) - startMs(b.l.time));
  const [first, second] = hits;
  if (hits.length === 1 || (first!.s >= EXACT_ALIAS && second!.s < first!.s)) return { kind: 'found', launch: first!.l };
  const top = hits.filter((h) => tier(h.s) === tier(first!.s));
  const shown = top.length > 1 ? top : hits;
  const famous = shown.length <= 50 ? new Map(shown.map((h) => [h.l, fame(h.l)])) : null;
  shown.sort((a, b) => tier(b.s) - tier(a.s) || (famous ? famous.get(b.l)! - famous.get(a.l)! : 0) || b.s - a.s || startMs(a.l.time) - startMs(b.l.time));
  return { kind: 'ambiguous', candidates: shown.slice(0, 20).map((h) => h.l), total: shown.length };
}

/** Milestones per launch id, from the events. */
export function fameFrom(events: readonly SpaceEvent[]): Fame {
  const m = new Map<string, number>();
  for (const e of events) for (const id of e.launches) m.set(id, (m.get(id) ?? 0) + 1);
  return (l) => m.get(l.id) ?? 0;
}

/**
 * Finds one launch, or says which launches the query could mean, or what was probably meant.
 * `precomputed[i]` are the search keys of `launches[i]` (data/search.json), where available;
 * `fame` ranks equally good candidates (default: none).
 */
export function findLaunch(launches: readonly Launch[], query: string, precomputed?: readonly (readonly string[])[], fame: Fame = () => 0): LaunchMatch {
  const lq = launchQuery(query);
  if (lq.designator !== null) {
    const d = launches.find((l) => l.id === lq.designator);
    if (d) return { kind: 'found', launch: d };
  }
  const hits: { l: Launch; s: number }[] = [];
  launches.forEach((l, i) => {
    const s = scoreQuery(keys(l, precomputed?.[i]), lq);
    if (s > 0) hits.push({ l, s });
  });
  if (hits.length === 0) {
    const titles = launches.flatMap((l) => [titleOf(l), ...(l.title !== undefined && l.title !== l.name ? [l.name] : [])]);
    return { kind: 'none', suggestions: suggest(query, titles, 5) };
  }
  return ranked(hits, fame);
}

/**
 * findLaunch over a dataset: through the importer's indexes where they fit, reading only the
 * launch a designator names, else the launches filed under the query's canonical name (`n:`),
 * else those whose tag fits the query or whose names have its rarest tokens; else (and for the
 * suggestions when nothing matches) over every launch.
 */
export function findLaunchIn(ds: Dataset, query: string): LaunchMatch {
  return ds.withIndex<LaunchMatch>(
    (ix) => {
      const lq = launchQuery(query);
      const { q, qTokens } = lq;
      if (lq.designator !== null) {
        const i = ix.get('launches.kv', `i:${lq.designator}`);
        if (typeof i === 'number') return { kind: 'found', launch: ds.launchAt(ix, i) };
      }
      const fame: Fame = (l) => {
        const i = ix.get('launches.kv', `i:${l.id}`);
        const n = typeof i === 'number' ? ix.get('launches.kv', `e:${i}`) : undefined;
        return typeof n === 'number' ? n : 0;
      };
      const scoreAt = (list: Iterable<number>) => {
        const hits: { l: Launch; s: number }[] = [];
        for (const i of [...list].sort((a, b) => a - b)) {
          const l = ds.launchAt(ix, i);
          const s = scoreQuery(keys(l), lq);
          if (s > 0) hits.push({ l, s });
        }
        return hits;
      };
      // The tag itself, or the tag and a piece letter ("1992 014 a"): the tag is the query less its last token.
      const tTokens = lq.tag.split(' ');
      const tagKeys = tTokens.length > 1 ? [lq.tag, tTokens.slice(0, -1).join(' ')] : [lq.tag];
      const byTag = tagKeys.flatMap((k) => (ix.get('launches.kv', `g:${k}`) as number[] | undefined) ?? []);
      // A title or name people use that one launch has is the answer, whatever else has its words.
      const named = (ix.get('launches.kv', `n:${q}`) as number[] | undefined) ?? [];
      if (named.length > 0 && byTag.length === 0) {
        const exact = scoreAt(named).filter((h) => h.s >= EXACT_TITLE);
        if (exact.length === 1) return { kind: 'found', launch: exact[0]!.l };
      }
      const candidates = new Set<number>([...named, ...byTag]);
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
      const hits = scoreAt(candidates);
      if (hits.length > 0) return ranked(hits, fame);
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
    () => findLaunch(ds.launches(), query, ds.searchKeys() ?? undefined, fameFrom(ds.events())),
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
  /** The vocabularies the filters match against (a value none of them has is exit 2). */
  sites: () => readonly Site[];
  agencies: () => readonly Agency[];
  vehicles: () => readonly Vehicle[];
}

/** Does a name hold every word of the value, as whole words (canonical form)? */
const holds = (name: string | null | undefined, words: string[]) => {
  if (name == null) return false;
  const padded = ` ${canon(name)} `;
  return words.every((w) => padded.includes(` ${w} `));
};

/** A usage error (exit 2) for a filter value that nothing in its vocabulary has, with suggestions. */
function unknownValue(option: string, value: string, vocabulary: Iterable<string>): Error {
  const near = suggest(value, vocabulary, 3);
  return usageError(`no ${option.replace(/^--/, '')} "${echo(value)}" in the data`, near.length > 0 ? `did you mean ${near.map((x) => `"${x}"`).join(', ')}?` : `see \`almanac ${option === '--country' ? 'site' : option.replace(/^--/, '')} list\``);
}

/**
 * What each filter value matches, resolved once against its vocabulary: the site codes, agency
 * ids, vehicle ids and state keys it names. Whole words and exact codes, never substrings ("US"
 * is not in "Russia"); a value that names nothing is a usage error (exit 2) with suggestions.
 */
export function resolveFilter(f: LaunchFilter, ctx: FilterContext): { sites?: Set<string>; agencies?: Set<string>; vehicles?: Set<string>; families?: Set<string>; country?: string } {
  const out: ReturnType<typeof resolveFilter> = {};
  if (f.site !== undefined) {
    const words = canonTokens(f.site);
    const sites = ctx.sites();
    const common = (s: Site) => (Object.hasOwn(SITE_NAMES, s.current) ? SITE_NAMES[s.current]! : []);
    // A site code names that site and the codes it shares a current code with (NIIP-5 and GIK-5).
    const byCode = sites.filter((s) => canon(s.id) === words.join(' ') || canon(s.current) === words.join(' '));
    const hit = byCode.length > 0 ? byCode : sites.filter((s) => [s.shortName, s.name, s.ll2Name, ...common(s)].some((n) => holds(n, words)));
    const current = new Set(hit.map((s) => s.current));
    out.sites = new Set(sites.filter((s) => current.has(s.current)).map((s) => s.id));
    if (out.sites.size === 0) throw unknownValue('--site', f.site, sites.flatMap((s) => [s.id, s.shortName, s.ll2Name ?? s.name, ...common(s)]));
  }
  if (f.agency !== undefined) {
    const words = canonTokens(f.agency);
    const agencies = ctx.agencies();
    const common = (a: Agency) => (Object.hasOwn(AGENCY_NAMES, a.id) ? AGENCY_NAMES[a.id]! : []);
    out.agencies = new Set(agencies.filter((a) => canon(a.id) === words.join(' ') || [a.shortName, a.name, a.gcatName, ...common(a)].some((n) => holds(n, words))).map((a) => a.id));
    if (out.agencies.size === 0) throw unknownValue('--agency', f.agency, agencies.flatMap((a) => [a.id, a.name, ...common(a)]));
  }
  if (f.vehicle !== undefined) {
    const words = vehicleQuery(f.vehicle).split(' ');
    const vehicles = ctx.vehicles();
    out.vehicles = new Set(vehicles.filter((v) => holds(v.id, words) || v.variants.some((x) => holds(`${v.id} ${x}`, words) || holds(x, words))).map((v) => v.id));
    if (out.vehicles.size === 0) throw unknownValue('--vehicle', f.vehicle, vehicles.map((v) => v.id));
  }
  if (f.family !== undefined) {
    const words = canonTokens(f.family);
    const vehicles = ctx.vehicles();
    out.families = new Set(vehicles.filter((v) => holds(v.family, words)).map((v) => v.id));
    if (out.families.size === 0) throw unknownValue('--family', f.family, vehicles.flatMap((v) => (v.family ? [v.family] : [])));
  }
  if (f.country !== undefined) {
    const key = stateOf(f.country);
    const known = new Set<string | null>([...ctx.sites().flatMap((s) => [s.state, s.country, s.stateName].map(stateOf)), ...ctx.agencies().flatMap((a) => [a.state, a.stateName].map(stateOf))]);
    if (key === null || !known.has(key)) throw unknownValue('--country', f.country, [...stateNames(), ...ctx.sites().flatMap((s) => [s.state, s.stateName]).filter((x): x is string => x !== null)]);
    out.country = key;
  }
  return out;
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
export type LaunchRow = Pick<Launch, 'id' | 'time' | 'precision' | 'name' | 'vehicle' | 'site' | 'outcome' | 'score' | 'success' | 'crewed' | 'title'>;

/** A launch's row as data/index/launch-rows.json stores it: its fields in the order of ROW_FIELDS. */
export const ROW_FIELDS = ['id', 'time', 'precision', 'name', 'vehicle', 'site', 'outcome', 'score', 'success', 'crewed', 'title'] as const;

export function launchRow(l: Launch): unknown[] {
  return ROW_FIELDS.map((k) => (k === 'title' ? titleOf(l) : l[k]));
}

function rowFrom(r: unknown): LaunchRow {
  if (!Array.isArray(r) || r.length !== ROW_FIELDS.length || typeof r[1] !== 'string' || typeof r[3] !== 'string') throw new IndexMismatch('launch-rows.json has a row of the wrong shape');
  return { id: r[0], time: r[1], precision: r[2], name: r[3], vehicle: r[4], site: r[5], outcome: r[6], score: r[7], success: r[8], crewed: r[9], title: r[10] } as LaunchRow;
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
  const text = f.text === undefined ? undefined : normalize(f.text);
  const r = resolveFilter(f, ctx);
  const out = launches.filter((l) => {
    if (f.year !== undefined && yearOf(l.time) !== f.year) return false;
    if (f.from !== undefined && l.time.slice(0, f.from.length) < f.from) return false;
    if (f.to !== undefined && l.time.slice(0, f.to.length) > f.to) return false;
    if (r.vehicles && !r.vehicles.has(l.vehicle)) return false;
    if (r.families && !r.families.has(l.vehicle)) return false;
    if (r.sites && !r.sites.has(l.site)) return false;
    if (r.agencies && !l.agencies.some((a) => r.agencies!.has(a))) return false;
    if (r.country !== undefined) {
      const s = ctx.site(l.site);
      const codes = [s?.state, s?.country, s?.stateName, ...l.agencies.map(ctx.agencyState)];
      if (!codes.some((c) => stateOf(c) === r.country)) return false;
    }
    if (f.outcome !== undefined && l.outcome !== f.outcome) return false;
    if (f.crewed !== undefined && l.crewed !== f.crewed) return false;
    if (text && ![titleOf(l), ...names(l)].some((x) => has(x, text)) && !has(l.id, text)) return false;
    return true;
  });
  if (f.sort === 'newest') out.reverse();
  const total = out.length;
  return { total, launches: f.limit !== undefined && f.limit > 0 ? out.slice(0, f.limit) : out };
}
