// Builds an updated dataset: the bundled dataset carries every fact only the bundled sources
// hold (launchlog.tsv's payloads, the crew tables, Wikidata's times, curated events, people and
// seats); GCAT's current launch list (launch.tsv, the format of launch-tail.tsv) gives the
// launches and corrections since, read by the importer's own readers and joined by its own rules
// (src/importer: launches.ts, titles.ts, catalog.ts, sites.ts, ll2.ts, indexes.ts).
import { createHash } from 'node:crypto';
import { Dataset } from '../data/load.js';
import { SCHEMA_VERSION } from '../data/schema.js';
import { hasShape } from '../data/shapes.js';
import type { Launch, Meta, Person, Site, SourceFile, SuborbitalFlight } from '../data/types.js';
import { summarize } from '../domain/summary.js';
import { startMs } from '../domain/time.js';
import { buildAgencies, buildVehicles, indexOrgs, stateNames } from '../importer/catalog.js';
import { CREDITS } from '../importer/credits.js';
import { ControlStripper } from '../importer/controls.js';
import { parseGcatDate } from '../importer/gcatDate.js';
import { datasetFiles } from '../importer/indexes.js';
import { launchesFromTail, suborbitalFromTail, TAIL_FIELDS, type RawLaunch } from '../importer/launches.js';
import { ll2LaunchNames, TimeJoin, type LL2Launch } from '../importer/ll2.js';
import { buildSites } from '../importer/sites.js';
import { launchTitle, missionCounts } from '../importer/titles.js';
import { parseTsv, SourceError, type TsvFile } from '../importer/tsv.js';
import { SeatError } from '../importer/seatChecks.js';
import { updatePeople, type LL2CrewedLaunch, type LL2Person } from './people.js';


/** A fetched source file: its name in the dataset's list of sources, and its text. */
export interface FetchedText {
  file: string;
  text: string;
}

export interface UpdateInput {
  /** GCAT's launch list (launch.tsv). */
  launches: FetchedText;
  /** GCAT's tables, for sites, vehicles and agencies the bundled data does not have. */
  sites: FetchedText | null;
  pads: FetchedText | null;
  vehicles: FetchedText | null;
  orgs: FetchedText | null;
  /** Launch Library 2 launches since the bundled horizon (null where not fetched). */
  ll2Launches: LL2Launch[] | null;
  /** Launch Library 2 people who flew in the year before the bundled horizon or since, with their flights and landings. */
  astronauts: LL2Person[] | null;
  /** Launch Library 2 crewed launches from a year before the bundled horizon, with their crews and mission ends. */
  crewed: LL2CrewedLaunch[] | null;
  /** When Launch Library 2 was asked (a mission end after it is a plan, not a landing). */
  now: string;
}

/** What an update did to the people (in its report and in `data update --json`). */
export interface PeopleChange {
  /** Seats added from Launch Library 2's crews, the people among them new to the almanac, and bundled seats in space whose landing it gives. */
  seatsAdded: number;
  peopleAdded: number;
  landed: number;
  /** Crew facts left out, each with why. */
  peopleLeftOut: string[];
  /** Facts kept from the bundled data where Launch Library 2 now says otherwise (a birth date). */
  peopleKept: string[];
  /** Crewed suborbital flights added since the bundled data. */
  suborbitalAdded: number;
}

export interface UpdateReport extends PeopleChange {
  bundled: number;
  launches: number;
  /** Launches the bundled data does not have, oldest first. */
  added: Launch[];
  /** Bundled launches from GCAT's launch list that it no longer lists. */
  removed: string[];
  /** Bundled launches whose values GCAT corrected since. */
  corrected: string[];
  /** New launches joined to Launch Library 2, and those marked crewed from its crews. */
  ll2Joined: number;
  crewed: number;
  /** References the fetched tables could not resolve. */
  unmatched: string[];
  newest: Launch | null;
}

export class VerifyError extends Error {}

const PER_LAUNCH = ['time', 'precision', 'uncertain', 'vehicle', 'variant', 'flightId', 'site', 'pad', 'platform', 'agencies', 'code', 'category', 'outcome', 'score', 'success', 'name', 'payloads'] as const;

