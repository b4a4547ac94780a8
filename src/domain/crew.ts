// People who flew: finding a person by name, their biography facts, the crew list, and a
// launch's crew. Pure functions over the dataset.
import { IndexMismatch, type DataIndex } from '../data/indexes.js';
import type { Dataset } from '../data/load.js';
import type { Launch, Nationality, Person, Precision, Role, Seat, SeatAgency, SuborbitalFlight } from '../data/types.js';
import { echo, usageError } from '../errors.js';
import { ordinal, titleOf } from './launches.js';
import { canon, givenNameForms, hasForm, nameForms, oncePerRecord, type NameForms } from './match.js';
import { nameWords, normalize, spellingKey, suggest } from './text.js';
import { startMs } from './time.js';

export interface FlightRef {
  id: string;
  name: string;
  /** Launch Library 2's mission name where it differs from GCAT's name ("Vostok 1" for "Vostok"). */
  mission: string | null;
  /** The launch's title ("Vostok 1"; a suborbital flight's name). */
  title: string;
  time: string;
  precision: Precision;
  vehicle: string;
  category: Launch['category'] | SuborbitalFlight['category'];
}

export function flightRef(ds: Pick<Dataset, 'flight'>, id: string): FlightRef {
  const f = ds.flight(id);
  if (!f) return { id, name: id, title: id, mission: null, time: '', precision: 'day', vehicle: '', category: 'orbital' };
  const mission = f.category === 'suborbital' ? null : (f.ll2?.mission ?? null);
  const title = f.category === 'suborbital' ? f.name : titleOf(f);
  return { id: f.id, name: f.name, title, mission: mission !== null && normalize(mission) !== normalize(f.name) ? mission : null, time: f.time, precision: f.precision, vehicle: f.vehicle, category: f.category };
}

/** What to call a flight in a crew context: its title (data before titles: the mission name where there is one). */
export function flightTitle(f: FlightRef): string {
  return f.title ?? f.mission ?? f.name;
}

/** All the names a person can be found by. */
function personNames(p: Person): string[] {
  return [p.name, ...p.names, ...(p.native ? [p.native] : [])];
}

export type PersonMatch =
  | { kind: 'found'; person: Person }
  | { kind: 'ambiguous'; candidates: Person[]; total: number }
  | { kind: 'none'; suggestions: string[] };

const EXACT = 100;

/**
 * How well a query names a person: the id or a whole name exactly; else every query word
 * matches a word of one of the person's names, by spelling key ("Alexander" = "Aleksandr")
 * or as a prefix of three letters or more ("Kal" for "Kaleri").
 */
/** A person's id and names as personScore reads them, worked out once per person object. */
const personKeysOf = new WeakMap<Person, { id: string; names: { n: string; nw: string[]; keys: string[] }[] }>();
function personKeys(p: Person) {
  let v = personKeysOf.get(p);
  if (v === undefined) {
    v = {
      id: normalize(p.id),
      names: personNames(p).map((name) => {
        const nw = nameWords(name);
        return { n: normalize(name), nw, keys: nw.map(spellingKey) };
      }),
    };
    personKeysOf.set(p, v);
  }
  return v;
}

function personScore(p: Person, q: string, words: string[], forms: readonly NameForms[] = words.map(nameForms)): number {
  const pk = personKeys(p);
  if (q === pk.id) return EXACT;
  // Names have no numbers: a query with one ("Apollo 11") names a person only exactly.
  const numbered = /(^| )\d+( |$)/.test(q);
  const wordKeys = words.map(spellingKey);
  let best = 0;
  for (const { n, nw, keys } of pk.names) {
    if (n === q) return EXACT;
    if (numbered) continue;
    let exactWords = 0;
    const all = words.every((w, i) => {
      if (nw.includes(w)) {
        exactWords++;
        return true;
      }
      // Short and familiar given names ("Frank" for "Francisco", "Butch" for Barry Wilmore).
      if (hasForm(forms[i]!, nw)) return true;
      const k = wordKeys[i]!;
      // Spelling keys of one consonant ("Nie", "Anna") match too much to count.
      return (k.length >= 2 && keys.includes(k)) || (w.length >= 3 && nw.some((x) => x.startsWith(w)));
    });
    if (all) best = Math.max(best, 50 + (30 * words.length) / nw.length + (10 * exactWords) / words.length);
  }
  return best;
}

