// `launch next` and `launch upcoming`: Launch Library 2's upcoming launches with a countdown and
// the same times as `launch show` (UTC, the launch site's clock and yours).
import type { Site } from '../data/types.js';
import type { Upcoming, UpcomingLaunch } from '../update/upcoming.js';
import type { ClockFormat, ZoneRow } from './convert.js';
import { launchTimes } from './detail.js';
import type { Zone } from './zones.js';

export interface UpcomingRow extends UpcomingLaunch {
  /** "T-2d 03:04:05" before the time, "T+00:12:00" after it; "T-2d (day)" where only the day is known. */
  countdown: string;
  /** Seconds to the time (negative once it has passed). */
  seconds: number;
  times: ZoneRow[];
}

export interface UpcomingView {
  fetchedAt: string;
  age: number;
  from: Upcoming['from'];
  reason: string | null;
  total: number;
  /** How many were asked for (`launch next 5`); the list may hold fewer. */
  asked: number;
  launches: UpcomingRow[];
}

const two = (n: number) => String(n).padStart(2, '0');

export function countdown(seconds: number, precision: UpcomingLaunch['precision']): string {
  const sign = seconds < 0 ? '+' : '-';
  const s = Math.abs(Math.round(seconds));
  const d = Math.floor(s / 86_400);
  if (precision === 'day' || precision === 'month') return `T${sign}${d}d (${precision})`;
  const clock = `${two(Math.floor((s % 86_400) / 3600))}:${two(Math.floor((s % 3600) / 60))}${precision === 'second' ? `:${two(s % 60)}` : ''}`;
  return `T${sign}${d > 0 ? `${d}d ` : ''}${clock}`;
}

export function upcomingView(list: Upcoming, limit: number, viewer: Zone, format: ClockFormat, now: number): UpcomingView {
  const launches = list.launches.slice(0, limit).map((l) => {
    const seconds = (Date.parse(l.net) - now) / 1000;
    const time = l.precision === 'second' ? l.net : l.precision === 'minute' ? l.net.slice(0, 16) + 'Z' : l.precision === 'day' ? l.net.slice(0, 10) : l.net.slice(0, 7);
    const site = l.timeZone === null ? undefined : ({ timeZone: l.timeZone } as Site);
    return { ...l, countdown: countdown(seconds, l.precision), seconds: Math.round(seconds), times: launchTimes({ time, precision: l.precision }, site, viewer, format) };
  });
  return { fetchedAt: list.fetchedAt, age: list.age, from: list.from, reason: list.reason, total: list.launches.length, asked: limit, launches };
}
