// The importer: ../shared/sources -> data/*.json. Reads everything, builds everything in
// memory, and only then writes, so a bad source row never leaves data/ half-written.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Launch, Meta, SourceFile } from '../data/types.js';
import { SCHEMA_VERSION } from '../data/schema.js';
import { summarize } from '../domain/summary.js';
import { datasetFiles } from './indexes.js';
import { startMs } from '../domain/time.js';
import { buildAgencies, buildVehicles, indexOrgs, stateNames } from './catalog.js';
import { buildCrew, type CrewResult, type LL2Astronaut } from './crew.js';
import { ControlStripper } from './controls.js';
import { parseCsv } from './csv.js';
import { buildEvents } from './events.js';
import { launchesFromLog, launchesFromTail, mergeLaunchLists, suborbitalFromTail, TAIL_FIELDS, type OverlapChange } from './launches.js';
import { ll2LaunchNames, TimeJoin, type LL2Launch, type LL2Location, type LL2Pad } from './ll2.js';
import { buildSites, type SiteUse } from './sites.js';
import { parseGcatDate } from './gcatDate.js';
import { withFactFlights } from './suborbital.js';
import { SUBORBITAL_RULE } from './suborbitalFacts.js';
import { parseTsv, SourceError } from './tsv.js';
import { ORG_NAMES } from './orgNames.js';
import { LAUNCH_NAMES, launchTitle, missionCounts } from './titles.js';
import { SITE_CORRECTIONS } from './siteCorrections.js';
import { EXPLICIT_ZONES } from './zones.js';
import { checkPersonFacts, isPerson, PERSON_FACTS, type PersonFacts } from './personFacts.js';
import { CREDITS } from './credits.js';


/**
 * LL2's astronaut list includes mannequins and toys (Starman, Ripley, Rosie, Moonikin Campos…):
 * they are listed by id and name in src/importer/personFacts.ts. Anyone else is a person.
 */
export { isPerson } from './personFacts.js';

export interface ImportReport {
  launches: number;
  fromLog: number;
  fromTail: number;
  /** Tags in both launch lists, and the fields launch-tail.tsv changed on them. */
  overlap: { launches: number; changes: OverlapChange[] };
  ll2Matched: Record<string, number>;
  /** GCAT launches inside LL2's time span that no LL2 launch joined. */
  ll2Unmatched: string[];
  notAttempts: string[];
  unmatched: string[];
  notes: string[];
  crew: CrewResult['report'];
  /** Control characters stripped from source strings: the total, and "file n" per file. */
  controls: { total: number; files: string[] };
}

export interface ImportResult {
  files: Record<string, string>;
  report: ImportReport;
}

/**
 * A source file's text, recorded (size, hash, credit) in `sources`. A file that cannot be read
 * (missing, a folder, unreadable) is a SourceError naming it; a UTF-8 byte-order mark at the
 * start is dropped (it is an encoding marker, not text).
 */
