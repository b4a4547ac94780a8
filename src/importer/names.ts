// Name normalisation shared by the importer's joins.

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
