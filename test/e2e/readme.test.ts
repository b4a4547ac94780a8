// The README's console examples are real output: each `$ almanac …` block is run as a user
// would (100 columns, UTC, no colour) and must match, line for line; a block that elides part
// of the output with "…" must show the rest in order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { almanac, ROOT } from '../helpers.js';

/** Splits a shell command line into words, honouring double and single quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
// Each console block holds one or more `$ almanac …` lines, each followed by its output.
const blocks = [...readme.matchAll(/```console\n([\s\S]*?)```/g)].flatMap((m) =>
  m[1]!
    .split(/^(?=\$ )/m)
    .filter((part) => /^\$ almanac [^\n|>]*\n/.test(part))
    .map((part) => ({ command: part.slice(2, part.indexOf('\n')).trim(), shown: part.slice(part.indexOf('\n') + 1) })),
);

describe('README examples', () => {
  it('has console examples to check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(6);
  });

  for (const { command, shown } of blocks) {
    it(`prints what the README shows for: ${command}`, () => {
      const r = almanac(words(command).slice(1), { COLUMNS: '100', TZ: 'UTC', FORCE_COLOR: '0' });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      // iCalendar lines end in CRLF; the README shows them as plain lines.
      r.stdout = r.stdout.replace(/\r\n/g, '\n');
      if (!shown.includes('…\n')) {
        expect(r.stdout).toBe(shown);
        return;
      }
      let from = 0;
      for (const part of shown.split('…\n').filter((p) => p !== '')) {
        const at = r.stdout.indexOf(part, from);
        expect(at, `README part not in the output, in order:\n${part}`).toBeGreaterThanOrEqual(0);
        from = at + part.length;
      }
    });
  }
});
