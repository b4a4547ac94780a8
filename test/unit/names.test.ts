// The names people use: the query table (names.table.ts) through the real dataset, with and
// without the indexes, and a sample through the built CLI; the matcher's parts on their own.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dataset } from '../../src/data/load.js';
import { findAgency, findSite, findVehicle, type Match } from '../../src/domain/catalog.js';
import { findPersonIn, findSuborbital, type PersonMatch } from '../../src/domain/crew.js';
import { findLaunchIn, type LaunchMatch } from '../../src/domain/launches.js';
import { canon, designatorTag, givenNameForms, stateOf } from '../../src/domain/match.js';
import { QUERIES, type Expect, type Kind } from './names.table.js';

const ROOT = join(__dirname, '..', '..');
const DATA = join(ROOT, 'data');

/** What a lookup gave: the id found, or the candidates' ids, or none. */
type Got = { found: string } | { candidates: string[]; total: number } | { none: true };

function lookup(ds: Dataset, kind: Kind, q: string): Got {
  const fromLaunch = (m: LaunchMatch): Got => {
    if (m.kind === 'found') return { found: m.launch.id };
    const sub = findSuborbital(ds.suborbital(), q);
    if (sub) return { found: sub.id };
    return m.kind === 'ambiguous' ? { candidates: m.candidates.map((l) => l.id), total: m.total } : { none: true };
  };
  const fromPerson = (m: PersonMatch): Got => (m.kind === 'found' ? { found: m.person.id } : m.kind === 'ambiguous' ? { candidates: m.candidates.map((p) => p.id), total: m.total } : { none: true });
  const fromMatch = <T>(m: Match<T>, id: (t: T) => string): Got => (m.kind === 'found' ? { found: id(m.item) } : m.kind === 'ambiguous' ? { candidates: m.candidates.map(id), total: m.candidates.length } : { none: true });
  switch (kind) {
    case 'launch':
      return fromLaunch(findLaunchIn(ds, q));
    case 'person':
      return fromPerson(findPersonIn(ds, q));
    case 'site':
      return fromMatch(findSite(ds, q), (g) => g.id);
    case 'vehicle':
      return fromMatch(findVehicle(ds, q), (v) => v.id);
    case 'agency':
      return fromMatch(findAgency(ds, q), (a) => a.id);
  }
}

function check(got: Got, expected: Expect, what: string): void {
  if (typeof expected === 'string') expect(got, what).toEqual({ found: expected });
  else if (expected[0] === 'none') expect(got, what).toEqual({ none: true });
  else {
    expect('candidates' in got, `${what}: ambiguous`).toBe(true);
    const c = (got as { candidates: string[] }).candidates;
    for (const id of expected.slice(1)) expect(c, `${what}: candidates`).toContain(id);
    expect(new Set(c).size, `${what}: each candidate once`).toBe(c.length);
  }
}

