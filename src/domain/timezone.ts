// `timezone`: a launch's time, or any time, in many zones.
import type { Dataset } from '../data/load.js';
import type { LaunchRef, Precision } from '../data/types.js';
import { looksLikeTime, parseTime, zoneRow, type ClockFormat, type ZoneRow } from './convert.js';
import { launchTimes } from './detail.js';
import { startMs } from './time.js';
import { parseZone, type Zone } from './zones.js';
import { titleOf } from './launches.js';

export interface Conversion {
  input: { text: string; kind: 'launch' | 'time'; launch: LaunchRef | null; utc: string; precision: Precision };
  rows: ZoneRow[];
  notes: string[];
}

export interface ConversionOptions {
  to: string[];
  from?: string;
  viewer: Zone;
  format: ClockFormat;
  now: number;
  /** Finds the launch for a query that is not a time (throws when none or ambiguous). */
  findLaunch: (query: string) => import('../data/types.js').Launch;
}

export function convert(ds: Dataset, text: string, o: ConversionOptions): Conversion {
  const to = o.to.map((z) => ({ typed: z, zone: parseZone(z) }));
  const notes: string[] = [];
  let rows: ZoneRow[];
  let input: Conversion['input'];
  if (looksLikeTime(text)) {
    const from = parseZone(o.from ?? 'UTC');
    const t = parseTime(text, from, o.now);
    if (t.note) notes.push(t.note);
    rows = [zoneRow('UTC', { kind: 'iana', id: 'UTC' }, t.ms, t.precision, o.format)];
    if (from.id !== 'UTC') rows.push(zoneRow('from', from, t.ms, t.precision, o.format));
    rows.push(zoneRow('you', o.viewer, t.ms, t.precision, o.format));
    input = { text, kind: 'time', launch: null, utc: new Date(t.ms).toISOString().replace('.000Z', 'Z'), precision: t.precision };
    rows.push(...to.map(({ typed, zone }) => zoneRow(typed, zone, t.ms, t.precision, o.format)));
  } else {
    if (o.from !== undefined) notes.push('--from applies to typed times, not to launches (their times are UTC)');
    const launch = o.findLaunch(text);
    const site = ds.site(launch.site);
    rows = launchTimes(launch, site, o.viewer, o.format, ds.siteAbbreviation(launch.id));
    if (site && site.body === 'Moon') notes.push(`${launch.name} lifted off from the Moon, which has no time zone`);
    const ms = startMs(launch.time);
    rows.push(...to.map(({ typed, zone }) => zoneRow(typed, zone, ms, launch.precision, o.format)));
    input = { text, kind: 'launch', launch: { id: launch.id, name: launch.name, title: titleOf(launch), time: launch.time }, utc: launch.time, precision: launch.precision };
  }
  for (const { zone } of to) if (zone.kind === 'fixed' && zone.note && !notes.includes(zone.note)) notes.push(zone.note);
  return { input, rows, notes };
}
