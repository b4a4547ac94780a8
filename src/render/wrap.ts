// Measuring, cutting and wrapping terminal text: small and free of imports, so that help text
// (cli.ts) can fit the width without loading the table code. string-width loads on first use,
// for text that is not printable ASCII.
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
const ASCII_LINE = /^[\x20-\x7e]*$/;
/**
 * Text of one column per character without string-width (whose emoji pattern alone costs a few
 * milliseconds to load): printable ASCII, Latin-1 and Latin Extended letters, Greek, Cyrillic
 * (not its combining marks), dashes, quotes, bullets and other general punctuation, box drawing
 * and block elements. test/unit/tables.test.ts checks every one of these characters, and random
 * strings of them, against string-width.
 */
export const NARROW_LINE = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00ae\u00b0-\u024f\u0370-\u0373\u0376\u0377\u037b-\u037d\u0386-\u0482\u048a-\u04ff\u2010-\u2027\u2030-\u205e\u2500-\u259f]*$/;
let stringWidth: ((s: string) => number) | null = null;

/** Columns a line takes on a terminal, colour codes aside (string-width for anything not ASCII). */
export function displayWidth(s: string): number {
  const plain = s.includes('\u001b') ? s.replace(SGR, '') : s;
  if (ASCII_LINE.test(plain) || NARROW_LINE.test(plain)) return plain.length;
  stringWidth ??= require('string-width') as (s: string) => number;
  return stringWidth(plain);
}

/** `s` cut to `width` columns, ending in an ellipsis where it was cut (colour codes dropped then). */
export function ellipsize(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  const plain = s.replace(SGR, '');
  if (width <= 1) return width === 1 ? '…' : '';
  let out = '';
  let used = 0;
  for (const ch of plain) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/**
 * Text wrapped at spaces into lines of at most `width` columns; a word longer than a line is cut
 * with an ellipsis. Existing line breaks are kept.
 */
/**
 * The words of a paragraph, each with the spaces before it. A command in backticks
 * ("`almanac data update --revert`") is one word where it fits the width, so that a line
 * never breaks inside it and it can be copied whole.
 */
function words(para: string, width: number): [string, string][] {
  const out: [string, string][] = [];
  for (const [, gap, word] of para.matchAll(/( *)([^ `]*`[^`]*`[^ ]*|[^ ]+)/g)) {
    if (!word!.includes(' ') || displayWidth(word!) <= width) {
      out.push([gap!, word!]);
      continue;
    }
    const parts = word!.split(/( +)/);
    out.push([gap!, parts[0]!]);
    for (let i = 1; i < parts.length; i += 2) out.push([parts[i]!, parts[i + 1]!]);
  }
  return out;
}

export function wrapLines(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    if (displayWidth(para) <= width) {
      lines.push(para);
      continue;
    }
    // Each word with the spaces before it: spaces inside a line stay as they are (aligned
    // columns of text), spaces where a line breaks go.
    let line = '';
    let used = 0;
    let first = true;
    for (const [gap, word] of words(para, width)) {
      const w = displayWidth(word);
      if (first || used + gap.length + w > width) {
        if (!first) lines.push(line);
        line = first && gap.length + w <= width ? gap + word : w <= width ? word : ellipsize(word, width);
        used = displayWidth(line);
        first = false;
        continue;
      }
      line += gap + word;
      used += gap.length + w;
    }
    lines.push(line);
  }
  return lines;
}

