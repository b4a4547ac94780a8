// Counts over a list of launches: what `data info` shows and meta.json records.
import type { Launch, Summary } from '../data/types.js';
import { yearOf } from './time.js';
import { titleOf } from './launches.js';

// Counts are kept in Maps: the keys come from the data, and a key such as "constructor" or
// "__proto__" must count like any other (an object would read or set its prototype).
function bump(m: Map<string, number>, k: string): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/** A count map as an object sorted by key, so that its JSON is stable (fromEntries makes own properties, "__proto__" included). */
function sorted(m: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

/** Launches must be in time order (as launches.json is). */
export function summarize(launches: readonly Launch[]): Summary {
  const byCategory = new Map<string, number>();
  const byOutcome = new Map<string, number>();
  const byDecade = new Map<string, number>();
  const byYear = new Map<string, number>();
  let crewed = 0;
  let successes = 0;
  for (const l of launches) {
    const year = yearOf(l.time);
    bump(byCategory, l.category);
    bump(byOutcome, l.outcome);
    bump(byDecade, `${Math.floor(year / 10) * 10}s`);
    bump(byYear, String(year));
    if (l.crewed) crewed++;
    if (l.success) successes++;
  }
  const first = launches[0];
  const last = launches[launches.length - 1];
  return {
    total: launches.length,
    first: first ? { id: first.id, name: first.name, title: titleOf(first), time: first.time } : null,
    last: last ? { id: last.id, name: last.name, title: titleOf(last), time: last.time } : null,
    byCategory: sorted(byCategory),
    byOutcome: sorted(byOutcome),
    byDecade: sorted(byDecade),
    byYear: sorted(byYear),
    crewed,
    successes,
  };
}