function readSource(dir: string, rel: string, sources: SourceFile[], credit: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(dir, rel));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new SourceError(rel, 1, code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? (e as Error).message})`);
  }
  sources.push({
    file: rel,
    updated: null,
    covers: null,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    credit,
  });
  const text = bytes.toString('utf8');
  return text.startsWith('\ufeff') ? text.slice(1) : text;
}

/**
 * A Launch Library 2 extract: a JSON list of objects, with control characters stripped from
 * every string. Anything else (null, an object, a list holding something other than objects)
 * is a SourceError naming the file.
 */
function readJsonList<T>(dir: string, rel: string, sources: SourceFile[], credit: string, strip: ControlStripper): T[] {
  const text = readSource(dir, rel, sources, credit);
  let value: unknown;
  try {
    value = JSON.parse(text, (_key, v: unknown) => (typeof v === 'string' ? strip.text(rel, v) : v));
  } catch (e) {
    throw new SourceError(rel, 1, `not valid JSON (${(e as Error).message})`);
  }
  if (!Array.isArray(value)) throw new SourceError(rel, 1, `does not hold a list (found ${value === null ? 'null' : typeof value})`);
  const bad = value.findIndex((x) => x === null || typeof x !== 'object' || Array.isArray(x));
  if (bad >= 0) throw new SourceError(rel, 1, `item ${bad} of the list is not an object`);
  return value as T[];
}

function byTimeThenId(a: { time: string; id: string }, b: { time: string; id: string }): number {
  return startMs(a.time) - startMs(b.time) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface BuildOptions {
  /** The curated events file (src/importer/events.txt in the repository). */
  events: string;
  /** Mannequins and date corrections; the project's tables (src/importer/personFacts.ts) by default. */
  personFacts?: PersonFacts;
}

export function buildDataset(dir: string, options: BuildOptions): ImportResult {
  const sources: SourceFile[] = [];
  // Every string read from a source loses its control characters here, so data/ never holds any.
  const strip = new ControlStripper();
  const tsv = (rel: string, fields?: number) => {
    const t = parseTsv(rel, readSource(dir, rel, sources, CREDITS.gcat), fields, strip.of(rel));
    // "2025 Dec  1 0108:57" or "2024 Jan 13 23:13:29": the date is the first three words.
    const day = t.updated?.split(/\s+/).slice(0, 3).join(' ');
    sources[sources.length - 1]!.updated = day ? (parseGcatDate(day)?.time ?? null) : null;
    return t;
  };
  const log = tsv('gcat/launchlog.tsv');
  const tail = tsv('gcat/launch-tail.tsv', TAIL_FIELDS);
  const sitesTsv = tsv('gcat/sites.tsv');
  const lpTsv = tsv('gcat/lp.tsv');
  const lvTsv = tsv('gcat/lv.tsv');
  const orgsTsv = tsv('gcat/orgs.tsv');
  const ll2Launches = readJsonList<LL2Launch>(dir, 'll2/launches.json', sources, CREDITS.ll2, strip);
  const ll2Pads = readJsonList<LL2Pad>(dir, 'll2/pads.json', sources, CREDITS.ll2, strip);
  const ll2Locations = readJsonList<LL2Location>(dir, 'll2/locations.json', sources, CREDITS.ll2, strip);
  const astronauts = readJsonList<LL2Astronaut>(dir, 'll2/astronauts.json', sources, CREDITS.ll2, strip);
  const csv = (rel: string, credit: string, required: string[]) => parseCsv(rel, readSource(dir, rel, sources, credit), required, strip.of(rel));
  const tidy = csv('crew/tidytuesday-astronauts.csv', CREDITS.tidy, ['number', 'name', 'original_name', 'year_of_birth', 'occupation', 'year_of_mission', 'mission_title', 'ascend_shuttle', 'descend_shuttle', 'hours_mission']);
  const missions = csv('crew/wikidata-missions.csv', CREDITS.wikidata, ['id', 'name', 'launch_at', 'launch_precision', 'landing_at', 'landing_precision']);
  const intervals = csv('crew/wikidata-mission-crew-intervals.csv', CREDITS.wikidata, ['astronaut_id', 'mission_id']);
  const references = csv('crew/wikidata-astronauts.csv', CREDITS.wikidata, ['id', 'name', 'first_flight_date', 'time_in_space_seconds']);

  const notes: string[] = [];
  const unmatched: string[] = [];

  // 1. Launches: launchlog.tsv up to its end, launch-tail.tsv after it; for tags in both, the
  //    tail's (newer) per-launch values win and the payloads stay launchlog.tsv's (launches.ts).
  const fromLog = launchesFromLog(log);
  const tailResult = launchesFromTail(tail);
  const { launches: tailLaunches, notAttempts } = tailResult;
  const merged = mergeLaunchLists(fromLog, tailResult);
  const fromTail = merged.fromTail;
  for (const c of merged.changes) {
    const what = c.fields.map((f) => `${f.field} ${JSON.stringify(f.from)} -> ${JSON.stringify(f.to)}`).join(', ');
    notes.push(`${c.id}: in both launch lists, launch-tail.tsv's values taken: ${what}`);
  }
  const raw = [...merged.launches].sort(byTimeThenId);
  const ids = new Set<string>();
  for (const l of raw) {
    if (ids.has(l.id)) throw new Error(`duplicate launch tag ${l.id}`);
    ids.add(l.id);
  }

  // 2. Joins: LL2 launches by time and name; crew flights by time (the crewed flag of
  //    launch-tail.tsv rows, which GCAT's per-launch list does not mark).
  const ll2Join = new TimeJoin(ll2Launches, ll2LaunchNames);
  const flights = new Map<string, { id: string; name: string; net: string }>();
  const personFacts = options.personFacts ?? PERSON_FACTS;
  checkPersonFacts(astronauts, personFacts);
  // Crewed suborbital flights LL2 lacks (SpaceShipOne), from src/importer/suborbitalFacts.ts,
  // join as LL2-shaped flights, so that their people and seats are built like any other.
  const withFacts = withFactFlights(astronauts, missions);
  unmatched.push(...withFacts.unmatched);
  const people = withFacts.astronauts.filter((a) => isPerson(a, personFacts));
  for (const a of people) for (const f of a.flights) flights.set(f.id, f);
  const flightLaunch = new Map<string, string>();
  const crewJoin = new TimeJoin([...flights.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), (f) => [f.name]);
  const ll2Span = ll2Launches.reduce(
    (s, l) => ({ lo: l.net < s.lo ? l.net : s.lo, hi: l.net > s.hi ? l.net : s.hi }),
    { lo: '9999', hi: '0000' },
  );
  const ll2Matched: Record<string, number> = { time: 0, 'time+name': 0, 'day+name': 0 };
  const ll2Unmatched: string[] = [];
  const padNames = new Map<string, string[]>();
  const joined: Omit<Launch, 'title' | 'aliases' | 'knownAs'>[] = raw.map((l) => {
    const names = [l.name, ...l.payloads, l.vehicle];
    const m = ll2Join.match({ time: l.time, precision: l.precision, names });
    if (m) ll2Matched[m.how] = (ll2Matched[m.how] ?? 0) + 1;
    else if (l.time >= ll2Span.lo.slice(0, 10) && l.time <= ll2Span.hi) ll2Unmatched.push(`${l.id} ${l.time} ${l.name}`);
    const padName = m?.item.pad?.name;
    if (padName && l.pad !== null) {
      const key = `${l.site} ${l.pad}`;
      padNames.set(key, [...(padNames.get(key) ?? []), padName]);
    }
    const crewFlight = crewJoin.match({ time: l.time, precision: l.precision, names });
    if (crewFlight) flightLaunch.set(crewFlight.item.id, l.id);
    const flew = crewFlight !== null;
    if (l.crewed === false && flew) {
      notes.push(`${l.id} ${l.name}: GCAT's payload types have no crewed vehicle (PH), but LL2 lists people on it; marked crewed`);
    } else if (l.crewed === true && !flew) {
      notes.push(`${l.id} ${l.name}: GCAT marks it crewed, LL2's crew lists do not include it; kept crewed`);
    }
    return {
      ...l,
      crewed: l.crewed === true || flew,
      ll2: m
        ? {
            id: m.item.id,
            name: m.item.name,
            mission: m.item.mission?.name ?? null,
            missionType: m.item.mission?.type ?? null,
            match: m.how,
          }
        : null,
    };
  });

  // Titles: the name people recognise, by the rule in titles.ts, the other names as aliases.
  const missionUses = missionCounts(joined);
  const launches: Launch[] = joined.map((l) => ({ ...l, ...launchTitle(l, missionUses) }));

  // 3. Sites, vehicles, agencies referenced by the launches.
  const orgs = indexOrgs(orgsTsv);
  const uses: SiteUse[] = launches.map((l) => ({
    site: l.site,
    pad: l.pad,
    ll2PadNames: l.pad === null ? [] : (padNames.get(`${l.site} ${l.pad}`) ?? []),
  }));
  // Each (site, pad) once, so pad names are counted once per launch.
  const seen = new Set<string>();
  const siteUses = uses.filter((u) => {
    const k = `${u.site} ${u.pad}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const { sites, unmatched: siteUnmatched } = buildSites(siteUses, sitesTsv, lpTsv, ll2Pads, ll2Locations, stateNames(orgs));
  unmatched.push(...siteUnmatched);
  const vehicles = buildVehicles(launches.map((l) => l.vehicle), lvTsv, orgs, unmatched);
  const agencies = buildAgencies(launches.flatMap((l) => l.agencies), orgs, unmatched);

  // 4. People and their seats.
  const crew = buildCrew({ people, launches, flightLaunch, tailFlights: suborbitalFromTail(tail), tidy, missions, intervals, references, dateFacts: personFacts.dates });
  const seats = crew.people.reduce((n, p) => n + p.flights.length, 0);
  const events = buildEvents(options.events, readFileSync(options.events, 'utf8'), { launches, suborbital: crew.suborbital, people: crew.people });

  // 5. Meta.
  const newest = (file: string, times: Iterable<string>) => {
    let max = '';
    for (const t of times) if (t > max) max = t;
    sources.find((s) => s.file === file)!.covers = max === '' ? null : max.slice(0, 10);
  };
  newest('gcat/launchlog.tsv', fromLog.map((l) => l.time));
  newest('gcat/launch-tail.tsv', tailLaunches.map((l) => l.time));
  newest('ll2/launches.json', ll2Launches.map((l) => l.net));
  // Flights after the data's last launch are not used (crew.ts: beyond its horizon), so the
  // file's data is said to reach the last flight on or before it, not a later one's date.
  const lastLaunch = launches.reduce((m, l) => (l.time > m ? l.time : m), '');
  newest('ll2/astronauts.json', [...flights.values()].map((f) => f.net).filter((t) => t.slice(0, 10) <= lastLaunch.slice(0, 10)));
  const summary = summarize(launches);
  const ll2Total = Object.values(ll2Matched).reduce((a, b) => a + b, 0);
  const choices = [
    'Launches are GCAT orbital launch attempts (launch codes O, D, X with result S, F or U); GCAT wins where sources disagree.',
    `launchlog.tsv is used up to its last launch, launch-tail.tsv after it (${fromTail.length} launches). For the ${merged.overlap.length} tags in both, launch-tail.tsv is newer and its per-launch values win (time and precision, vehicle, variant, flight id, site, pad, platform, agencies, launch code and outcome, and the name where its row has a flight or mission name; ${merged.changes.reduce((n, c) => n + c.fields.length, 0)} fields changed on ${merged.changes.length} launches); payload names, payload count and the crewed flag stay launchlog.tsv's, as the tail has no payload rows.`,
    'Rows coded OE (failed before lift-off) are not launch attempts and are left out.',
    "Outcome 'partial' carries GCAT's score; GCAT's rule counts a score below 0.75 as a failure (field 'success').",
    'Times are kept at the precision GCAT gives (second, minute or day); nothing finer is made up.',
    'Crewed: a GCAT payload of type PH (crewed vehicle), or a Launch Library 2 crew flight within 60 s that carried at least one person (LL2 also lists mannequins, which do not count). This adds the crewed Apollo lunar ascents and Boeing\'s Crew Flight Test, whose GCAT payload types are not PH, and gives launch-tail.tsv launches, which have no crew marker, their flag.',
    'A launch name is the first payload GCAT lists (launchlog.tsv) or the flight name (launch-tail.tsv).',
    "A launch title is, in order: a title in src/importer/titles.ts (the Apollo lunar-module ascents); else Launch Library 2's mission name where the launch joined LL2, the name is not generic (\"Maiden Flight\", \"Flight 2\") and no other launch shares it, with a trailing parenthetical name moved to the aliases (\"Gemini IV (Gemini 4)\" is \"Gemini IV\"); else GCAT's name. Aliases: GCAT's name, the parenthetical's names, the LL2 mission name where it is not the title, and the names people use from titles.ts (knownAs):",
    ...Object.entries(LAUNCH_NAMES).map(([id, n]) => `Launch ${id}${n.title ? ` title "${n.title}"` : ''}${n.knownAs ? ` known as ${n.knownAs.map((k) => `"${k}"`).join(', ')}` : ''}: ${n.why}.`),
    'Launch Library 2 joins a launch when its time is within 60 s of GCAT\'s (names decide among several; day-precision launches need a name match).',
    "Site time zones: an explicit entry (src/importer/zones.ts) where the other ways are wrong, else Launch Library 2's zone where one of its pads or locations lies within 50 km, else the coordinate lookup (@photostructure/tz-lookup).",
    ...Object.entries(EXPLICIT_ZONES).map(([id, e]) => `Site ${id} zone ${e.zone}: ${e.why}.`),
    "Site names are GCAT's English name (sites.tsv), kept as given in gcatName; src/importer/siteCorrections.ts corrects the few that are wrong:",
    ...Object.entries(SITE_CORRECTIONS).map(([id, c]) => `Site ${id} name "${c.name}": ${c.why}.`),
    "Agency and vehicle-maker names are GCAT's English name (orgs.tsv EName, else Name) with LaTeX accent escapes decoded (SEREB's \"Société\", written as a LaTeX escape by GCAT); where GCAT's name is a transliteration, a typo or cut short, src/importer/orgNames.ts gives a readable English one. GCAT's own name is kept as an alias: gcatName on agencies, manufacturerGcatName on vehicles; agency lookups and --agency filters match it too. A maker GCAT gives as two org codes (CALT/SLREC, VSSC/SHAR) is named by both names joined with ' / '.",
    ...Object.entries(ORG_NAMES).map(([code, n]) => `Org ${code} name "${n.name}": ${n.why}.`),
    'Pads missing from lp.tsv take their site\'s coordinates (coordinates: "site").',
    'People: Launch Library 2 astronauts (not the mannequins and toys listed by LL2 id and name in src/importer/personFacts.ts) with at least one flight in the data; a flight joins a launch by time within 60 s and name, as for the crewed flag.',
    "Birth and death dates: Launch Library 2's, unless src/importer/personFacts.ts corrects or confirms one (each entry keyed by LL2 id, name and the value LL2 gives, with its basis). A 1 January date that no entry confirms is a placeholder and is kept as the year only (\"1957\", bornPrecision/diedPrecision \"year\"); other dates have precision \"day\". The crew table's year of birth confirms a year, never a day; where it disagrees with LL2, LL2 (or an entry) stands and the importer lists the case.",
    `Crewed suborbital flights (suborbital.json): ${SUBORBITAL_RULE} The same rule for X-15, SpaceShipOne, SpaceShipTwo, New Shepard and Mercury-Redstone; every crewed New Shepard flight peaked above 100 km (a vehicle rule where GCAT gives no figure); SpaceShipOne's flights, which Launch Library 2 lacks, come from the facts table.`,
    "Suborbital launch instant: lift-off for ground launches, release from the carrier aircraft for air launches (X-15, SpaceShipOne, SpaceShipTwo). Wikidata's launch where Wikidata also gives the landing and its launch is within 60 s of GCAT's or Launch Library 2's (so a seat's duration is one source's measurement), or where LL2 lacks the flight; else GCAT's time; else Launch Library 2's (release, for air launches; Wikidata times SpaceShipTwo's commercial flights from the carrier's take-off). A time whose seconds read :00 is kept to the minute. Seat seconds = landing (Wikidata) - that instant; X-15 flight 191, on which Michael J. Adams was killed, is marked lost (descent).",
    "Roles, in each programme's own words: an entry of src/importer/crewFacts.ts first (roleSource crew-facts: Apollo's command and lunar module pilots, Skylab's science pilots, Voskhod 1's scientist and physician, seats after 2019 and seats the crew table lacks); else the TidyTuesday crew table (to 2019), normalised (a Gemini commander = command pilot; MSP/PSP on a Soyuz = research cosmonaut, as is every Interkosmos guest and a Soviet flight's paying guest; tourist/journalist = spaceflight participant; a Soyuz commander is Soviet or Russian, so the table's commander or pilot of another state sat as flight engineer; a Shuttle rider who stayed on the station was expedition commander or expedition flight engineer; the table's Shuttle flight engineer is a mission specialist); else a vehicle rule (New Shepard passengers, SpaceShipTwo cabin passengers: spaceflight participants; X-15 and SpaceShipOne: pilot). Unknown roles stay null.",
    "Whom a seat flew for (nationality, agency): Launch Library 2's nationality and agency are today's, so src/importer/allegiance.ts maps them to the seat's date: a Soviet successor state (RU, UA, KZ, BY, …) is the Soviet Union (SU) to 1991-12-25; Czechia or Slovakia is Czechoslovakia (CS) to 1992-12-31; Germany is East Germany (DD, Wikidata's nationality or a Soviet flight) or West Germany to 1990-10-02. A Soviet seat flew for the Soviet space programme; a guest from an Interkosmos state on a Soviet flight for Interkosmos; Russia's agency carries its name of the time (Russian Space Agency from 1992-02-25, Russian Aviation and Space Agency from 1999, Federal Space Agency from 2004-03-09, State Space Corporation Roscosmos from 2015-12-28); Germany's DLR is the DFVLR before 1989 and the German Aerospace Center from 1997-10-01; JAXA is NASDA before 2003-10-01; China's crews fly for the China Manned Space Agency (LL2: CNSA); commented entries give people's earlier or corrected organisations. A person's nationality is at death, or on the data's last day; their agency is their latest flight's.",
    'Landing vehicle: src/importer/crewFacts.ts, else a Wikidata mission linked to the person that landed between this launch and their next, else the crew table\'s descent vehicle, else the same vehicle; where the crew table\'s hours for the flight fit exactly one candidate within 2 %, that one.',
    "Landing time: Wikidata's landing of the landing vehicle's mission (joined by time within 60 s and a name word; or within 3 h under its whole name, as STS-5, whose Wikidata launch is an hour off GCAT's); for Apollo lunar missions (whose Wikidata landing is on the Moon) launch + Wikidata's duration; a day-only landing becomes GCAT launch + Wikidata's duration where that falls on the day; a landing before the launch with Wikidata's launch a whole number of days off GCAT's (NS-38) moves by those days; src/importer/crewFacts.ts gives the landings the sources have only to the day or not at all (Vostok 3 and 4, Soyuz 19, Soyuz MS-10); a crewed suborbital flight with no landing instant landed on its launch day (precision day); landings after the newest launch in the data are placeholders and are left empty.",
    "Outcome of a seat: lost (crewFacts.ts: Soyuz 1, Soyuz 11, STS-51-L, STS-107; suborbitalFacts.ts: X-15 flight 191), with the instant the flight ended, the phase and whether the crew had reached space; in space, where no landing is known and the launch is within 400 days of the data's last launch; else returned. The build fails, naming the seat, unless every returned seat lands after its launch with seconds = landing - launch, every other seat is lost or in space, and no seat flies for a state or an agency before it existed (or for the Soviet Union after it).",
    'Events: src/importer/events.txt, written by the project; an event that is a launch or a landing takes its time from the data, the others carry a checked UTC date.',
    'Seat seconds: launch (GCAT) to the landing; for a crew lost in space, to the loss (Columbia: loss of signal, = launch + Wikidata duration); 0 for a crew lost before reaching space (Challenger). Ascents from the Moon are part of the flight that took the crew there (partOf) and count no time of their own.',
  ];
  const lastDay = summary.last?.time.slice(0, 10) ?? 'empty';
  const meta: Meta = {
    schema: SCHEMA_VERSION,
    dataset: lastDay.replaceAll('-', '.'),
    summary,
    counts: {
      launches: launches.length,
      sites: sites.length,
      vehicles: vehicles.length,
      agencies: agencies.length,
      ll2Matched: ll2Total,
      people: crew.people.length,
      seats,
      suborbital: crew.suborbital.length,
      events: events.length,
      eventDays: new Set(events.map((e) => e.time.slice(5, 10))).size,
    },
    sources,
    choices,
    suborbital: {
      rule: SUBORBITAL_RULE,
      karman: crew.suborbital.filter((f) => f.karman).length,
      belowKarman: crew.suborbital.filter((f) => !f.karman).length,
    },
  };

  return {
    // The JSON files, and data/index/ (offsets, key-value indexes and the manifest) derived from them.
    files: datasetFiles({ launches, sites, vehicles, agencies, people: crew.people, suborbital: crew.suborbital, events, meta }),
    report: {
      launches: launches.length,
      fromLog: fromLog.length,
      fromTail: fromTail.length,
      overlap: { launches: merged.overlap.length, changes: merged.changes },
      ll2Matched,
      ll2Unmatched,
      notAttempts,
      unmatched,
      notes,
      crew: crew.report,
      controls: strip.summary(),
    },
  };
}
