// A linear-time drawing of the tables this project makes, byte for byte as cli-table3 0.6 draws
// them (DESIGN.md §6, issue 12). cli-table3 lays a table out by checking every cell against every
// cell above it for spans, which is quadratic in rows (`launch list --limit 0` took seconds), and
// measures each string with string-width several times over. The tables here have no spans, no
// per-cell options and no border or header colours, so the layout is a column maximum and every
// line of a row is drawn once.
//
// The per-cell text functions (strlen, pad, truncate, word wrap, colour state across wrapped
// lines) are ported from cli-table3 0.6.5's src/utils.js and src/cell.js (MIT, © the cli-table3
// authors), only with widths memoised and narrow text (printable ASCII, and the characters of
// wrap.ts NARROW_LINE) measured by its length. Widths of anything else come from string-width,
// the package cli-table3 measures with, so wide characters, emoji and combining marks count the
// same.
//
// Whatever this path does not cover falls back to cli-table3 itself, loaded only then: spans or
// rows of unequal length, object cells, rowHeights, rowAligns, compact style, coloured borders or
// header, wrapping off word boundaries, colWidths longer than the row. test/unit/tables.test.ts
// compares the two over thousands of generated tables.
import type Table from 'cli-table3';
import { displayWidth, NARROW_LINE } from './wrap.js';

type Align = 'left' | 'center' | 'right';
type Cell = string | number | boolean | bigint | null | undefined;

export interface TableOptions {
  head: string[];
  chars: Record<string, string>;
  truncate: string;
  colWidths: (number | null)[];
  rowHeights: (number | null)[];
  colAligns: Align[];
  rowAligns: string[];
  style: Record<string, unknown>;
  wordWrap?: boolean;
  textWrap?: boolean;
  wrapOnWordBoundary?: boolean;
  [key: string]: unknown;
}

const DEFAULT_CHARS: Record<string, string> = {
  top: '─', 'top-mid': '┬', 'top-left': '┌', 'top-right': '┐',
  bottom: '─', 'bottom-mid': '┴', 'bottom-left': '└', 'bottom-right': '┘',
  left: '│', 'left-mid': '├', mid: '─', 'mid-mid': '┼',
  right: '│', 'right-mid': '┤', middle: '│',
};

/** cli-table3's mergeOptions over its defaults. */
function mergeOptions(options: Partial<Table.TableConstructorOptions>): TableOptions {
  const defaults = {
    chars: DEFAULT_CHARS,
    truncate: '…',
    colWidths: [],
    rowHeights: [],
    colAligns: [],
    rowAligns: [],
    style: { 'padding-left': 1, 'padding-right': 1, head: ['red'], border: ['grey'], compact: false },
    head: [],
  };
  const ret = Object.assign({}, defaults, options) as unknown as TableOptions;
  ret.chars = Object.assign({}, defaults.chars, options.chars) as Record<string, string>;
  ret.style = Object.assign({}, defaults.style, options.style);
  return ret;
}

// ---- text measurement, as cli-table3's utils.js --------------------------------------------

