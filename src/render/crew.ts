// Human views of people: a biography, the crew list, and a launch's crew table.
import type { Bio, CrewRow, CrewSeat, FlewFor, FlightRef, LaunchCrew, SeatView } from '../domain/crew.js';
import { durationText, flightTitle, lossText } from '../domain/crew.js';
import { ordinal } from '../domain/launches.js';
import { clean, fieldLines, fitTable, int, paint, wrapLines, type RenderOptions } from './style.js';

/** "145 d 14 h", "8 d 3 h", "1 h 48 m", "15 m 22 s". */
export function shortDuration(seconds: number | null): string {
  if (seconds === null) return 'unknown';
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  if (d > 0) return `${d} d ${h} h`;
  if (h > 0) return `${h} h ${m} m`;
  return `${m} m ${seconds % 60} s`;
}

/** Wraps text to `width` columns at spaces (runs of white space become one space). */
export function wrap(text: string, width: number, indent = ''): string {
  const words = text.split(/\s+/).filter(Boolean).join(' ');
  if (words === '') return '';
  return wrapLines(words, Math.max(1, width - indent.length)).map((l) => indent + l).join('\n');
}

const day = (f: FlightRef) => clean(f.time.slice(0, 10));

/** "Soviet space programme (1965, 1975)". */
function flewForText(list: FlewFor[]): string {
  return list.map((x) => `${clean(x.name)}${x.code && !x.name.includes(x.code) ? ` (${clean(x.code)})` : ''} in ${x.years.length > 3 ? `${x.years[0]}–${x.years[x.years.length - 1]}` : x.years.join(', ')}`).join('; ');
}

/** Where a seat ended, for the "came home in" column: the vehicle, or lost, or still in space. */
function homeText(s: Pick<SeatView | CrewSeat, 'outcome' | 'lost'>, vehicle: string): string {
  if (s.outcome === 'lost') return `lost (${s.lost!.phase})`;
  if (s.outcome === 'in space') return 'still in space';
  return vehicle;
}

/** A seat's duration: "none" for a crew lost before reaching space, "in flight" for one still up. */
function seatDuration(s: Pick<SeatView | CrewSeat, 'outcome' | 'lost' | 'seconds' | 'reachedSpace'>): string {
  if (!s.reachedSpace) return 'none';
  if (s.outcome === 'in space') return 'in flight';
  return shortDuration(s.seconds);
}

export function renderBio(b: Bio, opts: RenderOptions): string {
  const c = paint(opts);
  const p = b.person;
  const out: string[] = [];
  out.push(...wrapLines(`${c.bold(clean(p.name))}${p.native ? `  ${clean(p.native)}` : ''}  ${c.dim(clean(p.id))}`, opts.width));
  out.push('');
  // Values wrap under themselves, so every line fits the width.
  const field = (k: string, v: string | null | undefined) => {
    if (v) out.push(...fieldLines(k, v, 14, opts.width, c.dim));
  };
  field('Also written', p.names.map(clean).join('; ') || null);
  field('Nationality', p.nationality.map((n) => `${clean(n.country)}${n.code ? ` (${clean(n.code)})` : ''}`).join(', ') || 'unknown');
  // Whom they flew for, as of each flight: shown where it is not simply today's nationality.
  const sameState = b.states.length === 1 && p.nationality.length === 1 && b.states[0]!.name === p.nationality[0]!.country;
  if (!sameState && b.states.length > 0) field('Flew for', flewForText(b.states));
  field(b.agencies.length > 1 ? 'Agencies' : 'Agency', b.agencies.length > 0 ? flewForText(b.agencies) : 'unknown');
  // A year-only date ("1957") is shown as the year; the age from it is only "about".
  const age = b.age ? ` (${b.age.atDeath ? 'died aged' : 'age'} ${b.age.about ? 'about ' : ''}${b.age.years})` : '';
  field('Born', p.born ? `${p.born}${p.died ? '' : age}` : 'unknown');
  if (p.died) field('Died', `${p.died}${age}`);
  const notUp = b.flights.filter((f) => f.partOf === null && !f.reachedSpace).length;
  field('Flights', `${int(b.flightCount)}${notUp > 0 && notUp < b.flightCount ? ` (${int(b.flightCount - notUp)} reached space)` : ''}`);
  const rank = `${ordinal(b.rank.n)} most of ${int(b.rank.of)} people`;
  const counted = b.flights.filter((f) => f.partOf === null);
  const neverUp = counted.every((f) => !f.reachedSpace);
  const note = counted.some((f) => f.outcome === 'in space') ? ' · still in space on the data’s last day' : b.complete ? '' : ' · some durations unknown';
  const total = b.seconds === 0 && !b.complete ? 'unknown' : `${b.complete ? '' : 'at least '}${durationText(b.seconds)} (${rank})`;
  field('Time in space', neverUp ? 'none: the flight never reached space' : total === 'unknown' ? total : `${total}${c.dim(note)}`);
  for (const f of counted.filter((x) => x.outcome === 'lost')) field('Lost', `${clean(flightTitle(f.launch))}: ${lossText(f)}${f.lost!.precision === 'day' ? '' : `; the flight ended ${f.lost!.at.replace('T', ' ').replace('Z', ' UTC')}`}`);
  field('First flight', `${clean(flightTitle(b.first))}, ${day(b.first)}`);
  if (b.flightCount > 1) field('Last flight', `${clean(flightTitle(b.last))}, ${day(b.last)}`);
  out.push('', wrap(clean(b.summary), opts.width));
  const rows: string[][] = [];
  for (const f of b.flights) {
    const parent = b.flights.find((x) => x.launch.id === f.partOf);
    const home = f.partOf !== null ? `(part of ${parent ? clean(flightTitle(parent.launch)) : f.partOf})` : homeText(f, f.landedIn.id === f.launch.id ? 'same' : clean(flightTitle(f.landedIn)));
    const suborbital = f.launch.category === 'suborbital' ? ' (suborbital)' : '';
    rows.push([day(f.launch), `${clean(flightTitle(f.launch))}${suborbital}`, clean(f.launch.vehicle), f.role ?? 'unknown', home, f.partOf !== null ? '' : seatDuration(f)]);
  }
  const flights = fitTable([
    { head: 'Launch (UTC)', min: 10 },
    { head: 'Mission', wrap: true, min: 10 },
    { head: 'Vehicle', wrap: true, min: 8, drop: 2 },
    { head: 'Role', wrap: true, min: 8, drop: 1 },
    { head: 'Came home in', wrap: true, min: 8, drop: 3 },
    { head: 'Duration', wrap: true, min: 7 },
  ], rows, opts);
  out.push('', c.bold('Flights'), flights);
  return `${out.join('\n')}\n`;
}

