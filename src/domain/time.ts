// Stored times are ISO 8601 UTC strings truncated to their precision ("1958-02-05T07:33Z",
// "2025-12-23", "2025-12"). These helpers read them without inventing detail.

/** Milliseconds since the epoch of the start of the stored time. */
export function startMs(time: string): number {
  const ms = Date.parse(time);
  if (Number.isNaN(ms)) throw new RangeError(`not a stored time: ${time}`);
  return ms;
}

/** UTC calendar year of a stored time. */
export function yearOf(time: string): number {
  return Number(time.slice(0, 4));
}
