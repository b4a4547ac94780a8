// Start-up work that the answer does not need is not done (DESIGN.md §6): only the command
// group named on the command line is registered, and counts are formatted without Intl.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { groupsFor } from '../../src/cli.js';
import { int, paint } from '../../src/render/style.js';

describe('paint() without colour', () => {
  it('returns what chalk at level 0 returns, without loading chalk', () => {
    const plain = paint({ color: false, width: 80, unicode: true });
    const chalk = new Chalk({ level: 0 });
    const inputs: unknown[][] = [[''], ['x'], ['two words'], ['\u001b[31m'], [0], [12.5], [null], [undefined], [true], [{}], [['a', 'b']], [], ['a', 'b'], ['a', undefined, null, 3], ['', '']];
    const styles = ['bold', 'dim', 'cyan', 'red', 'green', 'yellow', 'italic', 'underline', 'gray', 'bgRed', 'whiteBright'] as const;
    for (const args of inputs) {
      for (const a of styles) {
        expect(plain[a](...args), `${a}(${JSON.stringify(args)})`).toBe(chalk[a](...args));
        for (const b of styles) expect(plain[a][b](...args)).toBe(chalk[a][b](...args));
      }
    }
    expect(plain.level).toBe(0);
    expect(paint({ color: true, width: 80, unicode: true }).bold('x')).toBe('\u001b[1mx\u001b[22m');
  });
});

describe('int()', () => {
  it('writes whole numbers exactly as Intl.NumberFormat("en-US") does', () => {
    const nf = new Intl.NumberFormat('en-US');
    const samples = [0, -0, 1, -1, 9, 10, 99, 100, 999, 1000, 1001, 9999, 10_000, 99_999, 100_000, 999_999, 1_000_000, 1_234_567_890, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER];
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      const digits = 1 + (i % 16);
      const n = Math.floor((seed / 2 ** 31) * 10 ** digits);
      samples.push(n, -n);
    }
    expect(samples.filter((n) => int(n) !== nf.format(n))).toEqual([]);
  });

  it('leaves other numbers to Intl', () => {
    const nf = new Intl.NumberFormat('en-US');
    for (const n of [0.5, -1.25, 1234.5678, 1e21, 2 ** 60, NaN, Infinity, -Infinity]) expect(int(n)).toBe(nf.format(n));
  });
});

describe('groupsFor()', () => {
  const names = (argv: string[]) => groupsFor(argv).map((g) => g.names[0]);
  const ALL = ['launch', 'crew', 'on-this-day', 'stats', 'site', 'vehicle', 'agency', 'timezone', 'data', 'export', 'completion'];

  it('registers only the group named on the command line', () => {
    expect(names(['launch', 'show', 'Soyuz TM-14'])).toEqual(['launch']);
    expect(names(['otd', '03-17'])).toEqual(['on-this-day']);
    expect(names(['tz', 'now'])).toEqual(['timezone']);
    expect(names(['--no-color', 'vehicle', 'list'])).toEqual(['vehicle']);
    expect(names(['--data', 'launch', 'crew', 'bio', 'x'])).toEqual(['crew']);
    expect(names(['--data=/d', 'stats'])).toEqual(['stats']);
    expect(names(['launch', '--help'])).toEqual(['launch']);
  });

  it('registers every group when the output may list them', () => {
    for (const argv of [[], ['--help'], ['-h', 'launch'], ['--no-color'], ['lunch'], ['help'], ['completion', 'bash'], ['--', 'launch'], ['--data', 'd']]) {
      expect(names(argv), argv.join(' ')).toEqual(ALL);
    }
  });

  it('registers none for the version', () => {
    expect(names(['--version'])).toEqual([]);
    expect(names(['-V'])).toEqual([]);
  });
});
