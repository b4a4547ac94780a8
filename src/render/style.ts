// Shared pieces of human output. Colour, width and character set arrive as options:
// renderers never look at the terminal themselves.
// chalk is loaded on first use (require inside a function stays lazy in the bundle), so a
// command that prints JSON or an error never evaluates it (DESIGN.md §6). Tables are drawn by
// fastTable.ts, which loads cli-table3 only for a shape it leaves to it.
import type { ChalkInstance } from 'chalk';
import { drawFast, FastTable } from './fastTable.js';
import { displayWidth, ellipsize, wrapLines } from './wrap.js';

export { displayWidth, ellipsize, wrapLines };

export interface RenderOptions {
  color: boolean;
  /** Terminal width in columns. */
  width: number;
  /** Unicode block characters and box drawing allowed. */
  unicode: boolean;
}

/**
 * Without colour a painter returns its text as chalk at level 0 does (one argument as a string,
 * several joined by spaces), at any depth of chaining (c.bold.dim), without loading chalk,
 * whose set-up (terminal detection) costs ~10 ms at start. A unit test compares the two.
 */
const plainStyle = (...text: unknown[]): string => (text.length === 1 ? `${text[0]}` : text.join(' '));
export const PLAIN = new Proxy(plainStyle, {
  get: (target, key) => (key === 'level' ? 0 : key in target ? Reflect.get(target, key) : PLAIN),
}) as unknown as ChalkInstance;

export function paint(opts: RenderOptions): ChalkInstance {
  if (!opts.color) return PLAIN;
  const { Chalk } = require('chalk') as typeof import('chalk');
  return new Chalk({ level: 1 });
}

// Every string from the data passes through clean() before a renderer measures or colours it;
// sanitize.ts describes it and the second layer, which cleans every write to stdout and stderr.
export { clean } from './sanitize.js';

let nf: Intl.NumberFormat | null = null;
/**
 * A count with thousands separators, as Intl.NumberFormat('en-US') writes it. Whole numbers
 * are grouped by hand, because the first Intl object of a process pays for setting up ICU
 * (~14 ms); anything else goes to Intl, built on first use. A unit test compares the two.
 */
export const int = (n: number): string => {
  if (Number.isSafeInteger(n)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
    return n < 0 || Object.is(n, -0) ? `-${digits}` : digits;
  }
  nf ??= new Intl.NumberFormat('en-US');
  return nf.format(n);
};

export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

const ASCII_CHARS = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
  bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+',
  right: '|', 'right-mid': '+', middle: '|',
};

/**
 * A table as cli-table3 draws it, that never colours anything unless colour is on. It is drawn by
 * fastTable.ts, which is linear in rows and byte-identical to cli-table3 for the tables made
 * here, and falls back to cli-table3 for anything else.
 */
export function table(head: string[], opts: RenderOptions, align?: ('left' | 'right')[]): FastTable {
  const c = paint(opts);
  return new FastTable({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
    ...(opts.unicode ? {} : { chars: ASCII_CHARS }),
    ...(align ? { colAligns: align } : {}),
  });
}

/** The table's text with a rule under the header only, not between every row. */
export function tableText(t: FastTable, opts: RenderOptions): string {
  // Drawn so in the first place where the fast path draws the table (the same lines, unit-tested).
  const drawn = t instanceof FastTable ? drawFast(t, true) : null;
  if (drawn !== null) return drawn;
  const lines = t.toString().split('\n');
  const leftMid = opts.unicode ? '├' : '+';
  let seenHeaderRule = false;
  return lines
    .filter((line, i) => {
      if (i === 0 || i === lines.length - 1 || !line.startsWith(leftMid)) return true;
      if (seenHeaderRule) return false;
      seenHeaderRule = true;
      return true;
    })
    .join('\n');
}

/** A horizontal bar of `value / max` of `width` cells. */
export function bar(value: number, max: number, width: number, opts: RenderOptions): string {
  if (max <= 0 || width <= 0) return '';
  const cells = (value / max) * width;
  if (!opts.unicode) return '#'.repeat(Math.round(cells));
  // In eighths of a cell, rounded: a remainder that rounds up to a whole cell is a full block.
  const eighths = Math.round(cells * 8);
  const partial = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'][eighths % 8]!;
  return '█'.repeat(Math.floor(eighths / 8)) + partial;
}

