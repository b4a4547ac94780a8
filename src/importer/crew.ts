// People who flew and their seats. Sources, joined here (each join in a module of its own):
//   - Launch Library 2 astronauts: who flew on which launch (joined to GCAT launches by time),
//     birth, death, nationality, agency; whom each seat flew for on its date: allegiance.ts.
//   - Wikidata missions and crew links: landing instants, and which vehicle each person came
//     home in (a person is linked to both the vehicle they went up in and the one they landed
//     in): missions.ts.
//   - Wikidata astronauts: reference totals of time in space, for the cross-check.
//   - The TidyTuesday crew table (to 2019): roles, ascent and descent vehicles, native names:
//     crewTable.ts.
//   - Crewed suborbital flights: suborbital.ts; birth and death dates and mannequins:
//     personFacts.ts.
//   - src/importer/crewFacts.ts: roles, landings and lost crews, written by the project.
// Every seat is checked by seatChecks.ts before anything is written.
import type { Launch, LandingSource, Person, Precision, Role, RoleSource, Seat, SuborbitalFlight } from '../data/types.js';
import { timeInSpace, totalDifference, type TotalDifference } from '../domain/crew.js';
import { pushTo } from '../domain/group.js';
import { normalize } from '../domain/text.js';
import { startMs } from '../domain/time.js';
import type { CsvFile, CsvRow } from './csv.js';
import { fullKey, hasPhrase, sameName, surnameKey } from './names.js';
import { applyLandingFacts, linkMissions, missionFinder, readMissions, type Flight, type Mission } from './missions.js';
import { crewTablePeople } from './crewTable.js';
import { SeatError, validateSeats } from './seatChecks.js';
import { Allegiance, INTERKOSMOS, USSR_LAST_DAY, type AllegianceInput } from './allegiance.js';
import { LANDINGS, LOST_CREWS, NOT_IN_SPACE, ROLES, VEHICLE_ROLES } from './crewFacts.js';
import { selectSuborbital, splitLL2Name } from './suborbital.js';
import { emptyDateReport, personDates, type DateFact, type DateReport } from './personFacts.js';

export interface LL2Astronaut {
  id: number;
  name: string;
  date_of_birth: string | null;
  date_of_death?: string | null;
  nationality: { name: string; alpha_2_code?: string | null }[] | null;
  agency?: { name: string; abbrev: string | null } | null;
  flights: { id: string; name: string; net: string }[];
}

/** A suborbital row of GCAT's launch-tail.tsv. */
export interface TailFlight {
  id: string;
  time: string;
  precision: Precision;
  vehicle: string;
  name: string;
  site: string | null;
  pad: string | null;
  /** GCAT's Apogee column in km; null where empty or marked uncertain. */
  apogeeKm: number | null;
}

export interface CrewInputs {
  people: LL2Astronaut[];
  launches: readonly Launch[];
  /** LL2 flight id -> launch id, from the launches' crew join. */
  flightLaunch: ReadonlyMap<string, string>;
  tailFlights: readonly TailFlight[];
  tidy: CsvFile;
  missions: CsvFile;
  intervals: CsvFile;
  references: CsvFile;
  /** Birth and death corrections (src/importer/personFacts.ts). */
  dateFacts: readonly DateFact[];
}

export interface CrewResult {
  people: Person[];
  suborbital: SuborbitalFlight[];
  report: {
    /** Entries of src/importer/crewFacts.ts that match no seat (the real sources must leave none). */
    factsUnused: string[];
    notSpaceflights: string[];
    peopleWithoutFlights: string[];
    missionsUnmatched: string[];
    tidyUnmatched: string[];
    landingDisagreements: string[];
    totals: { person: string; computed: number; reference: number; diff: number; why: TotalDifference }[];
    notes: string[];
    /** Birth and death dates corrected, confirmed, kept as the year only, and disagreements. */
    dates: DateReport;
  };
}

function launchNames(l: Launch): string[] {
  const out = [l.name, ...l.payloads.slice(0, 2)];
  if (l.ll2) {
    out.push(l.ll2.name);
    if (l.ll2.mission) out.push(l.ll2.mission);
  }
  return out;
}

/** Baikonur under its Soviet and Russian codes: a crewed launch from there before 1992 was a flight of the Soviet programme. */
const SOVIET_SITES = new Set(['NIIP-5', 'GIK-5']);
/** A seat with no known landing that launched this close to the data's last day is still in space. */
export const IN_SPACE_DAYS = 400;

