// The only module that reads data/. Each file is read when a command first asks for it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataError } from '../errors.js';
import { SCHEMA_VERSION } from './schema.js';
import type { Agency, Launch, Meta, Person, Site, SpaceEvent, SuborbitalFlight, Vehicle } from './types.js';

const REBUILD_HINT = 'reinstall launch-almanac, or rebuild the data with `npm run data:build`';

function readJson(dir: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(join(dir, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'read error';
    throw dataError(`cannot read ${join(dir, file)} (${code})`, REBUILD_HINT);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw dataError(`${join(dir, file)} is not valid JSON (damaged or truncated)`, REBUILD_HINT);
  }
}

function records<T extends { id: unknown }>(dir: string, file: string, check: (r: Record<string, unknown>) => boolean): T[] {
  const value = readJson(dir, file);
  if (!Array.isArray(value)) throw dataError(`${join(dir, file)} does not hold a list of records`, REBUILD_HINT);
  value.forEach((r, i) => {
    if (r === null || typeof r !== 'object' || typeof (r as { id?: unknown }).id !== 'string' || !check(r)) {
      throw dataError(`${join(dir, file)}: record ${i + 1} has the wrong shape`, REBUILD_HINT);
    }
  });
  return value as T[];
}

const isString = (v: unknown) => typeof v === 'string';

/** Lazily loaded view of a data/ folder. */
export class Dataset {
  private cache = new Map<string, unknown>();

  constructor(readonly dir: string) {}

  private once<T>(key: string, load: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, load());
    return this.cache.get(key) as T;
  }

  meta(): Meta {
    return this.once('meta', () => {
      const m = readJson(this.dir, 'meta.json') as Partial<Meta> | null;
      if (m === null || typeof m !== 'object' || typeof m.schema !== 'number' || typeof m.summary !== 'object' || !Array.isArray(m.sources)) {
        throw dataError(`${join(this.dir, 'meta.json')} has the wrong shape`, REBUILD_HINT);
      }
      if (m.schema !== SCHEMA_VERSION) {
        throw dataError(`data schema ${m.schema} does not match this program (schema ${SCHEMA_VERSION})`, REBUILD_HINT);
      }
      return m as Meta;
    });
  }

  launches(): Launch[] {
    return this.once('launches', () =>
      records<Launch>(this.dir, 'launches.json', (r) => isString(r.time) && isString(r.name) && isString(r.site) && isString(r.vehicle) && Array.isArray(r.payloads)),
    );
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
        rows = JSON.parse(readFileSync(join(this.dir, 'search.json'), 'utf8'));
      } catch {
        return null;
      }
      const launches = this.launches();
      if (!Array.isArray(rows) || rows.length !== launches.length) return null;
      const keys: string[][] = [];
      for (let i = 0; i < rows.length; i++) {
        const row: unknown = rows[i];
        if (!Array.isArray(row) || row[0] !== launches[i]!.id || !row.every(isString)) return null;
        keys.push(row.slice(1) as string[]);
      }
      return keys;
    });
  }

  sites(): Site[] {
    return this.once('sites', () => records<Site>(this.dir, 'sites.json', (r) => isString(r.name) && Array.isArray(r.pads)));
  }

  /** The site with this id (a launch's `site`), from an index built on first use. */
  site(id: string): Site | undefined {
    return this.once('siteIndex', () => new Map(this.sites().map((s) => [s.id, s]))).get(id);
  }

  vehicles(): Vehicle[] {
    return this.once('vehicles', () => records<Vehicle>(this.dir, 'vehicles.json', () => true));
  }

  people(): Person[] {
    return this.once('people', () =>
      records<Person>(this.dir, 'people.json', (r) => isString(r.name) && Array.isArray(r.flights) && Array.isArray(r.names) && Array.isArray(r.nationality) && typeof r.seconds === 'number'),
    );
  }

  suborbital(): SuborbitalFlight[] {
    return this.once('suborbital', () => records<SuborbitalFlight>(this.dir, 'suborbital.json', (r) => isString(r.time) && isString(r.name) && isString(r.vehicle)));
  }

  /** A launch or suborbital flight by id, from an index built on first use. */
  flight(id: string): Launch | SuborbitalFlight | undefined {
    return this.once('flightIndex', () => new Map<string, Launch | SuborbitalFlight>([...this.launches(), ...this.suborbital()].map((f) => [f.id, f]))).get(id);
  }

  events(): SpaceEvent[] {
    return this.once('events', () =>
      records<SpaceEvent>(this.dir, 'events.json', (r) => isString(r.time) && isString(r.title) && isString(r.kind) && Array.isArray(r.launches) && Array.isArray(r.people)),
    );
  }

  agencies(): Agency[] {
    return this.once('agencies', () => records<Agency>(this.dir, 'agencies.json', (r) => isString(r.name)));
  }
}
