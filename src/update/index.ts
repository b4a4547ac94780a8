// `almanac data update` and `almanac launch next`: the code that goes online. Built into a file
// of its own (dist/update.cjs), which only these commands load, so that no other command pays
// for HTTP, zlib or the importer at start-up.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Dataset } from '../data/load.js';
import { datasetName, userDataDir } from '../data/folder.js';
import { IN_SPACE_DAYS } from '../importer/crew.js';
import type { LL2Launch } from '../importer/ll2.js';
import { SourceError } from '../importer/tsv.js';
import { baseUrl, GCAT_DEFAULT, isObject, LL2_DEFAULT, str } from './api.js';
import { buildUpdate, VerifyError, type FetchedText, type PeopleChange } from './build.js';
import { ll2CrewedLaunch, ll2Person, type LL2CrewedLaunch, type LL2Person } from './people.js';
import { fetchUrl, HttpError, type Env, type Fetched } from './http.js';
import { currentName, install, lock, LockError, readJsonFile, revert, writeAtomic } from './store.js';

export { upcoming } from './upcoming.js';

/** How the command turns a failure into its error (the CLI's AlmanacError: this file is another bundle). */
export type Fail = (kind: 'notFound' | 'usage' | 'data' | 'source', message: string, hint?: string) => Error;

export interface UpdateOptions {
  bundledDir: string;
  env: Env;
  version: string;
  check: boolean;
  fail: Fail;
  /** Redraws the status line (stderr on a terminal), null clears it. */
  status: (line: string | null) => void;
  now?: () => Date;
}

/** GCAT's files an update reads: where under the base URL, and the name in the dataset's sources. */
const GCAT_FILES = [
  { key: 'launches', path: 'launch/launch.tsv', file: 'gcat/launch.tsv' },
  { key: 'sites', path: 'tables/sites.tsv', file: 'gcat/sites.tsv' },
  { key: 'pads', path: 'tables/lp.tsv', file: 'gcat/lp.tsv' },
  { key: 'vehicles', path: 'tables/lv.tsv', file: 'gcat/lv.tsv' },
  { key: 'orgs', path: 'tables/orgs.tsv', file: 'gcat/orgs.tsv' },
] as const;

interface Validator {
  url: string;
  etag: string | null;
  lastModified: string | null;
  sha256: string;
}

/**
 * Launch Library 2's lists an update reads: the launches since the bundled horizon (joins and
 * titles), the crewed launches with their crews and mission ends, and the people who flew.
 */
const LL2_LISTS = ['launches', 'crewed', 'astronauts'] as const;
type LL2List = (typeof LL2_LISTS)[number];
const LL2_LABEL: Record<LL2List, string> = { launches: 'launches', crewed: 'crewed launches', astronauts: 'people' };
type LL2Item = LL2Launch | LL2CrewedLaunch | LL2Person;

/** Launch Library 2's data, kept between updates. */
interface LL2State {
  since: string;
  launches: LL2Launch[];
  crewed: LL2CrewedLaunch[];
  astronauts: LL2Person[];
  /** When each list was last fetched in full (null: never). */
  at: Record<LL2List, string | null>;
  /** A pagination a rate limit stopped: the list and the next page to fetch. */
  pending: { list: LL2List; next: string; pages: number } | null;
}

export interface Download {
  file: string;
  url: string;
  /** 200 downloaded, 304 not modified (the kept copy is used), "kept" not asked (still current). */
  status: 200 | 304 | 'kept';
  bytes: number;
}

export interface UpdateResult extends PeopleChange {
  status: 'updated' | 'up-to-date' | 'check';
  folder: string;
  bundled: string;
  dataset: string;
  launches: number;
  bundledLaunches: number;
  added: number;
  newest: { id: string; title: string; time: string } | null;
  addedLaunches: { id: string; title: string; time: string }[];
  removed: string[];
  corrected: number;
  ll2Joined: number;
  crewed: number;
  downloads: Download[];
  requests: number;
  bytes: number;
  seconds: number;
}