/** The found person or the candidates, from the scored hits (in the order of people.json). */
function rankedPeople(hits: { p: Person; s: number }[]): Exclude<PersonMatch, { kind: 'none' }> {
  hits.sort((a, b) => b.s - a.s || (a.p.name < b.p.name ? -1 : 1));
  const [first, second] = hits;
  if (hits.length === 1 || second!.s < first!.s) return { kind: 'found', person: first!.p };
  const top = hits.filter((h) => h.s === first!.s).map((h) => h.p);
  return { kind: 'ambiguous', candidates: top.slice(0, 20), total: top.length };
}

export function findPerson(people: readonly Person[], query: string): PersonMatch {
  const q = normalize(query);
  const raw = query.trim().toLocaleLowerCase();
  if (q === '' && /\p{L}/u.test(raw)) {
    // A name in another script ("Калери"): its words must all be in the native name.
    const words = raw.split(/\s+/);
    const hits = people.filter((p) => p.native !== null && words.every((w) => p.native!.toLocaleLowerCase().includes(w)));
    if (hits.length === 1) return { kind: 'found', person: hits[0]! };
    if (hits.length > 1) return { kind: 'ambiguous', candidates: hits.slice(0, 20), total: hits.length };
    return { kind: 'none', suggestions: [] };
  }
  if (q === '') throw usageError('the name is empty', 'give a name ("Aleksandr Kaleri") or a surname ("Kaleri")');
  const words = nameWords(query);
  const used = words.length > 0 ? words : [q];
  const forms = used.map(nameForms);
  const hits: { p: Person; s: number }[] = [];
  for (const p of people) {
    const s = personScore(p, q, used, forms);
    if (s > 0) hits.push({ p, s });
  }
  if (hits.length === 0) return { kind: 'none', suggestions: personSuggestions(people, query) };
  return rankedPeople(hits);
}

/** Names like the query, each person once and by their name ("Frank Borman", not also "Borman, Frank"). */
function personSuggestions(people: readonly Person[], query: string): string[] {
  const owner = new Map<string, Person>();
  for (const p of people) for (const n of [p.name, ...p.names]) if (!owner.has(n)) owner.set(n, p);
  const similar = suggest(query, owner.keys(), 25);
  return oncePerRecord(similar, (n) => owner.get(n)!.id)
    .slice(0, 5)
    .map((n) => owner.get(n)!.name);
}

/**
 * The keys the importer files a person under (data/index/people.kv), one for each way
 * personScore can match: "q:" the id normalised, "n:" a whole name normalised, and per name word
 * "w:" the word, "k:" its spelling key (two letters or more) and "p:" each prefix of three letters or more.
 */
export function personNameKeys(p: Person): string[] {
  const keys = new Set<string>([`q:${normalize(p.id)}`]);
  for (const name of personNames(p)) {
    const n = normalize(name);
    if (n !== '') keys.add(`n:${n}`);
    for (const w of nameWords(name)) {
      keys.add(`w:${w}`);
      const k = spellingKey(w);
      if (k.length >= 2) keys.add(`k:${k}`);
      for (let len = 3; len <= w.length; len++) keys.add(`p:${w.slice(0, len)}`);
    }
  }
  return [...keys];
}

/**
 * findPerson over a dataset: through the importer's name keys where its indexes fit, reading
 * only the people every query word can match; else (a name in another script, no match, for
 * the suggestions) over everyone.
 */
export function findPersonIn(ds: Dataset, query: string): PersonMatch {
  return ds.withIndex<PersonMatch>(
    (ix) => {
      const q = normalize(query);
      const words = nameWords(query);
      if (q === '' || words.length === 0) return null;
      const list = (key: string) => (ix.get('people.kv', key) as number[] | undefined) ?? [];
      let common = null as Set<number> | null;
      for (const w of words) {
        const k = spellingKey(w);
        const forms = givenNameForms(w).flatMap((f) => list(`w:${f}`));
        const these = new Set([...list(`w:${w}`), ...forms, ...(k.length >= 2 ? list(`k:${k}`) : []), ...(w.length >= 3 ? list(`p:${w}`) : [])]);
        common = common === null ? these : new Set([...common].filter((i: number) => these.has(i)));
      }
      const candidates = new Set([...list(`q:${q}`), ...list(`n:${q}`), ...(common ?? [])]);
      const hits: { p: Person; s: number }[] = [];
      for (const i of [...candidates].sort((a, b) => a - b)) {
        const p = ds.personAt(ix, i);
        const s = personScore(p, q, words);
        if (s > 0) hits.push({ p, s });
      }
      return hits.length === 0 ? null : rankedPeople(hits);
    },
    () => findPerson(ds.people(), query),
  );
}

/** Whole years between two ISO dates. */
export function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.slice(0, 10).split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

