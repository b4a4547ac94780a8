// The people an update adds and lands (src/update/people.ts), on the real bundled dataset with
// Launch Library 2 records in its API's shapes: roles in LL2's words, both shapes of a crewed
// launch's spacecraft, landings from landing crews, mission ends and people's landings, and the
// cases where nothing may be guessed (a failed launch, a future mission end, a landing that
// disagrees with the bundled facts, two people of one name).
import { describe, expect, it } from 'vitest';
import type { Launch, Person } from '../../src/data/types.js';
import { ll2CrewedLaunch, ll2Person, roleOf, updatePeople, type PeopleInput } from '../../src/update/people.js';
import { dataset } from '../helpers.js';

const bundled = dataset.people();
const bundledLaunches = dataset.launches();
const horizon = bundledLaunches.at(-1)!.time;
const template = bundledLaunches.at(-1)!;

/** A launch after the bundled horizon, joined to an LL2 launch id. */
function launch(id: string, time: string, ll2: string, outcome: Launch['outcome'] = 'success'): Launch {
  return { ...template, id, time, precision: 'second', outcome, success: outcome === 'success', name: `Zz ${id}`, title: `Zz ${id}`, crewed: false, ll2: { id: ll2, name: `Zz | ${id}`, mission: null, missionType: null, match: 'time' } };
}
const NEW = launch('2026-901', '2026-04-20T08:30:15Z', 'L1');
const FAILED = launch('2026-902', '2026-05-01T00:00:00Z', 'L2', 'failure');
const OTHER = launch('2026-903', '2026-04-25T00:00:00Z', 'L3');
const launches = [...bundledLaunches, NEW, OTHER, FAILED];
const ref = (l: Launch) => ({ id: l.ll2!.id, name: l.ll2!.name, net: l.time });

let nextId = 99500;
function person(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: nextId++, name, date_of_birth: '1990-01-02', date_of_death: null, nationality: [{ name: 'United States of America', alpha_2_code: 'US' }], agency: { id: 1, name: 'Zz Agency', abbrev: 'ZZ' }, in_space: null, flights: [], landings: [], ...extra };
}
/** A crewed launch in the 2.3.0 detailed form (spacecraft_stage a list), or 2.2.0's (one object). */
function crewed(l: Launch, crew: [Record<string, unknown>, string][], opts: { end?: string | null; landingCrew?: Record<string, unknown>[]; v22?: boolean; landingSuccess?: boolean } = {}) {
  const stage = {
    mission_end: opts.end ?? null,
    landing: opts.end ? { attempt: true, success: opts.landingSuccess ?? true } : null,
    launch_crew: crew.map(([astronaut, role]) => ({ id: 1, role: { id: 1, role }, astronaut })),
    onboard_crew: [],
    landing_crew: (opts.landingCrew ?? []).map((astronaut) => ({ id: 2, role: { id: 1, role: 'Commander' }, astronaut })),
  };
  const x = ll2CrewedLaunch({ ...ref(l), rocket: { id: 1, spacecraft_stage: opts.v22 ? stage : [stage] } });
  expect(x).not.toBeNull();
  return x!;
}
const run = (over: Partial<PeopleInput>) =>
  updatePeople({ bundled, launches, bundledHorizon: horizon, horizon: FAILED.time, suborbital: dataset.suborbital(), tailFlights: [], crewed: [], astronauts: [], now: '2026-06-01T00:00:00Z', ...over });
const byName = (people: Person[], name: string) => people.filter((p) => p.name === name);