const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** A Launch Library 2 API launch as the importer's extract has it (rocket configuration, family, status name), reduced to what the update reads. */
export function ll2Launch(x: Record<string, unknown>): LL2Launch {
  const obj = (v: unknown): Record<string, unknown> | null => (isObject(v) ? v : null);
  const rocket = obj(x.rocket);
  const config = obj(rocket?.configuration) ?? rocket;
  // 2.3.0 lists a configuration's families ({id, name}); 2.2.0 named one.
  const families = Array.isArray(config?.families) ? config.families.map((f) => str(obj(f)?.name)).filter((f) => f !== null) : [];
  const mission = obj(x.mission);
  const pad = obj(x.pad);
  const location = obj(pad?.location);
  const status = obj(x.status);
  return {
    id: String(x.id),
    name: String(x.name),
    net: String(x.net),
    ...(status ? { status: str(status.name) } : typeof x.status === 'string' ? { status: x.status } : {}),
    mission: mission ? { name: str(mission.name), type: str(mission.type) } : null,
    rocket: config ? { name: str(config.name), family: families[0] ?? str(config.family) } : null,
    pad: pad ? { id: Number(pad.id), name: str(pad.name), location: location ? { name: str(location.name), timezone_name: str(location.timezone_name) } : null } : null,
  } as LL2Launch;
}

/** One page of a Launch Library 2 list: its results and the next page's URL; a SourceError where it is not one. */
export function ll2Page(what: string, body: Buffer): { results: Record<string, unknown>[]; next: string | null; count: number | null } {
  let v: unknown;
  try {
    v = JSON.parse(body.toString('utf8'));
  } catch {
    throw new SourceError(what, 0, 'is not valid JSON (damaged or truncated)');
  }
  if (!isObject(v) || !Array.isArray(v.results)) throw new SourceError(what, 0, 'is not a page of results');
  const bad = v.results.findIndex((r) => !isObject(r) || typeof r.id !== 'string' && typeof r.id !== 'number' || typeof r.name !== 'string');
  if (bad >= 0) throw new SourceError(what, 0, `result ${bad + 1} has no id or name`);
  return { results: v.results as Record<string, unknown>[], next: typeof v.next === 'string' && v.next !== '' ? v.next : null, count: typeof v.count === 'number' ? v.count : null };
}

const hhmm = (d: Date) => d.toISOString().slice(11, 16);

export async function update(o: UpdateOptions): Promise<UpdateResult> {
  const started = Date.now();
  const now = o.now ?? (() => new Date());
  const root = userDataDir(o.env);
  if (root === null) throw o.fail('data', 'there is no folder to keep an updated dataset in (no HOME)', 'set XDG_DATA_HOME or HOME');
  const release = o.check ? () => {} : takeLock(root, o.fail);
  try {
    return await updateLocked(o, root, now, started);
  } finally {
    release();
  }
}

