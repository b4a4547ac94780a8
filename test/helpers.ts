// Shared helpers for tests: paths, the committed dataset, and spawning the built CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readStats } from '../src/data/indexes.js';
import { Dataset } from '../src/data/load.js';
import type { Person } from '../src/data/types.js';
import { findPerson } from '../src/domain/crew.js';
import { findLaunch } from '../src/domain/launches.js';
import type { PersonFacts } from '../src/importer/personFacts.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = join(ROOT, 'data');
/**
 * The hand-made fixture sources, copied to a temporary folder under the real file names. In the
 * repository the launch lists and crew tables are named *.fixture.tsv / *.fixture.csv, so that
 * no tracked file carries the name of a raw source file.
 */
export function fixtureSources(): string {
  const dir = mkdtempSync(join(tmpdir(), 'almanac-fixture-'));
  cpSync(join(ROOT, 'test', 'fixtures', 'sources'), dir, { recursive: true });
  for (const name of ['launchlog', 'launch-tail']) renameSync(join(dir, 'gcat', `${name}.fixture.tsv`), join(dir, 'gcat', `${name}.tsv`));
  for (const name of ['tidytuesday-astronauts', 'wikidata-missions', 'wikidata-mission-crew-intervals', 'wikidata-astronauts']) {
    renameSync(join(dir, 'crew', `${name}.fixture.csv`), join(dir, 'crew', `${name}.csv`));
  }
  return dir;
}
export const FIXTURE_SOURCES = fixtureSources();
/** The project's curated events, and a small made-up list that fits the fixture sources. */
export const EVENTS_FILE = join(ROOT, 'src', 'importer', 'events.txt');
export const FIXTURE_EVENTS = join(ROOT, 'test', 'fixtures', 'events.txt');
/** Mannequins and date corrections that fit the fixture sources (the project's tables fit the real ones). */
export const FIXTURE_PERSON_FACTS_FILE = join(ROOT, 'test', 'fixtures', 'person-facts.json');
export const FIXTURE_PERSON_FACTS = JSON.parse(readFileSync(FIXTURE_PERSON_FACTS_FILE, 'utf8')) as PersonFacts;
/** The real raw sources, present on developer machines and in CI, absent in a bare clone. */
export const SHARED_SOURCES = resolve(ROOT, '..', 'shared', 'sources');
export const hasSharedSources = existsSync(join(SHARED_SOURCES, 'gcat', 'launchlog.tsv'));

export const dataset = new Dataset(DATA_DIR);

/** The one person of the committed dataset a query names; throws where it names none or several. */
export function personNamed(name: string): Person {
  const m = findPerson(dataset.people(), name);
  if (m.kind !== 'found') throw new Error(`${name}: ${m.kind}`);
  return m.person;
}

/** The id of the one launch of the committed dataset a query names; throws otherwise. */
export function launchNamed(name: string): string {
  const m = findLaunch(dataset.launches(), name);
  if (m.kind !== 'found') throw new Error(`${name}: ${m.kind}`);
  return m.launch.id;
}

/** Bytes read and whole files read through the loader by `f` on a fresh dataset of data/. */
export function reads(f: (ds: Dataset) => void): { bytes: number; wholeFiles: string[] } {
  const ds = new Dataset(DATA_DIR);
  readStats.bytes = 0;
  readStats.wholeFiles = [];
  f(ds);
  return { bytes: readStats.bytes, wholeFiles: readStats.wholeFiles.map((p) => p.slice(DATA_DIR.length + 1)) };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A code cache folder of the tests' own, so that they leave the user's ~/.cache alone. */
export const CACHE_HOME = mkdtempSync(join(tmpdir(), 'almanac-test-cache-'));

/** A data folder of the tests' own (XDG_DATA_HOME), so that an update in the user's folder never changes what tests read. */
export const DATA_HOME = mkdtempSync(join(tmpdir(), 'almanac-test-data-'));

/**
 * Runs the built CLI as a user would, with stdout and stderr piped, 100 columns wide unless
 * `env` says otherwise (COLUMNS: undefined for the default of 80).
 */
export function almanac(args: string[], env: Record<string, string | undefined> = {}): CliResult {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'almanac.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: CACHE_HOME, XDG_DATA_HOME: DATA_HOME, LANG: 'C.UTF-8', COLUMNS: '100', ...env },
    maxBuffer: 1 << 28, // the whole history as JSON is some megabytes
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// eslint-disable-next-line no-control-regex
export const ANSI = /\u001b\[/;
