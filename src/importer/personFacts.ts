// Facts about people that the sources lack or get wrong, written by the project, and the pure
// functions that apply them:
//   - NOT_PEOPLE: Launch Library 2 "astronauts" that are not people (mannequins, a plush toy),
//     decided one by one by LL2 id and name. Nothing else is excluded: a missing birth date or
//     an "Unknown" nationality says nothing about whether someone is a person (Tushar Shah,
//     New Shepard NS-30, has neither).
//   - DATE_FACTS: birth and death dates that correct LL2, or that confirm an LL2 date which
//     would otherwise look like a placeholder (1 January).
// Every entry is keyed by LL2 id and name, and a date entry also states what LL2 says: the
// importer fails when an id is absent, its name changed, or LL2's value moved, so no entry can
// silently rot. Only facts we are sure of go here, each with its basis.
import type { DatePrecision } from '../data/types.js';
import type { LL2Astronaut } from './crew.js';

export interface NotPerson {
  /** Launch Library 2 astronaut id. */
  id: number;
  /** The name LL2 gives, exactly. */
  name: string;
  /** What it is. */
  what: string;
}

/**
 * LL2's astronaut list holds these non-people. Every LL2 entry without a birth date was looked
 * at (113 in the extract): these ten are mannequins or toys; the other 103 are people
 * (mostly New Shepard and SpaceShipTwo passengers, who publish no birth date).
 */
export const NOT_PEOPLE: readonly NotPerson[] = [
  // SpaceX Crew Dragon Demo-1 (2019-03-02), flown without a crew.
  { id: 636, name: 'Little Earth', what: 'plush toy of the Earth, the zero-g indicator on Crew Dragon Demo-1' },
  { id: 637, name: 'Ripley', what: 'instrumented anthropomorphic test device (mannequin) on Crew Dragon Demo-1' },
  // Falcon Heavy demonstration flight (2018-02-06).
  { id: 638, name: 'Starman', what: "mannequin in a SpaceX suit at the wheel of the Tesla Roadster on Falcon Heavy's first flight" },
  // Blue Origin's instrumented test dummy on uncrewed New Shepard flights.
  { id: 639, name: 'Mannequin Skywalker', what: 'instrumented mannequin on New Shepard test flights (NS-7, NS-14, NS-15)' },
  // Boeing Starliner uncrewed orbital flight tests.
  { id: 641, name: 'Rosie the Astronaut', what: 'instrumented mannequin on Starliner OFT and OFT-2' },
  // Artemis I (2022-11-16), flown without a crew.
  { id: 741, name: 'Commander Moonikin Campos', what: 'instrumented mannequin in the commander seat of Orion on Artemis I' },
  { id: 742, name: 'Helga', what: 'female phantom torso of the MARE radiation experiment (DLR) on Artemis I' },
  { id: 743, name: 'Zohar', what: 'female phantom torso of the MARE radiation experiment (DLR, ISA) on Artemis I' },
  { id: 744, name: 'Shaun the Sheep', what: 'plush toy (ESA) on Artemis I' },
  { id: 745, name: 'Snoopy', what: 'plush toy, the zero-g indicator on Artemis I' },
];

export type DateField = 'born' | 'died';

export interface DateFact {
  /** Launch Library 2 astronaut id. */
  id: number;
  /** The name LL2 gives, exactly. */
  name: string;
  field: DateField;
  /** What LL2 says (null: nothing). The importer fails if LL2 says something else. */
  ll2: string | null;
  /** The date to the day. Equal to `ll2` where the entry confirms a 1 January date. */
  value: string;
  /** Where the fact comes from. */
  basis: string;
}

