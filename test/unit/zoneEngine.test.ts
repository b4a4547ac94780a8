// The fast time-zone path against the packages and Intl it stands in for (DESIGN.md §6):
// offsets read through the process's local clock (src/localClock.ts) against Intl.DateTimeFormat,
// for every zone Intl knows; and times formatted by date-fns from the wall clock
// (zones.formatIn) against date-fns-tz's formatInTimeZone, for every launch at its site and
// around every daylight-saving change of every launch site's zone.
import { spawnSync } from 'node:child_process';
import { formatInTimeZone } from 'date-fns-tz';
import { describe, expect, it } from 'vitest';
import { startMs } from '../../src/domain/time.js';
import { localClockWorks } from '../../src/localClock.js';
import { formatIn, offsetAt, offsetLabel, offsetViaIntl, viewerZone, type Zone } from '../../src/domain/zones.js';
import { dataset } from '../helpers.js';

const DAY = 86_400_000;
const iana = (id: string): Zone => ({ kind: 'iana', id });

const WEEK = 7 * DAY;
const found = new Map<string, number[]>();

/** The instants at which a zone's offset changes (by Intl) between 1900 and 2040, to the second; changes less than a week apart may be missed. */
function transitions(id: string): number[] {
  const known = found.get(id);
  if (known) return known;
  const out: number[] = [];
  let prev = offsetViaIntl(id, Date.UTC(1900, 0, 1));
  for (let t = Date.UTC(1900, 0, 1) + WEEK; t <= Date.UTC(2040, 0, 1); t += WEEK) {
    const o = offsetViaIntl(id, t);
    if (o === prev) continue;
    let lo = t - WEEK;
    let hi = t;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offsetViaIntl(id, mid) === prev) lo = mid;
      else hi = mid;
    }
    out.push(hi);
    prev = o;
  }
  found.set(id, out);
  return out;
}

const siteZones = [...new Set(dataset.sites().map((s) => s.timeZone).filter((z): z is string => z !== null))].sort();
const around = (t: number) => [t - 3_600_000, t - 60_000, t - 1000, t, t + 1000, t + 60_000, t + 3_600_000];

describe('offsets from the local clock', () => {
  it('are read from the local clock here (else the comparisons below would compare Intl with itself)', () => {
    expect(localClockWorks()).toBe(true);
  });

  it('equal Intl.DateTimeFormat for every zone Intl knows, 1850-2040', () => {
    const zones = [...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/UTC', 'Asia/Kolkata', 'Europe/Kyiv'];
    const differ: string[] = [];
    let n = 0;
    for (const id of zones) {
      for (let t = Date.UTC(1850, 0, 1); t < Date.UTC(2040, 0, 1); t += 191 * DAY + 3_600_000 * 7 + 17_000) {
        n++;
        if (offsetAt({ kind: 'iana', id, known: true }, t) !== offsetViaIntl(id, t)) differ.push(`${id} ${new Date(t).toISOString()}`);
      }
    }
    expect(n).toBeGreaterThan(150_000);
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it('equal Intl next to every change of every launch site zone, 1900-2040', () => {
    const differ: string[] = [];
    let n = 0;
    for (const id of siteZones) {
      for (const t of transitions(id).flatMap(around)) {
        n++;
        if (offsetAt({ kind: 'iana', id, known: true }, t) !== offsetViaIntl(id, t)) differ.push(`${id} ${new Date(t).toISOString()}`);
      }
    }
    expect(n).toBeGreaterThan(2000);
    expect(differ).toEqual([]);
  });
});

/**
 * The patterns the almanac formats with (src/domain/convert.ts, written out by zones.ts
 * wallText()), and the same with "yyyy" (formatted by date-fns itself).
 */
const PATTERNS = ['uuuu-MM-dd', 'uuuu-MM', 'EEE, MMM do, uuuu', 'MMMM uuuu', 'h:mm:ss a', 'h:mm a', 'HH:mm:ss', 'HH:mm', "uuuu-MM-dd'T'HH:mm:ss", "uuuu-MM-dd'T'HH:mm", 'yyyy-MM-dd', 'EEE, MMM do, yyyy', 'hh:mm aa'];

/** formatIn against date-fns-tz at instant `t` in zone `id`, every pattern; the differences. */
function compare(id: string, t: number): string[] {
  const out: string[] = [];
  for (const p of PATTERNS) {
    const ours = formatIn(iana(id), t, p);
    const theirs = formatInTimeZone(new Date(t), id, p);
    if (ours !== theirs) out.push(`${id} ${new Date(t).toISOString()} ${p}: ${ours} vs ${theirs}`);
  }
  // The offset suffix: date-fns-tz writes "Z" for UTC itself, the almanac "+00:00".
  const ours = formatIn(iana(id), t, "yyyy-MM-dd'T'HH:mm:ssXXX");
  const theirs = formatInTimeZone(new Date(t), id, "yyyy-MM-dd'T'HH:mm:ssXXX").replace(/Z$/, '+00:00');
  if (ours !== theirs) out.push(`${id} ${new Date(t).toISOString()} XXX: ${ours} vs ${theirs}`);
  return out;
}

describe('times formatted from the wall clock', () => {
  it('equal date-fns-tz for every launch at its site', () => {
    const differ: string[] = [];
    let n = 0;
    for (const l of dataset.launches()) {
      const zone = dataset.site(l.site)?.timeZone;
      if (!zone || (l.precision !== 'second' && l.precision !== 'minute')) continue;
      n++;
      differ.push(...compare(zone, startMs(l.time)));
    }
    expect(n).toBeGreaterThan(6000);
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it('equal date-fns-tz next to every change of every launch site zone and in the viewer zones people use', () => {
    const differ: string[] = [];
    for (const id of [...siteZones, 'Europe/Paris', 'Asia/Kolkata', 'Australia/Sydney', 'America/Sao_Paulo']) {
      for (const t of transitions(id).filter((x) => x >= Date.UTC(1950, 0, 1)).flatMap(around)) differ.push(...compare(id, t));
    }
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it('equal date-fns-tz on every day and hour of a leap year, and for years before 1000', () => {
    const differ: string[] = [];
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2025, 0, 1); t += 3_600_000 + 61_000) differ.push(...compare('UTC', t), ...compare('Asia/Kolkata', t));
    for (const iso of ['0999-12-31T23:59:59Z', '0042-07-04T12:00:00Z', '0001-01-01T00:00:00Z', '9999-12-31T23:59:00Z']) differ.push(...compare('UTC', Date.parse(iso)));
    expect(differ.slice(0, 10)).toEqual([]);
  });

  it('writes the offset as the almanac shows it', () => {
    expect(formatIn(iana('America/New_York'), Date.parse('1992-03-17T10:54:30Z'), "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('1992-03-17T05:54:30-05:00');
    expect(formatIn(iana('UTC'), 0, "yyyy-MM-dd'T'HH:mmXXX")).toBe(`1970-01-01T00:00${offsetLabel(0)}`);
  });
});

describe("the viewer's zone without TZ", () => {
  it('is the one Intl resolves for the system, read from /etc/localtime', () => {
    const env = { ...process.env };
    delete env.TZ;
    const r = spawnSync(process.execPath, ['-p', 'new Intl.DateTimeFormat().resolvedOptions().timeZone'], { env, encoding: 'utf8' });
    expect(viewerZone(undefined, {}).id).toBe(r.stdout.trim());
  });
});