function takeLock(root: string, fail: Fail): () => void {
  try {
    return lock(root);
  } catch (e) {
    if (e instanceof LockError) throw fail('data', `${e.message}: it was left as it is`, 'wait for the other `almanac data update` to finish, then run it again');
    throw fail('data', `cannot write in ${root} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'check that the folder is yours and writable, or set XDG_DATA_HOME');
  }
}

async function updateLocked(o: UpdateOptions, root: string, now: () => Date, started: number): Promise<UpdateResult> {
  const sourcesDir = join(root, 'sources');
  const validatorsFile = join(sourcesDir, 'http.json');
  const validators = readJsonFile<Record<string, Validator>>(validatorsFile) ?? {};
  const bundled = new Dataset(o.bundledDir, { indexes: false }).meta();
  const gcat = baseUrl(o.env, 'ALMANAC_GCAT_URL', GCAT_DEFAULT);
  const ll2 = baseUrl(o.env, 'ALMANAC_LL2_URL', LL2_DEFAULT);
  const downloads: Download[] = [];
  let requests = 0;
  const write = (file: string, data: string | Buffer) => {
    if (o.check) return;
    mkdirSync(sourcesDir, { recursive: true });
    writeAtomic(file, data);
  };
  const get = async (label: string, url: string, conditional: Validator | undefined, maxRetryAfter = 0): Promise<Fetched> => {
    requests++;
    o.status(`${label}: connecting`);
    try {
      return await fetchUrl(url, {
        env: o.env,
        etag: conditional?.etag,
        lastModified: conditional?.lastModified,
        maxRetryAfter,
        progress: (n, total) => o.status(progressLine(label, n, total)),
      });
    } finally {
      o.status(null);
    }
  };
  const sourceFailure = (e: unknown, what: string): Error => {
    if (e instanceof HttpError) {
      const hint =
        e.kind === 'offline' || e.kind === 'timeout'
          ? 'check the connection (and HTTPS_PROXY), then run `almanac data update` again'
          : e.kind === 'bad-url'
            ? 'check ALMANAC_GCAT_URL, ALMANAC_LL2_URL and the proxy variables'
            : e.kind === 'certificate'
              ? 'the almanac trusts the certificate authorities Node trusts, and those NODE_EXTRA_CA_CERTS names; run `almanac data update` again once the certificate is trusted'
              : 'try again later';
      return o.fail('source', `cannot update: ${what}: ${e.message}; the dataset in use is unchanged`, hint);
    }
    if (e instanceof SourceError) return o.fail('source', `cannot update: ${e.message}; the dataset in use is unchanged`, 'the source may be mid-update: try again later');
    return e as Error;
  };

  // 1. GCAT: each file asked for with the validators of the copy kept, so an unchanged one is not sent again.
  const texts: Partial<Record<(typeof GCAT_FILES)[number]['key'], FetchedText>> = {};
  let gcatChanged = false;
  const pendingWrites: [string, Buffer, Validator][] = [];
  for (const f of GCAT_FILES) {
    const url = new URL(f.path, gcat).href;
    const keptFile = join(sourcesDir, f.path.replaceAll('/', '-'));
    const known = validators[f.key];
    const keptBody = known && known.url === url && existsSync(keptFile) ? readFileSync(keptFile) : null;
    const usable = keptBody !== null && sha(keptBody) === known!.sha256 ? keptBody : null;
    let r: Fetched;
    try {
      r = await get(`GCAT ${f.path}`, url, usable ? known : undefined);
    } catch (e) {
      throw sourceFailure(e, `GCAT ${f.path}`);
    }
    const body = r.status === 304 ? usable! : r.body;
    downloads.push({ file: f.file, url, status: r.status, bytes: r.wireBytes });
    if (r.status === 200) {
      if (f.key === 'launches') gcatChanged = true;
      pendingWrites.push([keptFile, body, { url, etag: r.etag, lastModified: r.lastModified, sha256: sha(body) }]);
    }
    texts[f.key] = { file: f.file, text: body.toString('utf8') };
  }

  // 2. Launch Library 2, for the joins of the new launches: asked for only when GCAT's list
  //    changed, no update was made yet, or a rate limit left a list unfinished.
  const ll2File = join(sourcesDir, 'll2.json');
  const since = (bundled.summary.last?.time ?? '1957-10-04').slice(0, 10);
  // Crews and landings from 400 days before the horizon: the seats in space on its last day
  // went up in that time (the importer's own rule, IN_SPACE_DAYS), and their landings come since.
  const crewFrom = new Date(Date.parse(since) - IN_SPACE_DAYS * 86_400_000).toISOString().slice(0, 10);
  let state = readJsonFile<LL2State>(ll2File);
  if (state === null || state.since !== since || state.at === undefined) state = { since, launches: [], crewed: [], astronauts: [], at: { launches: null, crewed: null, astronauts: null }, pending: null };
  const current = currentName(root);
  const needLl2 = gcatChanged || current === null || state.pending !== null || LL2_LISTS.some((l) => state.at[l] === null);
  if (needLl2) {
    const maxWait = Number(o.env.ALMANAC_LL2_MAX_WAIT ?? 60);
    for (const list of LL2_LISTS) {
      const fresh = state.at[list] !== null && !gcatChanged && state.pending?.list !== list;
      // A list fetched whole since GCAT's list last changed is not asked for again, even where no
      // dataset was built from it yet (a rate limit stopped a later list).
      if (fresh) continue;
      // Launches: from a week before the newest one kept (LL2 corrects recent launches), or the horizon.
      const newest = state.launches.reduce((m, l) => (l.net > m ? l.net : m), '');
      const from = newest !== '' ? new Date(Date.parse(newest) - 7 * 86_400_000).toISOString().slice(0, 10) : since;
      const first = {
        launches: `launches/previous/?net__gte=${from}T00:00:00Z&ordering=net&limit=100&mode=normal`,
        crewed: `launches/previous/?is_crewed=true&include_suborbital=true&net__gte=${crewFrom}T00:00:00Z&ordering=net&limit=100&mode=detailed`,
        astronauts: `astronauts/?last_flight__gte=${crewFrom}T00:00:00Z&ordering=id&limit=100&mode=detailed`,
      }[list];
      let next: string | null = state.pending?.list === list ? state.pending.next : new URL(first, ll2).href;
      let pages = state.pending?.list === list ? state.pending.pages : 0;
      const items = new Map<string | number, LL2Item>(state[list].map((x) => [x.id, x]));
      while (next !== null) {
        let r: Fetched;
        try {
          r = await get(`Launch Library 2 ${LL2_LABEL[list]}, page ${pages + 1}`, next, undefined, Number.isFinite(maxWait) ? maxWait : 60);
        } catch (e) {
          if (e instanceof HttpError && e.kind === 'rate-limited') {
            state.pending = { list, next, pages };
            write(ll2File, JSON.stringify(state));
            flush(pendingWrites, validators, validatorsFile, write);
            const when = e.retryAfter === null ? 'in an hour' : `after ${hhmm(new Date(now().getTime() + e.retryAfter * 1000))} UTC`;
            throw o.fail('source', `Launch Library 2's rate limit was reached at page ${pages + 1} of its ${LL2_LABEL[list]}; what was fetched before it is kept, and the dataset in use is unchanged`, `run \`almanac data update\` again ${when}: it goes on from there`);
          }
          throw sourceFailure(e, `Launch Library 2 ${LL2_LABEL[list]}`);
        }
        downloads.push({ file: `ll2/${list} page ${pages + 1}`, url: next, status: 200, bytes: r.wireBytes });
        let page;
        try {
          page = ll2Page(`Launch Library 2 ${LL2_LABEL[list]}, page ${pages + 1}`, r.body);
        } catch (e) {
          throw sourceFailure(e, `Launch Library 2 ${LL2_LABEL[list]}`);
        }
        // Each result is kept reduced to what the update reads.
        for (const x of page.results) {
          const item = list === 'launches' ? ll2Launch(x) : list === 'crewed' ? ll2CrewedLaunch(x) : ll2Person(x);
          if (item !== null) items.set(item.id, item);
        }
        pages++;
        next = page.next;
        (state as unknown as Record<LL2List, LL2Item[]>)[list] = [...items.values()];
        state.pending = next === null ? null : { list, next, pages };
        // Each page is kept as it comes, so that a rate limit or a failure loses none of them.
        write(ll2File, JSON.stringify(state));
      }
      state.at[list] = now().toISOString();
      write(ll2File, JSON.stringify(state));
    }
  }

  // 3. Nothing changed since the dataset in use was built (same program, bundled data and
  //    sources): nothing to build; its report is the answer.
  type Summary = Omit<UpdateResult, 'status' | 'folder' | 'bundled' | 'downloads' | 'requests' | 'bytes' | 'seconds'>;
  const currentInfo = current === null ? null : readJsonFile<{ inputs?: string; result?: Summary }>(join(root, 'datasets', current, 'update.json'));
  const inputs = sha(JSON.stringify([o.version, bundled.dataset, Object.values(texts).map((t) => sha(t!.text)), sha(JSON.stringify(state.launches)), sha(JSON.stringify(state.crewed)), sha(JSON.stringify(state.astronauts))]));
  const finish = (status: UpdateResult['status'], summary: Summary): UpdateResult => ({
    status,
    folder: root,
    bundled: bundled.dataset,
    ...summary,
    downloads,
    requests,
    bytes: downloads.reduce((n, d) => n + d.bytes, 0),
    seconds: Math.round((Date.now() - started) / 100) / 10,
  });
  if (currentInfo?.inputs === inputs && currentInfo.result) {
    flush(pendingWrites, validators, validatorsFile, write);
    return finish('up-to-date', currentInfo.result);
  }

  // 4. The importer, then its checks.
  let built;
  try {
    built = buildUpdate(o.bundledDir, {
      launches: texts.launches!,
      sites: texts.sites ?? null,
      pads: texts.pads ?? null,
      vehicles: texts.vehicles ?? null,
      orgs: texts.orgs ?? null,
      ll2Launches: state.launches,
      astronauts: state.astronauts,
      crewed: state.crewed,
      now: state.at.crewed ?? now().toISOString(),
    });
  } catch (e) {
    if (e instanceof VerifyError) throw o.fail('source', `cannot update: the new dataset fails its checks: ${e.message}; the dataset in use is unchanged`, 'the source may be mid-update: try again later');
    throw sourceFailure(e, 'GCAT');
  }
  flush(pendingWrites, validators, validatorsFile, write);
  const r = built.report;
  const meta = JSON.parse(built.files['meta.json']!) as { dataset: string };
  const brief = (l: { id: string; title?: string; name: string; time: string }) => ({ id: l.id, title: l.title ?? l.name, time: l.time });
  const summary: Summary = {
    dataset: meta.dataset,
    launches: r.launches,
    bundledLaunches: r.bundled,
    added: r.added.length,
    newest: r.newest ? brief(r.newest) : null,
    addedLaunches: r.added.map(brief),
    removed: r.removed,
    corrected: r.corrected.length,
    ll2Joined: r.ll2Joined,
    crewed: r.crewed,
    seatsAdded: r.seatsAdded,
    peopleAdded: r.peopleAdded,
    landed: r.landed,
    peopleLeftOut: r.peopleLeftOut,
    peopleKept: r.peopleKept,
    suborbitalAdded: r.suborbitalAdded,
  };
  if (o.check) return finish('check', summary);
  const fetchedAt = now().toISOString();
  const info = {
    fetchedAt,
    bundled: bundled.dataset,
    inputs,
    sources: downloads.map((d) => ({ ...d, fetchedAt })),
    ll2: state.at,
    result: summary,
  };
  const name = datasetName(o.version, `${fetchedAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${process.pid}`);
  try {
    install(root, name, { ...built.files, 'update.json': `${JSON.stringify(info, null, 2)}\n` });
  } catch (e) {
    throw o.fail('data', `cannot write the new dataset in ${root} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); the dataset in use is unchanged`, 'check the free space and that the folder is writable');
  }
  return finish('updated', summary);
}

