// The history at a glance: launches grouped by time or by who and where, with success rates,
// and the records worth knowing (busiest year and day, longest run of successes).
import type { Dataset, Tables } from '../data/load.js';
import type { Launch, LaunchRef } from '../data/types.js';
import { yearOf } from './time.js';
import { titleOf } from './launches.js';

export const STAT_DIMENSIONS = ['year', 'decade', 'month', 'country', 'agency', 'family', 'vehicle', 'site', 'outcome', 'category'] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];
const TIME_DIMENSIONS: readonly StatDimension[] = ['year', 'decade', 'month'];

export interface StatRow {
  key: string;
  label: string;
  launches: number;
  /** By GCAT's rule (partial results below 0.75 count as failures); unknown results are neither. */
  successes: number;
  failures: number;
  /** successes / (successes + failures), null when there are none of either. */
  successRate: number | null;
}

export interface Stats {
  by: StatDimension;
  launches: number;
  successes: number;
  failures: number;
  successRate: number | null;
  rows: StatRow[];
  /** Groups beyond --top, added together; null when every group is shown. */
  rest: { groups: number; launches: number } | null;
  recordYear: { year: number; launches: number } | null;
  busiestDay: { date: string; launches: number } | null;
  /** The longest run of launches in a row that all succeeded, in time order. */
  longestSuccessRun: { launches: number; first: LaunchRef; last: LaunchRef } | null;
}

const ref = (l: Launch): LaunchRef => ({ id: l.id, name: l.name, title: titleOf(l), time: l.time });
const rate = (s: number, f: number) => (s + f === 0 ? null : s / (s + f));

/** The groups a launch counts in for a dimension, as [key, label] pairs. */
function groupsOf(ds: Tables, by: StatDimension): (l: Launch) => [string, string][] {
  const vehicles = new Map(ds.vehicles().map((v) => [v.id, v]));
  const agencies = new Map(ds.agencies().map((a) => [a.id, a]));
  switch (by) {
    case 'year':
      return (l) => [[String(yearOf(l.time)), String(yearOf(l.time))]];
    case 'decade':
      return (l) => {
        const d = `${Math.floor(yearOf(l.time) / 10) * 10}s`;
        return [[d, d]];
      };
    case 'month':
      return (l) => [[l.time.slice(0, 7), l.time.slice(0, 7)]];
    case 'country':
      return (l) => {
        const s = ds.site(l.site);
        return [[s?.state ?? '?', s?.stateName ? `${s.stateName} (${s.state})` : (s?.state ?? 'unknown')]];
      };
    case 'agency':
      return (l) => (l.agencies.length === 0 ? [['?', 'unknown']] : l.agencies.map((a) => [a, `${agencies.get(a)?.shortName ?? a}`]));
    case 'family':
      return (l) => {
        const f = vehicles.get(l.vehicle)?.family ?? null;
        return [[f ?? `(${l.vehicle})`, f ?? `${l.vehicle} (no family)`]];
      };
    case 'vehicle':
      return (l) => [[l.vehicle, l.vehicle]];
    case 'site':
      return (l) => {
        const s = ds.site(l.site);
        const key = s?.current ?? l.site;
        return [[key, s ? `${s.shortName} (${key})` : key]];
      };
    case 'outcome':
      return (l) => [[l.outcome, l.outcome]];
    case 'category':
      return (l) => [[l.category, l.category]];
  }
}

export function stats(ds: Tables, launches: readonly Launch[], by: StatDimension, top: number): Stats {
  const groupOf = groupsOf(ds, by);
  const rows = new Map<string, StatRow>();
  let successes = 0;
  let failures = 0;
  for (const l of launches) {
    if (l.success === true) successes++;
    else if (l.success === false) failures++;
    for (const [key, label] of groupOf(l)) {
      let r = rows.get(key);
      if (!r) rows.set(key, (r = { key, label, launches: 0, successes: 0, failures: 0, successRate: null }));
      r.launches++;
      if (l.success === true) r.successes++;
      else if (l.success === false) r.failures++;
    }
  }
  for (const r of rows.values()) r.successRate = rate(r.successes, r.failures);
  const list = [...rows.values()];
  if (TIME_DIMENSIONS.includes(by)) list.sort((a, b) => (a.key < b.key ? -1 : 1));
  else list.sort((a, b) => b.launches - a.launches || (a.label < b.label ? -1 : 1));

  const perYear = new Map<number, number>();
  const perDay = new Map<string, number>();
  for (const l of launches) {
    perYear.set(yearOf(l.time), (perYear.get(yearOf(l.time)) ?? 0) + 1);
    if (l.precision !== 'month') perDay.set(l.time.slice(0, 10), (perDay.get(l.time.slice(0, 10)) ?? 0) + 1);
  }
  const maxOf = <K>(m: Map<K, number>) => [...m].reduce<[K, number] | null>((best, e) => (best === null || e[1] > best[1] ? e : best), null);
  const year = maxOf(perYear);
  const day = maxOf(perDay);

  let run: Launch[] = [];
  let bestRun: Launch[] = [];
  for (const l of launches) {
    if (l.success === true) {
      run.push(l);
      if (run.length > bestRun.length) bestRun = [...run];
    } else run = [];
  }

  return topOf({
    by,
    launches: launches.length,
    successes,
    failures,
    successRate: rate(successes, failures),
    rows: list,
    rest: null,
    recordYear: year ? { year: year[0], launches: year[1] } : null,
    busiestDay: day ? { date: day[0], launches: day[1] } : null,
    longestSuccessRun: bestRun.length > 0 ? { launches: bestRun.length, first: ref(bestRun[0]!), last: ref(bestRun[bestRun.length - 1]!) } : null,
  }, top);
}

/** Every group's row (as `stats` gives them with `--top 0`) cut to the `top` largest, the rest added together; time groupings are never cut. */
function topOf(all: Stats, top: number): Stats {
  if (TIME_DIMENSIONS.includes(all.by) || !(top > 0 && all.rows.length > top)) return all;
  const cut = all.rows.slice(top);
  return { ...all, rows: all.rows.slice(0, top), rest: { groups: cut.length, launches: cut.reduce((n, r) => n + r.launches, 0) } };
}

/** The index key of the statistics of every launch grouped `by` (data/index/stats.kv). */
export const statsKey = (by: StatDimension) => `b:${by}`;

/**
 * The statistics of every launch (no filter): from the importer's precomputed groups where the
 * indexes fit the data, else `whole()`, computed from the launches.
 */
export function statsOfAll(ds: Dataset, by: StatDimension, top: number, whole: () => Stats): Stats {
  return ds.withIndex((ix) => {
    const all = ix.get('stats.kv', statsKey(by)) as Stats | undefined;
    return all === undefined || all.by !== by ? null : topOf(all, top);
  }, whole);
}
