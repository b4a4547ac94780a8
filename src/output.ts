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
    io.stdout.write(`${JSON.stringify({ schema: SCHEMA_VERSION, ...value }, null, 2)}\n`);
    return;
  }
  io.stdout.write(render(value, renderOptions(io, opts.color)));
}
