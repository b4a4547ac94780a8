// src/importer/personFacts.ts: the mannequin list and the date rules, as pure functions.
import { describe, expect, it } from 'vitest';
import type { LL2Astronaut } from '../../src/importer/crew.js';
import { checkPersonFacts, DATE_FACTS, emptyDateReport, isPerson, NOT_PEOPLE, personDates, PERSON_FACTS, type DateFact } from '../../src/importer/personFacts.js';

const astronaut = (id: number, name: string, born: string | null, died: string | null = null): LL2Astronaut => ({
  id,
  name,
  date_of_birth: born,
  date_of_death: died,
  nationality: [{ name: 'Unknown' }],
  flights: [],
});

describe('mannequins', () => {
  it('are the ten listed by LL2 id and name, with what each is', () => {
    expect(NOT_PEOPLE.map((n) => `${n.id} ${n.name}`)).toEqual([
      '636 Little Earth',
      '637 Ripley',
      '638 Starman',
      '639 Mannequin Skywalker',
      '641 Rosie the Astronaut',
      '741 Commander Moonikin Campos',
      '742 Helga',
      '743 Zohar',
      '744 Shaun the Sheep',
      '745 Snoopy',
    ]);
    for (const n of NOT_PEOPLE) expect(n.what.length).toBeGreaterThan(10);
  });

  it('are excluded by the list alone: no birth date and no nationality still make a person', () => {
    expect(isPerson(astronaut(826, 'Tushar Shah', null))).toBe(true);
    expect(isPerson(astronaut(638, 'Starman', null))).toBe(false);
  });
});

describe('checkPersonFacts', () => {
  const facts = (dates: DateFact[] = []) => ({ notPeople: [{ id: 1, name: 'Dummy', what: 'a test mannequin' }], dates });
  const fact: DateFact = { id: 2, name: 'Real Person', field: 'died', ll2: '1999-06-08', value: '1999-07-08', basis: 'test' };

  it('accepts tables that fit the list', () => {
    expect(() => checkPersonFacts([astronaut(1, 'Dummy', null), astronaut(2, 'Real Person', '1930-06-02', '1999-06-08')], facts([fact]))).not.toThrow();
  });

  it('fails when a listed id is absent or its name changed', () => {
    expect(() => checkPersonFacts([astronaut(2, 'Real Person', null, '1999-06-08')], facts([fact]))).toThrow(/not-a-person 1 "Dummy": no LL2 astronaut has this id/);
    expect(() => checkPersonFacts([astronaut(1, 'Dummy Two', null), astronaut(2, 'Real Person', null, '1999-06-08')], facts([fact]))).toThrow(/not-a-person 1 "Dummy": LL2 now calls it "Dummy Two"/);
    expect(() => checkPersonFacts([astronaut(1, 'Dummy', null), astronaut(2, 'Real P.', null, '1999-06-08')], facts([fact]))).toThrow(/date fact 2 "Real Person": LL2 now calls it "Real P\."/);
  });

  it('fails when LL2 no longer says what a date entry corrects (so a fixed source retires the entry)', () => {
    expect(() => checkPersonFacts([astronaut(1, 'Dummy', null), astronaut(2, 'Real Person', null, '1999-07-08')], facts([fact]))).toThrow(/LL2's died is now 1999-07-08, the entry expects 1999-06-08/);
  });
});

describe('personDates', () => {
  const run = (a: LL2Astronaut, years: string[] = [], facts: DateFact[] = []) => {
    const report = emptyDateReport();
    return { dates: personDates(a, years, facts, report), report };
  };

  it('keeps a day-precision date as it is', () => {
    expect(run(astronaut(5, 'A', '1956-05-13')).dates).toEqual({ born: '1956-05-13', bornPrecision: 'day', died: null, diedPrecision: null });
  });

  it('keeps an unconfirmed 1 January date as the year only, even where the crew table agrees on the year', () => {
    const { dates, report } = run(astronaut(5, 'A', '1957-01-01', '2001-01-01'), ['1957']);
    expect(dates).toEqual({ born: '1957', bornPrecision: 'year', died: '2001', diedPrecision: 'year' });
    expect(report.yearOnly).toHaveLength(2);
    expect(report.disagreements).toEqual([]);
  });

  it('applies corrections and confirmations, and reports each with its basis', () => {
    const facts: DateFact[] = [
      { id: 5, name: 'A', field: 'born', ll2: '1942-01-01', value: '1942-01-01', basis: 'confirmed' },
      { id: 5, name: 'A', field: 'died', ll2: null, value: '2022-12-12', basis: 'added' },
    ];
    const { dates, report } = run(astronaut(5, 'A', '1942-01-01'), [], facts);
    expect(dates).toEqual({ born: '1942-01-01', bornPrecision: 'day', died: '2022-12-12', diedPrecision: 'day' });
    expect(report.confirmed).toEqual(['A: born 1942-01-01 confirmed (confirmed)']);
    expect(report.corrected).toEqual(['A: died empty -> 2022-12-12 (added)']);
  });

  it("reports a birth year the crew table disagrees with, and keeps LL2's", () => {
    const { dates, report } = run(astronaut(5, 'A', '1964-05-14'), ['1959', '1959']);
    expect(dates.born).toBe('1964-05-14');
    expect(report.disagreements).toEqual(['A: born 1964-05-14 in LL2, 1959 in the crew table; kept 1964-05-14']);
  });
});

describe("the project's tables", () => {
  it('give every date entry a basis and a real day, at most one entry per person and field', () => {
    const keys = DATE_FACTS.map((f) => `${f.id} ${f.field}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const f of DATE_FACTS) {
      expect(f.basis.length).toBeGreaterThan(10);
      expect(new Date(`${f.value}T00:00:00Z`).toISOString().slice(0, 10)).toBe(f.value);
    }
    expect(PERSON_FACTS.dates).toBe(DATE_FACTS);
  });
});
