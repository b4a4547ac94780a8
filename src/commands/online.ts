// The online part of the CLI (src/update/, built into dist/update.cjs beside the CLI's bundle),
// loaded only by the commands that go online (`data update`, `launch next`), so that no other
// command pays for HTTP, zlib or the importer at start-up.
import { join } from 'node:path';
import type { Context } from '../context.js';
import { AlmanacError, EXIT } from '../errors.js';
import type * as Update from '../update/index.js';

export function loadUpdate(): typeof Update {
  return require(join(__dirname, 'update.cjs')) as typeof Update;
}

/** The update module's failures as the CLI's errors, with their exit codes (it is another bundle, with classes of its own). */
export const fail: Update.Fail = (kind, message, hint) => new AlmanacError(EXIT[kind], message, hint);

/** A status line (a progress bar) on stderr, only on a terminal and without --quiet, cut to fit. */
export function statusLine(ctx: Context, quiet: boolean): (line: string | null) => void {
  if (quiet || ctx.io.stderr.isTTY !== true || !ctx.io.status) return () => {};
  const width = Math.max(20, (ctx.io.stderr.columns ?? 80) - 1);
  return (line) => ctx.io.status!(line === null ? null : line.length > width ? `${line.slice(0, width - 1)}…` : line);
}
