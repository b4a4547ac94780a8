// The importer on small hand-made sources (test/fixtures/sources).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Agency, Launch, Meta, Person, Site, SuborbitalFlight, Vehicle } from '../../src/data/types.js';
import { buildDataset } from '../../src/importer/index.js';
import { tempDirName } from '../../src/data/importerMarks.js';
import { writeFilesAtomically } from '../../src/importer/write.js';
import { FIXTURE_EVENTS, FIXTURE_PERSON_FACTS, FIXTURE_PERSON_FACTS_FILE, FIXTURE_SOURCES, ROOT } from '../helpers.js';

const result = buildDataset(FIXTURE_SOURCES, { events: FIXTURE_EVENTS, personFacts: FIXTURE_PERSON_FACTS });
const parse = <T>(name: string): T => JSON.parse(result.files[name]!) as T;
const launches = parse<Launch[]>('launches.json');
const sites = parse<Site[]>('sites.json');
const vehicles = parse<Vehicle[]>('vehicles.json');
const agencies = parse<Agency[]>('agencies.json');
const meta = parse<Meta>('meta.json');
const people = parse<Person[]>('people.json');
const suborbital = parse<SuborbitalFlight[]>('suborbital.json');
const person = (id: string) => people.find((p) => p.id === id)!;
const launch = (id: string) => launches.find((l) => l.id === id)!;

