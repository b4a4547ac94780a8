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

/**
 * Milliseconds of a UTC calendar time in any year 0-9999 (`month` from 0, `day` may be 0 for the
 * month's last day before it). Date.UTC would read the years 0-99 as 1900-1999.
 */
export function utcMs(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0): number {
  const t = new Date(0);
  t.setUTCFullYear(year, month, day);
  t.setUTCHours(hour, minute, second, 0);
  return t.getTime();
}
