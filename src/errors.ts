// Errors a user can cause or meet, each with its documented exit code.

export const EXIT = {
  ok: 0,
  notFound: 1,
  usage: 2,
  data: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_HELP = `Exit codes:
  0  success (an empty result is still success)
  1  nothing found for the query
  2  bad usage or bad input (unknown option, impossible date, unknown zone)
  3  data problem (the bundled data/ is missing or damaged) or an internal error`;

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
