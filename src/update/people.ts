// The people of an updated dataset: the bundled people and seats, plus what Launch Library 2
// says since the bundled data's last day. From LL2's crewed launches (detailed: each spacecraft's
// launch crew with their roles, its landing crew and its mission end) and its astronauts (birth,
// death, nationality, agency, whether in space, and each person's landings), this adds:
//   - a seat for each person on a crewed launch after the bundled horizon (new people included),
//     and the crewed suborbital flights among them that reached 80 km (the importer's rule);
//   - the landing of each bundled seat that was still in space on the bundled data's last day.
// It never guesses: a seat whose landing no source gives stays in space where LL2 says the
// person is (or the vehicle has not landed), and is otherwise left out and reported, as is a
// seat on a failed launch or with a failed landing; a role in words the almanac's vocabulary
// lacks falls back to the vehicle's rule, else stays empty.
import type { Launch, Person, Precision, Role, Seat, SuborbitalFlight } from '../data/types.js';
import { timeInSpace } from '../domain/crew.js';
import { normalize } from '../domain/text.js';
import { startMs } from '../domain/time.js';
import { Allegiance, type AllegianceInput } from '../importer/allegiance.js';
import { secondsBetween, slug, type LL2Astronaut, type TailFlight } from '../importer/crew.js';
import { VEHICLE_ROLES } from '../importer/crewFacts.js';
import { TimeJoin } from '../importer/ll2.js';
import { sameName } from '../importer/names.js';
import { DATE_FACTS, emptyDateReport, isPerson, personDates } from '../importer/personFacts.js';
import { validateSeats } from '../importer/seatChecks.js';
import { isObject, str } from './api.js';
import { selectSuborbital } from '../importer/suborbital.js';

/** A launch as LL2 names it elsewhere: its id, name and NET. */
export interface LL2LaunchRef {
  id: string;
  name: string;
  net: string;
}

export interface LL2CrewMember {
  role: string | null;
  astronaut: LL2Person;
}

/** One spacecraft of a crewed launch (LL2's spacecraft_stage), as kept between updates. */
export interface LL2Spacecraft {
  missionEnd: string | null;
  /** LL2's landing: attempted, and whether it succeeded (null: not known). */
  landing: { attempt: boolean | null; success: boolean | null } | null;
  launchCrew: LL2CrewMember[];
  landingCrew: LL2CrewMember[];
}

/** A crewed launch of LL2 (detailed mode), as kept between updates. */
export interface LL2CrewedLaunch extends LL2LaunchRef {
  spacecraft: LL2Spacecraft[];
}

/** An LL2 astronaut (detailed mode), as kept between updates. */
export interface LL2Person extends LL2Astronaut {
  in_space?: boolean | null;
  /** The spacecraft flights the person came home in: their mission end and their launch. */
  landings?: { mission_end: string | null; launch: LL2LaunchRef | null }[];
}


function launchRef(x: unknown): LL2LaunchRef | null {
  if (!isObject(x)) return null;
  const id = str(x.id);
  const name = str(x.name);
  const net = str(x.net);
  return id && name && net && !Number.isNaN(Date.parse(net)) ? { id, name, net } : null;
}

/** LL2's astronaut record, reduced to what the update reads (null where it is not one). */
export function ll2Person(x: unknown): LL2Person | null {
  if (!isObject(x) || typeof x.id !== 'number' || !str(x.name)) return null;
  const nationality = Array.isArray(x.nationality)
    ? x.nationality.filter(isObject).map((n) => ({ name: str(n.name) ?? '', alpha_2_code: str(n.alpha_2_code) }))
    : typeof x.nationality === 'string' && x.nationality !== ''
      ? [{ name: x.nationality, alpha_2_code: null }]
      : null;
  const agency = isObject(x.agency) && str(x.agency.name) ? { name: str(x.agency.name)!, abbrev: str(x.agency.abbrev) } : null;
  const date = (v: unknown) => {
    const s = str(v);
    return s !== null && /^\d{4}-\d\d-\d\d$/.test(s) ? s : null;
  };
  return {
    id: x.id,
    name: str(x.name)!,
    date_of_birth: date(x.date_of_birth),
    date_of_death: date(x.date_of_death),
    nationality,
    agency,
    flights: Array.isArray(x.flights) ? x.flights.map(launchRef).filter((f): f is LL2LaunchRef => f !== null) : [],
    in_space: typeof x.in_space === 'boolean' ? x.in_space : null,
    landings: Array.isArray(x.landings)
      ? x.landings.filter(isObject).map((l) => ({ mission_end: str(l.mission_end), launch: launchRef(l.launch) }))
      : [],
  };
}