export interface SeatView {
  launch: FlightRef;
  role: Role | null;
  roleSource: Seat['roleSource'];
  landedIn: FlightRef;
  landedInSource: Seat['landedInSource'];
  landing: string | null;
  landingPrecision: Precision | null;
  seconds: number | null;
  /** Launch id of the flight this seat is part of (ascents from the Moon). */
  partOf: string | null;
  /** Whom the seat flew for, as of its date. */
  nationality: Nationality[];
  agency: SeatAgency | null;
  outcome: Seat['outcome'];
  lost: Seat['lost'];
  reachedSpace: boolean;
}

function seatView(ds: Dataset, s: Seat): SeatView {
  return {
    launch: flightRef(ds, s.launch),
    role: s.role,
    roleSource: s.roleSource,
    nationality: s.nationality,
    agency: s.agency,
    outcome: s.outcome,
    lost: s.lost,
    reachedSpace: s.reachedSpace,
    landedIn: flightRef(ds, s.landedIn),
    landedInSource: s.landedInSource,
    landing: s.landing,
    landingPrecision: s.landingPrecision,
    seconds: s.seconds,
    partOf: s.partOf,
  };
}

/** Rank by total time in space: 1 + the number of people with strictly more. */
export function timeRank(people: readonly Person[], p: Person): { n: number; of: number } {
  let n = 1;
  for (const x of people) if (x.seconds > p.seconds) n++;
  return { n, of: people.length };
}

/** timeRank of a person in a dataset: precomputed by the importer where its indexes fit. */
export function timeRankIn(ds: Dataset, p: Person): { n: number; of: number } {
  return ds.withIndex(
    (ix) => {
      const v = ix.get('people.kv', `i:${p.id}`);
      return Array.isArray(v) && typeof v[1] === 'number' ? { n: v[1], of: ix.manifest.counts.people } : null;
    },
    () => timeRank(ds.people(), p),
  );
}

/** Flights that count as flights: ascents from the Moon belong to the flight before them. */
export function flightCount(p: Person): number {
  return p.flights.filter((s) => s.partOf === null).length;
}

/** One state or organisation a person flew for, with the years of those flights. */
export interface FlewFor {
  name: string;
  code: string | null;
  years: string[];
}

export interface Bio {
  person: Omit<Person, 'flights'>;
  /** The states flown for, in order of first flight (Krikalev: Soviet Union, then Russia). */
  states: FlewFor[];
  /** The organisations flown for, in order of first flight (Whitson: NASA, then Axiom Space). */
  agencies: FlewFor[];
  /**
   * Age today, or at death; null where the birth date is unknown. Exact only where both dates
   * are known to the day; where either is known only to the year, `about` is true and `years`
   * is the difference of the years (the age reached in that year).
   */
  age: { years: number; atDeath: boolean; about: boolean } | null;
  flightCount: number;
  seconds: number;
  complete: boolean;
  rank: { n: number; of: number };
  first: FlightRef;
  last: FlightRef;
  flights: SeatView[];
  summary: string;
}

/** "769 days 6 hours", "2 hours 3 minutes", "15 minutes 22 seconds". */
export function durationText(seconds: number): string {
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const unit = (n: number, u: string) => `${n} ${u}${n === 1 ? '' : 's'}`;
  if (d > 0) return h > 0 ? `${unit(d, 'day')} ${unit(h, 'hour')}` : unit(d, 'day');
  if (h > 0) return m > 0 ? `${unit(h, 'hour')} ${unit(m, 'minute')}` : unit(h, 'hour');
  return s > 0 && m < 10 ? `${unit(m, 'minute')} ${unit(s, 'second')}` : unit(m, 'minute');
}

/** Groups seats by a key, in order of first appearance, with the years of each. */
function flewFor(seats: readonly SeatView[], keys: (s: SeatView) => { name: string; code: string | null }[]): FlewFor[] {
  const out: FlewFor[] = [];
  for (const s of seats) {
    if (s.partOf !== null) continue;
    const year = s.launch.time.slice(0, 4);
    for (const k of keys(s)) {
      let e = out.find((x) => x.name === k.name);
      if (!e) out.push((e = { name: k.name, code: k.code, years: [] }));
      if (!e.years.includes(year)) e.years.push(year);
    }
  }
  return out;
}

/** "lost 73 seconds after launch, during ascent, before reaching space" and the like. */
export function lossText(s: Pick<SeatView, 'lost' | 'launch' | 'reachedSpace'>): string {
  const l = s.lost!;
  const after = Math.round((startMs(l.at) - startMs(s.launch.time)) / 1000);
  // A loss known only to the day is dated, never timed.
  const when = l.precision !== 'day' && after >= 0 && after < 3600 ? `, ${durationText(after)} after launch` : ` on ${l.at.slice(0, 10)}`;
  const phase = l.phase === 'ascent' ? 'during ascent' : l.phase === 're-entry' ? 'during re-entry' : l.phase === 'descent' ? 'during descent' : 'at landing';
  return `lost ${phase}${when}${s.reachedSpace ? '' : ', before reaching space'}`;
}

