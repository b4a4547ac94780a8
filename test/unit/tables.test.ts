// The linear-time table drawing (src/render/fastTable.ts) against cli-table3 itself, byte for
// byte: thousands of generated tables of every shape the project makes, long lists, and the
// real dataset's names in `launch list`'s columns. Each case also checks that the fast path
// drew it (and did not quietly fall back to cli-table3), except the shapes it leaves to cli-table3.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { FastTable, drawFast } from '../../src/render/fastTable.js';
import { tableText } from '../../src/render/style.js';
import { utcText } from '../../src/render/launch.js';
import { NARROW_LINE } from '../../src/render/wrap.js';
import { ROOT } from '../helpers.js';

const require = createRequire(import.meta.url);
const CliTable = require('cli-table3') as typeof import('cli-table3');

const ASCII_CHARS = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
  bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+',
  right: '|', 'right-mid': '+', middle: '|',
};

/** mulberry32: a small seeded PRNG, so a failure can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof prng>;

const WORDS = [
  'Soyuz', 'TM-14', 'Falcon', '9', 'Block', '5', 'Vostok-K', 'success', 'failure', 'partial (80%, counts as success)',
  'Baikonur', 'LC-39A', 'CCSFS SLC-40', '1992-03-17 10:54:30', '7,224', '12.5%', '–', '≥ 3d 4h', '*',
  'Kármán', 'Gagarin', 'Jiuquan', 'Хрунов', 'Ñandú', 'e\u0301te\u0301', 'a\u0308\u0304', 'Zoë', 'naïve',
  '東京', '宇宙飛行士', '神舟十二号', '한국', 'ｆｕｌｌ', 'ｶﾀｶﾅ', '🚀', '👩‍🚀', '🇺🇸', '1️⃣', '❤️', '✈', '☃', '©',
  '█████▏', '▍', '│', '─', '→', '…', '·', '°',
  'Supercalifragilisticexpialidocious', 'aVeryLongWordWithoutAnySpacesThatMustBeTruncated', '00000000000000000000000',
  '', '', '0', '-1', '3.14159', '100', 'x',
];
const SPACES = [' ', ' ', ' ', '  ', '   '];

function text(r: Rng, c: InstanceType<typeof Chalk> | null): string {
  if (r.chance(0.08)) return '';
  if (r.chance(0.08)) return String(r.int(100000));
  const n = 1 + r.int(r.chance(0.2) ? 14 : 4);
  let s = '';
  for (let i = 0; i < n; i++) {
    let w = r.pick(WORDS);
    if (c && r.chance(0.15)) w = r.pick([c.green, c.red, c.yellow, c.cyan, c.bold, c.dim, c.bold.green, c.underline])(w);
    s += (i > 0 ? (r.chance(0.05) ? '\n' : r.pick(SPACES)) : '') + w;
  }
  if (c && r.chance(0.1)) s = r.pick([c.green, c.red, c.bold, c.dim, c.cyan.bold])(s);
  return s;
}

interface Case {
  options: Record<string, unknown>;
  rows: string[][];
  colWidths?: (number | null)[];
  wordWrap?: boolean;
}

function generate(seed: number): Case {
  const r = prng(seed);
  const c = r.chance(0.5) ? new Chalk({ level: 1 }) : null;
  const cols = 1 + r.int(8);
  const head = Array.from({ length: cols }, () => (r.chance(0.1) ? '' : c ? c.bold(text(r, null)) : text(r, null)));
  const aligns = r.chance(0.6) ? Array.from({ length: r.int(cols + 1) }, () => r.pick(['left', 'right', 'center', undefined])) : null;
  const pad = r.chance(0.85) ? 1 : r.int(3);
  const options: Record<string, unknown> = {
    head,
    style: { head: [], border: [], 'padding-left': pad, 'padding-right': r.chance(0.9) ? pad : r.int(3) },
    ...(r.chance(0.5) ? { chars: ASCII_CHARS } : {}),
    ...(aligns ? { colAligns: aligns } : {}),
  };
  const nRows = r.chance(0.1) ? 0 : 1 + r.int(r.chance(0.1) ? 30 : 8);
  const rows = Array.from({ length: nRows }, () => Array.from({ length: cols }, () => text(r, c)));
  const kase: Case = { options, rows };
  if (r.chance(0.6)) {
    kase.colWidths = Array.from({ length: r.chance(0.8) ? cols : r.int(cols + 1) }, () => (r.chance(0.25) ? null : r.chance(0.1) ? r.int(4) : 1 + r.int(30)));
    if (r.chance(0.5)) kase.wordWrap = true;
  }
  return kase;
}

/** Both tables built as the renderers build them: constructor options, rows, then options set directly. */
function both(k: Case) {
  const fast = new FastTable(structuredClone(k.options));
  const slow = new CliTable(structuredClone(k.options) as never);
  for (const t of [fast.options, slow.options] as Record<string, unknown>[]) {
    if (k.colWidths) t.colWidths = [...k.colWidths];
    if (k.wordWrap) t.wordWrap = true;
  }
  for (const row of k.rows) {
    fast.push([...row]);
    slow.push([...row]);
  }
  return { fast, slow };
}

