// `launch next` (each launch in full) and `launch upcoming` (a table).
import type { UpcomingRow, UpcomingView } from '../domain/upcoming.js';
import { timesTable } from './launch.js';
import { clean, fieldLines, fitTable, paint, wrapLines, type RenderOptions } from './style.js';

/** "3 min", "2 h 5 min", "4 d": how old the list is. */
export function ageText(seconds: number): string {
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${Math.floor(seconds / 3600)} h ${Math.round((seconds % 3600) / 60)} min`;
  return `${Math.round(seconds / 86_400)} d`;
}

function sourceLine(v: UpcomingView): string {
  const when = `${v.fetchedAt.slice(0, 16).replace('T', ' ')} UTC, ${ageText(v.age)} ago`;
  return v.from === 'offline'
    ? `Offline: Launch Library 2's list as fetched ${when}`
    : `From Launch Library 2's upcoming launches (fetched ${when})`;
}

function place(l: UpcomingRow): string {
  return [l.pad, l.location].filter((x): x is string => x !== null).map(clean).join(', ');
}

export function renderNext(v: UpcomingView, opts: RenderOptions): string {
  const c = paint(opts);
  const out: string[] = [];
  if (v.launches.length === 0) out.push('No upcoming launches in the list.');
  for (const l of v.launches) {
    if (out.length > 0) out.push('');
    out.push(c.bold(clean(l.name)) + `  ${l.countdown}`);
    const field = (k: string, val: string | null) => {
      if (val !== null && val !== '') out.push(...fieldLines(k, val, 11, opts.width));
    };
    field('Status', l.status === null ? null : clean(l.status) + (l.probability === null ? '' : ` · ${l.probability}% probability`));
    field('Vehicle', l.vehicle === null ? null : clean(l.vehicle) + (l.provider === null ? '' : ` (${clean(l.provider)})`));
    field('Mission', l.mission === null ? null : clean(l.mission));
    field('Site', place(l));
    out.push('', timesTable(l.times, opts));
  }
  if (v.launches.length > 0 && v.launches.length < v.asked) out.push('', ...wrapLines(`${v.asked} were asked for; the list holds only ${v.launches.length}.`, opts.width));
  out.push('', ...wrapLines(sourceLine(v), opts.width));
  return `${out.join('\n')}\n`;
}

export function renderUpcoming(v: UpcomingView, opts: RenderOptions): string {
  const rows = v.launches.map((l) => [l.countdown, l.times[0]!.local.replace('T', ' ').replace(/(Z|\+00:00)$/, ''), clean(l.name), clean(l.status ?? ''), place(l)]);
  const out = [
    v.launches.length === 0
      ? 'No upcoming launches in the list.'
      : fitTable([
          { head: 'Countdown', min: 9 },
          { head: 'UTC', min: 9, wrap: true },
          { head: 'Launch', wrap: true, min: 12 },
          { head: 'Status', wrap: true, min: 6, drop: 2 },
          { head: 'Site', wrap: true, min: 8, drop: 1 },
        ], rows, opts),
    ...wrapLines(sourceLine(v), opts.width),
  ];
  return `${out.join('\n')}\n`;
}
