// GCAT launch lists -> launch records. launchlog.tsv has one row per payload up to
// 2024-12-08; launch-tail.tsv has one row per launch (any kind) and overlaps it at the start.
import type { Launch, UncertainField } from '../data/types.js';
import { parseGcatDate } from './gcatDate.js';
import { isOrbitalAttempt, parseLaunchCode } from './launchCode.js';
import type { TailFlight } from './crew.js';
import { certain, SourceError, type TsvFile, type TsvRow } from './tsv.js';

// launchlog.tsv columns
const L = { tag: 0, date: 1, type: 3, name: 4, lv: 9, flightId: 10, platform: 11, site: 12, pad: 13, agency: 16, code: 18 };
// launch-tail.tsv columns, by position (the header names 28 columns, rows have 26)
const T = { tag: 0, date: 2, lv: 3, variant: 4, flightId: 5, flight: 6, mission: 7, platform: 9, site: 10, pad: 11, apogee: 14, agency: 18, code: 19 };
export const TAIL_FIELDS = 26;

/** A launch before the joins: crewed is null where the source does not say. */
export type RawLaunch = Omit<Launch, 'crewed' | 'll2'> & { crewed: boolean | null };

function need(file: string, row: TsvRow, i: number, what: string): string {
  const v = row.fields[i];
  if (v === null || v === undefined) throw new SourceError(file, row.line, `missing ${what}`);
  return v;
}

function common(file: string, row: TsvRow, c: { tag: number; date: number; lv: number; site: number; pad: number; agency: number; code: number; flightId: number; platform: number }) {
  const id = need(file, row, c.tag, 'launch tag');
  const code = need(file, row, c.code, 'launch code');
  const parsedCode = parseLaunchCode(code);
  if (!parsedCode) throw new SourceError(file, row.line, `unknown launch code "${code}"`);
  const dateText = need(file, row, c.date, 'launch date');
  const t = parseGcatDate(dateText);
  if (!t) throw new SourceError(file, row.line, `bad launch date "${dateText}"`);
  const uncertain: UncertainField[] = [];
  if (t.uncertain) uncertain.push('time');
  const vehicle = certain(need(file, row, c.lv, 'vehicle'));
  if (vehicle.uncertain) uncertain.push('vehicle');
  const site = certain(need(file, row, c.site, 'launch site'));
  if (site.uncertain) uncertain.push('site');
  const pad = certain(row.fields[c.pad] ?? null);
  if (pad.uncertain) uncertain.push('pad');
  const agencyText = row.fields[c.agency] ?? null;
  const agencies = agencyText === null ? [] : agencyText.split('/').map((a) => certain(a.trim()));
  if (agencies.some((a) => a.uncertain)) uncertain.push('agencies');
  return {
    id,
    time: t.time,
    precision: t.precision,
    uncertain,
    vehicle: vehicle.value!,
    flightId: row.fields[c.flightId] ?? null,
    site: site.value!,
    pad: pad.value,
    platform: certain(row.fields[c.platform] ?? null).value,
    agencies: [...new Set(agencies.map((a) => a.value).filter((a): a is string => a !== null))],
    code,
    ...parsedCode,
  };
}

/** Orbital launch attempts from launchlog.tsv, grouped by launch tag, in file order. */
export function launchesFromLog(log: TsvFile): RawLaunch[] {
  const groups = new Map<string, TsvRow[]>();
  for (const row of log.rows) {
    const tag = need(log.file, row, L.tag, 'launch tag');
    groups.set(tag, [...(groups.get(tag) ?? []), row]);
  }
  const out: RawLaunch[] = [];
  for (const [tag, rows] of groups) {
    const first = rows[0]!;
    const base = common(log.file, first, L);
    if (!isOrbitalAttempt(base.code)) continue;
    for (const r of rows.slice(1)) {
      for (const [i, what] of [[L.date, 'date'], [L.code, 'launch code'], [L.lv, 'vehicle'], [L.site, 'site']] as const) {
        if (r.fields[i] !== first.fields[i]) {
          throw new SourceError(log.file, r.line, `launch ${tag}: ${what} differs from line ${first.line}`);
        }
      }
    }
    const payloads = rows.map((r) => r.fields[L.name] ?? r.fields[L.name + 1]).filter((n): n is string => n !== null);
    out.push({
      ...base,
      name: payloads[0] ?? base.vehicle,
      variant: null,
      payloads,
      payloadCount: rows.length,
      crewed: rows.some((r) => (r.fields[L.type] ?? '').startsWith('PH')),
    });
  }
  return out;
}

export interface TailResult {
  launches: RawLaunch[];
  /** Tags whose row gives a flight or mission name (the others are named after the vehicle). */
  named: Set<string>;
  /** Rows that are not launch attempts although their code is orbital ("OE": failed before lift-off). */
  notAttempts: string[];
}

