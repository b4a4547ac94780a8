// Crewed suborbital flights: which crew flights that are not orbital launch attempts count as
// spaceflights (SUBORBITAL_RULE: apogee at least 80 km, marked above or below 100 km), when each
// began, and their records for suborbital.json. Sources: Launch Library 2's crew flights, GCAT's
// launch-tail.tsv (times and apogees of the flights it lists), Wikidata's crewed missions (launch
// instants), and src/importer/suborbitalFacts.ts (apogees the sources lack, flights LL2 lacks).
import type { Precision, SuborbitalFlight } from '../data/types.js';
import type { CsvFile } from './csv.js';
import type { LL2Astronaut, TailFlight } from './crew.js';
import { JOIN_TOLERANCE_MS } from './ll2.js';
import { nameOverlap } from './names.js';
import { normalize } from '../domain/text.js';
import { startMs } from '../domain/time.js';
import { AIR_LAUNCHED, EXTRA_PEOPLE, KARMAN_KM, SPACEFLIGHT_KM, SUBORBITAL_FACTS, VEHICLE_APOGEE_RULES, type SuborbitalFact } from './suborbitalFacts.js';

export interface LL2Flight {
  id: string;
  name: string;
  net: string;
}

/** "Redstone MRLV | Mercury-Redstone 3" -> vehicle and name. */
export function splitLL2Name(name: string): { vehicle: string; name: string } {
  const bar = name.indexOf('|');
  if (bar < 0) return { vehicle: name.trim(), name: name.trim() };
  return { vehicle: name.slice(0, bar).trim(), name: name.slice(bar + 1).trim() };
}

/** The Wikidata mission that confirms a flight, by time and name (see crew.ts). */
export type MissionFinder = (time: string, names: string[], sameDay?: boolean) => { id: string; launchAt: string | null; landingAt: string | null } | null;

/** Flights the facts table adds (Launch Library 2 lacks them) carry ids with this prefix. */
export const FACT_FLIGHT_PREFIX = 'suborbital-facts:';

export interface SuborbitalInputs {
  facts?: readonly SuborbitalFact[];
  vehicleRules?: typeof VEHICLE_APOGEE_RULES;
  airLaunched?: readonly string[];
}

/** Seconds ":00" say the time is known to the minute: keep it so, nothing finer is made up. */
function timeOf(iso: string): { time: string; precision: Precision } {
  const t = iso.replace(/\.\d+Z$/, 'Z');
  if (/T\d\d:\d\d:00Z$/.test(t)) return { time: t.replace(/:00Z$/, 'Z'), precision: 'minute' };
  return { time: t, precision: 'second' };
}

/** Launch Library 2 writes a flight known only to the day as 12:00:00 or 00:00:00 UTC. */
function ll2Placeholder(net: string): boolean {
  return /T(12|00):00:00Z$/.test(net);
}

/** Does `name` contain `phrase` as whole words ("Flight 9" is not in "Flight 90")? */
function hasPhrase(name: string, phrase: string): boolean {
  return ` ${normalize(name)} `.includes(` ${normalize(phrase)} `);
}

export function factFor(facts: readonly SuborbitalFact[], vehicle: string, name: string, day: string): SuborbitalFact | undefined {
  return facts.find((x) => x.day === day && normalize(x.vehicle) === normalize(vehicle) && hasPhrase(name, x.name));
}

/**
 * The crew flights (not joined to an orbital launch, before the data's horizon) that reached
 * 80 km by GCAT's apogee, the facts table or a vehicle rule; the rest are listed with the reason.
 * Returns the flights, the reasons, and which crew flight id became which suborbital flight id.
 *
 * The launch instant is where the crewed vehicle's own flight begins: lift-off, or release from
 * the carrier aircraft for an air-launched vehicle. It is Wikidata's launch where Wikidata also
 * gives the landing and its launch is within 60 s of GCAT's or Launch Library 2's (so that the
 * duration is one source's measurement: a flight lasts minutes, and the sources' launch times
 * differ by seconds); for an air launch also where LL2 lacks the flight (Wikidata's launch
 * for SpaceShipTwo's commercial flights is the carrier's take-off, an hour before release).
 * Else GCAT's time where GCAT lists the flight, else Launch Library 2's (which gives release
 * for air launches).
 */
