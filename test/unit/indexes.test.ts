// The importer's indexes (data/index/): a point lookup reads a few records, not the history,
// and every answer through the indexes equals the answer from whole files.
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Dataset } from '../../src/data/load.js';
import { onThisDay, SECTIONS } from '../../src/domain/calendar.js';
import { bio, crewList, findPerson, findPersonIn, findSuborbital, launchCrew, timeRank, timeRankIn } from '../../src/domain/crew.js';
import { launchDetail } from '../../src/domain/detail.js';
import { allLaunchRows, fameFrom, findLaunch, findLaunchIn, launchesAtEnd, launchesFor, ordinals, ordinalsIn, ROW_FIELDS } from '../../src/domain/launches.js';
import { yearOf } from '../../src/domain/time.js';
import { buildIndexes, INDEXED_FILES } from '../../src/importer/indexes.js';
import { DATA_DIR, reads } from '../helpers.js';

const UTC = { kind: 'iana' as const, id: 'UTC' };
const indexed = new Dataset(DATA_DIR);
const whole = new Dataset(DATA_DIR, { indexes: false });
const launches = whole.launches();
const people = whole.people();
const json = (v: unknown) => JSON.stringify(v);

const temps: string[] = [];
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe('data/index', () => {
  it('is what the importer derives from the committed data files', () => {
    const files: Record<string, string> = {};
    for (const name of INDEXED_FILES) files[name] = readFileSync(join(DATA_DIR, name), 'utf8');
    for (const [name, text] of Object.entries(buildIndexes(files))) {
      expect(readFileSync(join(DATA_DIR, name), 'utf8') === text, `data/${name} is out of date: run npm run data:build`).toBe(true);
    }
    expect(indexed.index()).not.toBeNull();
  });

  it('a point lookup reads a few records, not launches.json or people.json', () => {
    const launchesBytes = statSync(join(DATA_DIR, 'launches.json')).size;
    const show = reads((ds) => {
      const m = findLaunchIn(ds, 'Soyuz TM-14');
      expect(m.kind).toBe('found');
      if (m.kind === 'found') launchDetail(ds, m.launch, UTC, '24h');
    });
    // Not even the small files whole: the site, vehicle and agencies are records of their own.
    expect(show.wholeFiles).toEqual([join('index', 'manifest.json')]);
    expect(show.bytes).toBeLessThan(launchesBytes / 50);

    const crew = reads((ds) => {
      const m = findPersonIn(ds, 'Kaleri');
      expect(m.kind).toBe('found');
      if (m.kind === 'found') bio(ds, m.person, '2026-01-01');
    });
    expect(crew.wholeFiles).toEqual([join('index', 'manifest.json')]);
    expect(crew.bytes).toBeLessThan(launchesBytes / 50);

    const byId = reads((ds) => expect(findLaunchIn(ds, '1992-014').kind).toBe('found'));
    expect(byId.bytes).toBeLessThan(10_000);

    // A crewed suborbital flight: no launch matches, and the suggestions are not needed.
    const sub = reads((ds) => {
      expect(findLaunchIn(ds, 'Mercury-Redstone 3').kind).toBe('none');
      expect(findSuborbital(ds.suborbital(), 'Mercury-Redstone 3')).not.toBeNull();
    });
    expect(sub.wholeFiles).not.toContain('launches.json');
  });

  it('on-this-day and launch list --year read only their day and year', () => {
    const day = reads((ds) => onThisDay(ds, { month: 3, day: 17, year: null }, UTC, 2026, { sections: [...SECTIONS], sort: 'oldest', limit: 0 }));
    expect(day.wholeFiles).toEqual([join('index', 'manifest.json')]);
    const year = reads((ds) => expect(launchesFor(ds, { year: 2018 }).length).toBeGreaterThan(100));
    expect(year.wholeFiles).not.toContain('launches.json');
    expect(year.bytes).toBeLessThan(statSync(join(DATA_DIR, 'launches.json')).size / 20);
  });

  it('finds the same launch as a search of every launch, for every id and thousands of names', { timeout: 300_000 }, () => {
    const queries = new Set<string>();
    launches.forEach((l, i) => {
      queries.add(l.id);
      if (i % 3 === 0) queries.add(l.name);
      if (i % 7 === 0 && l.ll2) queries.add(l.ll2.name);
      if (i % 11 === 0 && l.payloads[0]) queries.add(l.payloads[0]);
    });
    for (const q of ['soyuz tm 14', 'TM-14', 'Soyuz-U2 | Soyuz TM-14', '1992-014A', '1957 ALP 2', 'apollo 11', 'soyuz', 'falcon 9', 'zzzz nothing', 'Vostok', 'sts 107', 'Starlink', 'Challenger', 'Columbia', '1957-001B', '1961-012A', 'Gemini IV', 'Friendship 7', 'Demo-2', 'Sputnik', 'Laika']) queries.add(q);
    expect(queries.size).toBeGreaterThan(9000);
    const keys = whole.searchKeys() ?? undefined;
    const fame = fameFrom(whole.events());
    for (const q of queries) {
      expect(json(findLaunchIn(indexed, q)), q).toBe(json(findLaunch(launches, q, keys, fame)));
    }
  });

  it('finds the same person as a search of everyone, for every name and spelling', { timeout: 120_000 }, () => {
    const queries = new Set<string>();
    for (const p of people) {
      queries.add(p.id);
      queries.add(p.name);
      for (const n of p.names) queries.add(n);
      const words = p.name.split(' ');
      queries.add(words[words.length - 1]!);
      queries.add(words[0]!);
      queries.add(words[words.length - 1]!.slice(0, 3));
      if (p.native) queries.add(p.native.split(' ')[0]!);
    }
    for (const q of ['alexander kaleri', 'Aleksandr', 'sergei', 'Sergey Krikalev', 'kal', 'nie', 'anna', 'Jr', 'zzzz', 'Калери', 'gagarin yuri']) queries.add(q);
    expect(queries.size).toBeGreaterThan(2000);
    for (const q of queries) {
      expect(json(findPersonIn(indexed, q)), q).toBe(json(findPerson(people, q)));
    }
    for (const p of people) expect(timeRankIn(indexed, p)).toEqual(timeRank(people, p));
  });

  it('gives the same ordinals, crews and years', { timeout: 120_000 }, () => {
    launches.forEach((l, i) => {
      if (i % 5 === 0 || l.crewed) expect(ordinalsIn(indexed, l), l.id).toEqual(ordinals(launches, l, (id) => whole.site(id)));
    });
    const flights = new Set(people.flatMap((p) => p.flights.flatMap((s) => [s.launch, s.landedIn])));
    for (const id of flights) expect(json(launchCrew(indexed, id)), id).toBe(json(launchCrew(whole, id)));
    for (const y of new Set(launches.map((l) => yearOf(l.time)))) expect(json(launchesFor(indexed, { year: y }))).toBe(json(launches.filter((l) => yearOf(l.time) === y)));
  });

  it('gives the same launch list rows, ends and whole history as the launches', () => {
    expect(json(allLaunchRows(indexed))).toBe(json(launches.map((l) => Object.fromEntries(ROW_FIELDS.map((k) => [k, l[k]])))));
    for (const sort of ['oldest', 'newest'] as const) {
      for (const n of [1, 50, 7000, 100_000]) expect(json(launchesAtEnd(indexed, sort, n))).toBe(json(launchesAtEnd(whole, sort, n)));
    }
    const ends = reads((ds) => launchesAtEnd(ds, 'newest', 50));
    expect(ends.wholeFiles).toEqual([join('index', 'manifest.json')]);
  });

  it('gives the same crew list without filters, in every order, reading no people.json', () => {
    for (const sort of ['time', 'flights', 'first', 'name'] as const) {
      // Short lists are read row by row in the importer's order; long ones from all the rows.
      for (const limit of [0, 1, 10, 50, 100, 101, 5000]) {
        expect(json(crewList(new Dataset(DATA_DIR), { sort, limit })), `${sort} ${limit}`).toBe(json(crewList(whole, { sort, limit })));
      }
    }
    const list = reads((ds) => crewList(ds, { sort: 'time', limit: 10 }));
    expect(list.wholeFiles).toEqual([join('index', 'manifest.json')]);
    expect(list.bytes).toBeLessThan(40_000);
    const all = reads((ds) => crewList(ds, { sort: 'time', limit: 0 }));
    expect(all.wholeFiles).toEqual([join('index', 'manifest.json'), join('index', 'crew-rows.json')]);
  });

  it('gives the same on-this-day for every day of the year', { timeout: 120_000 }, () => {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 31; day++) {
        if (new Date(Date.UTC(2024, month - 1, day)).getUTCMonth() !== month - 1) continue;
        for (const crewed of [false, true]) {
          const o = { sections: [...SECTIONS], crewed, sort: 'oldest' as const, limit: 0 };
          const md = { month, day, year: null };
          expect(json(onThisDay(indexed, md, UTC, 2026, o)), `${month}-${day}`).toBe(json(onThisDay(whole, md, UTC, 2026, o)));
        }
      }
    }
  });

  it('falls back to whole files where a record does not match its index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-index-'));
    temps.push(dir);
    cpSync(DATA_DIR, dir, { recursive: true });
    // Same size, different bytes: the sizes in the manifest still fit, the record's hash does not.
    const file = join(dir, 'launches.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"name":"Soyuz TM-14"', '"name":"Soyuz TM-41"'));
    const ds = new Dataset(dir);
    expect(ds.index()).not.toBeNull();
    const m = findLaunchIn(ds, '1992-014');
    expect(m.kind === 'found' && m.launch.name).toBe('Soyuz TM-41');
    expect(ds.index()).toBeNull();
    expect(json(findLaunchIn(new Dataset(dir), 'Soyuz TM-14'))).toBe(json(findLaunchIn(new Dataset(dir, { indexes: false }), 'Soyuz TM-14')));
  });

  it('answers from whole files where an index file is damaged, missing or stale', () => {
    const cases: [string, (dir: string) => void][] = [
      ['a bucket changed', (d) => rewriteSameSize(join(d, 'index', 'launches.kv'), '"t:tm":', '"t:tx":')],
      ['a token list changed', (d) => rewriteSameSize(join(d, 'index', 'people.kv'), '"w:kaleri":[', '"w:kalerx":[')],
      ['the manifest truncated', (d) => writeFileSync(join(d, 'index', 'manifest.json'), '{"format":1,')],
      ['an index file missing', (d) => rmSync(join(d, 'index', 'launch-tokens.kv'))],
      ['people.json longer', (d) => writeFileSync(join(d, 'people.json'), `${readFileSync(join(d, 'people.json'), 'utf8')}\n`)],
    ];
    for (const [what, edit] of cases) {
      const dir = mkdtempSync(join(tmpdir(), 'almanac-index-'));
      temps.push(dir);
      cpSync(DATA_DIR, dir, { recursive: true });
      edit(dir);
      for (const q of ['Soyuz TM-14', 'soyuz tm', '1992-014A']) {
        expect(json(findLaunchIn(new Dataset(dir), q)), `${what}: ${q}`).toBe(json(findLaunch(launches, q, undefined, fameFrom(new Dataset(DATA_DIR).events()))));
      }
      for (const q of ['Kaleri', 'alexander kaleri']) expect(json(findPersonIn(new Dataset(dir), q)), `${what}: ${q}`).toBe(json(findPerson(people, q)));
    }
  });

  it('answers lists from whole files where a rows file is damaged in place (same size)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-index-'));
    temps.push(dir);
    cpSync(DATA_DIR, dir, { recursive: true });
    rewriteSameSize(join(dir, 'index', 'crew-rows.json'), '"flights":', '"flightz":');
    rewriteSameSize(join(dir, 'index', 'launch-rows.json'), '"1957-10-04T19:28:34Z"', '1234567890123456789012');
    const ds = new Dataset(dir);
    expect(json(crewList(ds, { sort: 'time', limit: 0 }))).toBe(json(crewList(whole, { sort: 'time', limit: 0 })));
    expect(json(allLaunchRows(ds).map((r) => r.time))).toBe(json(launches.map((l) => l.time)));
  });
});

function rewriteSameSize(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
}