/** Orbital launch attempts from launch-tail.tsv. */
export function launchesFromTail(tail: TsvFile): TailResult {
  const launches: RawLaunch[] = [];
  const notAttempts: string[] = [];
  const named = new Set<string>();
  for (const row of tail.rows) {
    const code = need(tail.file, row, T.code, 'launch code');
    if (!/^[ODX]/.test(code)) continue;
    if (!isOrbitalAttempt(code)) {
      notAttempts.push(`${row.fields[T.tag]} (${code})`);
      continue;
    }
    const base = common(tail.file, row, T);
    const flight = row.fields[T.flight];
    const mission = row.fields[T.mission];
    if (flight !== null || mission !== null) named.add(base.id);
    launches.push({
      ...base,
      name: flight ?? mission ?? [base.vehicle, base.flightId].filter(Boolean).join(' '),
      variant: certain(row.fields[T.variant] ?? null).value,
      payloads: mission ? [mission] : [],
      payloadCount: null,
      crewed: null,
    });
  }
  return { launches, notAttempts, named };
}

/**
 * The per-launch fields launch-tail.tsv gives. For a tag in both lists these are taken from
 * launch-tail.tsv (plus the name, where its row has a flight or mission name); payloads,
 * their count and the crewed flag stay launchlog.tsv's, as the tail has no payload rows.
 * Category, outcome, score and success follow the launch code.
 */
export const TAIL_FIELDS_WIN = [
  'time', 'precision', 'uncertain', 'vehicle', 'variant', 'flightId', 'site', 'pad', 'platform', 'agencies',
  'code', 'category', 'outcome', 'score', 'success',
] as const satisfies readonly (keyof RawLaunch)[];

export interface OverlapChange {
  id: string;
  /** Each field whose value launch-tail.tsv changed: launchlog.tsv's value, then the tail's. */
  fields: { field: string; from: unknown; to: unknown }[];
}

export interface Merged {
  /** Every launch once: launchlog.tsv's, with the tail's values for overlapping tags, then the tail's own. */
  launches: RawLaunch[];
  /** Launches only launch-tail.tsv has. */
  fromTail: RawLaunch[];
  /** Tags in both lists. */
  overlap: string[];
  /** The overlapping launches the tail changed, and how. */
  changes: OverlapChange[];
}

/**
 * Combines the two GCAT launch lists. Rule: launchlog.tsv (one row per payload, to 2024-12-08)
 * and launch-tail.tsv (one row per launch, newer) overlap for a few weeks; for a tag in both,
 * the newer file's per-launch values win (GCAT corrects launches after the fact, e.g. the pad
 * of 2024-226, the Chang Zheng 12 maiden flight, is LC2 in the tail and LC1 in launchlog.tsv),
 * while payload names, payload count and the crewed flag come from launchlog.tsv.
 */
export function mergeLaunchLists(fromLog: readonly RawLaunch[], tail: TailResult): Merged {
  const tailById = new Map(tail.launches.map((t) => [t.id, t]));
  const overlap: string[] = [];
  const changes: OverlapChange[] = [];
  const launches = fromLog.map((l) => {
    const t = tailById.get(l.id);
    if (!t) return l;
    overlap.push(l.id);
    const merged: RawLaunch = { ...l };
    for (const f of TAIL_FIELDS_WIN) (merged as Record<string, unknown>)[f] = t[f];
    if (tail.named.has(t.id)) merged.name = t.name;
    const fields = (['name', ...TAIL_FIELDS_WIN] as const)
      .filter((f) => JSON.stringify(l[f]) !== JSON.stringify(merged[f]))
      .map((f) => ({ field: f, from: l[f], to: merged[f] }));
    if (fields.length > 0) changes.push({ id: l.id, fields });
    return merged;
  });
  const inLog = new Set(fromLog.map((l) => l.id));
  const fromTail = tail.launches.filter((t) => !inLog.has(t.id));
  return { launches: [...launches, ...fromTail], fromTail, overlap, changes };
}

/**
 * GCAT's Apogee (km) of a launch-tail.tsv row: null where empty ("-") or uncertain (a trailing
 * "?", GCAT's Apoflag); a value that is not a number is a source error.
 */
function tailApogee(file: string, row: TsvRow): number | null {
  const text = row.fields[T.apogee] ?? null;
  if (text === null || text.endsWith('?')) return null;
  const km = Number(text);
  if (!Number.isFinite(km)) throw new SourceError(file, row.line, `bad apogee "${text}"`);
  return km;
}

/** Suborbital flights (launch code S…) of launch-tail.tsv: the crewed suborbital flights' launch times and apogees. */
export function suborbitalFromTail(tail: TsvFile): TailFlight[] {
  const out: TailFlight[] = [];
  for (const row of tail.rows) {
    const code = row.fields[T.code] ?? '';
    if (!code.startsWith('S')) continue;
    const id = need(tail.file, row, T.tag, 'launch tag');
    const dateText = need(tail.file, row, T.date, 'launch date');
    const t = parseGcatDate(dateText);
    if (!t) throw new SourceError(tail.file, row.line, `bad launch date "${dateText}"`);
    const vehicle = certain(need(tail.file, row, T.lv, 'vehicle')).value!;
    out.push({
      id,
      time: t.time,
      precision: t.precision,
      vehicle,
      name: row.fields[T.flight] ?? row.fields[T.mission] ?? vehicle,
      site: certain(row.fields[T.site] ?? null).value,
      pad: certain(row.fields[T.pad] ?? null).value,
      apogeeKm: tailApogee(tail.file, row),
    });
  }
  return out;
}
