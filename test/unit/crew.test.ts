// People and seats in the committed dataset, and the pure crew helpers.
import { describe, expect, it } from 'vitest';
import { bio, crewList, findPerson, launchCrew, totalDifference, yearsBetween } from '../../src/domain/crew.js';
import { nameWords, spellingKey } from '../../src/domain/text.js';
import { parseCsv } from '../../src/importer/csv.js';
import { normaliseRole } from '../../src/importer/crew.js';
import { missionEnd } from '../../src/importer/missions.js';
import { SourceError } from '../../src/importer/tsv.js';
import { dataset, launchNamed, personNamed } from '../helpers.js';

const people = dataset.people();
const launches = dataset.launches();
const byName = personNamed;
const launchId = launchNamed;
const seatOn = (person: string, launch: string) => {
  const id = launchId(launch);
  return byName(person).flights.find((s) => s.launch === id)!;
};

describe('crews in the committed dataset', () => {
  it('has the Soyuz TM-14 crew with their roles, and Flade coming home in TM-13', () => {
    const tm14 = launchId('Soyuz TM-14');
    const crew = launchCrew(dataset, tm14).crew.map((s) => [s.person.name, s.role, s.landedIn?.id ?? 'same']);
    expect(crew).toEqual([
      ['Aleksandr Viktorenko', 'commander', 'same'],
      ['Aleksandr Kaleri', 'flight engineer', 'same'],
      ['Klaus-Dietrich Flade', 'research cosmonaut', launchId('Soyuz TM-13')],
    ]);
    expect(seatOn('Flade', 'Soyuz TM-14')).toMatchObject({ landing: '1992-03-25T08:51:22Z', landingPrecision: 'second' });
    expect(seatOn('Kaleri', 'Soyuz TM-14')).toMatchObject({ landing: '1992-08-10T01:05:02Z' });
    // The seat lasts from GCAT's launch second to the landing second.
    expect(seatOn('Flade', 'Soyuz TM-14').seconds).toBe((Date.parse('1992-03-25T08:51:22Z') - Date.parse('1992-03-17T10:54:30Z')) / 1000);
  });

  it('brings the Soyuz MS-22 crew home in Soyuz MS-23 on 2023-09-27', () => {
    const ms23 = launchId('Soyuz MS-23');
    for (const name of ['Sergey Prokopyev', 'Dmitriy Petelin', 'Francisco Rubio']) {
      expect(seatOn(name, 'Soyuz MS-22')).toMatchObject({ landedIn: ms23, landing: '2023-09-27T11:17:00Z' });
    }
    expect(launchCrew(dataset, ms23).returned.map((r) => r.person.name).sort()).toEqual(['Dmitriy Petelin', 'Francisco Rubio', 'Sergey Prokopyev']);
  });

  it('brings the Starliner test crew home in Crew-9, from the project\'s crew facts', () => {
    for (const name of ['Barry E. Wilmore', 'Sunita Williams']) {
      expect(seatOn(name, 'Calypso')).toMatchObject({ landedIn: '2024-178', landedInSource: 'crew-facts', landing: '2025-03-18T21:57:07Z' });
    }
  });

  it('gives every crewed launch a crew, every person a flight, and every seat existing launches', () => {
    const seated = new Set(people.flatMap((p) => p.flights.map((s) => s.launch)));
    expect(launches.filter((l) => l.crewed && !seated.has(l.id)).map((l) => l.id)).toEqual([]);
    for (const p of people) {
      expect(p.flights.length, p.name).toBeGreaterThan(0);
      for (const s of p.flights) {
        expect(dataset.flight(s.launch), `${p.name} ${s.launch}`).toBeDefined();
        expect(dataset.flight(s.landedIn), `${p.name} ${s.landedIn}`).toBeDefined();
        if (s.partOf !== null) expect(p.flights.some((x) => x.launch === s.partOf)).toBe(true);
      }
      // The seat durations, a seat still in space counted to the data's last launch (a lower bound).
      const last = Date.parse(dataset.meta().summary.last!.time);
      const upTo = (s: (typeof p.flights)[number]) => (s.outcome === 'in space' && s.partOf === null ? Math.floor((last - Date.parse(dataset.flight(s.launch)!.time)) / 1000) : 0);
      expect(p.seconds, p.name).toBe(p.flights.reduce((n, s) => n + (s.seconds ?? upTo(s)), 0));
      if (p.flights.some((s) => s.outcome === 'in space')) expect(p.complete).toBe(false);
    }
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
  });

  it('keeps failed crewed launches with their crews and outcome', () => {
    for (const [launch, outcome] of [['Soyuz MS-10', 'failure'], ['1986-F01', 'failure'], ['Soyuz T-10-1', 'failure']] as const) {
      const id = launchId(launch);
      const l = launches.find((x) => x.id === id)!;
      expect(l.outcome).toBe(outcome);
      expect(launchCrew(dataset, l.id).crew.length).toBeGreaterThan(1);
    }
  });

  it('adds crewed suborbital flights, so that Alan Shepard starts with Mercury-Redstone 3', () => {
    const shepard = byName('Alan Shepard');
    const first = dataset.flight(shepard.flights[0]!.launch)!;
    expect(first).toMatchObject({ name: 'Mercury-Redstone 3', category: 'suborbital', time: '1961-05-05T14:34:13Z' });
    expect(launches.some((l) => l.id === first.id)).toBe(false); // never counted as an orbital attempt
    // Nothing past the data's horizon (Artemis II, 2026-04-01, is after the newest launch).
    const last = launches[launches.length - 1]!.time;
    for (const f of dataset.suborbital()) expect(f.time <= last, f.name).toBe(true);
    expect(people.some((p) => p.name === 'Jeremy Hansen')).toBe(false);
  });

  describe('crewed suborbital flights: one rule (apogee at least 80 km, marked above or below 100 km)', () => {
    const sub = dataset.suborbital();
    const named = (name: string) => sub.find((f) => f.name === name);

    it('keeps Galactic 03 and SpaceShipOne 17P, and leaves out a glide flight', () => {
      expect(named('Galactic 03')).toMatchObject({ vehicle: 'SpaceShipTwo', apogeeKm: 88.5, apogeeSource: 'suborbital-facts', karman: false, launch: 'release' });
      expect(named('Flight 17P')).toMatchObject({ vehicle: 'SpaceShipOne', apogeeKm: 112, karman: true, ll2: null, wikidata: 'Q7572208', time: '2004-10-04T14:49Z' });
      expect(byName('Ken Baxter').flights.map((s) => s.launch)).toEqual([named('Galactic 03')!.id]);
      expect(byName('Mike Melvill').flights).toHaveLength(2); // 15P and 16P; not in Launch Library 2
      expect(byName('Brian Binnie').flights.map((s) => s.launch)).toEqual([named('Flight 17P')!.id]);
      expect(sub.some((f) => /GF\d+/.test(f.name))).toBe(false);
      expect(people.some((p) => p.name === 'Peter Siebold')).toBe(false); // glide and test flights only
    });

    it('marks X-15 flight 90 above 100 km and flight 62 below, and flight 191 as lost', () => {
      expect(named('Flight 90')).toMatchObject({ vehicle: 'X-15', apogeeKm: 106, karman: true });
      expect(named('Flight 62')).toMatchObject({ vehicle: 'X-15', apogeeKm: 95.9, karman: false });
      expect(named('Flight 191')).toMatchObject({ lost: { at: '1967-11-15', phase: 'descent' } });
      expect(sub.filter((f) => f.vehicle === 'X-15')).toHaveLength(13);
    });

    it('holds every flight to the rule, with the karman flag consistent with the apogee', () => {
      for (const f of sub) {
        if (f.apogeeKm === null) {
          // Only a vehicle rule may vouch without a figure, and only for flights above 100 km.
          expect([f.name, f.apogeeSource, f.karman]).toEqual([f.name, 'vehicle-rule', true]);
        } else {
          expect(f.apogeeKm, f.name).toBeGreaterThanOrEqual(80);
          expect(f.karman, f.name).toBe(f.apogeeKm > 100);
        }
      }
      expect(dataset.meta().suborbital).toEqual({ rule: expect.any(String), karman: sub.filter((f) => f.karman).length, belowKarman: sub.filter((f) => !f.karman).length });
    });

    it('times every seat on them from the launch instant to the landing', () => {
      const ids = new Map(sub.map((f) => [f.id, f]));
      let timed = 0;
      for (const p of people) {
        for (const s of p.flights) {
          const f = ids.get(s.launch);
          if (!f) continue;
          if (s.landing === null || f.precision === 'day' || Date.parse(s.landing) < Date.parse(f.time)) {
            // No landing, a launch known to the day, or (NS-38, issue 11 item 4) sources a day apart.
            expect(s.seconds, `${p.name} ${f.name}`).toBeNull();
            continue;
          }
          expect(s.seconds, `${p.name} ${f.name}`).toBe((Date.parse(s.landing) - Date.parse(f.time)) / 1000);
          timed++;
        }
      }
      expect(timed).toBeGreaterThan(100);
      // Virgin Galactic: release (LL2) to landing (Wikidata), not Wikidata's take-off.
      const bandla = byName('Sirisha Bandla').flights[0]!;
      expect([bandla.launch, bandla.seconds]).toEqual([named('VSS Unity 22')!.id, 870]);
    });
  });

  it('computes time in space: Viktorenko about 489 days, Kaleri about 769', () => {
    expect(byName('Aleksandr Viktorenko').seconds / 86400).toBeCloseTo(489, 0);
    expect(byName('Aleksandr Kaleri').seconds / 86400).toBeCloseTo(769, 0);
  });

  // The people whose computed totals differ from Wikidata's reference by more than 1 % for a
  // reason the closing note of issue 4 gives one by one (the reference is wrong or rounded,
  // or counts a return vehicle the project's crew facts correct).
  const EXPLAINED = new Set([
    'Liu Yang', 'Marina Vasilevskaya', 'Abdul Ahad Mohmand', 'Charles D. Walker', 'Chen Zhongrui', 'Wang Jie',
    'Bjarni Tryggvason', 'Eileen Collins', 'Ellen Ochoa', 'Liu Wang', 'Joseph A. Walker', 'John Glenn',
    'Aleksandr Viktorenko', 'Hazza Al Mansouri', 'Klim Shipenko', 'Yulia Peresild', 'Takao Doi',
    // Blue Origin NS-38 (issue 11): Wikidata dates it a day early and 10 s before GCAT's launch;
    // the seat runs from GCAT's launch to Wikidata's landing (moved by that day): 602 s, not 612.
    'Alain Fernandez', 'Alberto Gutiérrez', 'Jim Hendren', 'Laura Stiles', 'Linda Edwards', 'Timothy Drexler',
  ]);

  it('matches the reference totals within 1 %, except where a landing is unknown, the reference omits flights, or the note explains it', () => {
    const off = people.filter((p) => p.reference !== null && p.reference > 0 && Math.abs(p.seconds - p.reference) > 0.01 * p.reference);
    const unexplained = off.filter((p) => totalDifference(p.flights, p.reference!) === 'unexplained').map((p) => p.name);
    expect(unexplained.filter((n) => !EXPLAINED.has(n))).toEqual([]);
    // The rule still has teeth: most people with a reference match it.
    const withRef = people.filter((p) => p.reference !== null && p.reference > 0).length;
    expect(withRef - off.length).toBeGreaterThan(0.85 * withRef);
  });

  it('ranks the time-in-space leaderboard from the seats', () => {
    const top = crewList(dataset, { sort: 'time', limit: 5 }).people;
    expect(top[0]!.seconds).toBeGreaterThanOrEqual(top[1]!.seconds);
    const kaleri = bio(dataset, byName('Kaleri'), '2026-11-23');
    expect(kaleri.rank.n).toBe(1 + people.filter((p) => p.seconds > kaleri.seconds).length);
    expect(kaleri).toMatchObject({ flightCount: 5, complete: true, age: { years: yearsBetween('1956-05-13', '2026-11-23'), atDeath: false } });
    expect(kaleri.summary).toContain('Kaleri');
  });
});