const unicode = (k: Case) => !(k.options as { chars?: unknown }).chars;

describe('fast table drawing equals cli-table3', () => {
  it('for 6,000 generated tables (toString and tableText)', () => {
    for (let seed = 1; seed <= 6000; seed++) {
      const k = generate(seed);
      const { fast, slow } = both(k);
      const expected = slow.toString();
      const drawn = drawFast(fast);
      if (drawn !== expected) expect({ seed, drawn }).toEqual({ seed, drawn: expected });
      const opts = { color: false, width: 80, unicode: unicode(k) };
      const expectedText = tableText({ toString: () => expected } as FastTable, opts);
      expect(tableText(fast, opts)).toBe(expectedText);
    }
  }, 120_000);

  it('for long lists, in linear time', () => {
    for (const seed of [7, 8, 9]) {
      const r = prng(seed);
      const c = seed === 8 ? new Chalk({ level: 1 }) : null;
      const k: Case = {
        options: { head: ['UTC', 'Name', 'Vehicle', 'Site', 'Outcome'], style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 }, ...(seed === 9 ? { chars: ASCII_CHARS } : {}) },
        rows: Array.from({ length: 1000 }, () => Array.from({ length: 5 }, () => text(r, c))),
        colWidths: [21, 20, 14, 12, null],
        wordWrap: seed === 7,
      };
      const { fast, slow } = both(k);
      expect(drawFast(fast)).toBe(slow.toString());
    }
  });

  it('for long lists of narrow text: cut, aligned, other ellipses, columns narrower than their padding', () => {
    // The shapes of `launch list --limit 0` without colour, which fastTable draws line by line
    // from each cell's text, and around them what the generator above makes only now and then.
    const narrowWords = WORDS.filter((w) => w !== '' && NARROW_LINE.test(w));
    for (const seed of [21, 22, 23, 24, 25]) {
      const r = prng(seed);
      const cols = 2 + r.int(5);
      const cell = (): string | number => {
        if (r.chance(0.05)) return r.int(100000);
        if (r.chance(0.05)) return '';
        // A few multi-line cells where columns are narrower than their padding (seed 25).
        const n = 1 + r.int(4);
        return Array.from({ length: n }, () => r.pick(narrowWords)).join(seed === 25 && r.chance(0.05) ? '\n' : ' ');
      };
      const pad = seed === 25 ? 1 : r.int(3);
      const k: Case = {
        options: {
          head: Array.from({ length: cols }, () => r.pick(narrowWords)),
          style: { head: [], border: [], 'padding-left': pad, 'padding-right': seed === 24 ? 2 - pad : pad },
          colAligns: Array.from({ length: cols }, () => r.pick(['left', 'right', 'center', undefined])),
          truncate: ['…', '...', '~', ''][seed % 4],
          ...(seed % 2 === 0 ? { chars: ASCII_CHARS } : {}),
        },
        rows: Array.from({ length: 3000 }, () => Array.from({ length: cols }, cell) as string[]),
        colWidths: Array.from({ length: cols }, () => (r.chance(0.3) ? null : seed === 25 && r.chance(0.5) ? r.int(3) : 2 + r.int(16))),
      };
      const { fast, slow } = both(k);
      const expected = slow.toString();
      expect(drawFast(fast)).toBe(expected);
      const opts = { color: false, width: 80, unicode: unicode(k) };
      expect(tableText(fast, opts)).toBe(tableText({ toString: () => expected } as FastTable, opts));
    }
  });

  it("for the dataset's names in launch list's columns, colour on and off", () => {
    const launches = JSON.parse(readFileSync(join(ROOT, 'data', 'launches.json'), 'utf8')) as { time: string; name: string; vehicle: string; site: string; outcome: string; crewed: boolean }[];
    const c = new Chalk({ level: 1 });
    for (const [i, width] of [60, 80, 100, 140].entries()) {
      const free = Math.max(30, width - 45);
      const nameW = Math.max(12, Math.floor(free * 0.45));
      const vehW = Math.max(8, Math.floor(free * 0.3));
      const color = i % 2 === 1;
      const k: Case = {
        options: { head: ['UTC', 'Name', 'Vehicle', 'Site', 'Outcome'].map((h) => (color ? c.bold(h) : h)), style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 }, ...(i === 2 ? { chars: ASCII_CHARS } : {}) },
        rows: launches.map((l) => [l.time.replace('T', ' ').replace(/Z$/, ''), `${l.name}${l.crewed ? ' *' : ''}`, l.vehicle, l.site, color ? c.green(l.outcome) : l.outcome]),
        colWidths: [21, nameW, vehW, Math.max(8, free - nameW - vehW), null],
        wordWrap: i === 3,
      };
      // In chunks, as cli-table3 takes seconds for the whole list.
      for (let from = 0; from < k.rows.length; from += 400) {
        const { fast, slow } = both({ ...k, rows: k.rows.slice(from, from + 400) });
        expect(drawFast(fast)).toBe(slow.toString());
      }
    }
  });

  it('measures the narrow characters it measures without string-width as string-width does', () => {
    const stringWidth = require('string-width') as (s: string) => number;
    const narrow: string[] = [];
    for (let c = 0x20; c <= 0x2fff; c++) {
      const ch = String.fromCodePoint(c);
      if (NARROW_LINE.test(ch)) narrow.push(ch);
    }
    expect(narrow.length).toBeGreaterThan(1000);
    for (const ch of narrow) expect([ch, stringWidth(ch)]).toEqual([ch, 1]);
    const r = prng(41);
    for (let k = 0; k < 5000; k++) {
      const s = Array.from({ length: 1 + Math.floor(r.next() * 30) }, () => narrow[Math.floor(r.next() * narrow.length)]).join('');
      expect([s, stringWidth(s)]).toEqual([s, s.length]);
    }
  });

  it("writes launch times as the regular expressions it replaced did, for every launch and odd strings", () => {
    const launches = JSON.parse(readFileSync(join(ROOT, 'data', 'launches.json'), 'utf8')) as { time: string }[];
    for (const time of [...launches.map((l) => l.time), '', 'Z', 'T', 'TZ', 'ZZ', '2020TZ', 'ATBTCZ', '2020-01-01T', 'Z2020']) {
      expect(utcText({ time })).toBe(time.replace('T', ' ').replace(/Z$/, ''));
    }
  });

  it('leaves to cli-table3 what it does not cover, with the same output', () => {
    const shapes: [Record<string, unknown>, unknown[][]][] = [
      [{ head: ['a', 'b'] }, [['x'], ['y', 'z']]], // rows of unequal length
      [{ head: ['a', 'b'] }, [[{ content: 'x', colSpan: 2 }]]], // a span
      [{ head: ['a'], style: { head: ['red'], border: [] } }, [['x']]], // header colours
      [{ head: ['a'], rowHeights: [2, 3] }, [['x']]],
      [{ head: ['a', 'b'], style: { head: [], border: [], compact: true } }, [['x', 'y'], ['z', 'w']]],
      [{ head: ['a'], colWidths: [5, 6] }, [['x']]], // more widths than columns
    ];
    for (const [options, rows] of shapes) {
      const fast = new FastTable(structuredClone(options));
      const slow = new CliTable(structuredClone(options) as never);
      for (const row of rows) {
        fast.push(row as never);
        slow.push(structuredClone(row) as never);
      }
      expect(drawFast(fast)).toBeNull();
      expect(fast.toString()).toBe(slow.toString());
    }
  });
});