function byTimeThenId(a: { time: string; id: string }, b: { time: string; id: string }): number {
  return startMs(a.time) - startMs(b.time) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A source file of the update, named apart from the bundled file of the same name ("gcat/sites.tsv (fetched)"). */
function sourceFile(f: FetchedText, updated: string | null, covers: string | null, credit: string): SourceFile {
  return { file: f.file.endsWith('(API)') ? f.file : `${f.file} (fetched)`, updated, covers, bytes: Buffer.byteLength(f.text), sha256: createHash('sha256').update(f.text).digest('hex'), credit };
}

/** The day of the latest of these times, or null where there are none. */
function newestDay(times: readonly string[]): string | null {
  return times.reduce((m, t) => (t > m ? t : m), '').slice(0, 10) || null;
}

/** "# Updated 2026 Jun  1 0108:57" as an ISO date, or null. */
function updatedDay(t: TsvFile): string | null {
  const day = t.updated?.split(/\s+/).slice(0, 3).join(' ');
  return day ? (parseGcatDate(day)?.time.slice(0, 10) ?? null) : null;
}

/**
 * The updated dataset's files (data/ layout, indexes included) and what changed; a VerifyError
 * or SourceError where the result would not be a dataset at least as complete as the bundled one.
 */
export function buildUpdate(bundledDir: string, input: UpdateInput): { files: Record<string, string>; report: UpdateReport } {
  const bundled = new Dataset(bundledDir, { indexes: false });
  const meta = bundled.meta();
  const old = bundled.launches();
  const strip = new ControlStripper();
  const tsv = (f: FetchedText, fields?: number) => parseTsv(f.file, f.text.replace(/^\ufeff/, ''), fields, strip.of(f.file));
  const list = tsv(input.launches, TAIL_FIELDS);
  if (list.rows.length === 0) throw new SourceError(input.launches.file, 1, 'holds no launches');
  const tail = launchesFromTail(list);
  const fetched = new Map(tail.launches.map((l) => [l.id, l]));
  if (fetched.size !== tail.launches.length) throw new VerifyError(`${input.launches.file} lists a launch tag twice`);

  // Which bundled launches the list covers: those since its first launch day.
  const firstDay = tail.launches.reduce((m, l) => (l.time < m ? l.time : m), '9999').slice(0, 10);
  const removed: string[] = [];
  const corrected: string[] = [];
  const kept: RawLaunch[] = [];
  for (const l of old) {
    const f = fetched.get(l.id);
    if (!f) {
      if (l.time.slice(0, 10) > firstDay) removed.push(l.id);
      else kept.push(l);
      continue;
    }
    // Launches the bundled data took from launchlog.tsv (which counts payloads) keep its
    // payloads and name; those it took from the launch list take the list's current values.
    const fields = l.payloadCount === null ? PER_LAUNCH : PER_LAUNCH.slice(0, -2);
    const merged = { ...l } as Record<string, unknown>;
    for (const k of fields) merged[k] = f[k];
    if (fields.some((k) => JSON.stringify(merged[k]) !== JSON.stringify(l[k]))) corrected.push(l.id);
    kept.push(merged as unknown as RawLaunch);
  }
  // A list that lacks more than a few launches is not GCAT's whole list (a truncated or wrong file).
  if (removed.length > Math.max(3, old.length / 1000)) {
    throw new VerifyError(`${input.launches.file} lacks ${removed.length} launches the bundled data has (${removed.slice(0, 3).join(', ')}…): not a complete launch list`);
  }
  // A launch a seat or a milestone names is a fact only the bundled sources hold: it is not dropped.
  if (removed.length > 0) {
    const named = new Set([...bundled.people().flatMap((p) => p.flights.map((f) => f.launch)), ...bundled.events().flatMap((e) => e.launches)]);
    const held = removed.filter((id) => named.has(id));
    if (held.length > 0) throw new VerifyError(`${input.launches.file} no longer lists ${held.join(', ')}, which the bundled crews or milestones name`);
  }
  const known = new Set(old.map((l) => l.id));
  const added = tail.launches.filter((l) => !known.has(l.id));

  // Joins of the new launches: LL2 launches by time and name, LL2 crews for the crewed flag.
  const horizon = meta.summary.last?.time ?? '';
  const ll2Join = new TimeJoin([...(input.ll2Launches ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1)), ll2LaunchNames);
  const flights = new Map<string, { id: string; name: string; net: string }>();
  for (const a of input.astronauts ?? []) for (const f of a.flights ?? []) if (f.net > horizon.slice(0, 10)) flights.set(f.id, f);
  const crewJoin = new TimeJoin([...flights.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), (f) => [f.name]);
  let ll2Joined = 0;
  const fresh = added.map((l) => {
    const names = [l.name, ...l.payloads, l.vehicle];
    const m = ll2Join.match({ time: l.time, precision: l.precision, names });
    if (m) ll2Joined++;
    const flew = crewJoin.match({ time: l.time, precision: l.precision, names }) !== null;
    return {
      ...l,
      crewed: flew,
      ll2: m ? { id: m.item.id, name: m.item.name, mission: m.item.mission?.name ?? null, missionType: m.item.mission?.type ?? null, match: m.how } : null,
    };
  });
  const joined = [...kept.map((l) => ({ ...(l as unknown as Launch) })), ...fresh].sort(byTimeThenId);
  for (const l of joined) {
    delete (l as Partial<Launch>).title;
    delete (l as Partial<Launch>).aliases;
    delete (l as Partial<Launch>).knownAs;
  }
  const uses = missionCounts(joined);
  const launches: Launch[] = joined.map((l) => ({ ...l, ...launchTitle(l, uses) }));

  // Sites, vehicles and agencies: the bundled records, and new ones from GCAT's tables.
  const unmatched: string[] = [];
  const sites = [...bundled.sites()];
  const vehicles = [...bundled.vehicles()];
  const agencies = [...bundled.agencies()];
  const siteIds = new Set(sites.map((s) => s.id));
  const padsOf = new Map(sites.map((s) => [s.id, new Set(s.pads.map((p) => p.code))]));
  const newSiteUses = launches.filter((l) => !siteIds.has(l.site) || (l.pad !== null && !padsOf.get(l.site)!.has(l.pad)));
  const vehicleIds = new Set(vehicles.map((v) => v.id));
  const agencyIds = new Set(agencies.map((a) => a.id));
  const newVehicles = [...new Set(launches.map((l) => l.vehicle).filter((v) => !vehicleIds.has(v)))];
  const newAgencies = [...new Set(launches.flatMap((l) => l.agencies).filter((a) => !agencyIds.has(a)))];
  const need = (f: FetchedText | null, what: string) => {
    if (f === null) throw new VerifyError(`the new launches name ${what} the bundled data lacks, and GCAT's table of them could not be fetched`);
    return f;
  };
  const orgs = newVehicles.length + newAgencies.length + newSiteUses.length > 0 ? indexOrgs(tsv(need(input.orgs, 'organisations'))) : null;
  if (newSiteUses.length > 0) {
    // Whole sites are rebuilt where a new launch uses a new site or pad, with every pad in use.
    const rebuilt = new Set(newSiteUses.map((l) => l.site));
    const siteUses = new Map<string, { site: string; pad: string | null; ll2PadNames: string[] }>();
    for (const l of launches) {
      if (!rebuilt.has(l.site)) continue;
      const key = `${l.site} ${l.pad}`;
      if (!siteUses.has(key)) siteUses.set(key, { site: l.site, pad: l.pad, ll2PadNames: [] });
    }
    let built: Site[];
    try {
      built = buildSites([...siteUses.values()], tsv(need(input.sites, 'launch sites')), tsv(need(input.pads, 'pads')), [], [], stateNames(orgs!)).sites;
    } catch (e) {
      if (e instanceof SourceError) throw e;
      throw new VerifyError((e as Error).message);
    }
    for (const s of built) {
      const old = sites.findIndex((x) => x.id === s.id);
      // A bundled site keeps its zone and names (which LL2's pads decided); it gains the new pads.
      if (old >= 0) {
        const had = new Set(sites[old]!.pads.map((p) => p.code));
        sites[old] = { ...sites[old]!, pads: [...sites[old]!.pads, ...s.pads.filter((p) => !had.has(p.code))].sort((a, b) => (a.code < b.code ? -1 : 1)) };
      } else sites.push(s);
    }
    sites.sort((a, b) => (a.id < b.id ? -1 : 1));
  }
  if (newVehicles.length > 0) vehicles.push(...buildVehicles(newVehicles, tsv(need(input.vehicles, 'vehicles')), orgs!, unmatched));
  if (newAgencies.length > 0) agencies.push(...buildAgencies(newAgencies, orgs!, unmatched));
  vehicles.sort((a, b) => (a.id < b.id ? -1 : 1));
  agencies.sort((a, b) => (a.id < b.id ? -1 : 1));

  verify(launches, old.length - removed.length, sites, vehicles.map((v) => v.id), agencies.map((a) => a.id));

  // Meta: the bundled sources, then the fetched ones.
  const newest = launches.reduce<Launch | null>((m, l) => (m === null || l.time > m.time ? l : m), null);
  const fetchedSources: SourceFile[] = [sourceFile(input.launches, updatedDay(list), newestDay(tail.launches.map((l) => l.time)), CREDITS.gcat)];
  for (const f of [input.sites, input.pads, input.vehicles, input.orgs]) if (f) fetchedSources.push(sourceFile(f, updatedDay(tsv(f)), null, CREDITS.gcat));
  // Launch Library 2's lists, each as the JSON the update kept, reaching its newest launch.
  const ll2Lists: [string, unknown[] | null, string[]][] = [
    ['ll2/launches (API)', input.ll2Launches, (input.ll2Launches ?? []).map((l) => l.net)],
    ['ll2/astronauts (API)', input.astronauts, [...flights.values()].map((f) => f.net)],
    ['ll2/crewed launches (API)', input.crewed, (input.crewed ?? []).map((l) => l.net)],
  ];
  for (const [file, items, nets] of ll2Lists) if (items) fetchedSources.push(sourceFile({ file, text: JSON.stringify(items) }, null, newestDay(nets), CREDITS.ll2));
  const bundledSuborbital = bundled.suborbital();
  let crew: ReturnType<typeof updatePeople>;
  try {
    crew = updatePeople({
    bundled: bundled.people(),
    launches,
    bundledHorizon: horizon,
    horizon: newest?.time ?? horizon,
    suborbital: bundledSuborbital,
    tailFlights: suborbitalFromTail(list),
    crewed: input.crewed ?? [],
    astronauts: input.astronauts ?? [],
    now: input.now,
  });
  } catch (e) {
    if (e instanceof SeatError) throw new VerifyError(e.message);
    throw e;
  }
  const freshIds = new Set(fresh.map((l) => l.id));
  for (const l of launches) if (crew.crewedLaunches.has(l.id) && freshIds.has(l.id)) l.crewed = true;
  const crewed = launches.filter((l) => freshIds.has(l.id) && l.crewed).length;
  const people = crew.people;
  const suborbital = [...bundledSuborbital, ...[...crew.suborbital].sort(byTimeThenId)];
  verifyPeople(people, suborbital);
  const summary = summarize(launches);
  const events = bundled.events();
  const lastDay = summary.last?.time.slice(0, 10) ?? 'empty';
  const out: Meta = {
    schema: SCHEMA_VERSION,
    dataset: lastDay.replaceAll('-', '.'),
    summary,
    counts: {
      ...meta.counts,
      launches: launches.length,
      sites: sites.length,
      vehicles: vehicles.length,
      agencies: agencies.length,
      ll2Matched: launches.filter((l) => l.ll2 !== null).length,
      people: people.length,
      seats: people.reduce((n, p) => n + p.flights.length, 0),
      suborbital: suborbital.length,
    },
    sources: [...meta.sources, ...fetchedSources],
    choices: [
      ...meta.choices,
      `Updated by \`almanac data update\` from the bundled dataset ${meta.dataset}: GCAT's current launch list gives the launches after it and corrects the per-launch values of the launches the bundled data took from it; launches the bundled data took from launchlog.tsv keep their payloads. New launches join Launch Library 2's launches by the rules above. People and seats are the bundled data's, plus Launch Library 2's crews since: a seat for each person on a crewed launch after it (role in LL2's words where they are the almanac's, else empty; nationality and agency of the seat's date by the rules above), and the landing of each seat that was in space on the bundled data's last day: the landing crew LL2 lists them in, else their own spacecraft's mission end where LL2 names no other landing crew. A seat whose landing LL2 does not give stays in space where LL2 says the person is, and is left out otherwise. A crewed flight since that is no orbital launch is a suborbital flight by the rule above (GCAT's apogee in its launch list, else the vehicle rule), landed at its capsule's mission end, else on its launch day. Events are the bundled data's.`,
    ],
    ...(meta.suborbital ? { suborbital: { ...meta.suborbital, karman: suborbital.filter((f) => f.karman).length, belowKarman: suborbital.filter((f) => !f.karman).length } } : {}),
  };
  return {
    files: datasetFiles({ launches, sites, vehicles, agencies, people, suborbital, events, meta: out }),
    report: {
      bundled: old.length,
      launches: launches.length,
      added: fresh.map((l) => launches.find((x) => x.id === l.id)!).sort(byTimeThenId),
      removed,
      corrected,
      ll2Joined,
      crewed,
      unmatched,
      newest,
      seatsAdded: crew.seatsAdded,
      peopleAdded: crew.peopleAdded,
      landed: crew.landed,
      peopleLeftOut: crew.leftOut,
      peopleKept: crew.kept,
      suborbitalAdded: crew.suborbital.length,
    },
  };
}

/** The invariants of a dataset: shapes, unique ids, time order, references, and no launch lost. */
function verify(launches: readonly Launch[], atLeast: number, sites: readonly Site[], vehicles: readonly string[], agencies: readonly string[]): void {
  if (launches.length < atLeast) throw new VerifyError(`the update has ${launches.length} launches, fewer than the ${atLeast} it must keep`);
  const ids = new Set<string>();
  const siteIds = new Map(sites.map((s) => [s.id, new Set(s.pads.map((p) => p.code))]));
  const vehicleIds = new Set(vehicles);
  const agencyIds = new Set(agencies);
  let prev: Launch | null = null;
  for (const l of launches) {
    if (!hasShape('launches.json', l)) throw new VerifyError(`launch ${l.id} has the wrong shape`);
    if (ids.has(l.id)) throw new VerifyError(`launch ${l.id} is listed twice`);
    ids.add(l.id);
    if (prev !== null && byTimeThenId(prev, l) > 0) throw new VerifyError(`launch ${l.id} is out of time order`);
    prev = l;
    if (!siteIds.has(l.site)) throw new VerifyError(`launch ${l.id}: site ${l.site} is in no table`);
    if (!vehicleIds.has(l.vehicle)) throw new VerifyError(`launch ${l.id}: vehicle ${l.vehicle} is in no table`);
    for (const a of l.agencies) if (!agencyIds.has(a)) throw new VerifyError(`launch ${l.id}: agency ${a} is in no table`);
  }
  for (const s of sites) if (!hasShape('sites.json', s)) throw new VerifyError(`site ${s.id} has the wrong shape`);
}

/** The people and suborbital flights: shapes and unique ids (the seats were checked by seatChecks.ts as they were built). */
function verifyPeople(people: readonly Person[], suborbital: readonly SuborbitalFlight[]): void {
  const ids = new Set<string>();
  for (const p of people) {
    if (!hasShape('people.json', p)) throw new VerifyError(`person ${p.id} has the wrong shape`);
    if (ids.has(p.id)) throw new VerifyError(`person ${p.id} is listed twice`);
    ids.add(p.id);
  }
  const flights = new Set<string>();
  for (const f of suborbital) {
    if (!hasShape('suborbital.json', f)) throw new VerifyError(`suborbital flight ${f.id} has the wrong shape`);
    if (flights.has(f.id)) throw new VerifyError(`suborbital flight ${f.id} is listed twice`);
    flights.add(f.id);
  }
}