describe('names people use', () => {
  it('has at least 150 queries of every kind', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(150);
    for (const k of ['launch', 'person', 'site', 'vehicle', 'agency']) expect(QUERIES.filter(([kind]) => kind === k).length, k).toBeGreaterThan(5);
  });

  it('finds the one record each query means, or reports the ambiguity, through the indexes and from whole files', { timeout: 120_000 }, () => {
    const indexed = new Dataset(DATA);
    const whole = new Dataset(DATA, { indexes: false });
    for (const [kind, q, expected] of QUERIES) {
      check(lookup(indexed, kind, q), expected, `${kind} ${q} (indexes)`);
      check(lookup(whole, kind, q), expected, `${kind} ${q} (whole files)`);
    }
  });

  it('ranks the candidates as a person expects: the orbiter Challenger\'s flights, the lost one among the first', () => {
    const m = findLaunchIn(new Dataset(DATA), 'Challenger');
    expect(m.kind).toBe('ambiguous');
    const ids = (m as Extract<LaunchMatch, { kind: 'ambiguous' }>).candidates.map((l) => l.id);
    expect(ids.slice(0, 8)).toContain('1986-F01');
    expect(ids.filter((id) => id.startsWith('198')).length).toBeGreaterThanOrEqual(9);
  });

  it('answers a sample through the built CLI', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'almanac.js'), ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', TZ: 'UTC', ALMANAC_NO_CACHE: '1' } });
    const show = run('launch', 'show', 'Sputnik 1');
    expect(show.status).toBe(0);
    expect(show.stdout.split('\n')[0]).toMatch(/^Sputnik 1 \(GCAT: 1-y ISZ\)  1957 ALP  success/);
    expect(JSON.parse(run('launch', 'show', '1957-001B', '--json').stdout).launch.id).toBe('1957 ALP');
    expect(JSON.parse(run('launch', 'show', 'Friendship 7', '--json').stdout).launch.title).toBe('Mercury-Atlas 6');
    expect(JSON.parse(run('crew', 'bio', 'Frank', 'Rubio', '--json').stdout).person.id).toBe('francisco-rubio');
    expect(JSON.parse(run('vehicle', 'show', 'Long March 5', '--json').stdout).vehicle.id).toBe('Chang Zheng 5');
    expect(JSON.parse(run('site', 'show', 'cape canaveral', '--json', '--limit', '1').stdout).id).toBe('CC');
    const gagarin = run('launch', 'show', 'Gagarin');
    expect(gagarin.status).toBe(1);
    expect(gagarin.stderr).toContain("try 'almanac crew bio Gagarin'");
    const apollo = run('crew', 'bio', 'Apollo 11');
    expect(apollo.status).toBe(1);
    expect(apollo.stderr).toContain('try \'almanac launch show "Apollo 11"\'');
    const baikonour = run('launch', 'list', '--site', 'Baikonour');
    expect(baikonour.status).toBe(2);
    expect(baikonour.stderr).toContain('did you mean "Baikonur"');
    const launches = (c: string) => JSON.parse(run('launch', 'list', '--country', c, '--json', '--limit', '1').stdout).total;
    expect(launches('USA')).toBe(launches('US'));
    expect(launches('United States')).toBe(launches('US'));
    expect(launches('SU')).toBe(launches('Soviet Union'));
    const agencies = (c: string) => JSON.parse(run('agency', 'list', '--country', c, '--json').stdout).total;
    expect(agencies('US')).toBe(agencies('USA'));
    const borman = run('crew', 'bio', 'Bormann', 'Frenk', 'Zzz');
    expect(borman.stderr).toContain('did you mean "Frank Borman"?');
    expect(borman.stderr).not.toContain('Borman, Frank');
  });
});

describe('the matcher', () => {
  it('writes numbers one way: digits, Roman numerals and words', () => {
    expect(canon('Gemini IV')).toBe(canon('Gemini 4'));
    expect(canon('Friendship Seven')).toBe('friendship 7');
    expect(canon('Artemis I')).toBe(canon('Artemis 1'));
    expect(canon('Saturn V')).toBe('saturn 5');
    expect(canon('X-15')).toBe('x 15');
    expect(canon('Soyuz TM-14')).toBe('soyuz tm 14');
  });

  it('reads COSPAR designators of every era', () => {
    expect(designatorTag('1957-001B')).toBe('1957 ALP');
    expect(designatorTag('1961-012A')).toBe('1961 MU');
    expect(designatorTag('1961-025A')).toBe('1961 A ALP');
    expect(designatorTag('1962-049')).toBe('1962 B ALP');
    expect(designatorTag('1957 Alpha 2')).toBe('1957 ALP');
    expect(designatorTag('1961 Alpha Alpha')).toBe('1961 A ALP');
    expect(designatorTag('1992-014A')).toBe('1992-014');
    expect(designatorTag('Soyuz TM-14')).toBeNull();
  });

  it('knows short and familiar given names, and the exceptions only with their surnames', () => {
    expect(givenNameForms('frank')).toContain('francisco');
    expect(givenNameForms('michael')).toContain('mike');
    expect(givenNameForms('jack', ['harrison', 'schmitt'])).toContain('harrison');
    expect(givenNameForms('jack', ['jack', 'lousma'])).not.toContain('harrison');
  });

  it('names states by codes and names, never by parts of them', () => {
    expect(stateOf('US')).toBe(stateOf('United States'));
    expect(stateOf('USSR')).toBe(stateOf('SU'));
    expect(stateOf('CHN')).toBe(stateOf('China'));
    expect(stateOf('US')).not.toBe(stateOf('Russia'));
  });
});
