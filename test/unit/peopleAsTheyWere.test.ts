// People as they were (issue 11): each seat's state and organisation on its date, roles in the
// programmes' own words, lost crews and crews still in space, every landing the sources allow,
// and the invariants the importer enforces, checked on the committed dataset.
import { describe, expect, it } from 'vitest';
import type { Person, Seat } from '../../src/data/types.js';
import { ROLES } from '../../src/data/types.js';
import { startMs } from '../../src/domain/time.js';
import { SeatError, validateSeats } from '../../src/importer/seatChecks.js';
import { stateOn } from '../../src/importer/allegiance.js';
import { dataset, launchNamed, personNamed } from '../helpers.js';

const people = dataset.people();
const byName = personNamed;
const launchId = launchNamed;
const crewOf = (launch: string): { person: Person; seat: Seat }[] => {
  const id = launchId(launch);
  return people.flatMap((person) => person.flights.filter((s) => s.launch === id && s.partOf === null).map((seat) => ({ person, seat })));
};
const seatOn = (person: string, launch: string): Seat => {
  const id = launchId(launch);
  const s = byName(person).flights.find((x) => x.launch === id);
  if (!s) throw new Error(`${person} did not fly ${launch}`);
  return s;
};
const codes = (s: Seat) => s.nationality.map((n) => n.code);
const day = (s: Seat) => dataset.flight(s.launch)!.time.slice(0, 10);
const allSeats = people.flatMap((person) => person.flights.filter((s) => s.partOf === null).map((seat) => ({ person, seat })));