export const DATE_FACTS: readonly DateFact[] = [
  // Corrections.
  { id: 33, name: 'Pete Conrad', field: 'died', ll2: '1999-06-08', value: '1999-07-08', basis: 'died on 8 July 1999 after a motorcycle accident in Ojai, California (issue 11; Wikipedia)' },
  { id: 136, name: 'Mirosław Hermaszewski', field: 'died', ll2: null, value: '2022-12-12', basis: 'died on 12 December 2022 in Warsaw (issue 11; Wikipedia)' },
  { id: 238, name: 'Valery Ryumin', field: 'died', ll2: null, value: '2022-05-06', basis: 'died on 6 May 2022 (issue 11; Wikipedia)' },
  { id: 100, name: 'Muhammed Faris', field: 'died', ll2: null, value: '2024-04-19', basis: 'died on 19 April 2024 in Gaziantep, Turkey (Wikipedia; news reports of his death that week)' },
  { id: 685, name: 'Wally Funk', field: 'born', ll2: '1938-02-01', value: '1939-02-01', basis: 'born 1 February 1939 in Las Vegas, New Mexico; aged 82 on New Shepard NS-16, 2021-07-20 (issue 11; Wikipedia)' },
  { id: 459, name: 'Mary Ellen Weber', field: 'born', ll2: '1962-01-01', value: '1962-08-24', basis: 'born 24 August 1962 in Cleveland, Ohio (NASA biography; Wikipedia)' },
  // LL2's birth year disagrees with the crew table's, and the table is right (the importer
  // reports every such disagreement; these two are the ones where LL2 is wrong).
  { id: 83, name: 'Nikolai Budarin', field: 'born', ll2: '1963-04-29', value: '1953-04-29', basis: 'born 29 April 1953 in Kirya, Chuvashia (crew table: 1953; Wikipedia; NASA biography)' },
  { id: 172, name: 'Vladimir Kovalyonok', field: 'born', ll2: '1943-03-03', value: '1942-03-03', basis: 'born 3 March 1942 in Beloye, Minsk Region (crew table: 1942; Wikipedia)' },
  // 1 January dates that are the real day (so they keep day precision).
  { id: 240, name: 'Gennadi Sarafanov', field: 'born', ll2: '1942-01-01', value: '1942-01-01', basis: 'born 1 January 1942 in Sinenkiye, Saratov Oblast (Wikipedia in several languages; Russian cosmonaut biographies)' },
  { id: 267, name: 'Vladimir Georgiyevich Titov', field: 'born', ll2: '1947-01-01', value: '1947-01-01', basis: 'born 1 January 1947 in Sretensk (Wikipedia; Russian cosmonaut biographies)' },
  { id: 65, name: 'Sergei Avdeyev', field: 'born', ll2: '1956-01-01', value: '1956-01-01', basis: 'born 1 January 1956 in Chapayevsk (Wikipedia; Russian cosmonaut biographies)' },
  { id: 202, name: 'Boris Morukov', field: 'died', ll2: '2015-01-01', value: '2015-01-01', basis: "died suddenly on New Year's Day 2015, as the Institute of Biomedical Problems announced (Wikipedia)" },
];

export interface PersonFacts {
  notPeople: readonly NotPerson[];
  dates: readonly DateFact[];
}

/** The project's tables. */
export const PERSON_FACTS: PersonFacts = { notPeople: NOT_PEOPLE, dates: DATE_FACTS };

export class PersonFactsError extends Error {
  override name = 'PersonFactsError';
}

/**
 * Fails unless every entry still fits the LL2 list: its id is there, under the same name, and
 * (for a date) LL2 still says what the entry says it does. Names every stale entry.
 */