/** LL2's crewed launch (detailed mode), reduced to its spacecraft and crews (null where it is not one). */
export function ll2CrewedLaunch(x: unknown): LL2CrewedLaunch | null {
  const ref = launchRef(x);
  if (ref === null || !isObject(x)) return null;
  const rocket = isObject(x.rocket) ? x.rocket : {};
  // 2.3.0 gives a list of spacecraft; 2.2.0 gave one.
  const stages = Array.isArray(rocket.spacecraft_stage) ? rocket.spacecraft_stage : isObject(rocket.spacecraft_stage) ? [rocket.spacecraft_stage] : [];
  const crew = (list: unknown): LL2CrewMember[] =>
    (Array.isArray(list) ? list : []).filter(isObject).flatMap((c) => {
      const astronaut = ll2Person(c.astronaut);
      const role = isObject(c.role) ? str(c.role.role) : str(c.role);
      return astronaut ? [{ role, astronaut }] : [];
    });
  return {
    ...ref,
    spacecraft: stages.filter(isObject).map((s) => ({
      missionEnd: str(s.mission_end),
      landing: isObject(s.landing) ? { attempt: typeof s.landing.attempt === 'boolean' ? s.landing.attempt : null, success: typeof s.landing.success === 'boolean' ? s.landing.success : null } : null,
      launchCrew: crew(s.launch_crew),
      landingCrew: crew(s.landing_crew),
    })),
  };
}

/** LL2's crew role in the almanac's words; null where LL2 gives none or one the vocabulary lacks. */
export function roleOf(role: string | null): Role | null {
  const r = (role ?? '').trim().toLowerCase().replace(/\s+\d+$/, '');
  if (r === 'commander' || r === 'spacecraft commander') return 'commander';
  if (r === 'pilot') return 'pilot';
  if (r === 'flight engineer') return 'flight engineer';
  if (r === 'mission specialist') return 'mission specialist';
  if (r === 'payload specialist') return 'payload specialist';
  if (/participant|tourist/.test(r)) return 'spaceflight participant';
  return null;
}

