// Errors a user can cause or meet, each with its documented exit code.
import { echo } from './render/sanitize.js';

/** User input quoted in a message: cleaned and cut to 80 characters (render/sanitize.ts). */
export { echo };

export const EXIT = {
  ok: 0,
  notFound: 1,
  usage: 2,
  data: 3,
  source: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_HELP = `Exit codes:
  0  success (an empty result is still success)
  1  nothing found for the query
  2  bad usage or bad input (unknown option, impossible date, unknown zone)
  3  data problem (the bundled data/ is missing or damaged), output that cannot be
     written ("error: cannot write output (ENOSPC)"), or an internal error
  4  a source could not be fetched or read ('data update': offline, timeout,
     rate limit, server error, truncated or malformed download); nothing changed`;

/** Longest query, name, date, zone or option value accepted, in characters (exit 2 beyond). */
export const MAX_INPUT = 200;

/** The text of command-line words as one query, or a usage error (exit 2) where it is too long. */
export function inputText(words: readonly string[] | string, what: string): string {
  const text = typeof words === 'string' ? words : words.join(' ');
  if (text.length > MAX_INPUT) throw usageError(`the ${what} is ${text.length} characters long; the limit is ${MAX_INPUT}`, `shorten the ${what}`);
  return text;
}

export class AlmanacError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'AlmanacError';
  }
}

export const usageError = (message: string, hint?: string) => new AlmanacError(EXIT.usage, message, hint);
export const notFound = (message: string, hint?: string) => new AlmanacError(EXIT.notFound, message, hint);
export const dataError = (message: string, hint?: string) => new AlmanacError(EXIT.data, message, hint);
export const sourceError = (message: string, hint?: string) => new AlmanacError(EXIT.source, message, hint);
