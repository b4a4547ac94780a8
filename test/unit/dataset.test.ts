// The committed data/ itself: integrity, coverage, and spot facts. Runs without ../shared.
import { describe, expect, it } from 'vitest';
import { searchKeys } from '../../src/domain/launches.js';
import { summarize } from '../../src/domain/summary.js';
import { startMs, yearOf } from '../../src/domain/time.js';
import { DATE_FACTS } from '../../src/importer/personFacts.js';
import { dataset } from '../helpers.js';

const launches = dataset.launches();
const sites = dataset.sites();
const vehicles = dataset.vehicles();
const agencies = dataset.agencies();
const meta = dataset.meta();

describe('committed dataset', () => {
  it('covers every orbital launch attempt from Sputnik 1 to 2026-03-08', () => {
    expect(launches.length).toBeGreaterThan(7000);
    expect(launches[0]).toMatchObject({ id: '1957 ALP', time: '1957-10-04T19:28:34Z' });
    expect(launches.at(-1)!.time.slice(0, 10)).toBe('2026-03-08');
  });

  it('has unique ids in every file', () => {
    for (const records of [launches, sites, vehicles, agencies]) {
      const ids = records.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('is in time order', () => {
    for (let i = 1; i < launches.length; i++) {
      expect(startMs(launches[i]!.time)).toBeGreaterThanOrEqual(startMs(launches[i - 1]!.time));
    }
  });

  it('resolves every reference', () => {
    const siteById = new Map(sites.map((s) => [s.id, s]));
    const vehicleIds = new Set(vehicles.map((v) => v.id));
    const agencyIds = new Set(agencies.map((a) => a.id));
    for (const l of launches) {
      const site = siteById.get(l.site);
      expect(site, `${l.id} site ${l.site}`).toBeDefined();
      if (l.pad !== null) expect(site!.pads.map((p) => p.code), `${l.id} pad ${l.pad}`).toContain(l.pad);
      expect(vehicleIds.has(l.vehicle), `${l.id} vehicle ${l.vehicle}`).toBe(true);
      for (const a of l.agencies) expect(agencyIds.has(a), `${l.id} agency ${a}`).toBe(true);
    }
    // …and nothing is listed that no launch uses.
    expect(new Set(launches.map((l) => l.site)).size).toBe(sites.length);
    expect(new Set(launches.map((l) => l.vehicle)).size).toBe(vehicles.length);
    expect(new Set(launches.flatMap((l) => l.agencies)).size).toBe(agencies.length);
  });

  it('matches the reference counts of orbital launch attempts per year (SOURCES.md)', () => {
    const perYear = new Map<number, number>();
    for (const l of launches) perYear.set(yearOf(l.time), (perYear.get(yearOf(l.time)) ?? 0) + 1);
    expect(perYear.get(1957)).toBe(3);
    expect(perYear.get(2018)).toBe(114);
    expect(perYear.get(2022)).toBe(186);
    expect(perYear.get(2025)).toBe(329);
    expect(perYear.get(2026)).toBe(48);
  });

  it('never stores a time more precise than its precision', () => {
    const shape = { second: /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/, minute: /^\d{4}-\d\d-\d\dT\d\d:\d\dZ$/, day: /^\d{4}-\d\d-\d\d$/, month: /^\d{4}-\d\d$/ };
    for (const l of launches) expect(l.time, l.id).toMatch(shape[l.precision]);
    expect(launches.filter((l) => l.precision === 'day').length).toBeGreaterThan(0);
  });

  it('gives every site on Earth a time zone Intl accepts, and none on the Moon', () => {
    for (const s of sites) {
      if (s.body === 'Moon') {
        expect(s.timeZone, s.id).toBeNull();
        continue;
      }
      expect(s.timeZone, s.id).toBeTruthy();
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: s.timeZone! }), s.id).not.toThrow();
    }
    expect(sites.find((s) => s.id === 'GIK-5')!.timeZone).toBe('Asia/Qyzylorda');
    expect(sites.find((s) => s.id === 'NIIP-5')!.timeZone).toBe('Asia/Qyzylorda');
    expect(sites.find((s) => s.id === 'KSC')!.timeZone).toBe('America/New_York');
    expect(sites.filter((s) => s.body === 'Moon').length).toBeGreaterThan(5);
  });

  it('has Soyuz TM-14 exactly', () => {
    const tm14 = launches.find((l) => l.name === 'Soyuz TM-14')!;
    expect(tm14).toMatchObject({
      id: '1992-014',
      time: '1992-03-17T10:54:30Z',
      precision: 'second',
      vehicle: 'Soyuz-U2',
      site: 'GIK-5',
      pad: 'LC1',
      outcome: 'success',
      success: true,
      crewed: true,
      category: 'orbital',
    });
    const site = sites.find((s) => s.id === tm14.site)!;
    expect(site).toMatchObject({ shortName: 'Baykonur', country: 'KAZ', state: 'RU' });
    expect(site.pads.find((p) => p.code === 'LC1')!.ll2Name).toBe('1/5');
    expect(tm14.ll2).toMatchObject({ name: 'Soyuz-U2 | Soyuz TM-14', missionType: 'Human Exploration' });
  });

  it('marks the crewed flights after 2024-12-08, which GCAT does not flag', () => {
    const after = launches.filter((l) => l.crewed && l.time > '2024-12-09').map((l) => l.name);
    expect(after).toEqual(['Dragon Crew-10', 'Fram-2', 'Soyuz MS-27', 'Shenzhou 20', 'Axiom Ax-4', 'Dragon Crew-11', 'Shenzhou 21', 'Soyuz MS-28', 'Dragon Crew-12']);
    expect(launches.find((l) => l.name === 'Shenzhou 22')!.crewed).toBe(false);
  });

  it('has meta counts that agree with the records', () => {
    expect(meta.summary).toEqual(summarize(launches));
    expect(meta.counts).toMatchObject({ launches: launches.length, sites: sites.length, vehicles: vehicles.length, agencies: agencies.length });
    expect(meta.counts.ll2Matched).toBe(launches.filter((l) => l.ll2 !== null).length);
    for (const s of meta.sources) expect(s.credit).toMatch(/GCAT|Launch Library 2|TidyTuesday|Wikidata/);
  });
});