export function selectSuborbital(
  candidates: readonly LL2Flight[],
  tailFlights: readonly TailFlight[],
  missionFor: MissionFinder,
  inputs: SuborbitalInputs = {},
): { suborbital: SuborbitalFlight[]; notSpaceflights: string[]; joined: Map<string, string> } {
  const facts = inputs.facts ?? SUBORBITAL_FACTS;
  const rules = inputs.vehicleRules ?? VEHICLE_APOGEE_RULES;
  const air = new Set((inputs.airLaunched ?? AIR_LAUNCHED).map(normalize));
  const suborbital: SuborbitalFlight[] = [];
  const notSpaceflights: string[] = [];
  const joined = new Map<string, string>();
  const subDays = new Map<string, number>();
  const sorted = [...candidates].sort((a, b) => (a.net < b.net ? -1 : a.net > b.net ? 1 : a.id < b.id ? -1 : 1));
  for (const f of sorted) {
    const { vehicle, name } = splitLL2Name(f.name);
    const day = f.net.slice(0, 10);
    const fromFacts = f.id.startsWith(FACT_FLIGHT_PREFIX);
    const gcat = tailFlights.find((t) => (t.precision === 'day' ? t.time === day : Math.abs(startMs(t.time) - startMs(f.net)) <= JOIN_TOLERANCE_MS) && nameOverlap([t.name, t.vehicle], [f.name]) > 0);
    const fact = factFor(facts, vehicle, name, day);
    const rule = rules.find((r) => normalize(r.vehicle) === normalize(gcat?.vehicle ?? vehicle) || normalize(r.vehicle) === normalize(vehicle));

    // The rule: an apogee of at least 80 km, from GCAT, else the facts table, else a vehicle rule.
    let apogeeKm: number | null = null;
    let apogeeSource: SuborbitalFlight['apogeeSource'];
    let karman: boolean;
    if (gcat?.apogeeKm != null) {
      apogeeKm = gcat.apogeeKm;
      apogeeSource = 'gcat';
      karman = apogeeKm > KARMAN_KM;
    } else if (fact) {
      apogeeKm = fact.apogeeKm;
      apogeeSource = 'suborbital-facts';
      karman = apogeeKm > KARMAN_KM;
    } else if (rule) {
      apogeeSource = 'vehicle-rule';
      karman = rule.aboveKm >= KARMAN_KM;
    } else {
      notSpaceflights.push(`${day} ${f.name}: no apogee in GCAT or src/importer/suborbitalFacts.ts`);
      continue;
    }
    if (apogeeKm !== null && apogeeKm < SPACEFLIGHT_KM) {
      notSpaceflights.push(`${day} ${f.name}: apogee ${apogeeKm} km, below ${SPACEFLIGHT_KM} km`);
      continue;
    }

    // The launch instant.
    const isAir = air.has(normalize(gcat?.vehicle ?? vehicle)) || air.has(normalize(vehicle));
    const mission = missionFor(f.net, [f.name]) ?? missionFor(f.net, [f.name], true);
    const wd = mission?.launchAt && mission.launchAt.length > 10 ? mission.launchAt : null;
    const near = (t: string) => wd !== null && Math.abs(startMs(wd) - startMs(t)) <= JOIN_TOLERANCE_MS;
    let when: { time: string; precision: Precision };
    let timeSource: SuborbitalFlight['timeSource'];
    if (wd !== null && (fromFacts || (mission?.landingAt != null && (near(f.net) || (gcat !== undefined && near(gcat.time)))))) {
      when = timeOf(wd);
      timeSource = 'wikidata';
    } else if (gcat) {
      when = { time: gcat.time, precision: gcat.precision };
      timeSource = 'gcat';
    } else if (ll2Placeholder(f.net)) {
      when = { time: day, precision: 'day' };
      timeSource = fromFacts ? 'suborbital-facts' : 'll2';
    } else {
      when = timeOf(f.net);
      timeSource = fromFacts ? 'suborbital-facts' : 'll2';
    }

    let id = gcat?.id;
    if (id === undefined) {
      const n = (subDays.get(day) ?? 0) + 1;
      subDays.set(day, n);
      id = n === 1 ? `sub-${day}` : `sub-${day}-${n}`;
    }
    joined.set(f.id, id);
    suborbital.push({
      id,
      name,
      time: when.time,
      precision: when.precision,
      timeSource,
      launch: isAir ? 'release' : 'lift-off',
      category: 'suborbital',
      vehicle: gcat?.vehicle ?? vehicle,
      site: gcat?.site ?? null,
      pad: gcat?.pad ?? null,
      apogeeKm,
      apogeeSource,
      karman,
      lost: fact?.lost ?? null,
      ll2: fromFacts ? null : { id: f.id, name: f.name },
      wikidata: mission ? mission.id.replace(/^wikidata:/, '') : null,
    });
  }
  return { suborbital, notSpaceflights, joined };
}

/**
 * Launch Library 2's astronauts plus the flights of the facts table that LL2 lacks
 * (SpaceShipOne), in LL2's shape, so that the people and seats are built as for any flight.
 * A crew member LL2 does not list comes from EXTRA_PEOPLE. The inputs are not changed.
 */
export function withFactFlights(
  astronauts: readonly LL2Astronaut[],
  missions: CsvFile,
  facts: readonly SuborbitalFact[] = SUBORBITAL_FACTS,
  extraPeople: typeof EXTRA_PEOPLE = EXTRA_PEOPLE,
): { astronauts: LL2Astronaut[]; unmatched: string[] } {
  const out = astronauts.map((a) => ({ ...a, flights: [...a.flights] }));
  const unmatched: string[] = [];
  let nextId = -1;
  for (const fact of facts) {
    if (!fact.add) continue;
    const row = fact.add.wikidata === null ? undefined : missions.rows.find((r) => r.get('wikidata_id') === fact.add!.wikidata);
    const launchAt = row && row.get('launch_precision') === '14' ? row.get('launch_at') : null;
    const net = launchAt ?? fact.add.time ?? `${fact.day}T12:00:00Z`;
    if (!net.startsWith(fact.day)) {
      unmatched.push(`${fact.vehicle} ${fact.name}: launch ${net} is not on ${fact.day}`);
      continue;
    }
    const flight = { id: `${FACT_FLIGHT_PREFIX}${normalize(`${fact.vehicle} ${fact.name}`).replace(/ /g, '-')}`, name: `${fact.vehicle} | ${fact.name}`, net };
    for (const who of fact.add.crew) {
      let person = out.find((a) => a.name === who);
      if (!person) {
        const extra = extraPeople.find((p) => p.name === who);
        if (!extra) {
          unmatched.push(`${fact.vehicle} ${fact.name}: ${who} is neither in Launch Library 2 nor in EXTRA_PEOPLE`);
          continue;
        }
        person = { id: nextId--, name: extra.name, date_of_birth: extra.born, date_of_death: null, nationality: extra.nationality ? [extra.nationality] : null, agency: null, flights: [] };
        out.push(person);
      }
      person.flights.push(flight);
    }
  }
  return { astronauts: out, unmatched };
}
