// Small wrong outputs of issue 15, part 4: each as a user sees it.
import { describe, expect, it } from 'vitest';
import { bar } from '../../src/render/style.js';
import { parseZone } from '../../src/domain/zones.js';
import { almanac, ANSI } from '../helpers.js';

const plain = { color: false, width: 100, unicode: true };

describe('small wrong outputs (issue 15)', () => {
  it('draws a bar whose remainder rounds up to a whole cell as a full block', () => {
    // 15 of 16 in one cell is 7.5 eighths, which round to a whole cell (it was drawn as nothing).
    expect(bar(15, 16, 1, plain)).toBe('█');
    expect(bar(31, 16, 1, plain)).toBe('██');
    expect(bar(4, 16, 1, plain)).toBe('▎');
    expect(bar(1, 8, 1, plain)).toBe('▏');
    expect(bar(0, 8, 1, plain)).toBe('');
    for (let v = 0; v <= 400; v++) {
      const b = bar(v, 400, 30, plain);
      expect([...b].length, String(v)).toBe(Math.ceil(Math.round((v / 400) * 30 * 8) / 8));
    }
    const country = almanac(['stats', '--by', 'country', '--top', '0'], { COLUMNS: '100' }).stdout;
    expect(country).toMatch(/^Kiribati \(KI\) +36 +\d+\.\d% █$/m);
    expect(country).toMatch(/^Iran \(IR\) +21 +\d+\.\d% ▌$/m);
  });

  it('says "2 of 17" where --limit leaves launches out of a day', () => {
    const r = almanac(['on-this-day', '03-17', '--limit', '2']);
    const all = JSON.parse(almanac(['on-this-day', '03-17', '--json']).stdout);
    expect(r.stdout).toContain(`Launches (2 of ${all.launches.length})`);
    expect(almanac(['on-this-day', '03-17']).stdout).toContain(`Launches (${all.launches.length})\n`);
  });

  it('says a zone changes with daylight saving only where it does', () => {
    const ist = parseZone('IST');
    expect(ist.kind === 'fixed' && ist.note).not.toMatch(/daylight saving/);
    expect(ist.kind === 'fixed' && ist.note).toMatch(/Asia\/Kolkata/);
    const est = parseZone('EST');
    expect(est.kind === 'fixed' && est.note).toMatch(/changes with daylight saving, use America\/New_York/);
    for (const a of ['JST', 'MSK', 'HST', 'SGT', 'AWST']) expect((parseZone(a) as { note: string }).note, a).not.toMatch(/daylight/);
  });

  it('gives a link the abbreviations of the zone it names, and knows PST8PDT', () => {
    const rows = (zone: string) => JSON.parse(almanac(['timezone', 'Apollo 11', '--to', zone, '--json']).stdout).rows;
    expect(rows('US/Eastern').at(-1).abbreviation).toBe('EDT');
    expect(rows('America/New_York').at(-1).abbreviation).toBe('EDT');
    const pst = almanac(['timezone', 'Apollo 11', '--to', 'PST8PDT', '--json']);
    expect(pst.code, pst.stderr).toBe(0);
    expect(JSON.parse(pst.stdout).rows.at(-1)).toMatchObject({ abbreviation: 'PDT', offset: '-07:00' });
  });

  it('lists launches with site names under named headers, and counts one launch as one', () => {
    const r = almanac(['launch', 'list', '--year', '1992', '--crewed']);
    expect(r.stdout).toMatch(/│ Soyuz TM-14 \*\s+│ Soyuz-U2\s+│ Baykonur\s+│/);
    expect(r.stdout).not.toMatch(/GIK-5/);
    expect(almanac(['launch', 'list', '1992-014']).stdout).toMatch(/^1 of 1 launch · \* crewed$/m);
    // The catalog lists name their detail column.
    expect(almanac(['site', 'list']).stdout.split('\n')[1]).toMatch(/│ Id +│ Name +│ Country · zone +│/);
    expect(almanac(['vehicle', 'list']).stdout.split('\n')[1]).toMatch(/│ Family +│/);
  });

  it('takes --limit 0 as all in site, vehicle and agency show, as everywhere', () => {
    const all = almanac(['site', 'show', 'Kourou', '--limit', '0']).stdout;
    const n = JSON.parse(almanac(['site', 'show', 'Kourou', '--json']).stdout).launches as number;
    expect(all).toMatch(new RegExp(`Latest launches \\(${n.toLocaleString('en-US')} of ${n.toLocaleString('en-US')}\\)`));
    expect(almanac(['vehicle', 'show', 'Vega', '--limit', '0']).stdout).toMatch(/Latest launches \((\d+) of \1\)/);
  });

  it('sorts crew list --sort name by family name, then the whole name', () => {
    const names = (JSON.parse(almanac(['crew', 'list', '--sort', 'name', '--json']).stdout).people as { name: string }[]).map((p) => p.name);
    const family = (n: string) => n.slice(n.lastIndexOf(' ') + 1);
    for (let i = 1; i < names.length; i++) {
      const [a, b] = [names[i - 1]!, names[i]!];
      expect(family(a) < family(b) || (family(a) === family(b) && a <= b), `${a} before ${b}`).toBe(true);
    }
    expect(names.indexOf('Buzz Aldrin')).toBeLessThan(names.indexOf('Neil Armstrong'));
  });

  it('lets FORCE_COLOR=1 win over TERM=dumb for colour, with ASCII tables', () => {
    const r = almanac(['launch', 'list', '--limit', '2'], { FORCE_COLOR: '1', TERM: 'dumb' });
    expect(r.stdout).toMatch(ANSI);
    expect(r.stdout).toMatch(/^\+-/);
  });
});
