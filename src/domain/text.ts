// Text matching for lookups: accent- and punctuation-insensitive tokens, and a similarity
// measure for "did you mean" suggestions.

/** Lower-case, accents dropped, "-_|/.,()" and friends as spaces, letters and digits split ("tm14" -> "tm 14"). */
export function normalize(text: string): string {
  // One pass over the characters: this runs for every name in every search, so it avoids
  // chains of regular expressions. Only non-ASCII text needs Unicode decomposition.
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\u0000-\u007f]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f\u00ad]/g, '');
  let out = '';
  let prev = 0; // 0: separator (or start), 1: letter, 2: digit
  for (let i = 0; i < ascii.length; i++) {
    let c = ascii.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    const kind = c >= 97 && c <= 122 ? 1 : c >= 48 && c <= 57 ? 2 : 0;
    if (kind === 0) {
      if (prev !== 0) out += ' ';
      prev = 0;
      continue;
    }
    if (prev !== 0 && prev !== kind) out += ' ';
    out += String.fromCharCode(c);
    prev = kind;
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

export function tokens(text: string): string[] {
  const n = normalize(text);
  return n === '' ? [] : n.split(' ');
}

/** Letter trigrams of a normalised string, padded, for similarity. */
function trigrams(s: string): Map<string, number> {
  const padded = `  ${s} `;
  const m = new Map<string, number>();
  for (let i = 0; i < padded.length - 2; i++) {
    const g = padded.slice(i, i + 3);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient of the trigram multiset `ta` (with `totalA` trigrams) and that of normalised `b`, 0..1. */
function dice(ta: Map<string, number>, totalA: number, b: string): number {
  const tb = trigrams(b);
  let shared = 0;
  let total = totalA;
  for (const [g, n] of tb) {
    shared += Math.min(n, ta.get(g) ?? 0);
    total += n;
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

const count = (m: Map<string, number>) => {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
};

/** Dice coefficient of trigram multisets of two normalised strings, 0..1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const ta = trigrams(a);
  return dice(ta, count(ta), b);
}

/**
 * The `max` candidates most similar to `query` (above a floor), best first, each once. The
 * query's trigrams are counted once, not once per candidate, so the cost is linear in the
 * query's length plus the candidates' (a long query no longer multiplies with thousands of names).
 */
export function suggest(query: string, candidates: Iterable<string>, max = 5, floor = 0.35): string[] {
  const q = normalize(query);
  const tq = trigrams(q);
  const totalQ = count(tq);
  const scored = new Map<string, number>();
  for (const c of candidates) {
    const n = normalize(c);
    const s = n === q ? 1 : dice(tq, totalQ, n);
    if (s >= floor && s > (scored.get(c) ?? -1)) scored.set(c, s);
  }
  return [...scored]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([c]) => c);
}

/**
 * A spelling key of one name word that survives transliteration differences: vowels (and y)
 * dropped after doubled letters are collapsed, "x" read as "ks". "Aleksandr" and "Alexander" give
 * "lksndr"; "Sergei" and "Sergey" give "srg"; "Dmitriy" and "Dmitry" give "dmtr". Words with
 * no consonant keep their letters.
 */
export function spellingKey(word: string): string {
  const w = normalize(word).replace(/[^a-z]/g, '');
  const k = w
    .replace(/x/g, 'ks')
    .replace(/([kgz])h/g, '$1')
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeiouyj]/g, '');
  return k === '' ? w : k;
}

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'sir']);

/** Name words of a personal name in reading order: "Kaleri, Aleksandr" -> ["aleksandr", "kaleri"]. */
export function nameWords(name: string): string[] {
  const comma = name.indexOf(',');
  const ordered = comma > 0 ? `${name.slice(comma + 1)} ${name.slice(0, comma)}` : name;
  return normalize(ordered)
    .split(' ')
    .filter((w) => w !== '' && !/^\d+$/.test(w) && !SUFFIXES.has(w));
}