describe('importer on fixtures', () => {
  it('keeps orbital launch attempts only, in time order, each once', () => {
    expect(launches.map((l) => l.id)).toEqual([
      '1960 ALP', '1961-F01', '1962-001', '1963-002', '1963-003', '1963-004', '1969-U01', '1970-005', '1970-006', '1970-007', '1970-008',
    ]);
    expect(result.report.notAttempts).toEqual(['1970-E01 (OE)']);
    expect(result.report.fromTail).toBe(3);
  });

  it('groups payload rows into one launch', () => {
    expect(launch('1962-001')).toMatchObject({
      name: 'Crewship 1',
      payloads: ['Crewship 1', 'Passenger cube'],
      payloadCount: 2,
      crewed: true,
      time: '1962-03-07',
      precision: 'day',
    });
  });

  it('keeps the precision and uncertainty GCAT gives', () => {
    expect(launch('1960 ALP')).toMatchObject({ time: '1960-01-05T12:00:10Z', precision: 'second', uncertain: [] });
    expect(launch('1961-F01')).toMatchObject({
      time: '1961-02-06T07:30Z',
      precision: 'minute',
      pad: 'LC1',
      agencies: ['AGA', 'AGB'],
      uncertain: ['pad', 'agencies'],
      outcome: 'failure',
      success: false,
    });
    expect(launch('1963-002').uncertain).toEqual(['time']);
  });

  it("scores partial results by GCAT's rule", () => {
    expect(launch('1963-002')).toMatchObject({ outcome: 'partial', score: 0.8, success: true });
    expect(launch('1963-003')).toMatchObject({ outcome: 'partial', score: 0.4, success: false });
    expect(launch('1963-004').category).toBe('deep-space');
  });

  it('takes launches after the end of launchlog.tsv from launch-tail.tsv', () => {
    expect(launch('1970-006')).toMatchObject({ name: 'Tail flight', variant: 'Mk2', payloads: ['Tailsat 1-3'], payloadCount: null });
  });

  it('takes launch-tail.tsv\'s per-launch values for a tag in both lists, and launchlog.tsv\'s payloads', () => {
    // 1970-005 is in both lists: one launch, the tail's variant, flight id, agencies and name,
    // launchlog.tsv's payloads.
    expect(launches.filter((l) => l.id === '1970-005')).toHaveLength(1);
    expect(launch('1970-005')).toMatchObject({
      name: 'Last flight',
      variant: 'Mk2',
      flightId: 'F5',
      agencies: ['AGA', 'AGB'],
      pad: 'LC1',
      payloads: ['Last logged'],
      payloadCount: 1,
    });
    expect(result.report.overlap.launches).toBe(1);
    expect(result.report.overlap.changes).toEqual([
      {
        id: '1970-005',
        fields: [
          { field: 'name', from: 'Last logged', to: 'Last flight' },
          { field: 'variant', from: null, to: 'Mk2' },
          { field: 'flightId', from: null, to: 'F5' },
          { field: 'agencies', from: ['AGA'], to: ['AGA', 'AGB'] },
        ],
      },
    ]);
    expect(meta.choices.join(' ')).toContain('launch-tail.tsv is newer and its per-launch values win');
  });

  it('marks crewed flights from the crew lists, ignoring mannequins', () => {
    expect(launch('1969-U01')).toMatchObject({ crewed: true, category: 'lunar-ascent' });
    expect(launch('1970-007').crewed).toBe(true);
    expect(launch('1970-006').crewed).toBe(false);
    expect(launch('1960 ALP').crewed).toBe(false);
  });

  it('joins Launch Library 2 launches by time within 60 s and by name', () => {
    expect(launch('1960 ALP').ll2).toMatchObject({ id: 'u-1', mission: 'Testsat A', match: 'time+name' });
    expect(launch('1962-001').ll2).toMatchObject({ id: 'u-3', match: 'day+name' });
    expect(launch('1963-002').ll2).toBeNull(); // 150 s away
  });

  it('gives every Earth site a zone and says where it came from', () => {
    const site = (id: string) => sites.find((s) => s.id === id)!;
    expect(site('SITEA')).toMatchObject({ timeZone: 'America/New_York', timeZoneSource: 'll2', ll2Name: 'Alpha Range, FL' });
    expect(site('SITEA').pads).toEqual([
      { code: 'LC1', name: 'Launch Complex 1, Alpha', ll2Name: 'Pad One', latitude: 28.51, longitude: -80.61, coordinates: 'pad' },
    ]);
    expect(site('SITEB')).toMatchObject({ name: 'Bravo Cosmodrome', country: 'KAZ', current: 'SITEA', timeZone: 'Asia/Qyzylorda', timeZoneSource: 'll2' });
    expect(site('SEAPLAT')).toMatchObject({ timeZoneSource: 'lookup' });
    expect(site('MOONSITE')).toMatchObject({ body: 'Moon', timeZone: null, timeZoneSource: null });
  });

  it('describes vehicles and agencies, and reports what it could not match', () => {
    expect(vehicles.find((v) => v.id === 'Rocket-A')).toMatchObject({ family: 'RocketFam', variants: ['Mk2'], listed: true, manufacturerName: 'Agency Alpha' });
    expect(vehicles.find((v) => v.id === 'Rocket-C')).toMatchObject({ family: null, listed: false });
    expect(agencies.find((a) => a.id === 'AGB')).toMatchObject({ name: 'Agency Bravo', gcatName: 'Agency Bravo', stateName: 'USA', types: ['LA'], class: 'D' });
    // LaTeX accent escapes in GCAT's names are decoded; GCAT's own name is kept.
    expect(vehicles.find((v) => v.id === 'Moonstage')).toMatchObject({
      manufacturer: 'LTX',
      manufacturerName: "Société Lunaire d'Études",
      manufacturerGcatName: "Soci\\'et\\'e Lunaire d'\\'Etudes",
    });
    expect(result.report.unmatched).toEqual([
      // The real facts table's SpaceShipOne 17P names an LL2 astronaut the fixtures lack.
      'SpaceShipOne Flight 17P: William Brian Binnie is neither in Launch Library 2 nor in EXTRA_PEOPLE',
      'vehicle Rocket-C: not in lv.tsv, family and maker left empty',
    ]);
  });

  it('records coverage, counts and the provenance of every source file', () => {
    expect(meta.summary).toMatchObject({ total: 11, byCategory: { orbital: 9, 'deep-space': 1, 'lunar-ascent': 1 } });
    expect(meta.summary.first).toEqual({ id: '1960 ALP', name: 'Testsat A', title: 'Testsat A', time: '1960-01-05T12:00:10Z' });
    const sites = meta.sources.find((s) => s.file === 'gcat/sites.tsv')!;
    expect(sites.updated).toBe('2025-12-01');
    expect(sites.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(meta.sources.find((s) => s.file === 'gcat/lp.tsv')!.updated).toBe('2024-01-13');
  });

  it('is deterministic', () => {
    expect(buildDataset(FIXTURE_SOURCES, { events: FIXTURE_EVENTS, personFacts: FIXTURE_PERSON_FACTS }).files).toEqual(result.files);
  });
});

describe('importer on fixtures: people and seats', () => {
  it('keeps people with a flight in the data, and no mannequins', () => {
    expect(people.map((p) => p.id)).toEqual(['pilot-one', 'hopper-jones', 'taxi-rider']);
    // Mike Melvill comes from the facts table (SpaceShipOne), whose flights are after the fixtures' last launch.
    expect(result.report.crew.peopleWithoutFlights).toEqual(['Glider Test', 'Mike Melvill']);
    expect(meta.counts).toMatchObject({ people: 3, seats: 5, suborbital: 2 });
  });

  it('keeps a crewed suborbital flight when its apogee reached 80 km, marked above or below 100 km', () => {
    expect(suborbital).toEqual([
      expect.objectContaining({ id: '1970-S01', name: 'Up and down', category: 'suborbital', time: '1970-08-12T01:00Z', precision: 'minute', timeSource: 'wikidata', site: 'SITEA', wikidata: 'Q4', apogeeKm: 120, apogeeSource: 'gcat', karman: true, launch: 'lift-off', lost: null }),
      expect.objectContaining({ id: '1970-S02', name: 'Low hop', time: '1970-08-15T01:00:05Z', timeSource: 'wikidata', apogeeKm: 85, apogeeSource: 'gcat', karman: false }),
    ]);
    expect(result.report.crew.notSpaceflights).toEqual([
      '1970-08-16 Sounder | Short hop: apogee 50 km, below 80 km',
      '1970-08-20 Sounder | Glide test: no apogee in GCAT or src/importer/suborbitalFacts.ts',
    ]);
    expect(meta.suborbital).toEqual({ rule: expect.stringContaining('80 km'), karman: 1, belowKarman: 1 });
    // Each seat lasts from the flight's launch instant to its landing.
    expect(person('hopper-jones').flights).toMatchObject([
      { launch: '1970-S01', seconds: 600, landing: '1970-08-12T01:10:00Z' },
      { launch: '1970-S02', seconds: 480, landing: '1970-08-15T01:08:05Z' },
    ]);
  });

  it('takes roles from the crew table, normalised, and native names', () => {
    expect(person('pilot-one')).toMatchObject({ native: 'Пилот Один', names: ['One, Pilot'] });
    expect(person('pilot-one').flights[0]).toMatchObject({ launch: '1962-001', role: 'commander', roleSource: 'crew-table' });
    expect(person('taxi-rider').flights[0]).toMatchObject({ role: 'payload specialist', roleSource: 'crew-table' });
  });

  it('follows a crew to the vehicle Wikidata links them to, and times the seat to its landing', () => {
    expect(person('taxi-rider').flights[0]).toMatchObject({
      launch: '1970-007',
      landedIn: '1970-006',
      landedInSource: 'wikidata',
      landing: '1970-09-20T00:00:00Z',
      seconds: Date.parse('1970-09-20T00:00:00Z') / 1000 - Date.parse('1970-09-03T06:00:00Z') / 1000,
    });
    expect(person('taxi-rider')).toMatchObject({ complete: true, reference: 1447180 });
  });

  it('leaves a duration unknown when a landing is known only to the day, and folds a Moon ascent into its flight', () => {
    const [up, ascent] = person('pilot-one').flights;
    expect(up).toMatchObject({ landing: '1962-03-07', landingPrecision: 'day', seconds: null, partOf: null });
    expect(ascent).toMatchObject({ launch: '1969-U01', partOf: '1962-001', seconds: null });
    expect(person('pilot-one')).toMatchObject({ seconds: 0, complete: false });
  });
});

describe('importer on fixtures: events', () => {
  const events = parse<{ id: string; time: string; precision: string; kind: string; launches: string[]; people: string[] }[]>('events.json');

  it('takes launch and landing times from the data, and dates from the file', () => {
    expect(events.map((e) => [e.time, e.precision, e.kind, e.launches, e.people])).toEqual([
      ['1960-01-05T12:00:10Z', 'second', 'first', ['1960 ALP'], []],
      ['1964-02-29', 'day', 'record', [], []],
      ['1969-07-21T18:00Z', 'minute', 'first', ['1969-U01'], ['pilot-one']],
      ['1970-09-20T00:00:00Z', 'second', 'return', ['1970-007'], ['taxi-rider']],
    ]);
    expect(meta.counts).toMatchObject({ events: 4, eventDays: 4 });
  });

  it('names the line of an event it cannot resolve, and every other bad line at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-events-'));
    const file = join(dir, 'events.txt');
    writeFileSync(file, '# bad\nlaunch | first | No such launch here | Nonexistent-9 |\n2023-02-30 | first | Not a real day at all | |\n1970-01-01 | party | Not a kind of event | |\n');
    expect(() => buildDataset(FIXTURE_SOURCES, { events: file, personFacts: FIXTURE_PERSON_FACTS })).toThrow(/events\.txt:2: 2: no launch "Nonexistent-9"[\s\S]*3: "2023-02-30" is not[\s\S]*4: unknown kind "party"/);
  });
});

