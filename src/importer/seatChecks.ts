// The invariants every seat in people.json must hold; the importer stops the build, naming
// each seat that breaks one.
import type { Person, Precision } from '../data/types.js';
import { startMs } from '../domain/time.js';
import { SOVIET_SUCCESSOR_CODES, USSR_LAST_DAY } from './allegiance.js';

/** A seat that breaks an invariant: the build stops and names it. */
export class SeatError extends Error {}

/**
 * The invariants every seat must hold, or the build stops naming the rows: a landing after its
 * launch; seconds equal to landing minus launch (to the second) for a crew that came home from
 * space, and 0 for a flight that never reached it; a
 * seat with no landing is lost or in space; nobody flies for a state or an agency that did not
 * exist yet (no Soviet-era seat for Russia or Roscosmos, none for the Soviet Union after it).
 */
export function validateSeats(people: readonly Person[], flightOf: (id: string) => { time: string; precision: Precision } | null | undefined): void {
  const problems: string[] = [];
  for (const p of people) {
    for (const s of p.flights) {
      if (s.partOf !== null) continue;
      const up = flightOf(s.launch);
      const at = `${p.name} on ${s.launch}`;
      if (!up) {
        problems.push(`${at}: no such flight`);
        continue;
      }
      const day = up.time.slice(0, 10);
      if (!s.reachedSpace && s.seconds !== 0) problems.push(`${at}: never reached space, but counts ${s.seconds} s in space`);
      if (s.outcome === 'returned' && s.reachedSpace) {
        if (s.landing === null) problems.push(`${at}: no landing, and not marked lost or in space`);
        else if (s.landingPrecision === 'day' ? s.landing < day : startMs(s.landing) <= startMs(up.time)) problems.push(`${at}: landing ${s.landing} is not after launch ${up.time}`);
        else if (s.seconds !== null && s.landingPrecision !== 'day' && (up.precision === 'second' || up.precision === 'minute')) {
          const span = Math.round((startMs(s.landing) - startMs(up.time)) / 1000);
          if (span !== s.seconds) problems.push(`${at}: duration ${s.seconds} s, but landing minus launch is ${span} s`);
        }
      } else if (s.outcome === 'lost' && s.lost === null) problems.push(`${at}: lost without a loss record`);
      else if (s.outcome === 'in space' && s.landing !== null) problems.push(`${at}: in space but has a landing`);
      for (const n of s.nationality) {
        if (day <= USSR_LAST_DAY && SOVIET_SUCCESSOR_CODES.has(n.code ?? '')) problems.push(`${at}: flies for ${n.country} before it was a state`);
        if (day > USSR_LAST_DAY && n.code === 'SU') problems.push(`${at}: flies for the Soviet Union after 1991`);
      }
      if (day < '1992-02-25' && s.agency !== null && /roscosmos|russian|rosaviakosmos/i.test(`${s.agency.abbrev} ${s.agency.name}`)) problems.push(`${at}: flies for ${s.agency.name} before it existed`);
    }
  }
  if (problems.length > 0) throw new SeatError(`${problems.length} seat(s) break the crew invariants:\n  ${problems.join('\n  ')}`);
}
