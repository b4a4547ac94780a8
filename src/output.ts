// Where output goes and how it looks: --json or human text, stdout vs stderr, and the one
// place that decides colour, width and character set.
import { SCHEMA_VERSION } from './data/schema.js';
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
}

/**
 * Colour only on a terminal, and never with NO_COLOR, --no-color, FORCE_COLOR=0 or
 * TERM=dumb. FORCE_COLOR=1..3 turns it on for a pipe.
 */
export function useColor(io: Io, colorFlag: boolean): boolean {
  const env = io.env;
  if (!colorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false') return false;
  if (env.TERM === 'dumb') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return true;
  return io.stdout.isTTY === true;
}

export function renderOptions(io: Io, colorFlag: boolean): RenderOptions {
  const columns = io.stdout.isTTY ? io.stdout.columns : Number(io.env.COLUMNS) || undefined;
  const locale = io.env.LC_ALL || io.env.LC_CTYPE || io.env.LANG || '';
  return {
    color: useColor(io, colorFlag),
    width: Math.max(40, Math.min(columns ?? 100, 200)),
    unicode: io.env.TERM !== 'dumb' && (locale === '' || /utf-?8/i.test(locale)),
  };
}

/**
 * JSON text safe to print: the characters JSON.stringify leaves raw that a terminal acts on or
 * hides (C1 controls, zero-width and bidi controls, line and paragraph separators, BOM) become
 * \\u escapes. They can only be inside strings, so the JSON means the same.
 */
export function jsonSafe(text: string): string {
  return text.replace(/[\u0080-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A list as JSON, the schema version and `head` first, then the list under `key` one record per
 * line, as data/ stores records, so that a long list streams, greps and diffs line by line:
 * `{"schema":2,"total":2,"launches":[\n{…},\n{…}\n]}`. `records` are the records, or the text of a
 * data file that holds them so (launches.json), as bytes.
 */
export function emitList(io: Io, head: Record<string, unknown>, key: string, records: readonly object[] | Uint8Array): void {
  const open = `${JSON.stringify({ schema: SCHEMA_VERSION, ...head }).slice(0, -1)},${JSON.stringify(key)}:`;
  let list: string;
  if (records instanceof Uint8Array) {
    list = Buffer.from(records.buffer, records.byteOffset, records.byteLength).toString('utf8').trimEnd();
  } else {
    list = records.length === 0 ? '[]' : `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
  }
  io.stdout.write(`${open}${jsonSafe(list)}}\n`);
}

export interface EmitOptions {
  json?: boolean;
  color: boolean;
}

/**
 * Prints a domain result: as JSON (the object itself, with the schema version first) or
 * through its renderer.
 */
export function emit<T extends object>(io: Io, value: T, render: (v: T, o: RenderOptions) => string, opts: EmitOptions): void {
  if (opts.json) {
    io.stdout.write(`${jsonSafe(JSON.stringify({ schema: SCHEMA_VERSION, ...value }, null, 2))}\n`);
    return;
  }
  io.stdout.write(render(value, renderOptions(io, opts.color)));
}