/** A state's name as it reads in a sentence: "the Soviet Union", "the United States", "Poland". */
export function stateName(country: string): string {
  return /^(United|Soviet|Czech Republic|Netherlands|Philippines|Bahamas)/.test(country) ? `the ${country}` : country;
}

function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One paragraph made from the facts, in the almanac's own words. */
function summaryOf(p: Person, b: Omit<Bio, 'summary'>): string {
  const who = [p.nationality.map((n) => n.country).join(' / '), p.agency?.abbrev ?? p.agency?.name].filter(Boolean).join(', ');
  const parts: string[] = [];
  const times = b.flightCount === 1 ? 'once' : b.flightCount === 2 ? 'twice' : `${b.flightCount} times`;
  const y1 = b.first.time.slice(0, 4);
  const y2 = b.last.time.slice(0, 4);
  const span = y1 === y2 ? `in ${y1}` : `between ${y1} and ${y2}`;
  const flewFor = b.states.length > 1 || b.states.some((x) => !p.nationality.some((n) => n.country === x.name)) ? `, flying for ${listText(b.states.map((x) => stateName(x.name)))}` : '';
  parts.push(`${p.name}${who ? ` (${who})` : ''} flew ${times} ${span}${flewFor}`);
  const total = `${b.complete ? '' : 'at least '}${durationText(b.seconds)}`;
  const rank = b.rank.n === 1 ? 'the most' : `the ${ordinal(b.rank.n)} most`;
  parts[0] += b.seconds > 0 ? `, spending ${total} in space, ${rank} of the ${b.rank.of} people in the almanac.` : '.';
  const roleOf = (v: SeatView) => (v.role ? ` as ${v.role}` : '');
  const firstSeat = b.flights[0]!;
  parts.push(`First flight: ${flightTitle(firstSeat.launch)} on ${firstSeat.launch.time.slice(0, 10)}${roleOf(firstSeat)}.`);
  const counted = b.flights.filter((f) => f.partOf === null);
  const lastSeat = counted[counted.length - 1]!;
  if (counted.length > 1) parts.push(`Last flight: ${flightTitle(lastSeat.launch)} on ${lastSeat.launch.time.slice(0, 10)}${roleOf(lastSeat)}.`);
  // Only crews that came home changed vehicles; one still in space has only an assigned return.
  const swaps = counted.filter((f) => f.outcome === 'returned' && f.landedIn.id !== f.launch.id).map((f) => `went up in ${flightTitle(f.launch)} and came home in ${flightTitle(f.landedIn)}`);
  if (swaps.length > 0) parts.push(`Once aloft, changed vehicles: ${listText(swaps)}.`);
  const roles = [...new Set(counted.map((f) => f.role).filter((r): r is Role => r !== null))];
  if (roles.length > 1) parts.push(`Seats held: ${listText(roles)}.`);
  for (const f of counted.filter((x) => x.outcome === 'lost')) parts.push(`Lost with ${flightTitle(f.launch)}: ${lossText(f)}.`);
  for (const f of counted.filter((x) => x.outcome === 'in space')) parts.push(`In space on the data's last day, aboard since ${flightTitle(f.launch)} (${f.launch.time.slice(0, 10)}).`);
  return parts.join(' ');
}

export function bio(ds: Dataset, p: Person, today: string): Bio {
  const flights = p.flights.map((s) => seatView(ds, s));
  const counted = flights.filter((f) => f.partOf === null);
  const to = p.died ?? today;
  const exact = p.bornPrecision !== 'year' && (p.died === null || p.diedPrecision !== 'year');
  const age = p.born === null ? null : { years: exact ? yearsBetween(p.born, to) : Number(to.slice(0, 4)) - Number(p.born.slice(0, 4)), atDeath: p.died !== null, about: !exact };
  const { flights: _omit, ...person } = p;
  void _omit;
  const base = {
    person,
    states: flewFor(flights, (f) => f.nationality.map((n) => ({ name: n.country, code: n.code }))),
    agencies: flewFor(flights, (f) => (f.agency ? [{ name: f.agency.name, code: f.agency.abbrev }] : [])),
    age,
    flightCount: counted.length,
    seconds: p.seconds,
    complete: p.complete,
    rank: timeRankIn(ds, p),
    first: counted[0]!.launch,
    last: counted[counted.length - 1]!.launch,
    flights,
  };
  return { ...base, summary: summaryOf(p, base) };
}