describe('finding people', () => {
  it.each([
    ['Aleksandr Kaleri', 'aleksandr-kaleri'],
    ['alexander kaleri', 'aleksandr-kaleri'],
    ['Kaleri', 'aleksandr-kaleri'],
    ['kaleri, aleksandr', 'aleksandr-kaleri'],
    ['Калери', 'aleksandr-kaleri'],
    ['sergey krikalyov', 'sergei-krikalev'],
    ['Dmitry Petelin', 'dmitriy-petelin'],
    ['flade', 'klaus-dietrich-flade'],
    ['GAGARIN', 'yuri-gagarin'],
  ])('"%s" finds %s', (q, id) => {
    const m = findPerson(people, q);
    expect(m.kind === 'found' && m.person.id).toBe(id);
  });

  it('lists the candidates of an ambiguous surname and suggests for a typo', () => {
    const m = findPerson(people, 'Volkov');
    expect(m.kind).toBe('ambiguous');
    // Spelling keys forgive doubled letters and vowels; a wrong word falls back to suggestions.
    const typo = findPerson(people, 'Kalerri Aleksandrr');
    expect(typo.kind === 'found' && typo.person.id).toBe('aleksandr-kaleri');
    const wrong = findPerson(people, 'Kaleri Pavlovich');
    expect(wrong.kind === 'none' && wrong.suggestions.some((s) => /Kaleri/.test(s))).toBe(true);
  });
});

