// Launch sites and pads used by the launches, with coordinates and an IANA time zone for
// every site on Earth: Launch Library 2's zone where one of its pads is near, otherwise the
// coordinate lookup, with the explicit table (zones.ts) taking precedence where it speaks.
import tzlookup from '@photostructure/tz-lookup';
import type { Pad, Site, ZoneSource } from '../data/types.js';
import { certain, type TsvFile } from './tsv.js';
import type { LL2Location, LL2Pad } from './ll2.js';
import { SITE_CORRECTIONS } from './siteCorrections.js';
import { EXPLICIT_ZONES } from './zones.js';

/** An LL2 pad this close (km) to a site or one of its pads lends the site its zone. */
export const NEAR_KM = 50;

// sites.tsv / lp.tsv columns (both files share the first 12).
const S = { site: 0, code: 1, ucode: 2, state: 4, shortName: 7, name: 8, lon: 10, lat: 11, shortEName: 14, eName: 15 };

export interface SiteUse {
  site: string;
  pad: string | null;
  /** LL2 pad names of launches from here that joined LL2. */
  ll2PadNames: string[];
}

function num(v: string | null | undefined): number | null {
  const c = certain(v ?? null).value;
  if (c === null) return null;
  const n = Number(c);
  return Number.isFinite(n) ? n : null;
}

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The most frequent string, ties broken alphabetically (deterministic). */
function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestN = 0;
  for (const [v, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n > bestN) {
      best = v;
      bestN = n;
    }
  }
  return best;
}

interface ZonedPlace {
  latitude: number;
  longitude: number;
  name: string;
  zone: string;
  country: string | null;
}

export interface SitesResult {
  sites: Site[];
  unmatched: string[];
}

export function buildSites(
  uses: readonly SiteUse[],
  sitesTsv: TsvFile,
  lpTsv: TsvFile,
  ll2Pads: readonly LL2Pad[],
  ll2Locations: readonly LL2Location[],
  stateNames: ReadonlyMap<string, string>,
): SitesResult {
  const unmatched: string[] = [];
  const siteRows = new Map<string, (string | null)[]>();
  for (const r of sitesTsv.rows) {
    const code = r.fields[S.site];
    if (code && !siteRows.has(code)) siteRows.set(code, r.fields);
  }
  // Pads by "site pad"; the first row of duplicates wins (GCAT lists some pads twice).
  const padRows = new Map<string, (string | null)[]>();
  for (const r of lpTsv.rows) {
    const key = `${r.fields[S.site]} ${r.fields[S.code]}`;
    if (!padRows.has(key)) padRows.set(key, r.fields);
  }
  // Places Launch Library 2 gives a zone for: its pads (their location's zone) and its locations.
  const zoned: ZonedPlace[] = [
    ...ll2Pads.map((p) => ({ latitude: p.latitude, longitude: p.longitude, name: p.location.name, zone: p.location.timezone_name, country: p.country })),
    ...ll2Locations.map((l) => ({ latitude: l.latitude, longitude: l.longitude, name: l.name, zone: l.timezone_name, country: l.country })),
  ].filter((p): p is ZonedPlace => p.latitude !== null && p.longitude !== null && !!p.zone);

  const bySite = new Map<string, Map<string, string[]>>();
  for (const u of uses) {
    const pads = bySite.get(u.site) ?? new Map<string, string[]>();
    bySite.set(u.site, pads);
    if (u.pad !== null) pads.set(u.pad, [...(pads.get(u.pad) ?? []), ...u.ll2PadNames]);
  }

  const sites: Site[] = [];
  for (const id of [...bySite.keys()].sort()) {
    const row = siteRows.get(id);
    if (!row) throw new Error(`launch site ${id} is not in sites.tsv`);
    const current = row[S.ucode] ?? id;
    const state = row[S.state] ?? '';
    const body = state === 'LUNA' ? 'Moon' : 'Earth';
    const latitude = num(row[S.lat]);
    const longitude = num(row[S.lon]);

    const pads: Pad[] = [];
    for (const [code, ll2Names] of [...bySite.get(id)!].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const padRow = padRows.get(`${id} ${code}`) ?? padRows.get(`${current} ${code}`) ?? null;
      if (!padRow && body === 'Earth') unmatched.push(`pad ${id} ${code}: not in lp.tsv, site coordinates used`);
      const plat = padRow ? num(padRow[S.lat]) : null;
      const plon = padRow ? num(padRow[S.lon]) : null;
      const hasOwn = plat !== null && plon !== null;
      pads.push({
        code,
        name: padRow?.[S.name] ?? null,
        ll2Name: mostCommon(ll2Names),
        latitude: hasOwn ? plat : latitude,
        longitude: hasOwn ? plon : longitude,
        coordinates: hasOwn ? 'pad' : 'site',
      });
    }

    let timeZone: string | null = null;
    let timeZoneSource: ZoneSource | null = null;
    let ll2Name: string | null = null;
    let country: string | null = null;
    if (body === 'Earth') {
      const points: [number, number][] = pads
        .filter((p) => p.coordinates === 'pad')
        .map((p) => [p.latitude!, p.longitude!]);
      if (latitude !== null && longitude !== null) points.push([latitude, longitude]);
      let nearest: { d: number; place: ZonedPlace } | null = null;
      for (const [lat, lon] of points) {
        for (const place of zoned) {
          const d = distanceKm(lat, lon, place.latitude, place.longitude);
          if (d <= NEAR_KM && (nearest === null || d < nearest.d)) nearest = { d, place };
        }
      }
      if (nearest) {
        ll2Name = nearest.place.name;
        country = nearest.place.country || null;
      }
      const explicit = EXPLICIT_ZONES[id];
      if (explicit) {
        timeZone = explicit.zone;
        timeZoneSource = 'explicit';
      } else if (nearest) {
        timeZone = nearest.place.zone;
        timeZoneSource = 'll2';
      } else if (latitude !== null && longitude !== null) {
        timeZone = tzlookup(latitude, longitude);
        timeZoneSource = 'lookup';
      }
      if (timeZone === null || timeZone.startsWith('Etc/') && timeZoneSource !== 'explicit') {
        throw new Error(`launch site ${id} has no time zone (${timeZone ?? 'no coordinates'}): add it to src/importer/zones.ts`);
      }
    }

    const shortEName = row[S.shortEName];
    const gcatName = row[S.eName] ?? row[S.name] ?? id;
    sites.push({
      id,
      current,
      shortName: shortEName ?? row[S.shortName] ?? id,
      name: SITE_CORRECTIONS[id]?.name ?? gcatName,
      gcatName,
      ll2Name,
      country,
      state,
      stateName: stateNames.get(state) ?? null,
      body,
      latitude,
      longitude,
      timeZone,
      timeZoneSource,
      pads,
    });
  }
  return { sites, unmatched };
}
