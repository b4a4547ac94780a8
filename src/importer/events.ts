// The curated milestones (src/importer/events.txt, written by the project) -> events.json.
// Names of launches and people are resolved to ids here, so the file stays readable and every
// link is checked; events tied to a launch or a landing take their time from the data.
import { EVENT_KINDS, type Launch, type Person, type Precision, type SpaceEvent, type SuborbitalFlight } from '../data/types.js';
import { findPerson, findSuborbital } from '../domain/crew.js';
import { findLaunch } from '../domain/launches.js';
import { normalize } from '../domain/text.js';
import { SourceError } from './tsv.js';

interface Resolver {
  launches: readonly Launch[];
  suborbital: readonly SuborbitalFlight[];
  people: readonly Person[];
}

type Flight = { id: string; time: string; precision: Precision };

/** Launches by id and by exact (normalised) name, so most lines resolve without a full search. */
function exactIndex(r: Resolver): Map<string, Flight[]> {
  const index = new Map<string, Flight[]>();
  const add = (key: string, f: Flight) => {
    const list = index.get(key) ?? [];
    if (!list.includes(f)) list.push(f);
    index.set(key, list);
  };
  for (const l of r.launches) {
    add(l.id, l);
    for (const n of [l.name, l.ll2?.name, l.ll2?.mission, l.ll2?.name.split('|')[1]]) if (n) add(normalize(n), l);
  }
  for (const f of r.suborbital) {
    add(f.id, f);
    add(normalize(f.name), f);
  }
  return index;
}

function resolveFlight(r: Resolver, index: Map<string, Flight[]>, q: string): Flight | string {
  const byId = index.get(q);
  if (byId?.length === 1) return byId[0]!;
  const byName = index.get(normalize(q));
  if (byName?.length === 1) return byName[0]!;
  const m = findLaunch(r.launches, q);
  if (m.kind === 'found') return m.launch;
  const sub = findSuborbital(r.suborbital, q);
  if (sub) return sub;
  if (m.kind === 'ambiguous') return `launch "${q}" is ambiguous: ${m.candidates.slice(0, 5).map((l) => `${l.id} ${l.name}`).join('; ')}`;
  return `no launch "${q}"${m.suggestions.length ? ` (nearest: ${m.suggestions.join(', ')})` : ''}`;
}

function resolvePerson(r: Resolver, q: string): Person | string {
  const m = findPerson(r.people, q);
  if (m.kind === 'found') return m.person;
  if (m.kind === 'ambiguous') return `person "${q}" is ambiguous: ${m.candidates.map((p) => p.id).join(', ')}`;
  return `no person "${q}"${m.suggestions.length ? ` (nearest: ${m.suggestions.join(', ')})` : ''}`;
}

const list = (field: string | undefined) => (field ?? '').split(';').map((x) => x.trim()).filter(Boolean);

/** Parses and resolves the events file; every problem is reported with its line, all at once. */
export function buildEvents(file: string, text: string, r: Resolver): SpaceEvent[] {
  const problems: string[] = [];
  const events: SpaceEvent[] = [];
  const index = exactIndex(r);
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) return;
    const [when, kindText, title, launchField, peopleField, ...extra] = raw.split('|').map((f) => f.trim());
    const problem = (what: string) => problems.push(`${line}: ${what}`);
    if (extra.length > 0 || title === undefined || title === '') return void problem('expected "when | kind | title | launches | people"');
    const kind = EVENT_KINDS.find((k) => k === kindText);
    if (!kind) return void problem(`unknown kind "${kindText}" (one of ${EVENT_KINDS.join(', ')})`);
    const flights = list(launchField).map((q) => resolveFlight(r, index, q));
    const people = list(peopleField).map((q) => resolvePerson(r, q));
    const bad = [...flights, ...people].filter((x): x is string => typeof x === 'string');
    if (bad.length > 0) return void problem(bad.join('; '));
    const fl = flights as Exclude<(typeof flights)[number], string>[];
    const ps = people as Person[];
    let time: string;
    let precision: Precision;
    if (when === 'launch') {
      if (fl.length === 0) return void problem('"launch" needs a launch');
      time = fl[0]!.time;
      precision = fl[0]!.precision;
    } else if (when === 'landing') {
      const seat = fl.length > 0 && ps.length > 0 ? ps[0]!.flights.find((s) => s.launch === fl[0]!.id) : undefined;
      if (!seat?.landing || !seat.landingPrecision) return void problem(`"landing" needs a person whose seat on the first launch has a known landing`);
      time = seat.landing;
      precision = seat.landingPrecision;
    } else {
      const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})Z)?$/.exec(when ?? '');
      const iso = m ? `${m[1]}-${m[2]}-${m[3]}` : '';
      if (!m || Number.isNaN(Date.parse(iso)) || new Date(iso).toISOString().slice(0, 10) !== iso) return void problem(`"${when}" is not launch, landing, YYYY-MM-DD or YYYY-MM-DDTHH:MMZ`);
      time = m[4] === undefined ? iso : `${iso}T${m[4]}:${m[5]}Z`;
      precision = m[4] === undefined ? 'day' : 'minute';
    }
    const slug = normalize(title).split(' ').slice(0, 6).join('-');
    events.push({ id: `${time.slice(0, 10)}-${slug}`, time, precision, kind, title, launches: fl.map((f) => f.id), people: ps.map((p) => p.id) });
  });
  if (problems.length > 0) throw new SourceError(file, Number(problems[0]!.split(':')[0]), problems.join('\n  '));
  const ids = new Set<string>();
  for (const e of events) {
    if (ids.has(e.id)) throw new SourceError(file, 0, `two events with id ${e.id}`);
    ids.add(e.id);
  }
  return events.sort((a, b) => Date.parse(a.time) - Date.parse(b.time) || (a.id < b.id ? -1 : 1));
}