export interface CrewFilter {
  nationality?: string;
  agency?: string;
  flownIn?: number;
  vehicle?: string;
  sort?: 'time' | 'flights' | 'first' | 'name';
  limit?: number;
}

export const CREW_SORTS = ['time', 'flights', 'first', 'name'] as const;

/** Whether a row read from data/index/crew-rows.json has the shape the list uses. */
export function isCrewRow(r: unknown): r is CrewRow {
  const x = r as Partial<CrewRow> | null;
  return typeof x === 'object' && x !== null && typeof x.id === 'string' && typeof x.name === 'string' && Array.isArray(x.nationality) && typeof x.flights === 'number' && typeof x.seconds === 'number' && typeof x.first === 'object' && typeof x.last === 'object';
}

/** data/index/crew-rows.json, checked for the shape the list uses (IndexMismatch otherwise). */
function indexedCrewRows(ix: DataIndex): CrewRow[] {
  const rows = ix.json('crew-rows.json');
  if (!Array.isArray(rows) || rows.length !== ix.manifest.counts.people || !rows.every(isCrewRow)) throw new IndexMismatch('crew-rows.json does not fit people.json');
  return rows as CrewRow[];
}

/**
 * Lists of at most this many people without filters are read row by row, in the order the
 * importer stored (people.kv `s:<sort>`); longer ones parse crew-rows.json whole.
 */
const ROWS_READ_ONE_BY_ONE = 100;

/** The first `limit` rows in `sort` order through the indexes, or null where the importer stored no such order. */
function firstCrewRows(ix: DataIndex, sort: NonNullable<CrewFilter['sort']>, limit: number): { total: number; people: CrewRow[] } | null {
  const order = ix.get('people.kv', `s:${sort}`);
  if (!Array.isArray(order)) return null;
  const people = order.slice(0, limit).map((i) => ix.record('index/crew-rows.json', i as number, isCrewRow) as CrewRow);
  return { total: order.length, people };
}

export interface CrewRow {
  id: string;
  name: string;
  nationality: string[];
  agency: string | null;
  born: string | null;
  died: string | null;
  flights: number;
  seconds: number;
  complete: boolean;
  /** Lost on a flight (Challenger, Columbia, Soyuz 1 and 11), or in space on the data's last day. */
  lost: boolean;
  inSpace: boolean;
  first: FlightRef;
  last: FlightRef;
}

/**
 * Other names for states people type ("USSR", "Soviet", "USA", "UK"), by ISO code of the
 * time. Names and codes in the data match as they are.
 */
const STATE_ALIASES: Record<string, readonly string[]> = {
  SU: ['USSR', 'Soviet', 'Soviet Union', 'CCCP'],
  US: ['USA', 'United States', 'United States of America', 'America'],
  GB: ['UK', 'Britain', 'Great Britain', 'United Kingdom'],
  DD: ['GDR', 'DDR', 'East Germany'],
  DE: ['Germany', 'FRG', 'BRD'],
  CS: ['Czechoslovakia', 'CSSR'],
  CZ: ['Czech Republic', 'Czechia'],
  RU: ['Russia', 'Russian Federation'],
  CN: ['China', 'PRC'],
  KR: ['South Korea', 'Korea'],
  AE: ['UAE', 'United Arab Emirates', 'Emirates'],
};

/** Other names for organisations ("Roscosmos" covers the Russian agency under all its names). */
const AGENCY_ALIASES: Record<string, readonly string[]> = {
  'Soviet space programme': ['Soviet', 'USSR', 'Soviet space program'],
  'Russian Space Agency': ['Roscosmos', 'RSA', 'RFSA'],
  'Russian Aviation and Space Agency': ['Roscosmos', 'RFSA'],
  'Federal Space Agency (Roscosmos)': ['RFSA', 'Russian Federal Space Agency'],
  'State Space Corporation Roscosmos': ['RFSA'],
  'Interkosmos programme': ['Intercosmos'],
  'National Space Development Agency of Japan': ['JAXA'],
};

/** The table's own entry for a key from the data, never an inherited property ("constructor"). */
const own = <V>(table: Record<string, V>, key: string): V | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** Every key a value can be typed as, normalised: code, name, and aliases. */
function keysOf(name: string, code: string | null, aliases: readonly string[] = []): string[] {
  return [name, ...(code ? [code] : []), ...aliases].map(normalize);
}

