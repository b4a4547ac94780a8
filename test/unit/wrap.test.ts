// Running text wrapped at the terminal's width (src/render/wrap.ts): every line fits, no word is
// lost, and a command in backticks is never broken across lines where it fits on one.
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapLines } from '../../src/render/wrap.js';

const TEXT = 'In use from now on; the bundled data stays as it is (`almanac data update --revert` goes back), and `data info` says which dataset is in use.';

describe('wrapLines', () => {
  it('fits every width, keeps every word in order, and keeps each command in backticks on one line', () => {
    for (let width = 36; width <= 140; width++) {
      const lines = wrapLines(TEXT, width);
      for (const l of lines) expect(displayWidth(l), `${width}: ${l}`).toBeLessThanOrEqual(width);
      expect(lines.join(' ')).toBe(TEXT);
      expect(lines.some((l) => l.includes('`almanac data update --revert`')), String(width)).toBe(true);
      expect(lines.some((l) => l.includes('`data info`'))).toBe(true);
    }
  });

  it('breaks a command wider than the line between its words rather than cutting it', () => {
    const lines = wrapLines(TEXT, 20);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(20);
    expect(lines.join(' ')).toBe(TEXT);
  });

  it('leaves a lone backtick and text without backticks as plain words', () => {
    expect(wrapLines('a ` b c d', 5)).toEqual(['a ` b', 'c d']);
    expect(wrapLines('one two three', 7)).toEqual(['one two', 'three']);
  });
});
