// The TidyTuesday crew table (to 2019): which of its people is which Launch Library 2 person.
import { pushTo } from '../domain/group.js';
import { nameWords, spellingKey } from '../domain/text.js';
import type { CsvFile, CsvRow } from './csv.js';
import { fullKey, sameName } from './names.js';

/**
 * A lookup from an LL2 person (name, birth date) to their crew-table rows, [] where none fits.
 * Each crew-table person goes to at most one LL2 person, the one it fits best.
 */
export function crewTablePeople(tidy: CsvFile, people: readonly { name: string; date_of_birth: string | null }[]): (name: string, born: string | null) => CsvRow[] {
  // Rows grouped by person.
  const tidyByPerson = new Map<string, CsvRow[]>();
  for (const r of tidy.rows) {
    const k = `${r.get('number')}|${r.get('name')}`; // "number" alone is not unique
    pushTo(tidyByPerson, k, r);
  }
  // The table writes "Surname, Given" (and sometimes forgets the comma): the surname's words.
  const tidySurnames = (name: string): string[][] => {
    const comma = name.indexOf(',');
    if (comma > 0) return [nameWords(name.slice(0, comma))];
    const w = nameWords(name);
    return w.length < 2 ? [w] : [[w[0]!], [w[w.length - 1]!]];
  };
  const tidyByWord = new Map<string, CsvRow[][]>();
  for (const rows of tidyByPerson.values()) {
    for (const k of new Set(nameWords(rows[0]!.get('name')).map(spellingKey))) pushTo(tidyByWord, k, rows);
  }
  const tidyUsed = new Set<CsvRow[]>();
  /**
   * The crew-table person for an LL2 person: a word of the surname must appear in the name;
   * then the same name (by spelling keys) and the same birth year count. The table's birth
   * year is sometimes the selection year, and its given names are sometimes formal where
   * LL2 uses nicknames (Charles / Pete Conrad), so either is enough, both is best.
   */
  const sortedKey = (n: string) => nameWords(n).map(spellingKey).sort().join(' ');
  const firstKey = (n: string) => spellingKey(nameWords(n)[0] ?? '');
  /** Every crew-table person that could be this LL2 person, with a score (0 = not at all). */
  const tidyCandidates = (name: string, born: string | null): { rows: CsvRow[]; score: number }[] => {
    const plain = new Set(nameWords(name));
    const words = new Set([...plain].map(spellingKey));
    // A surname word appears in the name: the same word, or the same spelling key where the
    // key has two letters or more (keys of one consonant, "Nie" and "Anna" both "n", match too much).
    const appears = (w: string) => plain.has(w) || (spellingKey(w).length >= 2 && words.has(spellingKey(w)));
    const out: { rows: CsvRow[]; score: number }[] = [];
    const seen = new Set<CsvRow[]>();
    for (const w of words) {
      for (const rows of tidyByWord.get(w) ?? []) {
        if (seen.has(rows)) continue;
        seen.add(rows);
        const tname = rows[0]!.get('name');
        if (!tidySurnames(tname).some((sn) => sn.some(appears))) continue;
        const named = fullKey(tname) === fullKey(name) ? 4 : sortedKey(tname) === sortedKey(name) ? 3 : sameName(tname, name) || (firstKey(tname).length >= 2 && firstKey(tname) === firstKey(name)) ? 2 : 0;
        const score = named + (born !== null && born.startsWith(rows[0]!.get('year_of_birth')) ? 1 : 0);
        if (score > 0) out.push({ rows, score });
      }
    }
    return out;
  };
  // A crew-table person goes to the LL2 person it fits best, whatever order people come in
  // ("Yang, Liwei" fits Yang Liwei better than Liu Yang).
  const tidyBest = new Map<CsvRow[], number>();
  for (const p of people) {
    for (const c of tidyCandidates(p.name, p.date_of_birth)) tidyBest.set(c.rows, Math.max(tidyBest.get(c.rows) ?? 0, c.score));
  }
  return (name: string, born: string | null): CsvRow[] => {
    const fits = tidyCandidates(name, born).filter((c) => !tidyUsed.has(c.rows) && c.score === tidyBest.get(c.rows));
    const top = Math.max(0, ...fits.map((c) => c.score));
    const best = fits.filter((c) => c.score === top);
    if (best.length !== 1) return [];
    tidyUsed.add(best[0]!.rows);
    return best[0]!.rows;
  };
}