/** Keeps the files downloaded whole, with their validators, for the next update's conditional requests. */
function flush(pending: [string, Buffer, Validator][], validators: Record<string, Validator>, file: string, write: (f: string, d: string | Buffer) => void): void {
  for (const [path, body, v] of pending) {
    write(path, body);
    const key = GCAT_FILES.find((f) => path.endsWith(f.path.replaceAll('/', '-')))!.key;
    validators[key] = v;
  }
  pending.length = 0;
  write(file, JSON.stringify(validators, null, 2));
}

function progressLine(label: string, n: number, total: number | null): string {
  const mb = (b: number) => (b < 1e6 ? `${Math.ceil(b / 1000)} kB` : `${(b / 1e6).toFixed(1)} MB`);
  if (total === null || total <= 0) return `${label}: ${mb(n)}`;
  const width = 20;
  const done = Math.min(width, Math.round((n / total) * width));
  return `${label}: [${'#'.repeat(done)}${'.'.repeat(width - done)}] ${mb(n)} of ${mb(total)}`;
}

export function revertUpdate(o: { env: Env; fail: Fail }): { reverted: boolean; folder: string | null } {
  const root = userDataDir(o.env);
  if (root === null || !existsSync(root)) return { reverted: false, folder: root };
  const release = takeLock(root, o.fail);
  try {
    return { reverted: revert(root), folder: root };
  } finally {
    release();
  }
}
