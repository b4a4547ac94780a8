// Every example in the lookup commands' --help runs and exits 0 (the part before a pipe).
import { describe, expect, it } from 'vitest';
import { almanac } from '../helpers.js';

const words = (line: string) => [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
const COMMANDS = [['launch', 'show'], ['launch', 'list'], ['crew', 'bio'], ['crew', 'list'], ['site', 'show'], ['site', 'list'], ['vehicle', 'show'], ['vehicle', 'list'], ['agency', 'show'], ['agency', 'list'], ['stats'], ['export']];

describe('--help examples', () => {
  for (const cmd of COMMANDS) {
    it(`all exit 0: ${cmd.join(' ')}`, () => {
      const help = almanac([...cmd, '--help']).stdout;
      const examples = [...help.matchAll(/^\s*\$ almanac (.*)$/gm)].map((m) => m[1]!.split(' | ')[0]!.trim());
      expect(examples.length, cmd.join(' ')).toBeGreaterThan(0);
      for (const e of examples) {
        const r = almanac(words(e));
        expect(r.code, `${e}\n${r.stderr}`).toBe(0);
      }
    });
  }
});