export function slug(name: string): string {
  return normalize(name).replace(/ /g, '-');
}

/** Seconds from a launch to a landing, where both are known to the second or minute; else null. */
export function secondsBetween(from: string, fromPrecision: Precision, to: string | null, toPrecision: Precision | null): number | null {
  if (to === null || toPrecision === null) return null;
  const fine = (p: Precision) => p === 'second' || p === 'minute';
  if (!fine(fromPrecision) || !fine(toPrecision)) return null;
  const s = Math.round((Date.parse(to) - startMs(from)) / 1000);
  return s >= 0 ? s : null;
}

/**
 * The seat a crew-table role stands for. For the station era the table often gives a person's
 * expedition role rather than their seat; these rules are facts about the programmes:
 * - Interkosmos guests held the seat of research cosmonaut, whatever their profession (the
 *   table calls Remek, a pilot by trade, "pilot"); so did a Soviet flight's paying guest
 *   (Akiyama, 1990: "spaceflight participant" is a term of 2001).
 * - A Soyuz has one commander, and it has always been a Soviet or Russian cosmonaut: a table
 *   "commander" or "pilot" of another state (an ISS expedition commander, or the table's slip)
 *   flew in a flight engineer's seat.
 * - On the Shuttle, someone who stayed on a station (came home in another vehicle) flew up as
 *   station crew: expedition commander or expedition flight engineer (on the ISS, whatever
 *   the table says; on Mir, where the table says so). For anyone else the
 *   table's "flight engineer" is the Shuttle's second mission specialist, titled mission
 *   specialist on the crew list.
 */
export function seatRoleAsFlown(role: Role, seat: { vehicle: string; day: string; states: string[]; interkosmos: boolean; stayed: boolean }): Role {
  const soviet = seat.states.some((c) => c === 'SU' || c === 'RU' || c === 'KZ');
  if (seat.interkosmos) return 'research cosmonaut';
  if (/soyuz/i.test(seat.vehicle)) {
    if (role === 'spaceflight participant' && seat.day <= USSR_LAST_DAY) return 'research cosmonaut';
    if ((role === 'commander' || role === 'pilot') && !soviet) return 'flight engineer';
    return role;
  }
  if (/shuttle/i.test(seat.vehicle)) {
    if (seat.stayed && role === 'commander') return 'expedition commander';
    if (seat.stayed && role === 'flight engineer') return 'expedition flight engineer';
    // From Expedition 1 (launched 2000-10-31) the station's crews were ISS expeditions.
    if (seat.stayed && role === 'mission specialist' && seat.day >= '2000-10-31') return 'expedition flight engineer';
    if (role === 'flight engineer') return 'mission specialist';
  }
  return role;
}

/** Normalises the crew table's occupation to the role vocabulary. */
export function normaliseRole(occupation: string, vehicle: string): Role | null {
  const o = occupation.trim().toLowerCase();
  const soyuz = /soyuz/i.test(vehicle);
  // Gemini's titles were command pilot and pilot.
  if (o === 'commander') return /gemini/i.test(vehicle) ? 'command pilot' : 'commander';
  if (o === 'pilot') return 'pilot';
  if (o === 'flight engineer') return 'flight engineer';
  // The third Soyuz seat for a guest was titled research cosmonaut; the table calls it MSP or PSP.
  if (o === 'msp') return soyuz ? 'research cosmonaut' : 'mission specialist';
  if (o === 'psp') return soyuz ? 'research cosmonaut' : 'payload specialist';
  if (/tourist|participant|journalist/.test(o)) return 'spaceflight participant';
  return null;
}