/** Keys by value: a few dozen states and organisations recur on every seat. */
const keyMemo = new Map<string, string[]>();
function memo(key: string, make: () => string[]): string[] {
  let v = keyMemo.get(key);
  if (v === undefined) keyMemo.set(key, (v = make()));
  return v;
}

function stateKeys(n: Nationality): string[] {
  return memo(`s\0${n.country}\0${n.code ?? ''}`, () => {
    const west = n.code === 'DE' && n.country === 'West Germany' ? ['West Germany'] : [];
    return keysOf(n.country, n.code, [...(own(STATE_ALIASES, n.code ?? '') ?? []), ...west]);
  });
}

function agencyKeys(a: SeatAgency | null): string[] {
  return a ? memo(`a\0${a.name}\0${a.abbrev ?? ''}`, () => keysOf(a.name, a.abbrev, own(AGENCY_ALIASES, a.name))) : [];
}

/**
 * The normalised value a filter accepts, or a usage error (exit 2) with suggestions: values
 * match whole, never as substrings ("US" is not in "Russia").
 */
function filterValue(option: string, value: string | undefined, known: Set<string>, shown: string[]): string | undefined {
  if (value === undefined) return undefined;
  const v = normalize(value);
  if (known.has(v)) return v;
  const near = suggest(value, shown, 3);
  throw usageError(`no ${option.replace(/^--/, '')} "${echo(value)}" in the data`, near.length > 0 ? `did you mean ${near.map((x) => `"${x}"`).join(', ')}?` : `see the values in \`almanac crew list --json\``);
}

/** A person's row in the crew list. */
export function crewRow(ds: Pick<Dataset, 'flight'>, p: Person): CrewRow {
  const counted = p.flights.filter((s) => s.partOf === null);
  return {
    id: p.id,
    name: p.name,
    nationality: p.nationality.map((n) => n.code ?? n.country),
    agency: p.agency?.abbrev ?? p.agency?.name ?? null,
    born: p.born,
    died: p.died,
    flights: counted.length,
    seconds: p.seconds,
    complete: p.complete,
    lost: counted.some((s) => s.outcome === 'lost'),
    inSpace: counted.some((s) => s.outcome === 'in space'),
    first: flightRef(ds, counted[0]!.launch),
    last: flightRef(ds, counted[counted.length - 1]!.launch),
  };
}

/** Everyone's crew-list row, in the order of people.json (the importer stores them in data/index/crew-rows.json). */
export function crewRows(ds: Pick<Dataset, 'flight'>, people: readonly Person[]): CrewRow[] {
  return people.filter((p) => p.flights.some((s) => s.partOf === null)).map((p) => crewRow(ds, p));
}

export function crewList(ds: Dataset, f: CrewFilter): { total: number; people: CrewRow[] } {
  // Without filters every person with a flight is listed: the importer has their rows ready.
  const unfiltered = f.nationality === undefined && f.agency === undefined && f.flownIn === undefined && f.vehicle === undefined;
  if (unfiltered && f.limit !== undefined && f.limit > 0 && f.limit <= ROWS_READ_ONE_BY_ONE) {
    const first = ds.withIndex((ix) => firstCrewRows(ix, f.sort ?? 'first', f.limit!), () => null);
    if (first !== null) return first;
  }
  const rows = unfiltered ? ds.withIndex((ix) => indexedCrewRows(ix), () => crewRows(ds, ds.people())) : filteredCrew(ds, f);
  return sortedCrew(rows, f);
}

function filteredCrew(ds: Dataset, f: CrewFilter): CrewRow[] {
  const has = (hay: string | null | undefined, needle: string) => hay != null && normalize(hay).includes(needle);
  const people = ds.people();
  const stateNames = new Set<string>();
  const agencyNames = new Set<string>();
  const known = { state: new Set<string>(), agency: new Set<string>() };
  for (const p of people) {
    for (const n of [...p.nationality, ...p.flights.flatMap((s) => s.nationality)]) {
      stateNames.add(n.country);
      for (const k of stateKeys(n)) known.state.add(k);
    }
    for (const a of [p.agency, ...p.flights.map((s) => s.agency)]) {
      if (a) agencyNames.add(a.abbrev ?? a.name);
      for (const k of agencyKeys(a)) known.agency.add(k);
    }
  }
  const nat = filterValue('--nationality', f.nationality, known.state, [...stateNames, ...Object.values(STATE_ALIASES).flat()]);
  const agency = filterValue('--agency', f.agency, known.agency, [...agencyNames, ...Object.values(AGENCY_ALIASES).flat()]);
  const vehicle = f.vehicle === undefined ? undefined : normalize(f.vehicle);
  const rows: CrewRow[] = [];
  for (const p of people) {
    const counted = p.flights.filter((s) => s.partOf === null);
    // The filters combine per flight: one seat must meet them all (flown in 1992 on a Soyuz).
    // A state or organisation matches the seat's of the time or the person's own.
    const fits = counted.some((s) => {
      const ref = flightRef(ds, s.launch);
      if (f.flownIn !== undefined && !ref.time.startsWith(String(f.flownIn))) return false;
      if (vehicle && !(has(ref.vehicle, vehicle) || has(ref.name, vehicle))) return false;
      if (nat && ![...s.nationality, ...p.nationality].some((n) => stateKeys(n).includes(nat))) return false;
      if (agency && ![s.agency, p.agency].some((a) => agencyKeys(a).includes(agency))) return false;
      return true;
    });
    if (!fits) continue;
    rows.push(crewRow(ds, p));
  }
  return rows;
}

