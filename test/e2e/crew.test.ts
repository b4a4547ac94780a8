// `almanac crew bio|list` and the crew table of `launch show`, spawned as a user would run them.
import { describe, expect, it } from 'vitest';
import { almanac, ANSI, dataset } from '../helpers.js';

const json = (args: string[]) => {
  const r = almanac([...args, '--json'], { TZ: 'UTC' });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const person = (id: string) => dataset.people().find((p) => p.id === id)!;

describe('crew bio', () => {
  it('shows a person in full, with every flight, role, vehicle home and time in space', () => {
    const r = almanac(['crew', 'bio', 'Aleksandr Kaleri'], { COLUMNS: '120' });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(ANSI);
    expect(r.stdout).toContain('Aleksandr Kaleri  Александр Юрьевич Калери  aleksandr-kaleri');
    expect(r.stdout).toMatch(/Born\s+1956-05-13 \(age \d+\)/);
    expect(r.stdout).toMatch(/Time in space\s+769 days 6 hours \(\d+(st|nd|rd|th) most of \d+ people\)/);
    for (const mission of ['Soyuz TM-14', 'Soyuz TM-24', 'Soyuz TM-30', 'Soyuz TMA-3', 'Soyuz TMA-01M']) expect(r.stdout).toContain(mission);
    expect(r.stdout.match(/flight engineer/g)!.length).toBeGreaterThanOrEqual(5);
  });

  it('answers the same for other spellings, and gives the facts as JSON', () => {
    const d = json(['crew', 'bio', 'alexander', 'kaleri']);
    const p = person('aleksandr-kaleri');
    expect(d.schema).toBe(2);
    expect(d.person).toMatchObject({ id: p.id, born: '1956-05-13', nationality: [{ country: 'Russia', code: 'RU' }] });
    expect(d.seconds).toBe(p.seconds);
    expect(d.flightCount).toBe(5);
    expect(d.flights.map((f: { launch: { id: string } }) => f.launch.id)).toEqual(p.flights.map((s) => s.launch));
    expect(d.rank.n).toBe(1 + dataset.people().filter((x) => x.seconds > p.seconds).length);
    expect(d.summary).toMatch(/^Aleksandr Kaleri \(Russia, Roscosmos\) flew 5 times between 1992 and 2010/);
  });

  it('shows a vehicle swap: Flade went up in TM-14 and came home in TM-13', () => {
    const r = almanac(['crew', 'bio', 'flade'], { COLUMNS: '120' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Soyuz TM-14\s+│\s+Soyuz-U2\s+│\s+research cosmonaut\s+│\s+Soyuz TM-13\s+│\s+7 d 21 h/);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('went up in Soyuz TM-14 and came home in Soyuz TM-13');
  });

  it('shows suborbital flights and people who have died', () => {
    const d = json(['crew', 'bio', 'Alan Shepard']);
    expect(d.flights[0].launch).toMatchObject({ name: 'Mercury-Redstone 3', category: 'suborbital' });
    expect(d.person.died).toBe('1998-07-21');
    expect(d.age.atDeath).toBe(true);
    const r = almanac(['crew', 'bio', 'Alan Shepard'], { COLUMNS: '120' });
    expect(r.stdout).toContain('Mercury-Redstone 3 (suborbital)');
    expect(r.stdout).toMatch(/Died\s+1998-07-21 \(died aged 74\)/);
  });

  it('shows a corrected death date, with the age from it', () => {
    const r = almanac(['crew', 'bio', 'Pete Conrad']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Born\s+1930-06-02\n/);
    expect(r.stdout).toMatch(/Died\s+1999-07-08 \(died aged 69\)/);
    expect(almanac(['crew', 'bio', 'Wally Funk']).stdout).toMatch(/Born\s+1939-02-01/);
    expect(almanac(['crew', 'bio', 'Hermaszewski']).stdout).toMatch(/Died\s+2022-12-12 \(died aged 81\)/);
  });

  it('shows a birth known only to the year as the year, and the age only as "about"', () => {
    const r = almanac(['crew', 'bio', 'Mark Pathy']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Born\s+1970 \(age about \d+\)\n/);
    expect(r.stdout).not.toContain('1970-01-01');
    const d = json(['crew', 'bio', 'Mark Pathy']);
    expect(d.person).toMatchObject({ born: '1970', bornPrecision: 'year' });
    expect(d.age.about).toBe(true);
    expect(json(['crew', 'bio', 'Aleksandr Kaleri']).age.about).toBe(false);
  });

  it('has Tushar Shah, who has no birth date or nationality in the sources', () => {
    const r = almanac(['crew', 'bio', 'Tushar Shah']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Born\s+unknown/);
    expect(r.stdout).toMatch(/2025-02-25\s+│\s+NS-30 \(suborbital\)/);
  });

  it('lists the candidates for an ambiguous name (exit 1)', () => {
    const r = almanac(['crew', 'bio', 'volkov']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: "volkov" matches 3 people\nhint: add a first name or use the id: .*vladislav-volkov/);
  });

  it('suggests names for a miss (exit 1), and rejects an empty name (exit 2)', () => {
    const r = almanac(['crew', 'bio', 'Kaleri', 'Pavlovich']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: nobody in the almanac matches "Kaleri Pavlovich"\nhint: did you mean .*Kaleri/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const e = almanac(['crew', 'bio', '--', ' ']);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(/^error: the name is empty/);
  });
});

describe('crew list', () => {
  it('gives the time-in-space leaderboard', () => {
    const r = almanac(['crew', 'list', '--sort', 'time', '--limit', '10']);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^│ [A-Z]/.test(l) && !l.startsWith('│ Name'));
    expect(rows).toHaveLength(10);
    const top = [...dataset.people()].sort((a, b) => b.seconds - a.seconds)[0]!;
    expect(rows[0]).toContain(top.name);
    expect(r.stdout).toContain(`10 of ${dataset.people().length} people`);
  });

  it('returns everyone as JSON, sorted as asked', () => {
    const d = json(['crew', 'list', '--sort', 'time']);
    expect(d.total).toBe(dataset.people().length);
    expect(d.people).toHaveLength(d.total);
    for (let i = 1; i < d.people.length; i++) expect(d.people[i - 1].seconds).toBeGreaterThanOrEqual(d.people[i].seconds);
  });

  it('filters by nationality, agency, year flown and vehicle', () => {
    const jp = json(['crew', 'list', '--nationality', 'Japan']).people;
    expect(jp.length).toBeGreaterThan(10);
    for (const p of jp) expect(p.nationality).toContain('JP');
    // The filters combine per flight: flew a Soyuz in 1992 (Thagard flew the Shuttle in 1992
    // and a Soyuz in 1995, so he is not among them).
    const names = json(['crew', 'list', '--flown-in', '1992', '--vehicle', 'Soyuz']).people.map((p: { name: string }) => p.name);
    const expected = dataset
      .people()
      .filter((p) => p.flights.some((s) => s.partOf === null && dataset.flight(s.launch)!.time.startsWith('1992') && /soyuz/i.test(`${dataset.flight(s.launch)!.vehicle} ${dataset.flight(s.launch)!.name}`)))
      .map((p) => p.name);
    expect([...names].sort()).toEqual([...expected].sort());
    expect(names).toEqual(expect.arrayContaining(['Aleksandr Viktorenko', 'Aleksandr Kaleri', 'Klaus-Dietrich Flade']));
    expect(names).not.toContain('Norman E. Thagard');
    expect(names).toHaveLength(6);
    const esa = json(['crew', 'list', '--agency', 'ESA', '--sort', 'flights']).people;
    for (let i = 1; i < esa.length; i++) expect(esa[i - 1].flights).toBeGreaterThanOrEqual(esa[i].flights);
    const bad = almanac(['crew', 'list', '--nationality', 'Atlantis']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: no nationality "Atlantis" in the data\nhint: /);
  });

  it('rejects bad options with exit 2 and a hint', () => {
    for (const args of [['--sort', 'age'], ['--flown-in', 'last year'], ['--limit', '-1']]) {
      const r = almanac(['crew', 'list', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: .*\n/);
      expect(r.stdout).toBe('');
    }
  });
});

describe('launch show: crew', () => {
  it('shows the crew with roles, nationality, vehicle home and time in space', () => {
    const r = almanac(['launch', 'show', 'Soyuz TM-14'], { TZ: 'UTC', COLUMNS: '120' });
    expect(r.stdout).toMatch(/Aleksandr Viktorenko\s+│ commander\s+│ RU\s+│ same\s+│ 145 d 14 h/);
    expect(r.stdout).toMatch(/Klaus-Dietrich Flade\s+│ research cosmonaut │ DE\s+│ Soyuz TM-13 \(1991-069\)\s+│ 7 d 21 h/);
    const d = json(['launch', 'show', 'Soyuz TM-14']);
    expect(d.crew.crew.map((s: { person: { name: string }; role: string }) => [s.person.name, s.role])).toEqual([
      ['Aleksandr Viktorenko', 'commander'],
      ['Aleksandr Kaleri', 'flight engineer'],
      ['Klaus-Dietrich Flade', 'research cosmonaut'],
    ]);
  });

  it('says who came home in a vehicle they did not go up in', () => {
    const r = almanac(['launch', 'show', 'Soyuz TM-13'], { TZ: 'UTC' });
    expect(r.stdout).toMatch(/Came home in this vehicle: .*Klaus-Dietrich Flade \(up in Soyuz TM-14\)/);
    const d = json(['launch', 'show', 'Soyuz MS-23']);
    expect(d.launch.crewed).toBe(false);
    expect(d.crew.returned.map((s: { person: { name: string } }) => s.person.name).sort()).toEqual(['Dmitriy Petelin', 'Francisco Rubio', 'Sergey Prokopyev']);
  });

  it('has an empty crew for uncrewed launches', () => {
    expect(json(['launch', 'show', 'Sputnik 1']).crew).toEqual({ crew: [], returned: [], loss: null, inSpace: false });
  });
});

describe('launch show: crewed suborbital flights', () => {
  it('finds a suborbital flight a biography lists, and says it is not an orbital attempt', () => {
    const r = almanac(['launch', 'show', 'Mercury-Redstone 3'], { TZ: 'UTC' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Mercury-Redstone 3  sub-1961-05-05  crewed suborbital flight');
    expect(r.stdout).toMatch(/Alan Shepard\s+│/);
    const d = json(['launch', 'show', 'sub-1961-05-05']);
    expect(d.flight).toMatchObject({ category: 'suborbital', time: '1961-05-05T14:34:13Z' });
    expect(d.crew.crew[0].seconds).toBe(dataset.people().find((p) => p.name === 'Alan Shepard')!.flights[0]!.seconds);
  });
});

describe('people as they were (issue 11), as a user sees them', () => {
  const bioText = (name: string) => {
    const r = almanac(['crew', 'bio', name], { TZ: 'UTC', COLUMNS: '100' });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return r.stdout;
  };
  const line = (text: string, label: string) => text.split('\n').find((l) => l.startsWith(label))?.slice(15) ?? '';

  it('reads right to a historian for the famous cases', () => {
    const gagarin = bioText('Yuri Gagarin');
    expect(line(gagarin, 'Nationality')).toBe('Soviet Union (SU)');
    expect(line(gagarin, 'Agency')).toBe('Soviet space programme in 1961');
    expect(gagarin).not.toMatch(/Russia|Roscosmos|RFSA/);
    const tereshkova = bioText('Valentina Tereshkova');
    expect(line(tereshkova, 'Nationality')).toBe('Russia (RU)');
    expect(line(tereshkova, 'Flew for')).toBe('Soviet Union (SU) in 1963');
    expect(tereshkova).not.toMatch(/Roscosmos|RFSA/);
    expect(line(bioText('Vladimír Remek'), 'Flew for')).toBe('Czechoslovakia (CS) in 1978');
    expect(line(bioText('Vladimír Remek'), 'Agency')).toBe('Interkosmos programme in 1978');
    expect(line(bioText('Sigmund Jähn'), 'Flew for')).toBe('East Germany (DD) in 1978');
    expect(line(bioText('Ulf Merbold'), 'Flew for')).toBe('West Germany (DE) in 1983; Germany (DE) in 1992, 1994');
    expect(line(bioText('Sergei Krikalev'), 'Flew for')).toBe('Soviet Union (SU) in 1988, 1991; Russia (RU) in 1994–2005');
    const leonov = bioText('Alexey Leonov');
    expect(line(leonov, 'Flew for')).toBe('Soviet Union (SU) in 1965, 1975');
    expect(line(leonov, 'Time in space')).toMatch(/^7 days \(/);
    expect(almanac(['crew', 'bio', 'Buzz Aldrin'], { COLUMNS: '120' }).stdout).toMatch(/Apollo 11 .*│ lunar module pilot/);
    const mcauliffe = bioText('Christa McAuliffe');
    expect(line(mcauliffe, 'Time in space')).toBe('none: the flight never reached space');
    expect(mcauliffe.replace(/\s+/g, ' ')).toMatch(/Lost STS-51-L: lost during ascent, 1 minute 13 seconds after launch, before reaching space; the flight ended 1986-01-28 16:39:13 UTC/);
    expect(mcauliffe).not.toMatch(/at least|same/);
    // A loss known only to the day is dated, never timed; a pad abort is a flight that never reached space.
    const adams = bioText('Michael J. Adams');
    expect(line(adams, 'Lost')).toBe('Flight 191: lost during descent on 1967-11-15');
    expect(line(adams, 'Time in space')).toBe('unknown');
    expect(line(bioText('Vladimir Georgiyevich Titov'), 'Flights')).toBe('5 (4 reached space)');
    // A crew still in space has only an assigned return vehicle, not a landing in it.
    const zhang = bioText('Zhang Lu').replace(/\s+/g, ' ');
    expect(zhang).toMatch(/In space on the data's last day, aboard since Shenzhou 21/);
    expect(zhang).not.toMatch(/came home in Shenzhou 22/);
  });

  it('shows a crew lost on a launch that succeeded, and a crew still in space', () => {
    const r = almanac(['launch', 'show', 'STS-107'], { TZ: 'UTC', COLUMNS: '100' });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/success .*crew lost \(re-entry\)/);
    expect(r.stdout).toMatch(/The crew was lost during re-entry; the flight ended 2003-02-01 13:59:32 UTC\./);
    expect(r.stdout).not.toMatch(/│ same /);
    const d = json(['launch', 'show', 'STS-51-L']);
    expect(d.crew.loss).toMatchObject({ phase: 'ascent' });
    for (const s of d.crew.crew) expect([s.outcome, s.seconds, s.reachedSpace]).toEqual(['lost', 0, false]);
    const ms28 = almanac(['launch', 'show', 'Soyuz MS-28'], { TZ: 'UTC', COLUMNS: '100' });
    expect(ms28.stdout).toMatch(/still in space on the data’s last day/);
    expect(ms28.stdout).not.toMatch(/│ same /);
    const williams = json(['crew', 'bio', 'Christopher Williams']);
    expect(williams.complete).toBe(false);
    expect(williams.flights.at(-1).outcome).toBe('in space');
  });

  it('filters by states and organisations of the time and of today, by whole names and codes', () => {
    const names = (args: string[]) => json(['crew', 'list', ...args]).people.map((p: { name: string }) => p.name) as string[];
    const soviet = names(['--nationality', 'Soviet']);
    expect(soviet).toContain('Yuri Gagarin');
    expect(soviet).toContain('Sergei Krikalev');
    expect(names(['--nationality', 'USSR'])).toEqual(soviet);
    expect(names(['--nationality', 'SU'])).toEqual(soviet);
    const us = names(['--nationality', 'US']);
    expect(names(['--nationality', 'USA'])).toEqual(us);
    expect(names(['--nationality', 'United States'])).toEqual(us);
    // Whole values only: "US" is not a substring match for Russia or Australia.
    expect(us).not.toContain('Yuri Gagarin');
    expect(us).not.toContain('Sergei Krikalev');
    expect(names(['--nationality', 'Czechoslovakia'])).toEqual(['Vladimír Remek']);
    const roscosmos = names(['--agency', 'Roscosmos']);
    expect(roscosmos).toContain('Sergei Krikalev');
    expect(roscosmos).not.toContain('Yuri Gagarin');
    expect(names(['--agency', 'Interkosmos'])).toHaveLength(13);
    for (const [option, value] of [['--nationality', 'XX'], ['--agency', 'Ros']]) {
      const r = almanac(['crew', 'list', option!, value!]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: no \w+ "[^"]+" in the data\nhint: .+\n$/);
    }
    expect(almanac(['crew', 'list', '--agency', 'Roskosmos']).stderr).toMatch(/did you mean "Roscosmos"/);
  });
});