// ---- fitting the width (DESIGN.md §3: every line fits) --------------------------------------


/**
 * A "Key       value" line whose value wraps under itself: `keyWidth` columns of key and a
 * space, then the value in what is left of `width` (at least 20 columns, else the value goes
 * on the next lines, indented by two).
 */
export function fieldLines(key: string, value: string, keyWidth: number, width: number, style: (k: string) => string = (k) => k): string[] {
  const room = width - keyWidth - 1;
  if (room >= 20) {
    const lines = wrapLines(value, room);
    return lines.map((l, i) => (i === 0 ? `${style(key.padEnd(keyWidth))} ${l}` : `${' '.repeat(keyWidth + 1)}${l}`));
  }
  return [style(key), ...wrapLines(value, width - 2).map((l) => `  ${l}`)];
}

export interface Column {
  head: string;
  align?: 'left' | 'right';
  /** The narrowest the column's text may become (default: its natural width up to 8). */
  min?: number;
  /** Long cells wrap at spaces (else they end in an ellipsis). */
  wrap?: boolean;
  /** Columns with a drop rank leave, highest rank first, while the rest cannot fit at their minimum. */
  drop?: number;
}

/**
 * A table (as table() and tableText() draw it) that fits `opts.width`: a table that fits is
 * drawn as it is; otherwise the widest columns shrink first, down to each column's minimum
 * (wrapping or ending cells in an ellipsis), and low-value columns are left out.
 */
export function fitTable(columns: readonly Column[], rows: readonly (readonly string[])[], opts: RenderOptions): string {
  const natural = columns.map((col, x) => {
    let w = Math.max(...col.head.split('\n').map(displayWidth));
    for (const row of rows) {
      const cell = row[x] ?? '';
      for (const line of cell.includes('\n') ? cell.split('\n') : [cell]) {
        const lw = displayWidth(line);
        if (lw > w) w = lw;
      }
    }
    return w;
  });
  const total = (xs: readonly number[]) => xs.reduce((sum, x) => sum + natural[x]! + 3, 1);
  let keep = columns.map((_, x) => x);
  let widths = [...natural];
  if (total(keep) > opts.width) {
    const min = columns.map((col, x) => Math.min(natural[x]!, col.min ?? 8));
    const atMin = () => keep.reduce((sum, x) => sum + min[x]! + 3, 1);
    while (atMin() > opts.width) {
      const droppable = keep.filter((x) => (columns[x]!.drop ?? 0) > 0);
      if (droppable.length === 0) break;
      const out = droppable.reduce((a, b) => ((columns[b]!.drop ?? 0) > (columns[a]!.drop ?? 0) ? b : a));
      keep = keep.filter((x) => x !== out);
    }
    let excess = total(keep) - opts.width;
    while (excess > 0) {
      let widest = -1;
      for (const x of keep) if (widths[x]! > min[x]! && (widest < 0 || widths[x]! > widths[widest]!)) widest = x;
      if (widest < 0) break;
      widths[widest]!--;
      excess--;
    }
  } else widths = natural;
  const fit = (text: string, x: number, wrap = columns[x]!.wrap): string => {
    if (natural[x]! <= widths[x]!) return text;
    const lines = text.split('\n');
    if (lines.every((l) => displayWidth(l) <= widths[x]!)) return text;
    return lines.flatMap((l) => (wrap ? wrapLines(l, widths[x]!) : [ellipsize(l, widths[x]!)])).join('\n');
  };
  const c = paint(opts);
  const t = table(
    keep.map((x) => fit(columns[x]!.head, x, true).split('\n').map((l) => c.bold(l)).join('\n')),
    { ...opts, color: false },
    keep.map((x) => columns[x]!.align ?? 'left'),
  );
  for (const row of rows) t.push(keep.map((x) => fit(row[x] ?? '', x)));
  return tableText(t, opts);
}