const byName = (a: CrewRow, b: CrewRow) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** The orders of `crew list --sort`; the importer stores each as people.kv `s:<sort>`. */
export const CREW_ORDERS: Record<NonNullable<CrewFilter['sort']>, (a: CrewRow, b: CrewRow) => number> = {
  time: (a, b) => b.seconds - a.seconds || byName(a, b),
  flights: (a, b) => b.flights - a.flights || b.seconds - a.seconds || byName(a, b),
  first: (a, b) => startMs(a.first.time) - startMs(b.first.time) || byName(a, b),
  // By family name (the name's last word), then the whole name.
  name: (a, b) => {
    const x = a.name.slice(a.name.lastIndexOf(' ') + 1);
    const y = b.name.slice(b.name.lastIndexOf(' ') + 1);
    return x < y ? -1 : x > y ? 1 : byName(a, b);
  },
};

function sortedCrew(rows: CrewRow[], f: CrewFilter): { total: number; people: CrewRow[] } {
  rows.sort(CREW_ORDERS[f.sort ?? 'first']);
  const total = rows.length;
  return { total, people: f.limit !== undefined && f.limit > 0 ? rows.slice(0, f.limit) : rows };
}

export interface CrewSeat {
  /** `nationality`: the codes of the states the person flew for on this flight. */
  person: { id: string; name: string; nationality: string[] };
  role: Role | null;
  agency: SeatAgency | null;
  outcome: Seat['outcome'];
  lost: Seat['lost'];
  reachedSpace: boolean;
  /** The vehicle they came home in, where it is not this one. */
  landedIn: FlightRef | null;
  landing: string | null;
  landingPrecision: Precision | null;
  seconds: number | null;
}

export interface LaunchCrew {
  crew: CrewSeat[];
  /** Set where the crew was lost on this flight, even when the launch itself succeeded (STS-107). */
  loss: NonNullable<Seat['lost']> | null;
  /** Set where the crew was still in space on the data's last day. */
  inSpace: boolean;
  /** People who went up in another vehicle and came home in this one (not those still in space who are to). */
  returned: (CrewSeat & { launch: FlightRef })[];
}

const ROLE_ORDER: Record<string, number> = { commander: 0, 'command pilot': 0, 'vehicle commander': 1, 'joint operations commander': 1, pilot: 2, 'command module pilot': 2, 'lunar module pilot': 3, 'science pilot': 3, 'docking module pilot': 4, 'flight engineer': 3 };

function crewSeat(p: Person, s: Seat): Omit<CrewSeat, 'landedIn'> {
  return {
    person: { id: p.id, name: p.name, nationality: s.nationality.map((n) => n.code ?? n.country) },
    role: s.role,
    agency: s.agency,
    outcome: s.outcome,
    lost: s.lost,
    reachedSpace: s.reachedSpace,
    landing: s.landing,
    landingPrecision: s.landingPrecision,
    seconds: s.seconds,
  };
}

