// Name normalisation shared by the importer's joins: names of flights and of people.
import { nameWords, normalize, spellingKey } from '../domain/text.js';

/** Lower-case ASCII tokens of a name: accents dropped, punctuation split. */
export function nameTokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u00ad]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/**
 * How well two sets of names agree: the number of distinct tokens they share,
 * ignoring one-character tokens (too common to mean anything on their own).
 */
export function nameOverlap(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a.flatMap(nameTokens).filter((t) => t.length > 1));
  let n = 0;
  for (const t of new Set(b.flatMap(nameTokens))) if (left.has(t)) n++;
  return n;
}

/** The key of a whole name: spelling keys of its words, in order. */
export function fullKey(name: string): string {
  return nameWords(name).map(spellingKey).join(' ');
}

export function surnameKey(name: string): string {
  const w = nameWords(name);
  return spellingKey(w[w.length - 1] ?? '');
}

/**
 * Do two personal names denote the same person? Same spelling keys; or the same surname and
 * a given name or initial in common ("K. Megan McArthur" / "Megan McArthur", "Robert S.
 * Kimbrough" / "Shane Kimbrough").
 */
export function sameName(a: string, b: string): boolean {
  if (fullKey(a) === fullKey(b)) return true;
  if (surnameKey(a) !== surnameKey(b)) return false;
  const given = (n: string) => nameWords(n).slice(0, -1);
  const ga = given(a);
  const gb = given(b);
  if (ga.length === 0 || gb.length === 0) return false;
  const keysB = new Set(gb.map(spellingKey));
  if (ga.some((w) => w.length > 1 && keysB.has(spellingKey(w)))) return true;
  // Initials: the first given names agree, or an initial ("S.") matches the other's first name.
  if (ga[0]![0] === gb[0]![0]) return true;
  return ga.some((w) => w.length === 1 && w === gb[0]![0]) || gb.some((w) => w.length === 1 && w === ga[0]![0]);
}

/** Does one of the names contain the phrase, as whole words in order ("Crew-1" is not in "Crew-10")? */
export function hasPhrase(names: readonly string[], phrase: string): boolean {
  const p = ` ${normalize(phrase)} `;
  return names.some((n) => ` ${normalize(n)} `.includes(p));
}