describe('crew helpers', () => {
  it('gives transliterations the same spelling key', () => {
    for (const [a, b] of [['Aleksandr', 'Alexander'], ['Sergei', 'Sergey'], ['Dmitriy', 'Dmitry'], ['Gherman', 'German'], ['Yuri', 'Yury']]) {
      expect(spellingKey(a!)).toBe(spellingKey(b!));
    }
    expect(spellingKey('Gagarin')).not.toBe(spellingKey('Grin'));
    expect(nameWords('Conrad, Charles, Jr.')).toEqual(['charles', 'conrad']);
  });

  it('normalises crew-table occupations to the role vocabulary', () => {
    expect(normaliseRole('MSP', 'Soyuz TM-14')).toBe('research cosmonaut');
    expect(normaliseRole('MSP', 'STS-45')).toBe('mission specialist');
    expect(normaliseRole('Flight engineer', 'Soyuz T-5')).toBe('flight engineer');
    expect(normaliseRole('Other (Space tourist)', 'Soyuz TMA-10')).toBe('spaceflight participant');
    expect(normaliseRole('astronaut', 'x')).toBeNull();
  });

  it("ends Apollo lunar missions at splashdown, not at Wikidata's Moon landing, and trusts landings elsewhere", () => {
    const launch = { time: '1969-07-16T13:32:00Z', precision: 'second' as const };
    const moon = { time: '1969-07-20T20:17:40Z', precision: 'second' as const };
    const ascent = Date.parse('1969-07-21T17:54:00Z');
    expect(missionEnd(launch, moon, 703115, [ascent]).endAt).toBe('1969-07-24T16:50:35Z');
    expect(missionEnd(launch, moon, 703115, []).endAt).toBe('1969-07-20T20:17:40Z');
    expect(missionEnd(launch, null, 100, [])).toEqual({ landingAt: null, landingPrecision: null, endAt: '1969-07-16T13:33:40Z' });
    expect(missionEnd(launch, { time: '1969-07-24', precision: 'day' }, null, []).endAt).toBeNull();
  });

  it('tells a reference that omits flights from one that disagrees', () => {
    const seats = [{ seconds: 100, partOf: null }, { seconds: 1000, partOf: null }];
    expect(totalDifference(seats, 1000)).toBe('reference omits flights');
    expect(totalDifference(seats, 500)).toBe('unexplained');
    expect(totalDifference([{ seconds: null, partOf: null }], 5)).toBe('landing unknown');
  });

  it('parses quoted CSV fields and names the line of a bad record', () => {
    const f = parseCsv('t.csv', 'a,b\n"x, ""y""",2\n"multi\nline",3\n', ['a']);
    expect(f.rows.map((r) => [r.get('a'), r.get('b'), r.line])).toEqual([['x, "y"', '2', 2], ['multi\nline', '3', 3]]);
    expect(() => parseCsv('t.csv', 'a,b\n1,2\n3\n')).toThrow(new SourceError('t.csv', 3, 'expected 2 comma-separated fields, found 1'));
    expect(() => parseCsv('t.csv', 'a\n1\n', ['z'])).toThrow(/no "z" column/);
  });
});