describe('whom each seat flew for, on its date', () => {
  it('Gagarin and Tereshkova flew for the Soviet Union and its programme, never for Russia or Roscosmos', () => {
    for (const name of ['Yuri Gagarin', 'Valentina Tereshkova']) {
      const p = byName(name);
      for (const s of p.flights) {
        expect(s.nationality).toEqual([{ country: 'Soviet Union', code: 'SU' }]);
        expect(s.agency).toEqual({ abbrev: null, name: 'Soviet space programme' });
      }
    }
    // Gagarin died a Soviet citizen; Tereshkova lives in Russia today.
    expect(byName('Yuri Gagarin').nationality).toEqual([{ country: 'Soviet Union', code: 'SU' }]);
    expect(byName('Yuri Gagarin').agency?.name).toBe('Soviet space programme');
    expect(byName('Valentina Tereshkova').nationality.map((n) => n.code)).toEqual(['RU']);
  });

  it('Krikalev flew for the Soviet Union, then for Russia, under the agency’s name of each time', () => {
    const k = byName('Sergei Krikalev');
    expect(k.flights.map((s) => [day(s).slice(0, 4), codes(s).join(), s.agency?.abbrev ?? s.agency?.name])).toEqual([
      ['1988', 'SU', 'Soviet space programme'],
      ['1991', 'SU', 'Soviet space programme'],
      ['1994', 'RU', 'RKA'],
      ['1998', 'RU', 'RKA'],
      ['2000', 'RU', 'Rosaviakosmos'],
      ['2005', 'RU', 'Roscosmos'],
    ]);
  });

  it('Interkosmos guests flew for their state of the time, in the Interkosmos programme, as research cosmonauts', () => {
    const guests: [string, string, string][] = [
      ['Vladimír Remek', 'CS', 'Czechoslovakia'],
      ['Mirosław Hermaszewski', 'PL', 'Poland'],
      ['Sigmund Jähn', 'DD', 'East Germany'],
      ['Georgi Ivanov', 'BG', 'Bulgaria'],
      ['Bertalan Farkas', 'HU', 'Hungary'],
      ['Phạm Tuân', 'VN', 'Vietnam'],
      ['Arnaldo Tamayo Méndez', 'CU', 'Cuba'],
      ['Jügderdemidiin Gürragchaa', 'MN', 'Mongolia'],
      ['Dumitru Prunariu', 'RO', 'Romania'],
      ['Rakesh Sharma', 'IN', 'India'],
      ['Muhammed Faris', 'SY', 'Syria'],
      ['Abdul Ahad Mohmand', 'AF', 'Afghanistan'],
      ['Aleksandr Panayotov Aleksandrov', 'BG', 'Bulgaria'],
    ];
    for (const [name, code, country] of guests) {
      const [s] = byName(name).flights;
      expect(s!.nationality, name).toEqual([{ country, code }]);
      expect(s!.agency?.abbrev, name).toBe('Interkosmos');
      expect(s!.role, name).toBe('research cosmonaut');
    }
    // Today's states where they changed: Remek is Czech, Jähn (died 2019) German.
    expect(byName('Vladimír Remek').nationality.map((n) => n.code)).toEqual(['CZ']);
    expect(byName('Sigmund Jähn').nationality.map((n) => n.code)).toEqual(['DE']);
  });

  it('West Germans before 1990 flew for West Germany; Sharipov flew for Russia', () => {
    expect(seatOn('Ulf Merbold', 'STS-9').nationality).toEqual([{ country: 'West Germany', code: 'DE' }]);
    for (const name of ['Reinhard Furrer', 'Ernst Messerschmid']) expect(byName(name).flights[0]!.nationality, name).toEqual([{ country: 'West Germany', code: 'DE' }]);
    expect(byName('Ulf Merbold').flights[1]!.nationality).toEqual([{ country: 'Germany', code: 'DE' }]);
    for (const s of byName('Salizhan Sharipov').flights) expect(codes(s)).toEqual(['RU']);
  });

  it('maps a state of today to the state of a date by the rule table', () => {
    expect(stateOn({ country: 'Ukraine', code: 'UA' }, '1991-12-25', null).code).toBe('SU');
    expect(stateOn({ country: 'Ukraine', code: 'UA' }, '1991-12-26', null).code).toBe('UA');
    expect(stateOn({ country: 'Slovakia', code: 'SK' }, '1992-12-31', null).code).toBe('CS');
    expect(stateOn({ country: 'Slovakia', code: 'SK' }, '1993-01-01', null).code).toBe('SK');
    expect(stateOn({ country: 'Germany', code: 'DE' }, '1990-10-02', 'east').code).toBe('DD');
    expect(stateOn({ country: 'Germany', code: 'DE' }, '1990-10-03', 'east')).toEqual({ country: 'Germany', code: 'DE' });
  });

  it('holds for every seat: no state or organisation before it existed, none after it ended', () => {
    const successors = new Set(['AM', 'AZ', 'BY', 'EE', 'GE', 'KG', 'KZ', 'LT', 'LV', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ']);
    let soviet = 0;
    for (const { person, seat } of allSeats) {
      const d = day(seat);
      const at = `${person.name} ${seat.launch}`;
      for (const n of seat.nationality) {
        if (d <= '1991-12-25') expect(successors.has(n.code ?? ''), at).toBe(false);
        else expect(n.code, at).not.toBe('SU');
        if (d <= '1992-12-31') expect(['CZ', 'SK'], at).not.toContain(n.code);
        if (d >= '1993-01-01') expect(n.code, at).not.toBe('CS');
        if (d >= '1990-10-03') expect([n.code, n.country], at).not.toEqual(expect.arrayContaining(['DD']));
      }
      if (d < '1992-02-25') expect(`${seat.agency?.abbrev} ${seat.agency?.name}`, at).not.toMatch(/roscosmos|rfsa|russian|rosaviakosmos/i);
      if (d < '2003-10-01') expect(seat.agency?.abbrev, at).not.toBe('JAXA');
      if (seat.nationality.some((n) => n.code === 'SU')) soviet++;
    }
    // About 60 people flew only in Soviet times, many of them several times.
    expect(soviet).toBeGreaterThan(130);
  });

  it('people who later flew for a company flew earlier flights for NASA', () => {
    const w = byName('Peggy Whitson');
    expect(w.flights.map((s) => s.agency?.abbrev)).toEqual(['NASA', 'NASA', 'NASA', 'AXS', 'AXS']);
    expect(w.agency?.abbrev).toBe('AXS');
  });
});

describe('roles as flown', () => {
  it('gives the Apollo crews their titles: commander, command module pilot, lunar module pilot', () => {
    const apollo11 = Object.fromEntries(crewOf('Apollo 11').map((c) => [c.person.name, c.seat.role]));
    expect(apollo11).toEqual({ 'Neil Armstrong': 'commander', 'Michael Collins': 'command module pilot', 'Buzz Aldrin': 'lunar module pilot' });
    let cmp = 0;
    let lmp = 0;
    for (const n of [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]) {
      const roles = crewOf(`Apollo ${n}`).map((c) => c.seat.role).sort();
      expect(roles, `Apollo ${n}`).toEqual(['command module pilot', 'commander', 'lunar module pilot']);
      cmp += roles.filter((r) => r === 'command module pilot').length;
      lmp += roles.filter((r) => r === 'lunar module pilot').length;
    }
    expect(cmp + lmp).toBe(22);
  });

  it('uses Gemini’s, Skylab’s and Voskhod’s words', () => {
    expect(seatOn('Neil Armstrong', 'Gemini 8').role).toBe('command pilot');
    expect(seatOn('David Scott', 'Gemini 8').role).toBe('pilot');
    expect(seatOn('Joseph P. Kerwin', 'Skylab 2').role).toBe('science pilot');
    expect(seatOn('Deke Slayton', 'Apollo-Soyuz Test Project').role).toBe('docking module pilot');
    expect(seatOn('Boris Yegorov', 'Voskhod 1').role).toBe('physician');
  });

  it('fills the seats that had no role, and leaves at most 10 unknown in all', () => {
    const filled: [string, string][] = [
      ['Hayley Arceneaux', 'Inspiration4'],
      ['Chris Sembroski', 'Inspiration4'],
      ['Chun Wang', 'Fram-2'],
      ['Jessica Meir', 'Dragon Crew-12'],
      ['Liu Boming', 'Shenzhou 12'],
      ['Wang Haozhe', 'Shenzhou 19'],
      ['Rakesh Sharma', 'Soyuz T-11'],
      ['Vasily Lazarev', '1975-F02'],
      ['Gennadi Strekalov', '1983-F02'],
    ];
    for (const [person, launch] of filled) expect(seatOn(person, launch).role, `${person} ${launch}`).not.toBeNull();
    const unknown = allSeats.filter(({ seat }) => seat.role === null);
    expect(unknown.length).toBeLessThanOrEqual(10);
    for (const { seat } of allSeats) if (seat.role !== null) expect(ROLES).toContain(seat.role);
  });
});

describe('lost crews and crews still in space', () => {
  it('shows Challenger’s crew as lost during ascent, before reaching space, with no time in space', () => {
    const crew = crewOf('STS-51-L');
    expect(crew).toHaveLength(7);
    for (const { person, seat } of crew) {
      expect(seat.outcome, person.name).toBe('lost');
      expect(seat.lost).toMatchObject({ phase: 'ascent', at: '1986-01-28T16:39:13Z' });
      expect(seat.reachedSpace).toBe(false);
      expect(seat.landing).toBeNull();
      expect(seat.seconds).toBe(0);
    }
    expect(byName('Christa McAuliffe')).toMatchObject({ seconds: 0, complete: true });
  });

  it('shows Columbia’s STS-107 crew as lost during re-entry after about 15 d 22 h, though the launch succeeded', () => {
    const crew = crewOf('STS-107');
    expect(crew).toHaveLength(7);
    expect((dataset.flight(launchId('STS-107')) as { outcome: string }).outcome).toBe('success');
    for (const { seat } of crew) {
      expect(seat).toMatchObject({ outcome: 'lost', landing: null, reachedSpace: true, lost: { phase: 're-entry' } });
      expect(seat.seconds! / 86400).toBeCloseTo(15.93, 1);
    }
  });

  it('marks Soyuz 1 and Soyuz 11 lost, and every lost seat follows its launch within a month', () => {
    expect(crewOf('Soyuz 1').map((c) => c.seat.lost?.phase)).toEqual(['landing']);
    expect(crewOf('Soyuz 11').map((c) => c.seat.lost?.phase)).toEqual(['re-entry', 're-entry', 're-entry']);
    const lost = allSeats.filter(({ seat }) => seat.outcome === 'lost');
    // Soyuz 1, Soyuz 11, STS-51-L, STS-107 and X-15 flight 191.
    expect(lost).toHaveLength(1 + 3 + 7 + 7 + 1);
    for (const { seat } of lost) {
      const up = dataset.flight(seat.launch)!.time;
      const gap = startMs(seat.lost!.at) - startMs(seat.lost!.precision === 'day' ? up.slice(0, 10) : up);
      expect(gap).toBeGreaterThanOrEqual(0);
      expect(gap).toBeLessThan(31 * 86_400_000);
    }
  });

  it('marks the crews still in space on the data’s last day, with their totals as lower bounds', () => {
    const last = dataset.meta().summary.last!.time;
    for (const launch of ['Dragon Crew-12', 'Soyuz MS-28', 'Shenzhou 21']) {
      for (const { person, seat } of crewOf(launch)) {
        expect(seat.outcome, person.name).toBe('in space');
        expect(seat.landing).toBeNull();
        expect(person.complete).toBe(false);
      }
    }
    for (const { seat } of allSeats.filter((x) => x.seat.outcome === 'in space')) expect(startMs(last) - startMs(dataset.flight(seat.launch)!.time)).toBeLessThan(400 * 86_400_000);
  });
});

describe('landings', () => {
  it('has the landings that were missing: Vostok 3 and 4, Soyuz 19, STS-5, Mercury-Redstone 4 to the second', () => {
    expect(seatOn('Andriyan Nikolayev', 'Vostok 3')).toMatchObject({ landing: '1962-08-15T06:52Z', landingPrecision: 'minute' });
    expect(seatOn('Pavel Popovich', 'Vostok 4')).toMatchObject({ landing: '1962-08-15T06:59Z', landingPrecision: 'minute' });
    expect(seatOn('Alexey Leonov', 'Soyuz 19')).toMatchObject({ landing: '1975-07-21T10:50:51Z', landingPrecision: 'second' });
    for (const { seat } of crewOf('STS-5')) expect(seat).toMatchObject({ landing: '1982-11-16T14:33:26Z', landingPrecision: 'second' });
    const mr4 = dataset.suborbital().find((f) => f.name === 'Mercury-Redstone 4')!;
    expect([mr4.time, mr4.precision]).toEqual(['1961-07-21T12:20:36Z', 'second']);
  });

  it('holds for every seat: a landing after its launch, or lost, or in space; duration = landing − launch', () => {
    let timed = 0;
    for (const { person, seat } of allSeats) {
      const up = dataset.flight(seat.launch)!;
      const at = `${person.name} ${seat.launch}`;
      if (seat.outcome === 'in space') {
        expect(seat.landing, at).toBeNull();
        continue;
      }
      if (seat.outcome === 'lost') {
        // Soyuz 1's and Soyuz 11's capsules landed; Challenger and Columbia never did.
        expect(seat.landing === null || seat.lost!.phase === 'landing' || seat.lost!.phase === 're-entry', at).toBe(true);
        if (seat.landing !== null) expect(seat.seconds, at).toBe(Math.round((startMs(seat.landing) - startMs(up.time)) / 1000));
        continue;
      }
      expect(seat.landing, at).not.toBeNull();
      if (!seat.reachedSpace) {
        expect(seat.seconds, at).toBe(0);
        continue;
      }
      if (seat.landingPrecision === 'day') {
        expect(seat.landing! >= up.time.slice(0, 10), at).toBe(true);
        expect(seat.seconds, at).toBeNull();
        continue;
      }
      expect(startMs(seat.landing!), at).toBeGreaterThan(startMs(up.time));
      if (up.precision === 'day') continue;
      expect(seat.seconds, at).toBe(Math.round((startMs(seat.landing!) - startMs(up.time)) / 1000));
      timed++;
    }
    expect(timed).toBeGreaterThan(1400);
  });

  it('brings career totals within 1 % of the reference for Nikolayev, Popovich, Leonov, Kubasov and STS-5’s crew', () => {
    const names = ['Andriyan Nikolayev', 'Pavel Popovich', 'Alexey Leonov', 'Valeri Kubasov', ...crewOf('STS-5').map((c) => c.person.name)];
    expect(names).toHaveLength(8);
    for (const name of names) {
      const p = byName(name);
      expect(p.complete, name).toBe(true);
      expect(Math.abs(p.seconds - p.reference!) / p.reference!, name).toBeLessThan(0.01);
    }
  });

  it('stops the build when a seat breaks an invariant, naming it', () => {
    const person = byName('Yuri Gagarin');
    const broken = { ...person, flights: [{ ...person.flights[0]!, landing: '1961-04-12T05:00:00Z' }] };
    expect(() => validateSeats([broken], (id) => dataset.flight(id))).toThrow(SeatError);
    expect(() => validateSeats([broken], (id) => dataset.flight(id))).toThrow(/Yuri Gagarin on 1961 MU: landing 1961-04-12T05:00:00Z is not after launch/);
    const anachronism = { ...person, flights: [{ ...person.flights[0]!, nationality: [{ country: 'Russia', code: 'RU' }] }] };
    expect(() => validateSeats([anachronism], (id) => dataset.flight(id))).toThrow(/flies for Russia before it was a state/);
    expect(() => validateSeats([person], (id) => dataset.flight(id))).not.toThrow();
  });
});

describe('seats as the programmes titled them, checked flight by flight', () => {
  const crews = new Map<string, { person: Person; seat: Seat }[]>();
  for (const x of allSeats) crews.set(x.seat.launch, [...(crews.get(x.seat.launch) ?? []), x]);
  const vehicleOf = (id: string) => dataset.flight(id)!.vehicle;

  it('gives every Soyuz with a crew of two or more exactly one commander, a Soviet or Russian cosmonaut, and no pilot', () => {
    let checked = 0;
    for (const [id, crew] of crews) {
      if (!/soyuz/i.test(vehicleOf(id)) || crew.length < 2) continue;
      const commanders = crew.filter((c) => c.seat.role === 'commander');
      expect(commanders.map((c) => c.person.name), id).toHaveLength(1);
      expect(['SU', 'RU', 'KZ'], `${id} ${commanders[0]!.person.name}`).toEqual(expect.arrayContaining([codes(commanders[0]!.seat)[0]]));
      expect(crew.filter((c) => c.seat.role === 'pilot'), id).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(130);
    expect(crewOf('Soyuz TMA-22').map((c) => [c.person.name, c.seat.role]).sort()).toEqual([
      ['Anatoli Ivanishin', 'flight engineer'],
      ['Anton Shkaplerov', 'commander'],
      ['Daniel C. Burbank', 'flight engineer'],
    ]);
  });

  it('gives every Shuttle flight exactly one commander and one pilot; station crews riding it are expedition crew', () => {
    let checked = 0;
    for (const [id, crew] of crews) {
      if (!/shuttle/i.test(vehicleOf(id))) continue;
      expect(crew.filter((c) => c.seat.role === 'commander').map((c) => c.person.name), id).toHaveLength(1);
      expect(crew.filter((c) => c.seat.role === 'pilot').map((c) => c.person.name), id).toHaveLength(1);
      expect(crew.filter((c) => c.seat.role === 'flight engineer').map((c) => c.person.name), id).toEqual([]);
      for (const c of crew) if (c.seat.role?.startsWith('expedition')) expect(c.seat.landedIn, `${id} ${c.person.name}`).not.toBe(id);
      checked++;
    }
    expect(checked).toBe(135);
    expect(seatOn('Yury Usachov', 'STS-102').role).toBe('expedition commander');
    expect(seatOn('Sergei Krikalev', 'STS-60').role).toBe('mission specialist');
    expect(seatOn('Chris Hadfield', 'STS-74').role).toBe('mission specialist');
    expect(seatOn('Leonid Kadeniuk', 'STS-87').role).toBe('payload specialist');
  });

  it('names a 1990 Soviet guest a research cosmonaut, the term "spaceflight participant" being of 2001', () => {
    expect(byName('Toyohiro Akiyama').flights[0]!.role).toBe('research cosmonaut');
  });
});

describe('organisations of the time', () => {
  const agencyOn = (person: string, launch: string) => seatOn(person, launch).agency?.abbrev ?? seatOn(person, launch).agency?.name;
  it('uses the forerunners and the right bodies', () => {
    expect(agencyOn('Marc Garneau', 'STS-41-G')).toBe('NRC');
    expect(agencyOn('Ernst Messerschmid', 'STS-61-A')).toBe('DFVLR');
    expect(seatOn('Klaus-Dietrich Flade', 'Soyuz TM-14').agency?.name).toBe('Deutsche Forschungsanstalt für Luft- und Raumfahrt');
    expect(agencyOn('Loren Acton', 'STS-51-F')).toBe('Lockheed Palo Alto Research Laboratory');
    expect(agencyOn('Yang Liwei', 'Shenzhou 5')).toBe('CMSA');
    expect(agencyOn('Anna Menon', 'Polaris Dawn')).toBe('SpX');
    expect(agencyOn('Leonid Kadeniuk', 'STS-87')).toBe('NSAU');
    for (const s of byName('Jean-Loup Chrétien').flights) expect(s.agency?.name).toBe('Centre national d’études spatiales');
    // the Air Force's pilots flew for the USAF, NASA's for NASA.
    expect(byName('Robert M. White').flights.map((s) => s.agency?.abbrev)).toEqual(['USAF']);
    expect(byName('Joe Engle').flights.map((s) => s.agency?.abbrev)).toEqual(['USAF', 'USAF', 'USAF', 'NASA', 'NASA']);
    expect(byName('Joseph A. Walker').flights.every((s) => s.agency?.abbrev === 'NASA')).toBe(true);
  });

  it('gives payload specialists their employers, tourists their broker, guests their state', () => {
    expect(byName('Charles D. Walker').flights.map((s) => s.agency?.name)).toEqual(['McDonnell Douglas', 'McDonnell Douglas', 'McDonnell Douglas']);
    expect(byName('Byron K. Lichtenberg').flights.map((s) => s.agency?.abbrev ?? s.agency?.name)).toEqual(['MIT', 'Payload Systems']);
    expect(byName('Dennis Tito').flights[0]!.agency?.name).toBe('Space Adventures');
    expect(byName('Ivan Bella').flights[0]!.agency?.name).toBe('Government of Slovakia');
    expect(byName('Anousheh Ansari').flights[0]!.nationality.map((n) => n.code)).toEqual(['US', 'IR']);
    expect(seatOn('Valeri Polyakov', 'Soyuz TM-6').role).toBe('research cosmonaut');
    // An empty abbreviation from LL2 is no abbreviation.
    for (const { seat } of allSeats) expect(seat.agency?.abbrev).not.toBe('');
  });

  it('counts no time in space for a pad abort, and says so', () => {
    const t101 = seatOn('Gennadi Strekalov', '1983-F02');
    expect([t101.reachedSpace, t101.seconds, t101.outcome]).toEqual([false, 0, 'returned']);
    expect(seatOn('Vasily Lazarev', '1975-F02').reachedSpace).toBe(true);
  });
});