export function launchCrew(ds: Dataset, launchId: string): LaunchCrew {
  const crew: CrewSeat[] = [];
  const returned: LaunchCrew['returned'] = [];
  const up = (p: Person, s: Seat) => crew.push({ ...crewSeat(p, s), landedIn: s.landedIn === launchId ? null : flightRef(ds, s.landedIn) });
  // Only those who came home in it: a crew still in space has an assigned return, not a landing.
  const down = (p: Person, s: Seat) => {
    if (s.outcome !== 'in space') returned.push({ ...crewSeat(p, s), landedIn: null, launch: flightRef(ds, s.launch) });
  };
  ds.withIndex(
    (ix) => {
      // The importer lists the seats (person, seat) that went up in each flight and that came home in it.
      const c = (ix.get('launches.kv', `c:${launchId}`) as { c: [number, number][]; r: [number, number][] } | undefined) ?? { c: [], r: [] };
      const seat = ([pi, si]: [number, number]): [Person, Seat] => {
        const p = ds.personAt(ix, pi);
        const s = p.flights[si];
        if (s === undefined) throw new IndexMismatch(`people.json record ${pi + 1} seat ${si}`);
        return [p, s];
      };
      const ups = c.c.map(seat);
      const downs = c.r.map(seat);
      for (const [p, s] of ups) up(p, s);
      for (const [p, s] of downs) down(p, s);
      return true;
    },
    () => {
      for (const p of ds.people()) {
        for (const s of p.flights) {
          if (s.launch === launchId) up(p, s);
          else if (s.landedIn === launchId && s.partOf === null) down(p, s);
        }
      }
      return true;
    },
  );
  const rank = (r: Role | null) => (r === null ? 9 : (own(ROLE_ORDER, r) ?? 5));
  crew.sort((a, b) => rank(a.role) - rank(b.role) || (a.person.name < b.person.name ? -1 : 1));
  returned.sort((a, b) => (a.person.name < b.person.name ? -1 : 1));
  const lostSeat = crew.find((s) => s.outcome === 'lost');
  return { crew, returned, loss: lostSeat?.lost ?? null, inSpace: crew.some((s) => s.outcome === 'in space') };
}

/**
 * A person's time in space: the sum of their seat durations, with each seat still in space on
 * the data's last day counted up to that day's last launch (`horizon`). Where a seat's duration
 * is unknown or still running the person's record says `complete: false`, and the sum is a lower
 * bound ("at least").
 */
export function timeInSpace(seats: readonly Pick<Seat, 'seconds' | 'outcome' | 'launch' | 'partOf'>[], launchTime: (id: string) => string | undefined, horizon: string): number {
  let sum = 0;
  for (const s of seats) {
    if (s.seconds !== null) sum += s.seconds;
    else if (s.outcome === 'in space' && s.partOf === null) {
      const up = launchTime(s.launch);
      if (up !== undefined) sum += Math.max(0, Math.floor((startMs(horizon) - startMs(up)) / 1000));
    }
  }
  return sum;
}

export type TotalDifference = 'landing unknown' | 'reference omits flights' | 'unexplained';

/**
 * Why a computed total differs from a reference total: some seat's landing is unknown (the
 * computed total is a lower bound), or the reference equals the sum of some but not all of
 * the person's flights within 1 % (it predates or skips flights), or neither.
 */
export function totalDifference(seats: readonly Pick<Seat, 'seconds' | 'partOf'>[], reference: number): TotalDifference {
  const counted = seats.filter((s) => s.partOf === null);
  if (counted.some((s) => s.seconds === null)) return 'landing unknown';
  const secs = counted.map((s) => s.seconds!);
  for (let mask = 1; mask < (1 << secs.length) - 1; mask++) {
    let sum = 0;
    for (let i = 0; i < secs.length; i++) if (mask & (1 << i)) sum += secs[i]!;
    if (Math.abs(sum - reference) <= 0.01 * reference) return 'reference omits flights';
  }
  return 'unexplained';
}

/**
 * A crewed suborbital flight by id or name ("Mercury-Redstone 3", "NS-16", "sub-1961-05-05"):
 * an exact name, or the only flight whose name has every word of the query.
 */
/** Names people use for crewed suborbital flights, by id: the Mercury capsules' own names. */
const SUBORBITAL_NAMES: Record<string, readonly string[]> = {
  'sub-1961-05-05': ['Freedom 7', 'MR-3'], // Alan Shepard's Mercury-Redstone 3 capsule
  'sub-1961-07-21': ['Liberty Bell 7', 'MR-4'], // Gus Grissom's Mercury-Redstone 4 capsule
};

export function findSuborbital(flights: readonly SuborbitalFlight[], query: string): SuborbitalFlight | null {
  const q = canon(query);
  if (q === '') return null;
  const names = (f: SuborbitalFlight) => [f.id, f.name, `${f.vehicle} ${f.name}`, ...(f.ll2 ? [f.ll2.name] : []), ...(Object.hasOwn(SUBORBITAL_NAMES, f.id) ? SUBORBITAL_NAMES[f.id]! : [])].map(canon);
  const exact = flights.filter((f) => names(f).includes(q));
  if (exact.length === 1) return exact[0]!;
  const words = q.split(' ');
  const some = flights.filter((f) => names(f).some((n) => words.every((w) => n.split(' ').includes(w))));
  return some.length === 1 ? some[0]! : null;
}
