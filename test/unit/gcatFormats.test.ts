import { describe, expect, it } from 'vitest';
import { parseGcatDate } from '../../src/importer/gcatDate.js';
import { isOrbitalAttempt, parseLaunchCode } from '../../src/importer/launchCode.js';
import { certain, parseTsv, SourceError } from '../../src/importer/tsv.js';

describe('parseGcatDate', () => {
  it.each([
    ['1992 Mar 17 1054:30', '1992-03-17T10:54:30Z', 'second', false],
    ['1958 Feb  5 0733', '1958-02-05T07:33Z', 'minute', false],
    ['2025 Dec 23', '2025-12-23', 'day', false],
    ['2025 Dec?', '2025-12', 'month', true],
    ['2024 Dec  6 0314?', '2024-12-06T03:14Z', 'minute', true],
    ['1996 Feb 29 0000:00', '1996-02-29T00:00:00Z', 'second', false],
  ])('%s', (text, time, precision, uncertain) => {
    expect(parseGcatDate(text)).toEqual({ time, precision, uncertain });
  });

  it.each(['1992 Mar 32', '1993 Feb 29', '1992 Foo 17', '1992 Mar 17 2460', '1992 Mar 17 1054:61', '17 Mar 1992', ''])(
    'rejects %j',
    (text) => expect(parseGcatDate(text)).toBeNull(),
  );
});

describe('parseLaunchCode', () => {
  it('reads category and result', () => {
    expect(parseLaunchCode('OS')).toEqual({ category: 'orbital', outcome: 'success', score: null, success: true });
    expect(parseLaunchCode('OF')).toEqual({ category: 'orbital', outcome: 'failure', score: null, success: false });
    expect(parseLaunchCode('DS')?.category).toBe('deep-space');
    expect(parseLaunchCode('XS')?.category).toBe('lunar-ascent');
    expect(parseLaunchCode('OU')?.outcome).toBe('unknown');
  });

  it("applies GCAT's rule: a partial score below 0.75 counts as a failure", () => {
    expect(parseLaunchCode('OS75')).toMatchObject({ outcome: 'partial', score: 0.75, success: true });
    expect(parseLaunchCode('OS66')).toMatchObject({ outcome: 'partial', score: 0.66, success: false });
    expect(parseLaunchCode('OF40')).toMatchObject({ outcome: 'partial', score: 0.4, success: false });
    expect(parseLaunchCode('OS89')).toMatchObject({ outcome: 'partial', score: 0.89, success: true });
  });

  it('keeps only orbital launch attempts in scope', () => {
    for (const code of ['OS', 'OF', 'DS', 'XS', 'OS89', 'OU']) expect(isOrbitalAttempt(code)).toBe(true);
    for (const code of ['OE', 'SS', 'MS', 'AS', 'SF']) expect(isOrbitalAttempt(code)).toBe(false);
  });
});

describe('parseTsv', () => {
  const text = '#A\tB\tC\n# Updated 2025 Dec  1 0108:57\nx \t - \t y?\n\n';
  it('trims fields, reads "-" as empty and finds the update date', () => {
    const t = parseTsv('f.tsv', text);
    expect(t.header).toEqual(['A', 'B', 'C']);
    expect(t.updated).toBe('2025 Dec  1 0108:57');
    expect(t.rows).toEqual([{ line: 3, fields: ['x', null, 'y?'] }]);
    expect(certain('y?')).toEqual({ value: 'y', uncertain: true });
  });

  it('reports the file and line of a row with the wrong field count', () => {
    const bad = '#A\tB\nx\ty\nonly-one\n';
    expect(() => parseTsv('f.tsv', bad)).toThrow(SourceError);
    expect(() => parseTsv('f.tsv', bad)).toThrow('f.tsv:3: expected 2 tab-separated fields, found 1');
  });
});
