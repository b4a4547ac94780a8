// Where output goes and how it looks: --json or human text, stdout vs stderr, and the one
// place that decides colour, width and character set.
import { SCHEMA_VERSION } from './data/schema.js';
import { jsonDocument, jsonList, terminalText } from './render/sanitize.js';
import type { RenderOptions } from './render/style.js';

export interface Stream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Io {
  stdout: Stream;
  stderr: Stream;
  env: Readonly<Record<string, string | undefined>>;
  /**
   * A status line on stderr redrawn in place (a progress bar), cleaned as any other text; null
   * clears it. Only on a terminal: elsewhere it writes nothing (guardedIo).
   */
  status?: (line: string | null) => void;
}

/**
 * Colour only on a terminal, and never with NO_COLOR, --no-color, FORCE_COLOR=0 or
 * TERM=dumb. FORCE_COLOR=1..3 turns it on, for a pipe and for TERM=dumb too (which keeps its
 * ASCII tables: renderOptions).
 */
export function useColor(io: Io, colorFlag: boolean): boolean {
  const env = io.env;
  if (!colorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return true;
  if (env.TERM === 'dumb') return false;
  return io.stdout.isTTY === true;
}

export function renderOptions(io: Io, colorFlag: boolean): RenderOptions {
  const columns = io.stdout.isTTY ? io.stdout.columns : Number(io.env.COLUMNS) || undefined;
  const locale = io.env.LC_ALL || io.env.LC_CTYPE || io.env.LANG || '';
  return {
    color: useColor(io, colorFlag),
    // The terminal's width, else COLUMNS, else 80; at least 40 (DESIGN.md §3).
    width: Math.max(40, Math.min(columns || 80, 200)),
    unicode: io.env.TERM !== 'dumb' && (locale === '' || /utf-?8/i.test(locale)),
  };
}

/**
 * A list as JSON, the schema version and `head` first, then the list under `key` one record per
 * line, as data/ stores records, so that a long list streams, greps and diffs line by line
 * (render/sanitize.ts jsonList). `records` are the records, or the bytes of a data file that
 * holds them so (launches.json).
 */
export function emitList(io: Io, head: Record<string, unknown>, key: string, records: readonly object[] | Uint8Array): void {
  const list = records instanceof Uint8Array ? Buffer.from(records.buffer, records.byteOffset, records.byteLength).toString('utf8') : records;
  io.stdout.write(jsonList({ schema: SCHEMA_VERSION, ...head }, key, list));
}

export interface EmitOptions {
  json?: boolean;
  color: boolean;
}

/**
 * Prints a domain result: as JSON (the object itself, with the schema version first; C1, DEL,
 * bidi and zero-width characters written as \uXXXX escapes, render/sanitize.ts jsonDocument)
 * or through its renderer.
 */
export function emit<T extends object>(io: Io, value: T, render: (v: T, o: RenderOptions) => string, opts: EmitOptions): void {
  if (opts.json) {
    io.stdout.write(jsonDocument({ schema: SCHEMA_VERSION, ...value }, 2));
    return;
  }
  io.stdout.write(render(value, renderOptions(io, opts.color)));
}

/**
 * The boundary between the program and the terminal (DESIGN.md §3): the streams every command,
 * renderer, error message and commander itself writes to. cli.ts wraps the streams it is given
 * once, so nothing written can bypass it: each write loses every control character, escape
 * sequence, bidi control and zero-width character, except LF, CR LF, a byte-order mark that
 * starts the stream and, while `sgr()` says colour is on, the program's own colour codes
 * (render/sanitize.ts). Clean text passes as it is.
 */
export function guardedIo(io: Io, sgr: () => boolean): Io {
  const guard = (s: Stream): Stream => {
    // A byte-order mark is the program's own only as the first character of a stream
    // (`export --format csv --bom`); anywhere else it is a zero-width character.
    let first = true;
    return {
      write: (text: string) => {
        const bom = first && text.startsWith('\ufeff');
        if (text !== '') first = false;
        return s.write(bom ? `\ufeff${terminalText(text.slice(1), sgr())}` : terminalText(text, sgr()));
      },
      get isTTY() {
        return s.isTTY;
      },
      get columns() {
        return s.columns;
      },
    };
  };
  // The status line: a carriage return, the cleaned line and "erase to the end of the line"
  // are the only control codes written past the guard, and only to a terminal.
  const status = (line: string | null) => {
    if (io.stderr.isTTY !== true) return;
    io.stderr.write(`\r${line === null ? '' : terminalText(line.replace(/[\r\n]/g, ' '), false)}\u001b[K`);
  };
  return { stdout: guard(io.stdout), stderr: guard(io.stderr), env: io.env, status };
}
