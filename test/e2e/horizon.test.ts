// The data's horizon is visible: a miss or an empty list past the last day says where the data
// ends, stats marks the year it cuts short, and --version names the dataset.
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { almanac, dataset } from '../helpers.js';

const end = dataset.meta().summary.last!.time.slice(0, 10);

describe("the data's horizon", () => {
  it('is the last launch day, 2026-03-08 in the bundled data', () => {
    expect(end).toBe('2026-03-08');
  });

  it('is named when launch show misses', () => {
    const r = almanac(['launch', 'show', 'Artemis II']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: no launch matches "Artemis II"\nhint: did you mean .*\? The data ends on 2026-03-08: later launches are not in it \(`almanac data update` fetches them\)\.\n$/);
  });

  it('is named on stderr for an empty list whose dates reach past it, stdout unchanged', () => {
    for (const args of [['--from', '2026-04'], ['--year', '2026', '--site', 'Kourou', '--crewed'], ['artemis ii'], ['--to', '2027', '--site', 'Kourou', '--crewed']]) {
      const r = almanac(['launch', 'list', ...args]);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout).toBe('No launches match.\n');
      expect(r.stderr).toBe('hint: the data ends on 2026-03-08; later launches are not in it (`almanac data update` fetches them)\n');
      const j = almanac(['launch', 'list', ...args, '--json']);
      expect(JSON.parse(j.stdout).launches).toEqual([]);
      expect(j.stderr).toBe(r.stderr);
    }
    // A range that ends before the last day, or a list with launches, says nothing.
    for (const args of [['--year', '1980', '--site', 'Kourou', '--crewed'], ['--to', '2026-03-01', '--site', 'Kourou', '--crewed'], ['--year', '2026', '--limit', '1']]) {
      expect(almanac(['launch', 'list', ...args]).stderr, args.join(' ')).toBe('');
    }
  });

  it('is marked in stats by year and by decade', () => {
    const year = almanac(['stats']).stdout;
    expect(year).toMatch(/^2026\* +\d+ /m);
    expect(year).toMatch(/^\* to 2026-03-08, the data's last day$/m);
    expect(year).not.toMatch(/^2025\*/m);
    expect(almanac(['stats', '--by', 'decade']).stdout).toMatch(/^2020s\* /m);
    expect(almanac(['stats', '--by', 'country']).stdout).not.toMatch(/data's last day/);
    expect(JSON.parse(almanac(['stats', '--json']).stdout).rows.at(-1).label).toBe('2026');
  });

  it('is in --version, with the program version', () => {
    for (const flag of ['--version', '-V']) {
      const r = almanac([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${pkg.version} (data ${dataset.meta().dataset})\n`);
    }
    expect(almanac(['--version']).stdout).toBe('0.1.0 (data 2026.03.08)\n');
    expect(almanac(['--data', '/nonexistent', '--version']).stdout).toBe(`${pkg.version} (no readable dataset)\n`);
  });
});