/** An LL2 instant as a stored time to the second ("2026-04-11T00:07:12Z"). */
function instant(s: string): string | null {
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? null : new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export interface PeopleInput {
  bundled: readonly Person[];
  /** Every launch of the updated dataset. */
  launches: readonly Launch[];
  /** The bundled data's last launch time: seats after it are new. */
  bundledHorizon: string;
  /** The updated data's last launch time. */
  horizon: string;
  /** The bundled crewed suborbital flights (suborbital.json). */
  suborbital: readonly SuborbitalFlight[];
  /** The suborbital flights of GCAT's fetched launch list, with their apogees. */
  tailFlights: readonly TailFlight[];
  crewed: readonly LL2CrewedLaunch[];
  astronauts: readonly LL2Person[];
  /** When LL2 was asked: a mission end after it is a plan, not a landing. */
  now: string;
}

export interface PeopleReport {
  people: Person[];
  /** New seats, new people, and bundled seats in space whose landing LL2 now gives. */
  seatsAdded: number;
  peopleAdded: number;
  landed: number;
  /** Launches marked crewed by the seats added. */
  crewedLaunches: Set<string>;
  /** Crewed suborbital flights since the bundled horizon that reached 80 km (the importer's rule) and that a seat names. */
  suborbital: SuborbitalFlight[];
  /** What was left out, and why. */
  leftOut: string[];
  /** Facts kept from the bundled data where Launch Library 2 now says otherwise (a birth date). */
  kept: string[];
}

/** A flight a seat can name: an orbital launch, or a crewed suborbital flight. */
interface Flight {
  id: string;
  time: string;
  precision: Precision;
  title: string;
  vehicle: string;
  failed: boolean;
  suborbital: boolean;
}

const launchFlight = (l: Launch): Flight => ({ id: l.id, time: l.time, precision: l.precision, title: l.title ?? l.name, vehicle: l.vehicle, failed: l.outcome === 'failure', suborbital: false });
const suborbitalFlight = (f: SuborbitalFlight): Flight => ({ id: f.id, time: f.time, precision: f.precision, title: f.name, vehicle: f.vehicle, failed: false, suborbital: true });

interface Ascent {
  launch: Flight;
  spacecraft: LL2Spacecraft;
  role: string | null;
}

interface Descent {
  launch: Flight;
  at: string;
}

export function updatePeople(input: PeopleInput): PeopleReport {
  const leftOut: string[] = [];
  const keptFacts: string[] = [];
  const now = Date.parse(input.now);
  const landed = (at: string | null): at is string => at !== null && Date.parse(at) <= now;

  // LL2 launches -> flights of the dataset: by the join they carry, else by time and name.
  const byLl2 = new Map<string, Flight>();
  for (const l of input.launches) if (l.ll2) byLl2.set(l.ll2.id, launchFlight(l));
  for (const f of input.suborbital) if (f.ll2) byLl2.set(f.ll2.id, suborbitalFlight(f));
  const refs = new Map<string, LL2LaunchRef>();
  for (const c of input.crewed) refs.set(c.id, c);
  for (const a of input.astronauts) for (const x of [...a.flights, ...(a.landings ?? []).map((d) => d.launch)]) if (x) refs.set(x.id, x);
  const unjoined = [...refs.values()].filter((r) => !byLl2.has(r.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (unjoined.length > 0) {
    const join = new TimeJoin(unjoined, (r) => [r.name]);
    const first = unjoined.reduce((m, r) => Math.min(m, Date.parse(r.net)), Infinity) - 86_400_000;
    for (const l of input.launches) {
      if (l.ll2 || startMs(l.time) < first) continue;
      const m = join.match({ time: l.time, precision: l.precision, names: [l.name, ...(l.title ? [l.title] : []), ...l.payloads] });
      if (m) byLl2.set(m.item.id, launchFlight(l));
    }
  }
  // Crewed flights since the horizon that are no orbital launch: suborbital flights, where they
  // reached 80 km by GCAT's apogee or a vehicle rule (the importer's own selection).
  const bundledMs = startMs(input.bundledHorizon);
  const candidates = input.crewed.filter((c) => !byLl2.has(c.id) && Date.parse(c.net) > bundledMs && landed(c.net) && c.spacecraft.some((s) => s.launchCrew.length > 0));
  const sub = selectSuborbital(candidates, input.tailFlights, () => null);
  for (const f of sub.suborbital) byLl2.set(f.ll2!.id, suborbitalFlight(f));
  const flightOf = new Map<string, Flight>();
  for (const l of input.launches) flightOf.set(l.id, launchFlight(l));
  for (const f of [...input.suborbital, ...sub.suborbital]) flightOf.set(f.id, suborbitalFlight(f));
  const timeOf = (id: string) => {
    const f = flightOf.get(id);
    return f === undefined ? Number.POSITIVE_INFINITY : startMs(f.time);
  };

  // Who went up on what, and who came down in what, per LL2 astronaut.
  const records = new Map<number, LL2Person>();
  const ascents = new Map<number, Ascent[]>();
  const descents = new Map<number, Descent[]>();
  const addDescent = (id: number, launch: Flight | undefined, at: string | null) => {
    if (!launch || !landed(at)) return;
    const t = instant(at);
    if (t === null) return;
    const list = descents.get(id) ?? [];
    if (!list.some((d) => d.launch.id === launch.id)) list.push({ launch, at: t });
    descents.set(id, list);
  };
  for (const a of input.astronauts) records.set(a.id, a);
  for (const c of input.crewed) {
    const launch = byLl2.get(c.id);
    if (!launch) {
      if (candidates.includes(c)) leftOut.push(`${c.name} (${c.net.slice(0, 10)}): no orbital launch in GCAT's list matches it, and it is no suborbital flight that reached 80 km; its crew is not added`);
      continue;
    }
    for (const s of c.spacecraft) {
      for (const m of s.launchCrew) {
        if (!records.has(m.astronaut.id)) records.set(m.astronaut.id, m.astronaut);
        const list = ascents.get(m.astronaut.id) ?? [];
        if (!list.some((x) => x.launch.id === launch.id)) list.push({ launch, spacecraft: s, role: m.role });
        ascents.set(m.astronaut.id, list);
      }
      for (const m of s.landingCrew) addDescent(m.astronaut.id, launch, s.missionEnd);
    }
  }
  for (const a of input.astronauts) for (const d of a.landings ?? []) if (d.launch) addDescent(a.id, byLl2.get(d.launch.id), d.mission_end);

  /** The landing of a seat: the first landing after it and before the next ascent; else its own spacecraft's end, where LL2 names no other landing crew. */
  const landingOf = (id: number, up: Flight, next: Flight | undefined, own: LL2Spacecraft | null): { landedIn: string; at: string; source: Seat['landedInSource'] } | null => {
    const d = (descents.get(id) ?? [])
      .filter((x) => startMs(x.at) > startMs(up.time) && (next === undefined || startMs(x.at) < startMs(next.time)))
      .sort((a, b) => startMs(a.at) - startMs(b.at))[0];
    if (d) return { landedIn: d.launch.id, at: d.at, source: d.launch.id === up.id ? 'same' : 'll2' };
    if (own && own.landingCrew.length === 0 && landed(own.missionEnd) && own.landing?.success !== false) {
      const at = instant(own.missionEnd);
      if (at !== null && startMs(at) > startMs(up.time)) return { landedIn: up.id, at, source: 'same' };
    }
    return null;
  };
  /** A seat without a landing is in space where LL2 says so, or where its spacecraft has not landed. */
  const stillUp = (rec: LL2Person, own: LL2Spacecraft | null) => rec.in_space === true || (rec.in_space !== false && own !== null && !landed(own.missionEnd));

  // Bundled people by name (LL2's names are theirs).
  const byName = new Map<string, Person[]>();
  for (const p of input.bundled) for (const n of new Set([p.name, ...p.names].map(normalize))) byName.set(n, [...(byName.get(n) ?? []), p]);
  /**
   * The bundled person an LL2 record is. Among the bundled people of that name: those with a
   * seat on a launch the record lists (a birth date LL2 corrected since does not make a new
   * person); where none has, those whose birth agrees (another birth is someone else of the
   * same name). One is that person, none is someone new, several cannot be told apart.
   */
  const bundledOf = (a: LL2Person): Person | null | 'ambiguous' => {
    const list = [...new Set(byName.get(normalize(a.name)) ?? [])];
    if (list.length === 0) return null;
    const flown = new Set(a.flights.map((f) => byLl2.get(f.id)?.id).filter((id) => id !== undefined && startMs(flightOf.get(id)!.time) <= bundledMs));
    const pick = (fits: Person[]) => (fits.length === 1 ? fits[0]! : fits.length === 0 ? null : 'ambiguous');
    const byFlight = list.filter((p) => p.flights.some((f) => flown.has(f.launch)));
    if (byFlight.length > 0) return pick(byFlight);
    return pick(list.filter((p) => p.born === null || a.date_of_birth === null || a.date_of_birth.startsWith(p.born)));
  };

  const allegiance = new Allegiance();
  const who = (a: LL2Person): AllegianceInput => ({
    name: a.name,
    nationality: (a.nationality ?? []).filter((n) => n.name && n.name !== 'Unknown').map((n) => ({ country: n.name, code: n.alpha_2_code ?? null })),
    agency: a.agency ? { abbrev: a.agency.abbrev || null, name: a.agency.name } : null,
    wikidataNationality: '',
  });
  const changed = new Map<string, Person>();
  const added: Person[] = [];
  const ids = new Set(input.bundled.map((p) => p.id));
  const crewedLaunches = new Set<string>();
  let seatsAdded = 0;
  let landedCount = 0;

  for (const [id, rec] of [...records].sort((a, b) => a[0] - b[0])) {
    if (!isPerson(rec)) continue;
    const found = bundledOf(rec);
    const ups = (ascents.get(id) ?? []).sort((a, b) => startMs(a.launch.time) - startMs(b.launch.time));
    if (found === 'ambiguous') {
      if (ups.some((u) => startMs(u.launch.time) > bundledMs)) leftOut.push(`${rec.name}: more than one person of that name in the bundled data, and neither their flights nor their birth dates tell which; not updated`);
      continue;
    }
    const person = found;
    const fresh = ups.filter((u) => startMs(u.launch.time) > bundledMs && !(person?.flights.some((f) => f.launch === u.launch.id) ?? false));
    const inSpace = person?.flights.some((f) => f.outcome === 'in space') ?? false;
    if (fresh.length === 0 && !inSpace) continue;
    if (person?.born && rec.date_of_birth && !rec.date_of_birth.startsWith(person.born)) keptFacts.push(`${rec.name}: born ${person.born} in the bundled data, ${rec.date_of_birth} in Launch Library 2 now; the bundled date is kept`);
    const flights: Seat[] = person ? person.flights.map((s) => ({ ...s })) : [];
    const nextAfter = (t: string) => ups.map((u) => u.launch).find((l) => startMs(l.time) > startMs(t));
    const newSeats: Seat[] = [];

    // Bundled seats in space: their landing, where LL2 now gives it.
    for (const s of flights) {
      if (s.outcome !== 'in space') continue;
      const up = flightOf.get(s.launch);
      if (!up) continue;
      const own = ups.find((u) => u.launch.id === up.id)?.spacecraft ?? null;
      const down = landingOf(id, up, nextAfter(up.time), own);
      if (down === null) {
        if (rec.in_space === false) leftOut.push(`${rec.name} on ${up.title} (${up.id}): Launch Library 2 says the person is no longer in space but gives no landing; the seat stays as it was on the bundled data's last day`);
        continue;
      }
      // A landing vehicle the bundled facts name is kept; LL2's landing time is added to it.
      if (s.landedIn !== up.id && s.landedIn !== down.landedIn) {
        leftOut.push(`${rec.name} on ${up.title} (${up.id}): the bundled data has them come home in ${s.landedIn}, Launch Library 2 in ${down.landedIn}; left in space`);
        continue;
      }
      if (s.landedIn === up.id) {
        s.landedIn = down.landedIn;
        s.landedInSource = down.source;
      }
      s.landing = down.at;
      s.landingPrecision = 'second';
      s.outcome = 'returned';
      s.seconds = secondsBetween(up.time, up.precision, down.at, 'second');
      landedCount++;
    }

    for (const u of fresh) {
      const up = u.launch;
      if (up.failed) {
        leftOut.push(`${rec.name} on ${up.title} (${up.id}): the launch failed, and the sources do not say whether the crew reached space; seat not added`);
        continue;
      }
      if (u.spacecraft.landing?.attempt && u.spacecraft.landing.success === false) {
        leftOut.push(`${rec.name} on ${up.title} (${up.id}): Launch Library 2 says the landing failed; seat not added`);
        continue;
      }
      let down = landingOf(id, up, nextAfter(up.time), u.spacecraft);
      let landingPrecision: Precision = 'second';
      // A suborbital flight lasts minutes: with no landing instant, it landed on its launch day
      // (the importer's rule), where it launched an hour or more before midnight.
      if (down === null && up.suborbital && up.time.length > 10 && up.time.slice(11, 13) !== '23') {
        down = { landedIn: up.id, at: up.time.slice(0, 10), source: 'same' };
        landingPrecision = 'day';
      }
      const inSpaceNow = down === null && !up.suborbital && stillUp(rec, u.spacecraft) && nextAfter(up.time) === undefined;
      const ll2Role = roleOf(u.role);
      const rule = ll2Role === null ? VEHICLE_ROLES.find(([v]) => normalize(v) === normalize(up.vehicle)) : undefined;
      const role = ll2Role ?? rule?.[1] ?? null;
      const seatOf = allegiance.seat(who(rec), up.time.slice(0, 10), false);
      newSeats.push({
        launch: up.id,
        role,
        roleSource: ll2Role ? 'll2' : rule ? 'vehicle-rule' : null,
        nationality: seatOf.nationality,
        agency: seatOf.agency,
        landedIn: down?.landedIn ?? up.id,
        landedInSource: down?.source ?? 'same',
        landing: down?.at ?? null,
        landingPrecision: down ? landingPrecision : null,
        outcome: inSpaceNow ? 'in space' : 'returned',
        lost: null,
        reachedSpace: true,
        seconds: secondsBetween(up.time, up.precision, down?.at ?? null, down ? landingPrecision : null),
        partOf: null,
      });
      if (!up.suborbital) crewedLaunches.add(up.id);
    }
    // A seat with no landing that is not in space is one whose landing no source gives.
    for (const s of newSeats) {
      if (s.outcome === 'returned' && s.landing === null) leftOut.push(`${rec.name} on ${flightOf.get(s.launch)?.title ?? s.launch} (${s.launch}): Launch Library 2 gives no landing and does not say the person is in space; seat not added`);
    }
    const kept = newSeats.filter((s) => s.outcome !== 'returned' || s.landing !== null);
    seatsAdded += kept.length;
    const seats = [...flights, ...kept].sort((a, b) => timeOf(a.launch) - timeOf(b.launch));
    if (seats.length === 0) continue;
    const seconds = timeInSpace(seats, (f) => flightOf.get(f)?.time, input.horizon);
    const complete = seats.every((s) => s.seconds !== null || s.partOf !== null);
    const last = seats[seats.length - 1]!;
    if (person) {
      const died = person.died === null && rec.date_of_death !== null ? personDates(rec, [], DATE_FACTS, emptyDateReport()) : null;
      changed.set(person.id, {
        ...person,
        ...(died ? { died: died.died, diedPrecision: died.diedPrecision } : {}),
        agency: last.agency,
        flights: seats,
        seconds,
        complete,
      });
    } else {
      const dates = personDates(rec, [], DATE_FACTS, emptyDateReport());
      let pid = slug(rec.name);
      if (ids.has(pid)) pid = `${pid}-${dates.born?.slice(0, 4) ?? rec.id}`;
      ids.add(pid);
      added.push({
        id: pid,
        name: rec.name,
        names: [],
        native: null,
        ...dates,
        nationality: allegiance.person(who(rec), dates.died, input.horizon, last.nationality),
        agency: last.agency,
        flights: seats,
        seconds,
        complete,
        reference: null,
      });
    }
  }

  // A bundled person still in space counts their time up to the updated data's last day.
  const current = (p: Person) => (p.flights.some((f) => f.outcome === 'in space') ? { ...p, seconds: timeInSpace(p.flights, (f) => flightOf.get(f)?.time, input.horizon) } : p);
  const people = [...input.bundled.map((p) => changed.get(p.id) ?? current(p)), ...added].sort((a, b) => timeOf(a.flights[0]!.launch) - timeOf(b.flights[0]!.launch) || (a.id < b.id ? -1 : 1));
  validateSeats(people, (id) => flightOf.get(id));
  // Only the suborbital flights someone's seat names are kept.
  const named = new Set(people.flatMap((p) => p.flights.map((f) => f.launch)));
  return { people, seatsAdded, peopleAdded: added.length, landed: landedCount, crewedLaunches, suborbital: sub.suborbital.filter((f) => named.has(f.id)), leftOut, kept: keptFacts };
}