describe('LL2 shapes', () => {
  it('reads roles in the almanac words, and leaves others empty', () => {
    expect(['Commander', 'Pilot', 'Flight Engineer 2', 'Mission Specialist 3', 'Payload Specialist', 'Spaceflight Participant', 'Space Tourist'].map(roleOf)).toEqual([
      'commander',
      'pilot',
      'flight engineer',
      'mission specialist',
      'payload specialist',
      'spaceflight participant',
      'spaceflight participant',
    ]);
    expect([null, '', 'Operator', 'Specialist', 'Instructor'].map(roleOf)).toEqual([null, null, null, null, null]);
  });

  it('reads both shapes of a spacecraft stage, and drops what is not a launch, a person or a crew member', () => {
    const a = person('Zz Shape');
    expect(crewed(NEW, [[a, 'Commander']], { v22: true }).spacecraft[0]!.launchCrew[0]!.astronaut.name).toBe('Zz Shape');
    expect(crewed(NEW, [[a, 'Commander']]).spacecraft).toHaveLength(1);
    expect(ll2CrewedLaunch({ id: 'x', name: 'y', net: 'not a time' })).toBeNull();
    expect(ll2CrewedLaunch({ ...ref(NEW), rocket: { spacecraft_stage: [{ launch_crew: [{ role: { role: 'Pilot' }, astronaut: { name: 'no id' } }, 'junk'] }] } })!.spacecraft[0]!.launchCrew).toEqual([]);
    expect(ll2Person({ id: 'seven', name: 'x' })).toBeNull();
    // 2.2.0 gave a nationality as a word; a date not to the day is no date.
    expect(ll2Person({ id: 7, name: 'Zz Old', nationality: 'American', date_of_birth: '1990' })).toMatchObject({ nationality: [{ name: 'American', alpha_2_code: null }], date_of_birth: null });
  });
});