export function buildCrew(input: CrewInputs): CrewResult {
  const notes: string[] = [];
  const dates = emptyDateReport();

  // 1. Wikidata missions with a launch time.
  const horizon = input.launches.reduce((max, l) => (l.time > max ? l.time : max), '');
  const lunarAscents = input.launches.filter((l) => l.category === 'lunar-ascent' && l.crewed).map((l) => startMs(l.time));
  const missions = readMissions(input.missions, horizon, lunarAscents, notes);
  const missionFor = missionFinder(missions);

  // 2. Flights: crewed orbital launches, and LL2 crew flights that are not orbital launch
  //    attempts but which GCAT's suborbital list or Wikidata's crewed missions confirm.
  const flights = new Map<string, Flight>();
  for (const l of input.launches) {
    if (l.crewed) flights.set(l.id, { id: l.id, site: l.site, time: l.time, precision: l.precision, vehicle: l.vehicle, names: launchNames(l), lunarAscent: l.category === 'lunar-ascent' });
  }
  const ll2Flights = new Map<string, { id: string; name: string; net: string }>();
  for (const p of input.people) for (const f of p.flights) ll2Flights.set(f.id, f);
  for (const [fid, lid] of input.flightLaunch) {
    const f = ll2Flights.get(fid);
    if (f) flights.get(lid)?.names.push(f.name);
  }
  const flightOf = new Map(input.flightLaunch);
  // Flights after the newest launch in the data are beyond its horizon (Artemis II), whatever they are.
  const candidates = [...ll2Flights.values()].filter((f) => !flightOf.has(f.id) && f.net <= horizon);
  const { suborbital, notSpaceflights, joined } = selectSuborbital(candidates, input.tailFlights, missionFor);
  for (const [fid, sid] of joined) flightOf.set(fid, sid);
  for (const flight of suborbital) {
    flights.set(flight.id, { id: flight.id, site: flight.site, time: flight.time, precision: flight.precision, vehicle: flight.vehicle, names: [flight.name, `${flight.vehicle} | ${flight.name}`, ...(flight.ll2 ? [flight.ll2.name] : [])], lunarAscent: false });
  }

  // 3. Missions -> flights (missions.ts), with the landings the sources give only to the day
  //    or not at all from src/importer/crewFacts.ts.
  const toFlight = (l: Launch): Flight => flights.get(l.id) ?? { id: l.id, site: l.site, time: l.time, precision: l.precision, vehicle: l.vehicle, names: launchNames(l), lunarAscent: l.category === 'lunar-ascent' };
  const { missionFlight, flightMission } = linkMissions(missions, flights, [...input.launches.map(toFlight), ...suborbital.map((f) => flights.get(f.id)!)], notes);
  const landingFactsUnused = applyLandingFacts(
    missions,
    { missionFlight, flightMission },
    flights,
    input.launches.filter((l) => l.crewed).map((l) => ({ flight: toFlight(l), names: launchNames(l) })),
  );
  const missionsUnmatched = missions.filter((m) => m.launchAt !== null && !missionFlight.has(m.id)).map((m) => `${m.launchAt} ${m.name}`);

  // 4. Reference people (Wikidata astronauts) and their mission links.
  const links = new Map<string, string[]>();
  for (const r of input.intervals.rows) {
    const a = r.get('astronaut_id');
    pushTo(links, a, r.get('mission_id'));
  }
  const refs = input.references.rows.map((r) => ({ id: r.get('id'), name: r.get('name'), first: r.get('first_flight_date'), seconds: r.get('time_in_space_seconds'), nationality: r.get('nationality') }));
  const refByKey = new Map<string, typeof refs>();
  for (const r of refs) {
    const k = surnameKey(r.name);
    pushTo(refByKey, k, r);
  }
  const usedRefs = new Set<string>();

  // 5. The crew table: each LL2 person's rows (crewTable.ts), and the flights its vehicle names mean.
  const tidyPerson = crewTablePeople(input.tidy, input.people);
  const tidyMatched = new Set<CsvRow>();
  const flightNameIndex = new Map<string, Flight[]>();
  for (const fl of flights.values()) {
    for (const n of fl.names) {
      for (const k of new Set([normalize(n), normalize(splitLL2Name(n).name)])) {
        const list = flightNameIndex.get(k) ?? [];
        if (!list.includes(fl)) list.push(fl);
        flightNameIndex.set(k, list);
      }
    }
  }
  /** The flight a crew-table vehicle name ("Soyuz TM­13") means, nearest in time to `near`. */
  const flightNamed = (text: string, near: string): Flight | null => {
    const list = flightNameIndex.get(normalize(text)) ?? flightNameIndex.get(normalize(text.replace(/^soyuz/i, 'Soyuz '))) ?? [];
    const close = list.filter((f) => Math.abs(startMs(f.time) - startMs(near)) < 400 * 86_400_000);
    close.sort((a, b) => Math.abs(startMs(a.time) - startMs(near)) - Math.abs(startMs(b.time) - startMs(near)));
    return close[0] ?? null;
  };

  // 6. People.
  const roleTable = ROLES.map((row) => ({ row, used: false }));
  const landingTable = LANDINGS.map((row) => ({ row, used: false }));
  const people: Person[] = [];
  const allegiances = new Allegiance();
  const lossUsed = new Set<string>();
  const peopleWithoutFlights: string[] = [];
  const landingDisagreements: string[] = [];
  const totals: CrewResult['report']['totals'] = [];
  const ids = new Set<string>();
  const sorted = [...input.people].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id - b.id));
  for (const p of sorted) {
    const seatsUp = [...new Set(p.flights.map((f) => flightOf.get(f.id)).filter((id): id is string => id !== undefined))]
      .map((id) => flights.get(id)!)
      .sort((a, b) => startMs(a.time) - startMs(b.time));
    if (seatsUp.length === 0) {
      peopleWithoutFlights.push(p.name);
      continue;
    }
    const firstDay = seatsUp[0]!.time.slice(0, 10);

    // Reference person: same surname key, and same full key or the same first-flight day.
    const ref =
      (refByKey.get(surnameKey(p.name)) ?? []).find((r) => !usedRefs.has(r.id) && fullKey(r.name) === fullKey(p.name)) ??
      (refByKey.get(surnameKey(p.name)) ?? []).find((r) => !usedRefs.has(r.id) && sameName(r.name, p.name) && Date.parse(`${r.first} UTC`) === Date.parse(firstDay));
    if (ref) usedRefs.add(ref.id);
    const linked = (ref ? (links.get(ref.id) ?? []) : []).flatMap((m) => {
      const fid = missionFlight.get(m);
      return fid === undefined ? [] : [{ mission: m, flight: fid }];
    });

    const born = p.date_of_birth;
    const tidyRows = tidyPerson(p.name, born);
    const who: AllegianceInput = {
      name: p.name,
      nationality: (p.nationality ?? []).filter((n) => n.name && n.name !== 'Unknown').map((n) => ({ country: n.name, code: n.alpha_2_code ?? null })),
      agency: p.agency ? { abbrev: p.agency.abbrev || null, name: p.agency.name } : null,
      wikidataNationality: ref?.nationality ?? '',
    };

    const seats: Seat[] = [];
    for (const [i, up] of seatsUp.entries()) {
      const next = seatsUp.slice(i + 1).find((f) => !f.lunarAscent);
      const prev = seats[seats.length - 1];
      if (up.lunarAscent && prev) {
        // An ascent from the Moon is part of the flight that took the person there: it has no
        // duration of its own, and the person came home with that flight, in the same role.
        seats.push({ ...prev, launch: up.id, seconds: null, partOf: prev.launch });
        continue;
      }
      // The table's row for this flight: its ascent vehicle (or mission title) names this
      // flight; failing that, the only row of that year whose names match no flight.
      const year = up.time.slice(0, 4);
      const named = (r: CsvRow) => flightNamed(r.get('ascend_shuttle'), up.time) ?? flightNamed(r.get('mission_title'), up.time);
      const row =
        tidyRows.find((r) => !tidyMatched.has(r) && named(r) === up) ??
        tidyRows.find((r) => !tidyMatched.has(r) && r.get('year_of_mission') === year && named(r) === null && tidyRows.filter((x) => x.get('year_of_mission') === year).length === 1);
      if (row) tidyMatched.add(row);

      const allegiance = allegiances.seat(who, up.time.slice(0, 10), SOVIET_SITES.has(up.site ?? '') && up.time.slice(0, 10) <= USSR_LAST_DAY);
      // Landing vehicle: a linked mission that is not one of this person's ascents and that
      // landed after this launch (and before their next one); else the crew table; else the same.
      const ascents = new Set(seatsUp.map((s) => s.id));
      const landedBy = (m: Mission | undefined) => m?.landingAt ?? null;
      const swap = linked
        .filter((x) => !ascents.has(x.flight))
        .map((x) => ({ ...x, m: flightMission.get(x.flight) }))
        .filter((x) => {
          const at = landedBy(x.m);
          return at !== null && startMs(at) > startMs(up.time) && (next === undefined || startMs(at) < startMs(next.time));
        })
        .sort((a, b) => startMs(landedBy(a.m)!) - startMs(landedBy(b.m)!))[0];
      // Candidates, in order of trust: Wikidata's swap, the crew table's descent vehicle, the
      // same vehicle. Where exactly one candidate's landing fits the crew table's hours for
      // the flight (within 2 %), it wins: the table's vehicle columns have slips, and its hours
      // are sometimes in other units, so hours decide only when they agree with a landing.
      const tidyDown = row ? flightNamed(row.get('descend_shuttle'), up.time) : null;
      const options: { flight: string; source: LandingSource }[] = [];
      const fact = landingTable.find((e) => sameName(e.row[1], p.name) && hasPhrase(up.names, e.row[0]));
      if (fact) {
        // The launch with that name nearest in time (it may have gone up before or after).
        const candidates = input.launches.filter((x) => x.id !== up.id && hasPhrase(launchNames(x), fact.row[2]));
        const gap = (x: Launch) => Math.abs(startMs(x.time) - startMs(up.time));
        const l = candidates.sort((a, b) => gap(a) - gap(b))[0];
        const down = l ? toFlight(l) : undefined;
        if (down) {
          fact.used = true;
          if (!flights.has(down.id)) flights.set(down.id, down);
          options.push({ flight: down.id, source: 'crew-facts' });
        }
      }
      if (swap) options.push({ flight: swap.flight, source: 'wikidata' });
      if (tidyDown && tidyDown.id !== up.id) options.push({ flight: tidyDown.id, source: 'crew-table' });
      options.push({ flight: up.id, source: 'same' });
      const hours = row ? Number(row.get('hours_mission')) : Number.NaN;
      const misfit = (o: { flight: string }) => {
        const at = flightMission.get(o.flight)?.landingAt;
        if (!(hours > 0) || at == null) return Number.POSITIVE_INFINITY;
        return Math.abs((startMs(at) - startMs(up.time)) / 3_600_000 - hours);
      };
      const fits = options.filter((o) => misfit(o) <= Math.max(0.02 * hours, 1));
      const best = options[0]!.source === 'crew-facts' ? options[0]! : fits.length === 1 ? fits[0]! : options[0]!;
      const landedIn = best.flight;
      const landedInSource = best.source;

      // Role: an entry of crewFacts.ts (the programme's own title where the crew table has a
      // generic one, or a seat it lacks); else the crew table; else a rule for the vehicle.
      let role: Role | null = null;
      let roleSource: RoleSource | null = null;
      const entry = roleTable.find((e) => sameName(e.row[1], p.name) && hasPhrase(up.names, e.row[0]));
      if (entry) {
        entry.used = true;
        role = entry.row[2];
        roleSource = 'crew-facts';
      } else if (row && normaliseRole(row.get('occupation'), row.get('ascend_shuttle')) !== null) {
        role = seatRoleAsFlown(normaliseRole(row.get('occupation'), row.get('ascend_shuttle'))!, {
          vehicle: up.vehicle,
          day: up.time.slice(0, 10),
          states: allegiance.nationality.map((n) => n.code ?? ''),
          interkosmos: allegiance.agency === INTERKOSMOS,
          stayed: landedIn !== up.id,
        });
        roleSource = 'crew-table';
      } else {
        const rule = VEHICLE_ROLES.find(([v]) => normalize(up.vehicle) === normalize(v));
        if (rule) {
          role = rule[1];
          roleSource = 'vehicle-rule';
        }
      }

      if (tidyDown && tidyDown.id !== landedIn) {
        landingDisagreements.push(`${p.name} on ${up.id}: crew table says down in ${tidyDown.id}, kept ${landedIn} (${landedInSource})`);
      }
      const landingMission = flightMission.get(landedIn);
      let landing = landingMission?.landingAt ?? null;
      let landingPrecision = landingMission?.landingPrecision ?? null;
      let end = landingMission?.endAt ?? null;
      // A crew lost on the flight (crewFacts.ts), or still in space on the data's last day.
      // The loss must follow the launch within a month ("Soyuz 11" is also in a payload's name).
      const loss = LOST_CREWS.find(([name, , at]) => hasPhrase(up.names, name) && startMs(at) >= startMs(up.time) && startMs(at) - startMs(up.time) < 31 * 86_400_000);
      if (loss) lossUsed.add(loss[0]);
      // A suborbital flight's loss comes with the flight (suborbitalFacts.ts: X-15 flight 191).
      const subLoss = suborbital.find((f) => f.id === up.id)?.lost ?? null;
      const lost: Seat['lost'] = loss
        ? { at: loss[2], precision: loss[3], phase: loss[1] }
        : subLoss
          ? { at: subLoss.at, precision: subLoss.at.length === 10 ? 'day' : 'second', phase: subLoss.phase }
          : null;
      if (lost && (lost.phase === 'ascent' || lost.phase === 'descent')) {
        landing = null;
        landingPrecision = null;
        end = null;
      }
      // A flight that never reached space: lost on ascent (Challenger) or a pad abort (T-10-1).
      const reachedSpace = !(loss && !loss[4]) && !NOT_IN_SPACE.some(([id]) => id === up.id);
      if (lost && landing === null && reachedSpace && lost.precision === 'second') end = lost.at;
      // A crewed suborbital flight lasts well under an hour: with no landing instant in any
      // source, it landed on its launch day (UTC), if it launched at least an hour before
      // midnight; one known only to the day flew in daylight in the Americas, hours from it.
      if (!lost && landing === null && suborbital.some((f) => f.id === up.id)) {
        if (up.time.length > 10 && up.time.slice(11, 13) === '23') throw new SeatError(`${p.name} on ${up.id}: no landing, and a launch at ${up.time} does not fix the landing day`);
        landing = up.time.slice(0, 10);
        landingPrecision = 'day';
      }
      const inSpace = !lost && landing === null && startMs(up.time) >= startMs(horizon) - IN_SPACE_DAYS * 86_400_000;
      seats.push({
        launch: up.id,
        role,
        roleSource,
        landedIn,
        landedInSource,
        landing,
        landingPrecision,
        nationality: allegiance.nationality,
        agency: allegiance.agency,
        outcome: lost ? 'lost' : inSpace ? 'in space' : 'returned',
        lost,
        reachedSpace,
        // From the flight's launch instant (for a suborbital flight its stated instant: lift-off,
        // or release from the carrier; see suborbital.ts) to the landing.
        seconds: !reachedSpace ? 0 : secondsBetween(up.time, up.precision, end, end === null ? null : 'second'),
        partOf: null,
      });
    }

    const seconds = timeInSpace(seats, (id) => flights.get(id)?.time, horizon);
    const reference = ref && ref.seconds !== '' ? Number(ref.seconds) : null;
    if (reference !== null && reference > 0 && Math.abs(seconds - reference) / reference > 0.01) {
      const why = totalDifference(seats, reference);
      totals.push({ person: p.name, computed: seconds, reference, diff: (seconds - reference) / reference, why });
    }
    let id = slug(p.name);
    if (ids.has(id)) id = `${id}-${born?.slice(0, 4) ?? p.id}`;
    ids.add(id);
    const tidyFirst = tidyRows[0];
    const native = tidyFirst?.get('original_name') ?? '';
    const others = [tidyFirst?.get('name'), ref?.name].filter((n): n is string => n !== undefined && n !== '' && normalize(n) !== normalize(p.name));
    const lastSeat = seats[seats.length - 1]!;
    const lifeDates = personDates(p, tidyRows.map((r) => r.get('year_of_birth')), input.dateFacts, dates);
    const nationality = allegiances.person(who, lifeDates.died, horizon, lastSeat.nationality);
    people.push({
      id,
      name: p.name,
      names: [...new Set(others)],
      native: /[^\u0000-\u024f\s,.'-]/.test(native) ? native : null,
      ...lifeDates,
      nationality,
      agency: lastSeat.agency,
      flights: seats,
      seconds,
      complete: seats.every((s) => s.seconds !== null || s.partOf !== null),
      reference,
    });
  }
  people.sort((a, b) => startMs(flights.get(a.flights[0]!.launch)!.time) - startMs(flights.get(b.flights[0]!.launch)!.time) || (a.id < b.id ? -1 : 1));

  const factsUnused = [
    ...[...roleTable, ...landingTable].filter((e) => !e.used).map((e) => e.row.join(' / ')),
    ...landingFactsUnused,
    ...LOST_CREWS.filter(([name]) => !lossUsed.has(name)).map((e) => `lost: ${e[0]}`),
    ...NOT_IN_SPACE.filter(([id]) => !flights.has(id)).map(([id]) => `not in space: ${id}`),
    ...allegiances.report().unused,
  ];
  validateSeats(people, (id) => flights.get(id));
  const tidyUnmatched = input.tidy.rows
    .filter((r) => !tidyMatched.has(r))
    .map((r) => `${r.get('name')} ${r.get('year_of_mission')} ${r.get('ascend_shuttle')}`);
  totals.sort((a, b) => Math.abs(b.diff) - Math.abs(a.diff) || (a.person < b.person ? -1 : 1));
  return {
    people,
    suborbital,
    report: { factsUnused, notSpaceflights, peopleWithoutFlights, missionsUnmatched, tidyUnmatched, landingDisagreements, totals, notes, dates },
  };
}
