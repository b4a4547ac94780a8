// `almanac launch next` and `launch upcoming`: Launch Library 2's upcoming launches, kept in a
// small cache (upcoming.json in the user's data folder). Fresh for 10 minutes, so that the
// free tier's rate limit is never reached by people running the command often; offline, the
// cache is shown with its age.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { userDataDir } from '../data/folder.js';
import { baseUrl, isObject, LL2_DEFAULT, str } from './api.js';
import { fetchUrl, HttpError, type Env } from './http.js';
import { readJsonFile, writeAtomic } from './store.js';
import type { Fail } from './index.js';

export interface UpcomingLaunch {
  id: string;
  name: string;
  /** No earlier than: UTC, ISO 8601. */
  net: string;
  precision: 'second' | 'minute' | 'day' | 'month';
  status: string | null;
  /** Launch Library 2's weather probability in percent, where given. */
  probability: number | null;
  vehicle: string | null;
  provider: string | null;
  mission: string | null;
  pad: string | null;
  location: string | null;
  timeZone: string | null;
}

export interface Upcoming {
  /** When the list was fetched (ISO 8601 UTC). */
  fetchedAt: string;
  /** Seconds since then. */
  age: number;
  /** "online": fetched now or fresh in the cache; "offline": the cache, as Launch Library 2 could not be reached. */
  from: 'online' | 'offline';
  /** Why it is offline (one line), or null. */
  reason: string | null;
  launches: UpcomingLaunch[];
}

const obj = (v: unknown): Record<string, unknown> => (isObject(v) ? v : {});

/** Launch Library 2's net_precision as the almanac's precision: never finer than LL2 knows it (an hour is shown as the day). */
function precisionOf(p: unknown): UpcomingLaunch['precision'] {
  const name = String(obj(p).name ?? '').toLowerCase();
  if (name === '' || name.startsWith('sec')) return 'second';
  if (name.startsWith('min')) return 'minute';
  if (name.startsWith('hour') || name.startsWith('day')) return 'day';
  return 'month';
}

/** One API result as an upcoming launch; null where it has no id, name or time. */
export function upcomingLaunch(x: Record<string, unknown>): UpcomingLaunch | null {
  const net = str(x.net);
  if (typeof x.id !== 'string' || str(x.name) === null || net === null || Number.isNaN(Date.parse(net))) return null;
  const rocket = obj(x.rocket);
  const config = obj(rocket.configuration ?? rocket);
  const pad = obj(x.pad);
  const location = obj(pad.location);
  const prob = x.probability;
  return {
    id: x.id,
    name: str(x.name)!,
    net: new Date(Date.parse(net)).toISOString().replace(/\.000Z$/, 'Z'),
    precision: precisionOf(x.net_precision),
    status: str(obj(x.status).name) ?? str(x.status),
    probability: typeof prob === 'number' && prob >= 0 && prob <= 100 ? prob : null,
    vehicle: str(config.full_name) ?? str(config.name),
    provider: str(obj(x.launch_service_provider).name) ?? str(obj(x.provider).name),
    mission: str(obj(x.mission).name),
    pad: str(pad.name),
    location: str(location.name),
    timeZone: str(location.timezone_name),
  };
}

interface Cache {
  fetchedAt: string;
  url: string;
  launches: UpcomingLaunch[];
}

/** The upcoming list: the cache where it is fresh, else Launch Library 2, else the cache with its age. */
export async function upcoming(o: { env: Env; fail: Fail; status: (line: string | null) => void; now?: () => Date }): Promise<Upcoming> {
  const now = (o.now ?? (() => new Date()))();
  const root = userDataDir(o.env);
  const url = new URL('launches/upcoming/?limit=30&mode=normal', baseUrl(o.env, 'ALMANAC_LL2_URL', LL2_DEFAULT)).href;
  const file = root === null ? null : join(root, 'upcoming.json');
  const cache = file === null ? null : readJsonFile<Cache>(file);
  const usable = cache !== null && cache.url === url && Array.isArray(cache.launches) && !Number.isNaN(Date.parse(cache.fetchedAt)) ? cache : null;
  const maxAge = Number(o.env.ALMANAC_UPCOMING_MAX_AGE ?? 600);
  const ageOf = (c: Cache) => Math.max(0, Math.round((now.getTime() - Date.parse(c.fetchedAt)) / 1000));
  const shown = (c: Cache, from: Upcoming['from'], reason: string | null): Upcoming => ({
    fetchedAt: c.fetchedAt,
    age: ageOf(c),
    from,
    reason,
    // Launches more than an hour past their time are history, not upcoming.
    launches: c.launches.filter((l) => Date.parse(l.net) >= now.getTime() - 3_600_000),
  });
  if (usable !== null && ageOf(usable) < (Number.isFinite(maxAge) ? maxAge : 600)) return shown(usable, 'online', null);
  let reason: string;
  try {
    o.status('Launch Library 2 upcoming launches: connecting');
    const r = await fetchUrl(url, { env: { ALMANAC_HTTP_RETRIES: '1', ...o.env }, accept: 'application/json' });
    let page: unknown;
    try {
      page = JSON.parse(r.body.toString('utf8'));
    } catch {
      throw new HttpError('truncated', 'Launch Library 2 sent a list that is not valid JSON');
    }
    const results = obj(page).results;
    if (!Array.isArray(results)) throw new HttpError('truncated', 'Launch Library 2 sent something that is not a list of launches');
    const launches = results.map((x) => upcomingLaunch(obj(x))).filter((l): l is UpcomingLaunch => l !== null).sort((a, b) => (a.net < b.net ? -1 : a.net > b.net ? 1 : 0));
    const fresh: Cache = { fetchedAt: now.toISOString(), url, launches };
    if (file !== null) {
      try {
        mkdirSync(root!, { recursive: true });
        writeAtomic(file, JSON.stringify(fresh));
      } catch {
        // A cache that cannot be written costs the next run a request, nothing more.
      }
    }
    return shown(fresh, 'online', null);
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    reason = e.message;
  } finally {
    o.status(null);
  }
  if (usable !== null) return shown(usable, 'offline', reason);
  throw o.fail('notFound', `the upcoming launches were never fetched, and Launch Library 2 cannot be read now: ${reason}`, 'run it again when online (ALMANAC_LL2_URL names another server; HTTPS_PROXY is honoured)');
}
