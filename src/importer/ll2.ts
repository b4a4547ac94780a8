// Launch Library 2 extracts: launches, pads and locations, and the join of LL2 launches to
// GCAT launches (time within 60 s of GCAT's time, names to choose among several).
import type { LaunchLL2, Precision } from '../data/types.js';
import { startMs } from '../domain/time.js';
import { nameOverlap } from './names.js';

export interface LL2Launch {
  id: string;
  name: string;
  net: string;
  mission: { name: string | null; type: string | null } | null;
  rocket: { name: string | null; family: string | null } | null;
  pad: { id: number; name: string | null; location: { name: string | null; timezone_name: string | null } | null } | null;
}

export interface LL2Pad {
  id: number;
  name: string;
  country?: string | null;
  latitude: number | null;
  longitude: number | null;
  location: { id: number; name: string; timezone_name: string | null };
}

export interface LL2Location {
  id: number;
  name: string;
  latitude: number | null;
  longitude: number | null;
  timezone_name: string | null;
  country?: string | null;
}

/** Tolerance of the time join, in milliseconds. */
export const JOIN_TOLERANCE_MS = 60_000;

const PRECISION_MS: Record<Precision, number> = {
  second: 1000,
  minute: 60_000,
  day: 86_400_000,
  month: 31 * 86_400_000,
};

/** The interval of instants a stored time with this precision may stand for. */
export function timeWindow(time: string, precision: Precision): [number, number] {
  const start = startMs(time);
  return [start, start + PRECISION_MS[precision] - 1];
}

export interface Joinable {
  time: string;
  precision: Precision;
  names: string[];
}

/**
 * Index of LL2 items sorted by time, for joining by time and name. Each LL2 item joins
 * at most one GCAT launch.
 */
export class TimeJoin<T extends { net: string }> {
  private readonly items: { ms: number; item: T }[];
  private readonly used = new Set<T>();

  constructor(
    items: readonly T[],
    private readonly namesOf: (item: T) => string[],
  ) {
    this.items = items
      .map((item) => ({ ms: Date.parse(item.net), item }))
      .filter((x) => !Number.isNaN(x.ms))
      .sort((a, b) => a.ms - b.ms);
  }

  private between(lo: number, hi: number): { ms: number; item: T }[] {
    let a = 0;
    let b = this.items.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.items[mid]!.ms < lo) a = mid + 1;
      else b = mid;
    }
    const out: { ms: number; item: T }[] = [];
    for (let i = a; i < this.items.length && this.items[i]!.ms <= hi; i++) out.push(this.items[i]!);
    return out;
  }

  /**
   * Finds the LL2 item for a launch. Known to the second or minute: the items within
   * 60 s of the launch's time; one candidate joins on time alone, several are decided
   * by names. Known to the day: items that day whose names agree.
   */
  match(launch: Joinable): { item: T; how: LaunchLL2['match'] } | null {
    const [lo, hi] = timeWindow(launch.time, launch.precision);
    const byTime = launch.precision === 'second' || launch.precision === 'minute';
    const pad = byTime ? JOIN_TOLERANCE_MS : 0;
    const candidates = this.between(lo - pad, hi + pad).filter((c) => !this.used.has(c.item));
    if (candidates.length === 0 || launch.precision === 'month') return null;
    const scored = candidates
      .map((c) => ({ ...c, score: nameOverlap(launch.names, this.namesOf(c.item)) }))
      .sort((a, b) => b.score - a.score || Math.abs(a.ms - lo) - Math.abs(b.ms - lo));
    const best = scored[0]!;
    let how: LaunchLL2['match'];
    if (byTime) {
      if (best.score > 0) how = 'time+name';
      else if (candidates.length === 1) how = 'time';
      else return null;
    } else {
      if (best.score === 0) return null;
      how = 'day+name';
    }
    this.used.add(best.item);
    return { item: best.item, how };
  }
}

export function ll2LaunchNames(l: LL2Launch): string[] {
  const names = [l.name];
  if (l.mission?.name) names.push(l.mission.name);
  return names;
}