export function checkPersonFacts(astronauts: readonly LL2Astronaut[], facts: PersonFacts): void {
  const byId = new Map(astronauts.map((a) => [a.id, a]));
  const problems: string[] = [];
  const entry = (e: { id: number; name: string }, what: string) => {
    const a = byId.get(e.id);
    if (!a) problems.push(`${what} ${e.id} "${e.name}": no LL2 astronaut has this id`);
    else if (a.name !== e.name) problems.push(`${what} ${e.id} "${e.name}": LL2 now calls it "${a.name}"`);
    return a;
  };
  for (const e of facts.notPeople) entry(e, 'not-a-person');
  const seen = new Set<string>();
  for (const e of facts.dates) {
    const key = `${e.id} ${e.field}`;
    if (seen.has(key)) problems.push(`date fact ${e.id} "${e.name}": two entries for ${e.field}`);
    seen.add(key);
    if (!/^\d{4}-\d\d-\d\d$/.test(e.value) || Number.isNaN(Date.parse(e.value))) problems.push(`date fact ${e.id} "${e.name}": "${e.value}" is not a date`);
    const a = entry(e, 'date fact');
    if (!a) continue;
    const now = (e.field === 'born' ? a.date_of_birth : a.date_of_death) ?? null;
    if (now !== e.ll2) problems.push(`date fact ${e.id} "${e.name}": LL2's ${e.field} is now ${now ?? 'empty'}, the entry expects ${e.ll2 ?? 'empty'}; check the entry`);
  }
  if (problems.length > 0) throw new PersonFactsError(`the person facts (src/importer/personFacts.ts) no longer fit ll2/astronauts.json:\n  ${problems.join('\n  ')}`);
}

/** A person, unless listed as not one. */
export function isPerson(a: Pick<LL2Astronaut, 'id'>, facts: PersonFacts = PERSON_FACTS): boolean {
  return !facts.notPeople.some((n) => n.id === a.id);
}

export interface PersonDates {
  /** "1957-03-12" (day) or "1957" (year), null where unknown. */
  born: string | null;
  bornPrecision: DatePrecision | null;
  died: string | null;
  diedPrecision: DatePrecision | null;
}

/** What the date rules did, for the importer's report. */
export interface DateReport {
  corrected: string[];
  confirmed: string[];
  yearOnly: string[];
  /** LL2's birth year and the crew table's disagree. */
  disagreements: string[];
}

export function emptyDateReport(): DateReport {
  return { corrected: [], confirmed: [], yearOnly: [], disagreements: [] };
}

/**
 * A person's birth and death dates. The rule: LL2's date, unless DATE_FACTS corrects or
 * confirms it; a 1 January date that no entry confirms is a placeholder for "some day that
 * year" and is kept as the year only. The crew table's birth year (`tableYears`, one per row
 * the importer matched to this person) confirms a year, never a day: where it disagrees with
 * the date kept, the disagreement is reported, and LL2 (or the entry) stands.
 */
export function personDates(a: LL2Astronaut, tableYears: readonly string[], facts: readonly DateFact[], report: DateReport): PersonDates {
  const one = (field: DateField, given: string | null): { date: string | null; precision: DatePrecision | null } => {
    const fact = facts.find((f) => f.id === a.id && f.field === field);
    if (fact) {
      if (fact.value === given) report.confirmed.push(`${a.name}: ${field} ${given} confirmed (${fact.basis})`);
      else report.corrected.push(`${a.name}: ${field} ${given ?? 'empty'} -> ${fact.value} (${fact.basis})`);
      return { date: fact.value, precision: 'day' };
    }
    if (given === null) return { date: null, precision: null };
    if (given.endsWith('-01-01')) {
      report.yearOnly.push(`${a.name}: ${field} ${given} kept as ${given.slice(0, 4)} (1 January, no second source for the day)`);
      return { date: given.slice(0, 4), precision: 'year' };
    }
    return { date: given, precision: 'day' };
  };
  const born = one('born', a.date_of_birth);
  const died = one('died', a.date_of_death ?? null);
  const years = [...new Set(tableYears.filter((y) => y !== ''))];
  if (born.date !== null && years.some((y) => y !== born.date!.slice(0, 4))) {
    const ll2 = a.date_of_birth ?? 'none';
    report.disagreements.push(`${a.name}: born ${ll2} in LL2, ${years.join('/')} in the crew table; kept ${born.date}`);
  }
  return { born: born.date, bornPrecision: born.precision, died: died.date, diedPrecision: died.precision };
}
