import type { Dataset } from '../data/load.js';
// Option parsers shared by commands.
import { echo, usageError } from '../errors.js';

/** A whole-number option within bounds; anything else is a usage error (exit 2). */
export const intOption = (what: string, min: number, max: number) => (v: string) => {
  if (!/^\d+$/.test(v.trim()) || Number(v) < min || Number(v) > max) {
    const example = Math.max(min, Math.min(max, min >= 1957 ? 2018 : 10));
    throw usageError(`${what} "${echo(v)}" is not a whole number from ${min} to ${max}`, `for example ${what} ${example}`);
  }
  return Number(v);
};

/** The data's last day ("2026-03-08"), or null for a dataset without launches. */
export function dataEnd(ds: Dataset): string | null {
  return ds.meta().summary.last?.time.slice(0, 10) ?? null;
}