describe('updatePeople', () => {
  it('adds a new person on a new launch: role, seat of the day, and landed with the spacecraft where no other landing crew is named', () => {
    const a = person('Zz Alpha');
    const r = run({ crewed: [crewed(NEW, [[a, 'Pilot']], { end: '2026-04-30T10:00:00.400Z' })], astronauts: [ll2Person(a)!] });
    const [p] = byName(r.people, 'Zz Alpha');
    expect(p).toMatchObject({ id: 'zz-alpha', born: '1990-01-02', bornPrecision: 'day', nationality: [{ code: 'US' }], complete: true, reference: null });
    expect(p!.flights).toEqual([
      expect.objectContaining({ launch: '2026-901', role: 'pilot', roleSource: 'll2', landedIn: '2026-901', landedInSource: 'same', landing: '2026-04-30T10:00:00Z', landingPrecision: 'second', outcome: 'returned', seconds: (Date.parse('2026-04-30T10:00:00Z') - Date.parse(NEW.time)) / 1000 }),
    ]);
    expect(r).toMatchObject({ seatsAdded: 1, peopleAdded: 1, landed: 0, leftOut: [] });
    expect([...r.crewedLaunches]).toEqual(['2026-901']);
    // The people stay in order of first flight; everyone else is the bundled record, untouched,
    // but for the totals of those still in space, counted up to the updated data's last day.
    expect(r.people.at(-1)!.name).toBe('Zz Alpha');
    const others = r.people.filter((x) => x.name !== 'Zz Alpha');
    expect(others.map((x) => ({ ...x, seconds: 0 }))).toEqual(bundled.map((x) => ({ ...x, seconds: 0 })));
    const gain = (Date.parse(FAILED.time) - Date.parse(horizon)) / 1000;
    for (const [i, p] of bundled.entries()) {
      const up = p.flights.filter((s) => s.outcome === 'in space').length;
      expect(others[i]!.seconds, p.name).toBe(p.seconds + up * gain);
    }
  });

  it('a mission end still to come is not a landing: the crew is in space', () => {
    const a = person('Zz Future');
    const r = run({ crewed: [crewed(NEW, [[a, 'Commander']], { end: '2026-07-01T00:00:00Z' })], astronauts: [ll2Person(a)!] });
    expect(byName(r.people, 'Zz Future')[0]!.flights[0]).toMatchObject({ outcome: 'in space', landing: null, seconds: null });
    expect(byName(r.people, 'Zz Future')[0]!.complete).toBe(false);
  });

  it('leaves out a seat on a failed launch, one whose landing failed, and one with no landing that LL2 does not say is in space', () => {
    const a = person('Zz Failed');
    const b = person('Zz Crashed');
    const c = person('Zz Nowhere', { in_space: false });
    const r = run({
      crewed: [crewed(FAILED, [[a, 'Commander']], { end: '2026-05-01T00:10:00Z' }), crewed(OTHER, [[b, 'Commander']], { end: '2026-05-02T00:00:00Z', landingSuccess: false }), crewed(NEW, [[c, 'Commander']], { end: '2026-05-03T00:00:00Z', landingCrew: [person('Zz Someone')] })],
      astronauts: [a, b, c].map((x) => ll2Person(x)!),
    });
    for (const n of ['Zz Failed', 'Zz Crashed', 'Zz Nowhere']) expect(byName(r.people, n)).toEqual([]);
    expect(r.leftOut).toHaveLength(3);
    expect(r.leftOut.join('\n')).toMatch(/Zz Failed on Zz 2026-902 \(2026-902\): the launch failed/);
    expect(r.leftOut.join('\n')).toMatch(/Zz Crashed on Zz 2026-903 \(2026-903\): Launch Library 2 says the landing failed/);
    expect(r.leftOut.join('\n')).toMatch(/Zz Nowhere on Zz 2026-901 \(2026-901\): Launch Library 2 gives no landing/);
    expect(r.crewedLaunches.has('2026-902')).toBe(false);
  });

  it('a swap: home in the vehicle whose landing crew names the person, or per the person’s own landings', () => {
    const a = person('Zz Swapper');
    const b = person('Zz Lander');
    const stay = person('Zz Stayer');
    const r = run({
      crewed: [crewed(NEW, [[a, 'Commander'], [b, 'Pilot'], [stay, 'Flight Engineer']], { end: '2026-05-10T00:00:00Z', landingCrew: [stay] }), crewed(OTHER, [], { end: '2026-05-20T00:00:00Z', landingCrew: [a] })],
      astronauts: [ll2Person(a)!, ll2Person({ ...b, landings: [{ mission_end: '2026-05-21T00:00:00Z', launch: ref(OTHER) }] })!, ll2Person(stay)!],
    });
    expect(byName(r.people, 'Zz Swapper')[0]!.flights[0]).toMatchObject({ landedIn: '2026-903', landedInSource: 'll2', landing: '2026-05-20T00:00:00Z' });
    expect(byName(r.people, 'Zz Lander')[0]!.flights[0]).toMatchObject({ landedIn: '2026-903', landing: '2026-05-21T00:00:00Z' });
    expect(byName(r.people, 'Zz Stayer')[0]!.flights[0]).toMatchObject({ landedIn: '2026-901', landedInSource: 'same', landing: '2026-05-10T00:00:00Z' });
  });

  it('lands a bundled seat in space, keeps the landing vehicle the bundled facts name, and refuses one that disagrees', () => {
    const inSpace = bundled.filter((p) => p.flights.some((s) => s.outcome === 'in space'));
    expect(inSpace.length).toBeGreaterThan(3);
    const swapped = inSpace.find((p) => p.flights.some((s) => s.outcome === 'in space' && s.landedIn !== s.launch))!;
    const same = inSpace.find((p) => p.flights.some((s) => s.outcome === 'in space' && s.landedIn === s.launch))!;
    const seatOf = (p: Person) => p.flights.find((s) => s.outcome === 'in space')!;
    const byId = new Map(bundledLaunches.map((l) => [l.id, l]));
    const upSwapped = byId.get(seatOf(swapped).launch)!;
    const downSwapped = byId.get(seatOf(swapped).landedIn)!;
    const upSame = byId.get(seatOf(same).launch)!;
    const asRef = (l: Launch, id: string) => ({ id, name: `X | ${l.title}`, net: l.time });
    const llSame = person(same.name, { date_of_birth: same.born, flights: [asRef(upSame, 'S1')] });
    // The bundled facts' vehicle, at LL2's time.
    const llSwapped = person(swapped.name, { date_of_birth: swapped.born, flights: [asRef(upSwapped, 'S2')], landings: [{ mission_end: '2026-04-02T03:04:05Z', launch: asRef(downSwapped, 'S3') }] });
    const ok = run({ crewed: [crewed({ ...upSame, ll2: { id: 'S1', name: 'x', mission: null, missionType: null, match: 'time' } }, [[llSame, 'Commander']], { end: '2026-04-03T00:00:00Z' })], astronauts: [ll2Person(llSame)!, ll2Person(llSwapped)!] });
    expect(seatOf(byName(bundled, same.name)[0]!)).toBeDefined();
    const landedSame = byName(ok.people, same.name)[0]!.flights.find((s) => s.launch === upSame.id)!;
    expect(landedSame).toMatchObject({ outcome: 'returned', landing: '2026-04-03T00:00:00Z', landedIn: upSame.id, seconds: Math.round((Date.parse('2026-04-03T00:00:00Z') - Date.parse(upSame.time)) / 1000) });
    const landedSwapped = byName(ok.people, swapped.name)[0]!.flights.find((s) => s.launch === upSwapped.id)!;
    expect(landedSwapped).toMatchObject({ outcome: 'returned', landing: '2026-04-02T03:04:05Z', landedIn: downSwapped.id, landedInSource: seatOf(swapped).landedInSource });
    expect(ok.landed).toBe(2);
    // The total: the seats that had landed, and this one's duration instead of its time up to the bundled data's last day.
    expect(byName(ok.people, same.name)[0]!.seconds).toBe(same.flights.reduce((n, x) => n + (x.seconds ?? 0), 0) + landedSame.seconds!);

    // LL2 says the swapped person came home in their own vehicle: the bundled facts disagree, so the seat stays in space.
    const llOwn = person(swapped.name, { date_of_birth: swapped.born, flights: [asRef(upSwapped, 'S2')], landings: [{ mission_end: '2026-04-02T03:04:05Z', launch: asRef(upSwapped, 'S2') }] });
    const refused = run({ astronauts: [ll2Person(llOwn)!] });
    expect(byName(refused.people, swapped.name)[0]!.flights).toEqual(swapped.flights);
    expect(refused.leftOut.join('\n')).toContain(`${swapped.name} on ${upSwapped.title} (${upSwapped.id}): the bundled data has them come home in ${downSwapped.id}`);
    // LL2 says the person is down but gives no landing: nothing is made up, and the update says so.
    const down = person(same.name, { date_of_birth: same.born, in_space: false, flights: [asRef(upSame, 'S1')] });
    const unsure = run({ astronauts: [ll2Person(down)!] });
    expect(byName(unsure.people, same.name)[0]!.flights).toEqual(same.flights);
    expect(unsure.leftOut).toEqual([`${same.name} on ${upSame.title} (${upSame.id}): Launch Library 2 says the person is no longer in space but gives no landing; the seat stays as it was on the bundled data's last day`]);
  });

  it('tells people of one name apart: by a flight the record lists, else by birth; two it cannot tell apart are left as they are', () => {
    const kaleri = bundled.find((p) => p.name === 'Aleksandr Kaleri')!;
    const twin: Person = { ...kaleri, id: 'aleksandr-kaleri-1970', born: '1970-01-01', bornPrecision: 'day', flights: kaleri.flights.slice(0, 1) };
    const last = bundledLaunches.find((l) => l.id === kaleri.flights.at(-1)!.launch)!;
    const kaleriRef = { id: last.ll2!.id, name: last.ll2!.name, net: last.time };
    // The record lists a launch only one of them flew: that one, whatever the birth date says.
    const withFlight = person('Aleksandr Kaleri', { date_of_birth: '1999-09-09', flights: [kaleriRef] });
    const r1 = updatePeople({ ...baseInput(), bundled: [...bundled, twin], crewed: [crewed(NEW, [[withFlight, 'Flight Engineer']], { end: '2026-05-01T00:00:00Z' })], astronauts: [ll2Person(withFlight)!] });
    expect(byName(r1.people, 'Aleksandr Kaleri').map((p) => [p.id, p.flights.length])).toEqual([
      ['aleksandr-kaleri', kaleri.flights.length + 1],
      ['aleksandr-kaleri-1970', 1],
    ]);
    // A listed flight none of them has a seat on (the sources differ on a crew): the birth decides, no duplicate is made.
    const other = bundledLaunches.find((l) => l.ll2 && l.crewed && !kaleri.flights.some((f) => f.launch === l.id))!;
    const odd = person('Aleksandr Kaleri', { date_of_birth: kaleri.born, flights: [{ id: other.ll2!.id, name: other.ll2!.name, net: other.time }] });
    const r0 = run({ crewed: [crewed(NEW, [[odd, 'Flight Engineer']], { end: '2026-05-01T00:00:00Z' })], astronauts: [ll2Person(odd)!] });
    expect(byName(r0.people, 'Aleksandr Kaleri').map((p) => [p.id, p.flights.length])).toEqual([['aleksandr-kaleri', kaleri.flights.length + 1]]);
    // No flight listed: the birth decides; a birth of neither is someone new.
    const byBirth = person('Aleksandr Kaleri', { date_of_birth: '1970-01-01' });
    const r2 = updatePeople({ ...baseInput(), bundled: [...bundled, twin], crewed: [crewed(NEW, [[byBirth, 'Flight Engineer']], { end: '2026-05-01T00:00:00Z' })], astronauts: [ll2Person(byBirth)!] });
    expect(byName(r2.people, 'Aleksandr Kaleri').find((p) => p.id === 'aleksandr-kaleri-1970')!.flights).toHaveLength(2);
    const stranger = person('Aleksandr Kaleri', { date_of_birth: '2001-02-03' });
    const r3 = run({ crewed: [crewed(NEW, [[stranger, 'Flight Engineer']], { end: '2026-05-01T00:00:00Z' })], astronauts: [ll2Person(stranger)!] });
    expect(byName(r3.people, 'Aleksandr Kaleri').map((p) => p.id).sort()).toEqual(['aleksandr-kaleri', 'aleksandr-kaleri-2001']);
    expect(r3.peopleAdded).toBe(1);
    // Two of that name, no flight and no birth to tell: nobody is changed.
    const unknown = person('Aleksandr Kaleri', { date_of_birth: null });
    const r4 = updatePeople({ ...baseInput(), bundled: [...bundled, { ...twin, born: null, bornPrecision: null }], crewed: [crewed(NEW, [[unknown, 'Flight Engineer']], { end: '2026-05-01T00:00:00Z' })], astronauts: [ll2Person(unknown)!] });
    expect(r4.seatsAdded).toBe(0);
    expect(r4.leftOut.join('\n')).toMatch(/Aleksandr Kaleri: more than one person of that name/);
  });

  it('a crewed flight that is no orbital launch: suborbital where it reached 80 km, by GCAT’s apogee or the vehicle rule; else its crew is not added', () => {
    const hop = (id: string, name: string, net: string) => ({ id, name, net, spacecraft: [] as never[] });
    const crewOf = (ref: { id: string; name: string; net: string }, who: Record<string, unknown>, role: string, end: string | null) => {
      const l = { ...ref, rocket: { spacecraft_stage: [{ mission_end: end, launch_crew: [{ role: { role }, astronaut: who }], landing_crew: [] }] } };
      return ll2CrewedLaunch(l)!;
    };
    const tail = [
      { id: '2026-S71', time: '2026-04-10T15:00:00Z', precision: 'second' as const, vehicle: 'Zz Hopper', name: 'Zz Hopper Z1', site: null, pad: null, apogeeKm: 102 },
      { id: '2026-S72', time: '2026-04-11T15:00:00Z', precision: 'second' as const, vehicle: 'Zz Hopper', name: 'Zz Hopper Z2', site: null, pad: null, apogeeKm: 70 },
    ];
    const [a, b, c, d] = ['Zz High', 'Zz Low', 'Zz Rule', 'Zz Late'].map((n) => person(n));
    const r = run({
      tailFlights: tail,
      crewed: [
        crewOf(hop('H1', 'Zz Hopper | Zz Hopper Z1', '2026-04-10T15:00:20Z'), a!, 'Tourist', '2026-04-10T15:11:00Z'),
        crewOf(hop('H2', 'Zz Hopper | Zz Hopper Z2', '2026-04-11T15:00:00Z'), b!, 'Tourist', '2026-04-11T15:11:00Z'),
        // No GCAT row: New Shepard's rule (above 100 km), LL2's time, no mission end: landed that day.
        crewOf(hop('H3', 'New Shepard | NS-Z3', '2026-04-12T15:00:00Z'), c!, 'Passenger', null),
        // Launched in the last hour of a UTC day, with no landing: the day it landed is not known.
        crewOf(hop('H4', 'New Shepard | NS-Z4', '2026-04-13T23:30:00Z'), d!, 'Tourist', null),
      ],
      astronauts: [a, b, c, d].map((x) => ll2Person(x)!),
    });
    expect(r.suborbital.map((f) => [f.id, f.time, f.apogeeSource, f.karman])).toEqual([
      ['2026-S71', '2026-04-10T15:00:00Z', 'gcat', true],
      ['sub-2026-04-12', '2026-04-12T15:00Z', 'vehicle-rule', true],
    ]);
    expect(byName(r.people, 'Zz High')[0]!.flights[0]).toMatchObject({ launch: '2026-S71', role: 'spaceflight participant', roleSource: 'll2', landing: '2026-04-10T15:11:00Z', seconds: 660 });
    expect(byName(r.people, 'Zz Rule')[0]!.flights[0]).toMatchObject({ launch: 'sub-2026-04-12', role: 'spaceflight participant', roleSource: 'vehicle-rule', landing: '2026-04-12', landingPrecision: 'day', seconds: null });
    expect(byName(r.people, 'Zz Low')).toEqual([]);
    expect(byName(r.people, 'Zz Late')).toEqual([]);
    expect(r.leftOut.join('\n')).toMatch(/Zz Hopper Z2 \(2026-04-11\): no orbital launch in GCAT's list matches it, and it is no suborbital flight that reached 80 km/);
    expect(r.leftOut.join('\n')).toMatch(/Zz Late on NS-Z4 \(sub-2026-04-13\): Launch Library 2 gives no landing/);
    // Suborbital flights are no launches: none is marked crewed.
    expect(r.crewedLaunches.size).toBe(0);
  });

  it('gives the same people for the same records, whatever their order', () => {
    const a = person('Zz One');
    const b = person('Zz Two');
    const crew = [crewed(NEW, [[a, 'Commander'], [b, 'Pilot']], { end: '2026-05-01T00:00:00Z' })];
    const x = run({ crewed: crew, astronauts: [ll2Person(a)!, ll2Person(b)!] });
    const y = run({ crewed: crew, astronauts: [ll2Person(b)!, ll2Person(a)!] });
    expect(JSON.stringify(y.people)).toBe(JSON.stringify(x.people));
  });
});

function baseInput(): PeopleInput {
  return { bundled, launches, bundledHorizon: horizon, horizon: FAILED.time, suborbital: dataset.suborbital(), tailFlights: [], crewed: [], astronauts: [], now: '2026-06-01T00:00:00Z' };
}