describe('importer on malformed sources', () => {
  function brokenCopy(file: string, edit: (text: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-src-'));
    cpSync(FIXTURE_SOURCES, dir, { recursive: true });
    const path = join(dir, file);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    return dir;
  }

  function importInto(sources: string) {
    const out = mkdtempSync(join(tmpdir(), 'almanac-data-'));
    writeFileSync(join(out, 'launches.json'), 'previous contents');
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'importer.js'), sources, '--out', out, '--events', FIXTURE_EVENTS, '--person-facts', FIXTURE_PERSON_FACTS_FILE], { encoding: 'utf8' });
    return { ...r, kept: readFileSync(join(out, 'launches.json'), 'utf8') };
  }

  it('names the file and line of a row with the wrong field count and leaves data/ untouched', () => {
    const src = brokenCopy('gcat/launchlog.tsv', (t) => t.replace('Failsat\t', 'Failsat'));
    const r = importInto(src);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^error: gcat\/launchlog\.tsv:3: expected 20 tab-separated fields, found 19\n/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.kept).toBe('previous contents');
  });

  it('names the file and line of a bad date', () => {
    const src = brokenCopy('gcat/launch-tail.tsv', (t) => t.replace('1970 Sep  3 0600', '1970 Sep 31 0600'));
    const r = importInto(src);
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('gcat/launch-tail.tsv:6: bad launch date "1970 Sep 31 0600"');
    expect(r.kept).toBe('previous contents');
  });

  it('names the file and line of a crew-table row with the wrong field count', () => {
    const src = brokenCopy('crew/tidytuesday-astronauts.csv', (t) => t.replace(',Crew Taxi,Crew Taxi,', ',Crew Taxi,'));
    const r = importInto(src);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^error: crew\/tidytuesday-astronauts\.csv:3: expected 24 comma-separated fields, found 23\n/);
    expect(r.kept).toBe('previous contents');
  });

  it('writes all files when the sources are good', () => {
    const r = importInto(FIXTURE_SOURCES);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.kept)).toHaveLength(11);
  });

  // Issue 14, case 10: sources of the wrong kind end in two lines and exit 3, never a stack trace.
  it('names a source that is a folder, not a file (exit 3, no stack trace)', () => {
    const src = brokenCopy('gcat/launchlog.tsv', (t) => t);
    rmSync(join(src, 'gcat', 'launchlog.tsv'));
    mkdirSync(join(src, 'gcat', 'launchlog.tsv'));
    const r = importInto(src);
    expect(r.status).toBe(3);
    expect(r.stderr).toBe('error: gcat/launchlog.tsv:1: is a folder, not a file\nhint: data/ was left untouched\n');
    expect(r.kept).toBe('previous contents');
  });

  it('names a Launch Library 2 extract that is not a list of objects (exit 3, no stack trace)', () => {
    for (const [text, found] of [['null', 'does not hold a list (found null)'], ['{}', 'does not hold a list (found object)'], ['"x"', 'does not hold a list (found string)'], ['[1]', 'item 0 of the list is not an object'], ['[{}, null]', 'item 1 of the list is not an object']] as const) {
      const r = importInto(brokenCopy('ll2/launches.json', () => text));
      expect(r.status, text).toBe(3);
      expect(r.stderr, text).toBe(`error: ll2/launches.json:1: ${found}\nhint: data/ was left untouched\n`);
      expect(r.kept).toBe('previous contents');
    }
  });

  it('reads sources that start with a UTF-8 byte-order mark as if they had none', () => {
    let src = FIXTURE_SOURCES;
    for (const file of ['gcat/launchlog.tsv', 'gcat/sites.tsv', 'll2/launches.json', 'crew/wikidata-missions.csv']) src = brokenCopyOf(src, file, (t) => `\ufeff${t}`);
    const withBom = buildDataset(src, { events: FIXTURE_EVENTS, personFacts: FIXTURE_PERSON_FACTS });
    // Only the recorded size and hash of the four files differ.
    const meta = (r: typeof result) => JSON.parse(r.files['meta.json']!) as Meta;
    const strip = (m: Meta) => ({ ...m, sources: m.sources.map(({ bytes: _b, sha256: _h, ...rest }) => rest) });
    expect(strip(meta(withBom))).toEqual(strip(meta(result)));
    for (const [name, text] of Object.entries(result.files)) if (name !== 'meta.json' && name !== 'index/manifest.json') expect(withBom.files[name], name).toBe(text);
  });

  it('strips control characters, escape sequences, bidi and zero-width characters from source strings, and counts them', () => {
    const evil = '\u001b]52;c;cHduZWQ=\u0007\u009b2J\u202e\u200b';
    let src = brokenCopyOf(FIXTURE_SOURCES, 'gcat/launchlog.tsv', (t) => t.replace('Testsat A\t', `Testsat${evil} A\t`));
    src = brokenCopyOf(src, 'll2/launches.json', (t) => t.replace('"name": "Loc"', `"name": ${JSON.stringify(`Loc${evil}\u0000`)}`));
    src = brokenCopyOf(src, 'crew/tidytuesday-astronauts.csv', (t) => t.replace('"One, Pilot"', `"One,${evil} Pilot"`));
    const r = buildDataset(src, { events: FIXTURE_EVENTS, personFacts: FIXTURE_PERSON_FACTS });
    for (const [name, text] of Object.entries(r.files)) {
      // The files are JSON: a control character would be written as an escape, so check the values.
      if (!name.endsWith('.json')) continue;
      JSON.parse(text, (_k, v: unknown) => {
        // eslint-disable-next-line no-control-regex
        if (typeof v === 'string') expect(v, name).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/);
        return v;
      });
    }
    // ESC, BEL, C1 CSI, RLO, ZWSP in each, and NUL in the LL2 one.
    expect(r.report.controls).toEqual({ total: 16, files: ['crew/tidytuesday-astronauts.csv 5', 'gcat/launchlog.tsv 5', 'll2/launches.json 6'] });
    expect((JSON.parse(r.files['launches.json']!) as Launch[]).find((l) => l.id === '1960 ALP')!.name).toBe('Testsat]52;c;cHduZWQ=2J A');
    expect(result.report.controls).toEqual({ total: 0, files: [] });
  });

  it('reports the control characters it removed', () => {
    const src = brokenCopy('gcat/launchlog.tsv', (t) => t.replace('Testsat A\t', 'Testsat\u0007 A\t'));
    const r = importInto(src);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('control characters removed from source strings (data/ never holds any): 1 (gcat/launchlog.tsv 1)\n');
  });

  function brokenCopyOf(from: string, file: string, edit: (text: string) => string): string {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-src-'));
    cpSync(from, dir, { recursive: true });
    writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
    return dir;
  }
});

