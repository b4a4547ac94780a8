// "Did you mean" suggestions (src/domain/text.ts): the query's trigrams are counted once, so
// the cost is linear in the query's length; the ranking is the Dice coefficient as before.
import { describe, expect, it } from 'vitest';
import { normalize, similarity, suggest } from '../../src/domain/text.js';
import { dataset } from '../helpers.js';

/** The ranking as it was: similarity() of the query with every candidate. */
function reference(query: string, candidates: string[], max = 5, floor = 0.35): string[] {
  const q = normalize(query);
  const scored = new Map<string, number>();
  for (const c of candidates) {
    const s = similarity(q, normalize(c));
    if (s >= floor && s > (scored.get(c) ?? -1)) scored.set(c, s);
  }
  return [...scored].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([c]) => c);
}

const names = dataset.launches().map((l) => l.name);

describe('suggest', () => {
  it('ranks as similarity() does, for typed queries', () => {
    for (const q of ['sojuz tm14', 'apolo 11', 'starlnk', 'Kosmos 2175', 'x', '', 'Falcon 9 v1.1', 'shenzou', 'vostok1', 'ÉCHO 1']) {
      expect(suggest(q, names), q).toEqual(reference(q, names));
    }
  });

  it('is linear in the query: 100,000 characters against every launch name in well under a second (issue 14, case 8)', () => {
    // The CLI caps queries at 200 characters; the function itself must not depend on that. The
    // old per-candidate recount of the query's trigrams took about a minute here.
    const q = Array.from({ length: 12_500 }, (_, i) => `soyuz${i % 100}`).join(' ').slice(0, 100_000);
    const t = performance.now();
    suggest(q, names);
    expect(performance.now() - t).toBeLessThan(1500);
  });
});
