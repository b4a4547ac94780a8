// Everything `launch show` says about one launch, as a plain object (its --json).
import type { Agency, Launch, Pad, Site, SuborbitalFlight, Vehicle } from '../data/types.js';
import type { Dataset } from '../data/load.js';
import { launchCrew, type LaunchCrew } from './crew.js';
import { zoneRow, type ClockFormat, type ZoneRow } from './convert.js';
import { ordinalsIn, type Ordinal } from './launches.js';
import { startMs } from './time.js';
import type { Zone } from './zones.js';

export interface LaunchDetail {
  launch: Launch;
  vehicle: Vehicle | null;
  site: Omit<Site, 'pads'> | null;
  pad: Pad | null;
  agencies: Agency[];
  times: ZoneRow[];
  ordinals: Ordinal[];
  /** Who flew (with roles and the vehicle they came home in), and who came home in this vehicle. */
  crew: LaunchCrew;
}

/** The UTC row, the launch site's row (on Earth) and the viewer's row. */
export function launchTimes(launch: Pick<Launch, 'time' | 'precision'>, site: Site | undefined, viewer: Zone, format: ClockFormat, siteAbbreviation?: string): ZoneRow[] {
  const ms = startMs(launch.time);
  const rows = [zoneRow('UTC', { kind: 'iana', id: 'UTC' }, ms, launch.precision, format)];
  // A site clock the importer worked out (siteAbbreviation) is in a zone Intl knew by that name.
  if (site?.timeZone) rows.push(zoneRow('launch site', { kind: 'iana', id: site.timeZone, known: siteAbbreviation !== undefined }, ms, launch.precision, format, null, siteAbbreviation));
  rows.push(zoneRow('you', viewer, ms, launch.precision, format));
  return rows;
}

export function launchDetail(ds: Dataset, launch: Launch, viewer: Zone, format: ClockFormat): LaunchDetail {
  const site = ds.site(launch.site);
  const { pads: _pads, ...siteOnly } = site ?? { pads: [] };
  return {
    launch,
    vehicle: ds.vehicle(launch.vehicle) ?? null,
    site: site ? (siteOnly as Omit<Site, 'pads'>) : null,
    pad: site?.pads.find((p) => p.code === launch.pad) ?? null,
    agencies: launch.agencies.map((id) => ds.agency(id)).filter((a): a is Agency => a !== undefined),
    times: launchTimes(launch, site, viewer, format, ds.siteAbbreviation(launch.id)),
    ordinals: ordinalsIn(ds, launch),
    crew: launchCrew(ds, launch.id),
  };
}

/** What `launch show` says about a crewed suborbital flight. */
export interface SuborbitalDetail {
  flight: SuborbitalFlight;
  site: Omit<Site, 'pads'> | null;
  times: ZoneRow[];
  crew: LaunchCrew;
}

export function suborbitalDetail(ds: Dataset, flight: SuborbitalFlight, viewer: Zone, format: ClockFormat): SuborbitalDetail {
  const site = flight.site === null ? undefined : ds.site(flight.site);
  const { pads: _pads, ...siteOnly } = site ?? { pads: [] };
  return { flight, site: site ? (siteOnly as Omit<Site, 'pads'>) : null, times: launchTimes(flight, site, viewer, format), crew: launchCrew(ds, flight.id) };
}