export function renderCrewList(list: { total: number; people: CrewRow[] }, opts: RenderOptions): string {
  const c = paint(opts);
  if (list.people.length === 0) return 'No people match.\n';
  const rows = list.people.map((p) => {
    const end = p.lost ? ' lost' : p.inSpace ? ' in space' : '';
    return [clean(p.name), p.nationality.map(clean).join('/'), clean(p.agency ?? ''), int(p.flights), `${p.complete ? '' : '≥ '}${shortDuration(p.seconds)}`, day(p.first), `${day(p.last)}${end}`];
  });
  const t = fitTable([
    { head: 'Name', wrap: true, min: 12 },
    { head: 'Nation', min: 6, drop: 3 },
    { head: 'Agency', wrap: true, min: 8, drop: 4 },
    { head: 'Flights', align: 'right', min: 7 },
    { head: 'Time in space', align: 'right', wrap: true, min: 8, drop: 1 },
    { head: 'First flight', wrap: true, min: 10, drop: 5 },
    { head: 'Last flight', wrap: true, min: 10, drop: 2 },
  ], rows, opts);
  const shownAll = list.people.length === list.total;
  return `${t}\n${c.dim(`${int(list.people.length)} of ${int(list.total)} people${shownAll ? '' : ' · --limit 0 shows all'}`)}\n`;
}

export function renderLaunchCrew(crew: LaunchCrew, opts: RenderOptions): string {
  const out: string[] = [];
  if (crew.loss) out.push(wrap(`The crew was lost ${crew.loss.phase === 'ascent' ? 'during ascent' : crew.loss.phase === 're-entry' ? 'during re-entry' : crew.loss.phase === 'descent' ? 'during descent' : 'at landing'}${crew.crew.some((s) => s.outcome === 'lost' && !s.reachedSpace) ? ', before reaching space' : ''}; the flight ended ${crew.loss.at.replace('T', ' ').replace('Z', ' UTC')}.`, opts.width));
  if (crew.inSpace) {
    const up = crew.crew.filter((s) => s.outcome === 'in space');
    const text = up.length === crew.crew.length ? 'The crew was still in space on the data’s last day.' : `Still in space on the data’s last day: ${up.map((s) => clean(s.person.name)).join(', ')}.`;
    out.push(wrap(text, opts.width));
  }
  if (crew.crew.length > 0) {
    const rows: string[][] = [];
    for (const s of crew.crew) {
      rows.push([clean(s.person.name), s.role ?? 'unknown', s.person.nationality.map(clean).join('/'), homeText(s, s.landedIn ? `${clean(flightTitle(s.landedIn))} (${s.landedIn.id})` : 'same'), seatDuration(s)]);
    }
    out.push(fitTable([
      { head: 'Name', wrap: true, min: 10 },
      { head: 'Role', wrap: true, min: 8, drop: 1 },
      { head: 'Nation', min: 6, drop: 2 },
      { head: 'Came home in', wrap: true, min: 8, drop: 3 },
      { head: 'Flight time', wrap: true, min: 7 },
    ], rows, opts));
  }
  if (crew.returned.length > 0) {
    out.push(wrap(`Came home in this vehicle: ${crew.returned.map((r) => `${clean(r.person.name)} (up in ${clean(flightTitle(r.launch))})`).join(', ')}`, opts.width));
  }
  return out.join('\n');
}
