// The only module that reads data/. Each file is read when a command first asks for it.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataError } from '../errors.js';
import { DataIndex, IndexMismatch, readText } from './indexes.js';
import { SCHEMA_VERSION } from './schema.js';
import { isRunning, SWITCHING_MARK, tempDirPid } from './importerMarks.js';
import { hasShape } from './shapes.js';
import { VerifiedFiles } from './verified.js';
import type { Agency, Launch, Meta, Person, Site, SpaceEvent, SuborbitalFlight, Vehicle } from './types.js';

const REBUILD_HINT = 'reinstall launch-almanac, or rebuild the data with `npm run data:build`';

/** What to do about a damaged data folder: the bundled one is reinstalled; one the user chose is theirs to mend. */
function hintFor(chosen: DataChoice | undefined): string {
  if (chosen === 'data update') return 'run `almanac data update` again, or `almanac data update --revert` to use the bundled data';
  return chosen === undefined ? REBUILD_HINT : `check the folder given with ${chosen}, or leave out ${chosen} to use the bundled data`;
}

/** How the data folder was chosen, where it is not the bundled one: by the user, or by `almanac data update` (data/folder.ts). */
export type DataChoice = '--data' | 'ALMANAC_DATA' | 'data update';

/** The parsed file, and its size in bytes. */
function readJsonSized(dir: string, file: string, hint = REBUILD_HINT): { value: unknown; bytes: number } {
  let text: string;
  try {
    text = readText(join(dir, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'read error';
    throw dataError(`cannot read ${join(dir, file)} (${code})`, hint);
  }
  try {
    return { value: JSON.parse(text), bytes: Buffer.byteLength(text) };
  } catch {
    throw dataError(`${join(dir, file)} is not valid JSON (damaged or truncated)`, hint);
  }
}

function readJson(dir: string, file: string, hint: string): unknown {
  return readJsonSized(dir, file, hint).value;
}

export { hasShape } from './shapes.js';

/**
 * The records of a data file. Their shapes are checked one by one unless the importer checked
 * them: the index manifest lists the file with the size it has (`checkedBytes`).
 */
function records<T extends { id: unknown }>(dir: string, file: string, checkedBytes: number | undefined, hint: string): T[] {
  const { value, bytes } = readJsonSized(dir, file, hint);
  if (!Array.isArray(value)) throw dataError(`${join(dir, file)} does not hold a list of records`, hint);
  if (bytes === checkedBytes) return value as T[];
  value.forEach((r, i) => {
    if (!hasShape(file, r)) throw dataError(`${join(dir, file)}: record ${i + 1}${recordId(r)} has the wrong shape (a field is missing or of the wrong type)`, hint);
  });
  return value as T[];
}

/** " (id 1992-014)" where a damaged record still has a readable id. */
function recordId(r: unknown): string {
  const id = r !== null && typeof r === 'object' ? (r as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? ` (id ${JSON.stringify(id.slice(0, 40))})` : '';
}

/** The tables statistics are computed from: a Dataset, or the importer's parsed files. */
export type Tables = Pick<Dataset, 'launches' | 'sites' | 'site' | 'vehicles' | 'agencies'>;

/** Lazily loaded view of a data/ folder. */
export class Dataset {
  private cache = new Map<string, unknown>();

  /**
   * `indexes: false` answers everything from whole files (the importer's indexes are then not
   * read); `chosen` says how the user named the folder, for the hints of data errors;
   * `cacheDir` is the user's cache folder, where the files already hashed are listed
   * (verified.ts; without it every record read through the indexes is checked on its own).
   */
  constructor(
    readonly dir: string,
    private readonly options: { indexes?: boolean; chosen?: DataChoice; cacheDir?: string } = {},
  ) {}

  private verified: VerifiedFiles | undefined;

  /** How the folder was chosen; undefined for the bundled data. */
  get chosen(): DataChoice | undefined {
    return this.options.chosen;
  }

  /**
   * After a command: hashes the files it read through the indexes that the cache folder did not
   * vouch for yet, and lists them there (verified.ts). Never throws.
   */
  saveVerified(): void {
    this.verified?.save();
  }

  private get hint(): string {
    return hintFor(this.options.chosen);
  }

  private records<T extends { id: unknown }>(file: string): T[] {
    return records<T>(this.dir, file, this.index()?.manifest.files[file]?.bytes, this.hint);
  }

  private once<T>(key: string, load: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, load());
    return this.cache.get(key) as T;
  }

  meta(): Meta {
    return this.once('meta', () => {
      this.checkWhole();
      const m = readJson(this.dir, 'meta.json', this.hint) as Partial<Meta> | null;
      if (m === null || typeof m !== 'object' || typeof m.schema !== 'number' || typeof m.summary !== 'object' || !Array.isArray(m.sources)) {
        throw dataError(`${join(this.dir, 'meta.json')} has the wrong shape`, this.hint);
      }
      if (m.schema !== SCHEMA_VERSION) {
        throw dataError(`data schema ${m.schema} does not match this program (schema ${SCHEMA_VERSION})`, this.hint);
      }
      return m as Meta;
    });
  }

  launches(): Launch[] {
    return this.once('launches', () => this.records<Launch>('launches.json'));
  }

  /**
   * Search keys of every launch, in the order of launches() (data/search.json): each row is the
   * launch id, then its normalised tag and names. Null where the file is missing or does not fit
   * the launches (searches then normalise on the fly).
   */
  searchKeys(): string[][] | null {
    return this.once('search', () => {
      let rows: unknown;
      try {
        rows = JSON.parse(readText(join(this.dir, 'search.json')));
      } catch {
        return null;
      }
      const launches = this.launches();
      if (!Array.isArray(rows) || rows.length !== launches.length) return null;
      const keys: string[][] = [];
      for (let i = 0; i < rows.length; i++) {
        const row: unknown = rows[i];
        if (!Array.isArray(row) || row[0] !== launches[i]!.id || !row.every((x) => typeof x === 'string')) return null;
        keys.push(row.slice(1) as string[]);
      }
      return keys;
    });
  }

  sites(): Site[] {
    return this.once('sites.json', () => this.records<Site>('sites.json'));
  }

  /**
   * The record of `file` with this id, one positioned read through the importer's indexes
   * (ids.kv, key `prefix:id`) where they fit and the whole file is not read yet; else from a map
   * of the whole file built on first use.
   */
  private byId<T extends { id: string }>(file: string, prefix: string, id: string, all: () => T[]): T | undefined {
    if (!this.cache.has(file)) {
      const hit = this.withIndex<{ r: T | undefined } | null>(
        (ix) => {
          const i = ix.get('ids.kv', `${prefix}:${id}`);
          if (i === undefined) return { r: undefined };
          const r = this.recordAt<T>(ix, file, i as number);
          if (r.id !== id) throw new IndexMismatch(`${file} record ${(i as number) + 1} is not ${id}`);
          return { r };
        },
        () => null,
      );
      if (hit !== null) return hit.r;
    }
    return this.once(`${file} by id`, () => new Map(all().map((r) => [r.id, r]))).get(id);
  }

  /** The site with this id (a launch's `site`). */
  site(id: string): Site | undefined {
    return this.byId('sites.json', 's', id, () => this.sites());
  }

  /** The vehicle with this id (a launch's `vehicle`). */
  vehicle(id: string): Vehicle | undefined {
    return this.byId('vehicles.json', 'v', id, () => this.vehicles());
  }

  /** The agency with this id (one of a launch's `agencies`). */
  agency(id: string): Agency | undefined {
    return this.byId('agencies.json', 'a', id, () => this.agencies());
  }

  vehicles(): Vehicle[] {
    return this.once('vehicles.json', () => this.records<Vehicle>('vehicles.json'));
  }

  people(): Person[] {
    return this.once('people', () => this.records<Person>('people.json'));
  }

  suborbital(): SuborbitalFlight[] {
    return this.once('suborbital', () => this.records<SuborbitalFlight>('suborbital.json'));
  }

  /**
   * A launch or suborbital flight by id: one positioned read where the importer's indexes fit
   * the data, else from a map of every flight built on first use.
   */
  flight(id: string): Launch | SuborbitalFlight | undefined {
    if (!this.cache.has('flightIndex') && !this.cache.has('launches')) {
      const hit = this.withIndex<{ f: Launch | SuborbitalFlight | undefined } | null>(
        (ix) => {
          const i = ix.get('launches.kv', `i:${id}`);
          if (typeof i === 'number') return { f: this.launchAt(ix, i) };
          return { f: this.suborbital().find((f) => f.id === id) };
        },
        () => null,
      );
      if (hit !== null) return hit.f;
    }
    return this.once('flightIndex', () => new Map<string, Launch | SuborbitalFlight>([...this.launches(), ...this.suborbital()].map((f) => [f.id, f]))).get(id);
  }

  /**
   * The launch site's zone abbreviation at the launch, as the importer worked it out (index
   * key `z:`), or undefined where the indexes do not have it (it is then worked out again).
   */
  siteAbbreviation(launchId: string): string | undefined {
    return this.withIndex<string | undefined>(
      (ix) => {
        const i = ix.get('launches.kv', `i:${launchId}`);
        const z = typeof i === 'number' ? ix.get('launches.kv', `z:${i}`) : undefined;
        return typeof z === 'string' ? z : null;
      },
      () => undefined,
    );
  }

  private indexState: DataIndex | null | undefined;

  /** The importer's indexes (data/index/), or null where they are missing or do not fit the data files. */
  index(): DataIndex | null {
    if (this.indexState === undefined) {
      this.checkWhole();
      if (this.options.indexes === false) this.indexState = null;
      else {
        if (this.options.cacheDir !== undefined) this.verified = new VerifiedFiles(this.options.cacheDir);
        this.indexState = DataIndex.open(this.dir, this.verified);
      }
    }
    return this.indexState;
  }

  private wholeChecked = false;

  /**
   * A data folder an importer was switching in when it was stopped holds files of two builds: its
   * temporary folder (.tmp-PID) still has the SWITCHING mark (src/importer/write.ts). Such a folder
   * is a data error, not a source of answers. (One read of the folder's names.)
   */
  private checkWhole(): void {
    if (this.wholeChecked) return;
    this.wholeChecked = true;
    let entries: string[];
    try {
      entries = readdirSync(this.dir);
    } catch {
      return; // reading the files says what is wrong
    }
    for (const e of entries) {
      const pid = tempDirPid(e);
      if (pid === null || !existsSync(join(this.dir, e, SWITCHING_MARK))) continue;
      const running = isRunning(pid);
      throw dataError(
        running ? `${this.dir} is being rebuilt by the importer (process ${pid}): try again when it has finished` : `${this.dir} was left half-rebuilt: the importer stopped while switching the new files in (${e} is left)`,
        running ? 'wait for `npm run data:build` to finish' : this.options.chosen === undefined ? 'rebuild the data with `npm run data:build`, or reinstall launch-almanac' : this.hint,
      );
    }
  }

  /**
   * Answers from the indexes where they fit the data: `indexed` returns the answer, or null where
   * the indexes cannot give it. Otherwise, or when a read shows that they do not fit after all
   * (IndexMismatch: they are then not used again), answers with `whole`, from whole files.
   */
  withIndex<T>(indexed: (ix: DataIndex) => T | null, whole: () => T): T {
    const ix = this.index();
    if (ix !== null) {
      try {
        const r = indexed(ix);
        if (r !== null) return r;
      } catch (e) {
        if (!(e instanceof IndexMismatch)) throw e;
        this.indexState = null;
      }
    }
    return whole();
  }

  /** Record `i` of a data file through the indexes; IndexMismatch where it does not check (DataIndex.record). */
  private recordAt<T>(ix: DataIndex, file: string, i: number): T {
    return ix.record(file, i, (r) => hasShape(file, r, false)) as T;
  }

  /** Launch `i` (its place in launches.json) through the indexes; IndexMismatch where it does not check. */
  launchAt(ix: DataIndex, i: number): Launch {
    return this.recordAt<Launch>(ix, 'launches.json', i);
  }

  /** Event `i` (its place in events.json) through the indexes. */
  eventAt(ix: DataIndex, i: number): SpaceEvent {
    return this.recordAt<SpaceEvent>(ix, 'events.json', i);
  }

  /** Launches `first` to `first + count - 1`, read in one piece. */
  launchRange(ix: DataIndex, first: number, count: number): Launch[] {
    return ix.range('launches.json', first, count, (r) => hasShape('launches.json', r, false)) as Launch[];
  }

  /** Person `i` (their place in people.json) through the indexes. */
  personAt(ix: DataIndex, i: number): Person {
    return this.recordAt<Person>(ix, 'people.json', i);
  }

  events(): SpaceEvent[] {
    return this.once('events.json', () => this.records<SpaceEvent>('events.json'));
  }

  agencies(): Agency[] {
    return this.once('agencies.json', () => this.records<Agency>('agencies.json'));
  }
}