describe('precomputed search keys', () => {
  it('are exactly what the search would compute, in the order of the launches', () => {
    const keys = dataset.searchKeys();
    expect(keys).not.toBeNull();
    dataset.launches().forEach((l, i) => expect(keys![i], l.id).toEqual(searchKeys(l)));
  });
});

describe('people: dates of birth and death, mannequins', () => {
  const people = dataset.people();
  const byName = (name: string) => people.find((p) => p.name === name)!;
  const flightTime = new Map<string, string>([...launches, ...dataset.suborbital()].map((l) => [l.id, l.time]));

  it('has the known corrections', () => {
    expect(byName('Pete Conrad')).toMatchObject({ died: '1999-07-08', diedPrecision: 'day' });
    expect(byName('Mirosław Hermaszewski')).toMatchObject({ died: '2022-12-12', diedPrecision: 'day' });
    expect(byName('Valery Ryumin')).toMatchObject({ died: '2022-05-06', diedPrecision: 'day' });
    expect(byName('Wally Funk')).toMatchObject({ born: '1939-02-01', bornPrecision: 'day' });
    expect(byName('Muhammed Faris')).toMatchObject({ died: '2024-04-19' });
    expect(byName('Nikolai Budarin').born).toBe('1953-04-29');
    expect(byName('Vladimir Kovalyonok').born).toBe('1942-03-03');
    expect(byName('Mary Ellen Weber').born).toBe('1962-08-24');
  });

  it('keeps confirmed 1 January dates to the day and the others as the year', () => {
    expect(byName('Vladimir Georgiyevich Titov')).toMatchObject({ born: '1947-01-01', bornPrecision: 'day' });
    expect(byName('Boris Morukov')).toMatchObject({ died: '2015-01-01', diedPrecision: 'day' });
    expect(byName('Mark Pathy')).toMatchObject({ born: '1970', bornPrecision: 'year' });
    expect(byName('Abdul Ahad Mohmand')).toMatchObject({ born: '1959', bornPrecision: 'year' });
  });

  it('has Tushar Shah, with his New Shepard NS-30 seat, and none of the mannequins', () => {
    const shah = byName('Tushar Shah');
    expect(shah.flights).toHaveLength(1);
    expect(dataset.suborbital().find((f) => f.id === shah.flights[0]!.launch)).toMatchObject({ name: 'NS-30', time: expect.stringMatching(/^2025-02-25T/) });
    expect(shah.nationality).toEqual([]);
    const mannequins = ['Little Earth', 'Ripley', 'Starman', 'Mannequin Skywalker', 'Rosie the Astronaut', 'Commander Moonikin Campos', 'Helga', 'Zohar', 'Shaun the Sheep', 'Snoopy'];
    for (const name of mannequins) expect(people.some((p) => p.name === name || p.names.includes(name)), name).toBe(false);
  });

  it('stores each date at its precision: "YYYY-MM-DD" for a day, "YYYY" for a year', () => {
    for (const p of people) {
      for (const [date, precision] of [[p.born, p.bornPrecision], [p.died, p.diedPrecision]] as const) {
        if (date === null) expect(precision, p.id).toBeNull();
        else if (precision === 'day') expect(new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10), p.id).toBe(date);
        else expect([date, precision], p.id).toEqual([expect.stringMatching(/^\d{4}$/), 'year']);
      }
    }
  });

  it('never has anyone born after they died, or less than 18 years before their first flight', () => {
    const cmp = (a: string, b: string) => (a.length === b.length ? (a < b ? -1 : a > b ? 1 : 0) : Number(a.slice(0, 4)) - Number(b.slice(0, 4)));
    for (const p of people) {
      if (p.born === null) continue;
      if (p.died !== null) expect(cmp(p.born, p.died), `${p.id} ${p.born} ${p.died}`).toBeLessThanOrEqual(0);
      const first = flightTime.get(p.flights[0]!.launch)!;
      const adult = `${Number(first.slice(0, 4)) - 18}${first.slice(4, 10)}`;
      expect(cmp(p.born, p.bornPrecision === 'day' ? adult : adult.slice(0, 4)), `${p.id} ${p.born} first flew ${first}`).toBeLessThanOrEqual(0);
    }
  });

  it('has a 1 January birth only where an entry of personFacts.ts confirms it', () => {
    for (const p of people.filter((x) => x.born?.endsWith('-01-01'))) {
      expect(DATE_FACTS.some((f) => f.name === p.name && f.field === 'born' && f.value === p.born), p.id).toBe(true);
    }
    for (const p of people.filter((x) => x.died?.endsWith('-01-01'))) {
      expect(DATE_FACTS.some((f) => f.name === p.name && f.field === 'died' && f.value === p.died), p.id).toBe(true);
    }
  });
});