const CODE = /\u001b\[(?:\d*;){0,5}\d*m/g;
const CODE_CAPTURE = () => /\u001b\[((?:\d*;){0,5}\d*)m/g;

const widths = new Map<string, number>();

/** string-width 4's width of one line (wrap.ts displayWidth, memoised for what needs string-width). */
function width(s: string): number {
  if (NARROW_LINE.test(s)) return s.length;
  let w = widths.get(s);
  if (w === undefined) {
    w = displayWidth(s);
    if (widths.size > 10_000) widths.clear();
    widths.set(s, w);
  }
  return w;
}

function strlen(str: string): number {
  const stripped = str.includes('\u001b') ? str.replace(CODE, '') : str;
  if (!stripped.includes('\n')) return width(stripped);
  let max = 0;
  for (const s of stripped.split('\n')) max = Math.max(max, width(s));
  return max;
}

const repeat = (str: string, times: number): string => Array(times + 1).join(str);

function pad(str: string, len: number, dir: Align | undefined): string {
  const length = strlen(str);
  if (len + 1 >= length) {
    const padlen = len - length;
    if (dir === 'right') return repeat(' ', padlen) + str;
    if (dir === 'center') {
      const right = Math.ceil(padlen / 2);
      return repeat(' ', padlen - right) + str + repeat(' ', right);
    }
    return str + repeat(' ', padlen);
  }
  return str;
}

type Code = { set: string; to: boolean } & { on: string; off: string };
const codeCache: Record<string, Partial<Code>> = {};
for (const [name, on, off] of [['bold', 1, 22], ['italics', 3, 23], ['underline', 4, 24], ['inverse', 7, 27], ['strikethrough', 9, 29]] as const) {
  codeCache[`\u001b[${on}m`] = { set: name, to: true };
  codeCache[`\u001b[${off}m`] = { set: name, to: false };
  codeCache[name] = { on: `\u001b[${on}m`, off: `\u001b[${off}m` };
}

type State = Record<string, string | boolean | undefined>;

function updateState(state: State, controlChars: RegExpExecArray): void {
  const controlCode = controlChars[1] ? parseInt(controlChars[1].split(';')[0]!) : 0;
  if ((controlCode >= 30 && controlCode <= 39) || (controlCode >= 90 && controlCode <= 97)) {
    state.lastForegroundAdded = controlChars[0];
    return;
  }
  if ((controlCode >= 40 && controlCode <= 49) || (controlCode >= 100 && controlCode <= 107)) {
    state.lastBackgroundAdded = controlChars[0];
    return;
  }
  if (controlCode === 0) {
    for (const i in state) if (Object.prototype.hasOwnProperty.call(state, i)) delete state[i];
    return;
  }
  const info = codeCache[controlChars[0]];
  if (info) state[info.set!] = info.to;
}

function readState(line: string): State {
  const code = CODE_CAPTURE();
  const state: State = {};
  for (let m = code.exec(line); m !== null; m = code.exec(line)) updateState(state, m);
  return state;
}

function unwindState(state: State, ret: string): string {
  const { lastBackgroundAdded, lastForegroundAdded } = state;
  delete state.lastBackgroundAdded;
  delete state.lastForegroundAdded;
  for (const key of Object.keys(state)) if (state[key]) ret += codeCache[key]!.off;
  if (lastBackgroundAdded && lastBackgroundAdded != '\u001b[49m') ret += '\u001b[49m';
  if (lastForegroundAdded && lastForegroundAdded != '\u001b[39m') ret += '\u001b[39m';
  return ret;
}

function rewindState(state: State, ret: string): string {
  const { lastBackgroundAdded, lastForegroundAdded } = state;
  delete state.lastBackgroundAdded;
  delete state.lastForegroundAdded;
  for (const key of Object.keys(state)) if (state[key]) ret = codeCache[key]!.on + ret;
  if (lastBackgroundAdded && lastBackgroundAdded != '\u001b[49m') ret = lastBackgroundAdded + ret;
  if (lastForegroundAdded && lastForegroundAdded != '\u001b[39m') ret = lastForegroundAdded + ret;
  return ret;
}

function truncateWidth(str: string, desiredLength: number): string {
  if (str.length === strlen(str)) return str.substr(0, desiredLength);
  while (strlen(str) > desiredLength) str = str.slice(0, -1);
  return str;
}

function truncateWidthWithAnsi(str: string, desiredLength: number): string {
  const code = CODE_CAPTURE();
  const split = str.split(CODE);
  let splitIndex = 0;
  let retLen = 0;
  let ret = '';
  const state: State = {};
  while (retLen < desiredLength) {
    const myArray = code.exec(str);
    let toAdd = split[splitIndex]!;
    splitIndex++;
    if (retLen + strlen(toAdd) > desiredLength) toAdd = truncateWidth(toAdd, desiredLength - retLen);
    ret += toAdd;
    retLen += strlen(toAdd);
    if (retLen < desiredLength) {
      if (!myArray) break; // full-width chars may leave a space that cannot be filled
      ret += myArray[0];
      updateState(state, myArray);
    }
  }
  return unwindState(state, ret);
}

function truncate(str: string, desiredLength: number, truncateChar: string): string {
  truncateChar = truncateChar || '…';
  if (strlen(str) <= desiredLength) return str;
  desiredLength -= strlen(truncateChar);
  let ret = truncateWidthWithAnsi(str, desiredLength);
  ret += truncateChar;
  const hrefTag = '\x1B]8;;\x07';
  if (str.includes(hrefTag) && !ret.includes(hrefTag)) ret += hrefTag;
  return ret;
}

function wordWrap(maxLength: number, input: string): string[] {
  const lines: string[] = [];
  const split = input.split(/(\s+)/g);
  let line: string[] = [];
  let lineLength = 0;
  let whitespace: string | undefined;
  for (let i = 0; i < split.length; i += 2) {
    const word = split[i]!;
    let newLength = lineLength + strlen(word);
    if (lineLength > 0 && whitespace) newLength += whitespace.length;
    if (newLength > maxLength) {
      if (lineLength !== 0) lines.push(line.join(''));
      line = [word];
      lineLength = strlen(word);
    } else {
      line.push(whitespace || '', word);
      lineLength = newLength;
    }
    whitespace = split[i + 1];
  }
  if (lineLength) lines.push(line.join(''));
  return lines;
}

function colorizeLines(input: string[]): string[] {
  let state: State = {};
  const output: string[] = [];
  for (const text of input) {
    const line = rewindState(state, text);
    state = readState(line);
    output.push(unwindState({ ...state }, line));
  }
  return output;
}

// ---- the table ----------------------------------------------------------------------------

const firstDefined = (...args: unknown[]) => args.find((v) => v !== undefined && v !== null);

function isPlainCell(c: unknown): c is Cell {
  const t = typeof c;
  return c === null || t === 'undefined' || t === 'string' || t === 'number' || t === 'boolean' || t === 'bigint';
}

/**
 * The table as cli-table3 would draw it, or null when it is not one this path covers: the
 * header row (null for none) and the body's rows. `firstRuleOnly`: only the first rule between
 * rows is drawn (the one under the header), as tableText() keeps it.
 */
function draw(head: readonly Cell[] | null, body: readonly (readonly Cell[])[], o: TableOptions, firstRuleOnly = false): string | null {
  /** Row y of the table, the header included. */
  const rowAt = head === null ? (y: number) => body[y]! : (y: number) => (y === 0 ? head : body[y - 1]!);
  const rowCount = body.length + (head === null ? 0 : 1);
  const style = o.style;
  if (!Array.isArray(o.rowHeights) || o.rowHeights.length > 0 || !Array.isArray(o.rowAligns) || o.rowAligns.length > 0 || style.compact) return null;
  const coloured = (v: unknown) => Boolean(v && (v as { length?: number }).length);
  if (coloured(style.border) || (coloured(o.head) && coloured(style.head))) return null;
  if (o.wrapOnWordBoundary === false || !Array.isArray(o.colWidths) || !Array.isArray(o.colAligns)) return null;
  if (rowCount === 0) return '';
  const cols = rowAt(0).length;
  if (cols === 0 || o.colWidths.length > cols) return null;
  const padL = firstDefined(style.paddingLeft, style['padding-left']) as number;
  const padR = firstDefined(style.paddingRight, style['padding-right']) as number;
  if (!Number.isInteger(padL) || !Number.isInteger(padR) || padL < 0 || padR < 0) return null;
  const ch = (name: string): string => {
    const [a, b] = name.split('-');
    return firstDefined(b ? o.chars[a + b[0]!.toUpperCase() + b.slice(1)] : undefined, o.chars[name]) as string;
  };
  const wrap = Boolean(o.wordWrap || o.textWrap);
  const truncateChar = o.truncate;

  // The width each column wants (header included), and the lines of every cell that has more
  // than one line or colour (few: a cell of one plain line, nearly all, is drawn from its text).
  // Of a plain cell only its text and width are kept, so that a long list makes little garbage.
  //
  // The work per row is done in small functions (measureRow, and the line function from
  // paddedLine), not in draw itself: V8 optimises a function only after an amount of work that
  // grows with its size, so the loops of a long list ran mostly unoptimised inside one large one.
  const want: number[] = new Array(cols).fill(1);
  /** Per column: cells are word-wrapped to its fixed width (cli-table3's `fixed && wrap`). */
  const wrapped = Array.from({ length: cols }, (_, x) => Boolean(o.colWidths[x] && wrap));
  const multi = new Map<number, string[]>();
  const heights = new Int32Array(rowCount);
  /** The text of each plain cell (row-major). */
  const plainText: string[] = new Array(rowCount * cols);
  /** The width of each plain cell (row-major), measured once. */
  const plainWidth = new Int32Array(rowCount * cols);
  /** 1 where a plain cell is narrow text (one column a character: NARROW_LINE, printable ASCII included). */
  const plainNarrow = new Uint8Array(rowCount * cols);
  const padding = padL + padR;

  /**
   * The width and lines (null for one plain line) of each text other than narrow text met so far,
   * by column: a coloured column repeats a few texts (`launch list`'s outcomes, in colour on a
   * terminal), whose measuring costs far more than a look-up. Cells of one text share its lines.
   */
  const measured = Array.from({ length: cols }, () => new Map<string, { width: number; lines: string[] | null }>());
  /** Measures row y; false where it is not a row this path covers (a span, an object cell, a length unlike the first row's). */
  const measureRow = (row: readonly Cell[], y: number): boolean => {
    if (!Array.isArray(row) || row.length !== cols) return false;
    let height = 1;
    for (let x = 0; x < cols; x++) {
      const c = row[x];
      let content: string;
      if (typeof c === 'string') content = c;
      else if (isPlainCell(c)) content = c === null || c === undefined ? '' : String(c);
      else return false;
      const i = y * cols + x;
      let cw: number;
      // Narrow text (printable ASCII included) has no control character either, so no line break
      // and no colour. One test, not an ASCII test first: a second test that a long list reaches
      // only after V8 has optimised this function (at its first accented name) undoes that.
      if (!wrapped[x] && NARROW_LINE.test(content)) {
        cw = content.length;
        plainText[i] = content;
        plainWidth[i] = cw;
        plainNarrow[i] = 1;
      } else {
        let m = measured[x]!.get(content);
        if (m === undefined) measured[x]!.set(content, (m = { width: strlen(content), lines: cellLines(content, x) }));
        cw = m.width;
        if (m.lines === null) {
          plainText[i] = content;
          plainWidth[i] = cw;
        } else {
          multi.set(i, m.lines);
          if (m.lines.length > height) height = m.lines.length;
        }
      }
      // Math.max(want, cw + padding || 0, 1), as cli-table3 has it.
      if (cw + padding > want[x]!) want[x] = cw + padding;
    }
    heights[y] = height;
    return true;
  };
  /** The lines of a cell that is wrapped, has line breaks or colour; null for a plain cell. */
  const cellLines = (content: string, x: number): string[] | null => {
    const colour = content.includes('\u001b');
    if (!wrapped[x] && !colour && !content.includes('\n')) return null;
    const l = wrapped[x] ? multiLine(o.colWidths[x]! - padding, content) : content.split('\n');
    return colour ? colorizeLines(l) : l;
  };
  // All rows are checked before anything is drawn (a row this path does not cover can be the last).
  for (let y = 0; y < rowCount; y++) if (!measureRow(rowAt(y), y)) return null;

  const w = want.map((auto, x) => {
    const fixed = o.colWidths[x];
    return Math.max(1, (typeof fixed === 'number' ? fixed : auto) || 0);
  });
  const rule = (leftEnd: string, join: string, fill: string, rightEnd: string) =>
    leftEnd + w.map((n) => repeat(fill, n)).join(join) + rightEnd;
  const top = rule(ch('top-left'), ch('top-mid'), ch('top'), ch('top-right'));
  const mid = rule(ch('left-mid'), ch('mid-mid'), ch('mid'), ch('right-mid'));
  const bottom = rule(ch('bottom-left'), ch('bottom-mid'), ch('bottom'), ch('bottom-right'));
  const left = ch('left');
  const middle = ch('middle');
  const right = ch('right');
  const padLeft = repeat(' ', padL);
  const padRight = repeat(' ', padR);
  const inner = w.map((n) => n - padding);
  const aligns = w.map((_, x) => o.colAligns[x]);
  const spaces: string[] = [];
  const space = (n: number) => (spaces[n] ??= ' '.repeat(n));
  const ellipsis = truncateChar || '…';
  const ellipsisWidth = strlen(ellipsis);
  /**
   * pad(truncate(text)) in column x: what cli-table3 draws of a line of a cell between its
   * paddings; made once for each text of a column (they repeat, as in `measured`).
   */
  const fittedTexts = w.map(() => new Map<string, string>());
  const fitted = (text: string, x: number): string => {
    let f = fittedTexts[x]!.get(text);
    if (f === undefined) fittedTexts[x]!.set(text, (f = pad(truncate(text, inner[x]!, truncateChar), inner[x]!, aligns[x])));
    return f;
  };

  const out: string[] = [];
  const line = (s: string) => {
    if (s.length) out.push(s);
  };
  const lineOf = inner.some((n) => n < 0) ? narrowColumnLine() : paddedLine();
  for (let y = 0; y < rowCount; y++) {
    if (y === 0) line(top);
    else if (y === 1 || !firstRuleOnly) line(mid);
    for (let n = 0; n < heights[y]!; n++) line(lineOf(y, n));
  }
  line(bottom);
  return out.join('\n');

  /**
   * Line n of row y, built as a fixed number of pieces joined once: a line built by `+=` is a
   * rope of some twenty pieces, which the final join must flatten (for `launch list --limit 0`
   * that and its garbage cost more than the rest of the drawing). Per cell four pieces: what
   * comes before it (the previous cell's right padding, the border, its left padding), then up
   * to three of its text and spaces ('' where unused); the last padding and border close it.
   */
  function paddedLine(): (y: number, n: number) => string {
    const before = w.map((_, x) => (x === 0 ? left + padLeft : padRight + middle + padLeft));
    const after = padRight + right;
    const parts: string[] = new Array(cols * 4 + 1).fill('');
    parts[cols * 4] = after;
    /** A cell's line other than the one line of a plain cell that fits or is narrow text. */
    const otherLine = (i: number, x: number, n: number): string => {
      const lines = multi.get(i);
      const text = lines === undefined ? (n === 0 ? plainText[i] : undefined) : lines[n];
      return text === undefined ? space(inner[x]!) : fitted(text, x);
    };
    return (y, n) => {
      for (let x = 0, i = y * cols, k = 0; x < cols; x++, i++, k += 4) {
        parts[k] = before[x]!;
        const content = plainText[i];
        const room = inner[x]! - plainWidth[i]!;
        let a = '';
        let b = '';
        let c = '';
        if (n > 0 || content === undefined || (room < 0 && (plainNarrow[i] === 0 || inner[x]! < ellipsisWidth))) {
          a = otherLine(i, x, n);
        } else if (room < 0) {
          // truncate() of narrow text that leaves room for the ellipsis: the first characters and it.
          a = content.slice(0, inner[x]! - ellipsisWidth);
          b = ellipsis;
        } else {
          // pad(truncate(cell)) for a cell that fits: only the padding.
          const dir = aligns[x];
          if (dir === 'right') {
            a = space(room);
            b = content;
          } else if (dir === 'center') {
            a = space(room - Math.ceil(room / 2));
            b = content;
            c = space(Math.ceil(room / 2));
          } else {
            a = content;
            b = space(room);
          }
        }
        parts[k + 1] = a;
        parts[k + 2] = b;
        parts[k + 3] = c;
      }
      return parts.join('');
    };
  }

  /**
   * Line n of row y of a table with a column narrower than its padding, whose blank lines cannot
   * be drawn between paddings as paddedLine() draws them: each cell whole, as cli-table3 does.
   */
  function narrowColumnLine(): (y: number, n: number) => string {
    const blank = w.map((n) => repeat(' ', n));
    return (y, n) => {
      let s = '';
      for (let x = 0, i = y * cols; x < cols; x++, i++) {
        s += x === 0 ? left : middle;
        const lines = multi.get(i);
        const text = lines === undefined ? (n === 0 ? plainText[i] : undefined) : lines[n];
        s += text === undefined ? blank[x]! : padLeft + fitted(text, x) + padRight;
      }
      return s + right;
    };
  }
}

function multiLine(maxLength: number, input: string): string[] {
  const output: string[] = [];
  for (const line of input.split('\n')) output.push(...wordWrap(maxLength, line));
  return output;
}

/**
 * A table with cli-table3's interface as the renderers use it: `push` rows, then set
 * `options.colWidths`, `wordWrap` or `colAligns` and call `toString()`.
 */
export class FastTable {
  readonly options: TableOptions;
  readonly rows: Cell[][] = [];

  constructor(options: Partial<Table.TableConstructorOptions>) {
    this.options = mergeOptions(options);
  }

  get length(): number {
    return this.rows.length;
  }

  push(...rows: Cell[][]): number {
    // Indexed: a long list pushes its rows one by one, mostly before V8 optimises this, where
    // for-of's iterator costs more than the push.
    for (let i = 0; i < rows.length; i++) this.rows.push(rows[i]!);
    return this.rows.length;
  }

  toString(): string {
    return drawFast(this) ?? this.slow();
  }

  /** The same table drawn by cli-table3. */
  slow(): string {
    const Table = require('cli-table3') as typeof import('cli-table3');
    const o = this.options;
    const t = new Table({ ...o, colWidths: [...o.colWidths], rowHeights: [...o.rowHeights] } as Table.TableConstructorOptions);
    t.push(...(this.rows as Table.HorizontalTableRow[]));
    return t.toString();
  }
}

/**
 * The table drawn by the fast path, or null when it is a shape left to cli-table3.
 * `firstRuleOnly`: without the rules between rows other than the first (tableText's view).
 */
export function drawFast(t: FastTable, firstRuleOnly = false): string | null {
  const o = t.options;
  return draw(o.head && o.head.length ? o.head : null, t.rows, o, firstRuleOnly);
}