describe('writing data/ (issue 14, case 10)', () => {
  const deadPid = () => {
    // A process id no process has: a child that has ended.
    const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(r.stdout);
  };

  it('writes through a temporary folder it always removes, also when a rename fails', () => {
    const out = mkdtempSync(join(tmpdir(), 'almanac-write-'));
    writeFilesAtomically(out, { 'a.json': 'A', 'index/b.kv': 'B' });
    expect(readdirSync(out).sort()).toEqual(['a.json', 'index']);
    expect(readFileSync(join(out, 'index', 'b.kv'), 'utf8')).toBe('B');
    // A folder where a file should go makes the second rename fail.
    mkdirSync(join(out, 'c.json', 'x'), { recursive: true });
    expect(() => writeFilesAtomically(out, { 'a.json': 'A2', 'c.json': 'C' })).toThrow();
    expect(existsSync(join(out, tempDirName(process.pid)))).toBe(false);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('removes what an importer killed during a write left behind', () => {
    const out = mkdtempSync(join(tmpdir(), 'almanac-write-'));
    const pid = deadPid();
    mkdirSync(join(out, tempDirName(pid), 'index'), { recursive: true });
    writeFileSync(join(out, tempDirName(pid), 'launches.json'), 'half');
    mkdirSync(join(out, 'index'));
    writeFileSync(join(out, `.launches.json.${pid}.tmp`), 'old style');
    writeFileSync(join(out, 'index', `.launches.kv.${pid}.tmp`), 'old style');
    writeFilesAtomically(out, { 'a.json': 'A' });
    expect(readdirSync(out).sort()).toEqual(['a.json', 'index']);
    expect(readdirSync(join(out, 'index'))).toEqual([]);
  });
});

describe('importer on fixtures: mannequins and dates (test/fixtures/person-facts.json)', () => {
  it('leaves out only the listed mannequin', () => {
    expect(people.some((p) => p.name === 'Dummy')).toBe(false);
  });

  it('applies a correction, and keeps unconfirmed 1 January dates as the year only', () => {
    expect(person('hopper-jones')).toMatchObject({ born: '1950-03-01', bornPrecision: 'day', died: '2020', diedPrecision: 'year' });
    expect(person('pilot-one')).toMatchObject({ born: '1930', bornPrecision: 'year' });
    expect(result.report.crew.dates.corrected).toEqual(['Hopper Jones: born 1950-02-28 -> 1950-03-01 (made-up correction, to test that entries apply)']);
  });

  it("fails, naming the entry, when the project's tables do not fit the sources", () => {
    expect(() => buildDataset(FIXTURE_SOURCES, { events: FIXTURE_EVENTS })).toThrow(/not-a-person 636 "Little Earth": no LL2 astronaut has this id/);
  });
});
