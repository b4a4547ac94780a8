// The process's own clock, used as a fast time-zone engine (DESIGN.md §6).
//
// Any Intl.DateTimeFormat costs ~12-15 ms on its first use in a process, because it sets up
// ICU's locale data, while V8's local time (Date's getHours() and friends) reads the same ICU
// time-zone rules without it. So the wall clock of a zone at an instant is read by pointing
// the process's zone (TZ) at it for the moment of one Date read, then back. A unit test
// (test/unit/zones.test.ts) compares this with Intl.DateTimeFormat for every zone Intl knows,
// across 1850-2040 and across daylight-saving changes; the two read the same rules.
//
// This module, not the domain, touches process.env and the file system.
import { readlinkSync } from 'node:fs';

/**
 * Wall clock of the IANA zone `id` at instant `ms`, as if it were UTC (whole seconds), read
 * through the process's local time. `id` must be a zone Intl knows by that exact name: V8 reads
 * an unknown TZ as UTC without a word.
 */
export function wallClockVia(id: string, ms: number): number {
  const env = process.env;
  const had = Object.hasOwn(env, 'TZ');
  const saved = env.TZ;
  env.TZ = id;
  try {
    const x = new Date(Math.floor(ms / 1000) * 1000);
    const d = new Date(0);
    d.setUTCFullYear(x.getFullYear(), x.getMonth(), x.getDate());
    d.setUTCHours(x.getHours(), x.getMinutes(), x.getSeconds(), 0);
    return d.getTime();
  } finally {
    if (had) env.TZ = saved;
    else delete env.TZ;
  }
}

let works: boolean | undefined;

/**
 * True when pointing TZ at a zone moves the process's local time there (Node does this on every
 * platform it documents; checked once, with a zone whose offset never changed since 1951:
 * Asia/Tokyo at UTC+9, and Pacific/Honolulu at UTC-10 since 1947). Where it does not, zones are
 * read through Intl instead.
 */
export function localClockWorks(): boolean {
  if (works === undefined) {
    const at = Date.UTC(2001, 0, 1);
    try {
      works = wallClockVia('Asia/Tokyo', at) - at === 9 * 3_600_000 && wallClockVia('Pacific/Honolulu', at) - at === -10 * 3_600_000;
    } catch {
      works = false;
    }
  }
  return works;
}

/**
 * The system's zone by its IANA name, from the /etc/localtime link (".../zoneinfo/Europe/Paris"),
 * or null where there is no such link.
 */
export function systemZoneName(): string | null {
  try {
    const m = /\/zoneinfo\/(.+)$/.exec(readlinkSync('/etc/localtime'));
    return m ? m[1]! : null;
  } catch {
    return null;
  }
}
