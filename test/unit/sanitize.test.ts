// The terminal boundary (src/render/sanitize.ts) on its own: what each function keeps and removes.
import { describe, expect, it } from 'vitest';
import { clean, echo, jsonDocument, jsonSafe, terminalText } from '../../src/render/sanitize.js';

describe('clean (a string from the data)', () => {
  it.each([
    ['CSI', 'a\u001b[2Jb\u001b[31mc\u001b[0m', 'abc'],
    ['OSC 52 (clipboard), BEL-terminated', 'a\u001b]52;c;cHduZWQ=\u0007b', 'ab'],
    ['OSC 8 (link), ST-terminated: the text stays', '\u001b]8;;https://evil.example/\u001b\\link\u001b]8;;\u001b\\', 'link'],
    ['DCS, APC, PM, SOS strings', 'a\u001bPq#0\u001b\\b\u001b_x\u001b\\c\u001b^y\u001b\\d\u001bXz\u001b\\e', 'abcde'],
    ['an unterminated OSC ends at the line end', 'a\u001b]0;title\nb', 'a b'],
    ['two-character escapes (RIS, DECSC)', 'a\u001bcb\u001b7c', 'abc'],
    ['C1 CSI and OSC', 'a\u009b2Jb\u009d0;t\u009cc\u0085d', 'abcd'],
    ['C0 controls, DEL; tab, CR and LF become spaces', 'a\u0000\u0007\u0008\u007fb\tc\rd\ne', 'ab c d e'],
    ['bidi overrides and isolates', 'a\u202ab\u202bc\u202cd\u202de\u202ef\u2066g\u2067h\u2068i\u2069j\u200ek\u200fl\u061cm', 'abcdefghijklm'],
    ['zero-width and invisible characters', 'a\u200bb\u200cc\u200dd\u2060e\ufefff\u2062g\u180eh', 'abcdefgh'],
    ['text with accents, CJK, RTL letters and emoji is kept', 'Gagarin Гагарин 加加林 غاغارين 🚀', 'Gagarin Гагарин 加加林 غاغارين 🚀'],
  ])('%s', (_what, input, output) => {
    expect(clean(input)).toBe(output);
  });

  it('returns clean text as it is', () => {
    const s = 'Soyuz TM-14';
    expect(clean(s)).toBe(s);
  });
});

describe('terminalText (every write to stdout and stderr)', () => {
  it('keeps LF and CR LF, removes a lone CR, turns a tab into a space', () => {
    expect(terminalText('a\nb\r\nc\rd\te', false)).toBe('a\nb\r\ncd e');
  });

  it("keeps the program's own colour codes only while colour is on", () => {
    const own = '\u001b[1mbold\u001b[22m \u001b[2mdim\u001b[22m \u001b[31mred\u001b[39m \u001b[36mcyan\u001b[39m \u001b[49m';
    expect(terminalText(own, true)).toBe(own);
    expect(terminalText(own, false)).toBe('bold dim red cyan ');
  });

  it('removes other SGR codes (blink, conceal, 256 colours) even with colour on, and every other sequence', () => {
    expect(terminalText('a\u001b[5mb\u001b[8mc\u001b[38;5;196md\u001b[2Je\u001b]52;c;eA==\u0007f\u009b31mg', true)).toBe('abcdefg');
  });

  it('removes bidi and zero-width characters, and a byte-order mark', () => {
    expect(terminalText('a\u202eb\u2066c\u200bd\ufeffe\n', true)).toBe('abcde\n');
  });

  it('passes text with colour on as it is only where the replace would leave it so', () => {
    // terminalText() returns coloured text that holds nothing but its own colour codes, LF and
    // CR LF without the replace. A NUL at the end always takes the replace (which removes it and
    // treats what comes before as without it), so the two must agree for any text.
    const pieces = ['a', 'é', '│', ' ', '[', 'm', '3', '2', ';', '\n', '\r', '\r\n', '\t', '\u0007', '\u001b', '\u001b\\', '\u001b[', '\u001b[3', '\u001b[32m', '\u001b[39m', '\u001b[1m', '\u001b[22m', '\u001b[0m', '\u001b[2m', '\u001b[49m', '\u001b[97m', '\u001b[107m', '\u001b[5m', '\u001b[21m', '\u001b[38m', '\u001b[48m', '\u001b[98m', '\u001b[108m', '\u001b[00m', '\u001b[m', '\u001b[320m', '\u001b[32;1m', '\u001b[38;5;1m', '\u001b]8;;x\u0007', '\u009b', '\u009b31m', '\u0090', '\u009c', '\u202e', '\u200b', '\ufeff', '\u0000', '\u000b', '\u000c', '\u001a', '\u001c', '\u007f', '\u0085', '\u061c', '\u2028', '\u2066', '\ufffa'];
    let seed = 7;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    for (let k = 0; k < 20_000; k++) {
      const text = Array.from({ length: next(12) }, () => pieces[next(pieces.length)]).join('');
      expect([text, terminalText(text, true)]).toEqual([text, terminalText(`${text}\u0000`, true)]);
    }
    const table = '│ \u001b[32msuccess\u001b[39m │\n│ \u001b[31mfailure\u001b[39m │\r\n';
    expect(terminalText(table, true)).toBe(table);
  });
});

describe('JSON', () => {
  it('escapes C1, DEL, bidi and zero-width characters, and parses to the same value', () => {
    const value = { name: 'a\u0085b\u009bc\u007fd\u202ee\u2066f\u200bg\ufeffh\u2028i', ok: 'Гагарин 🚀' };
    const text = jsonDocument(value, 2);
    expect(text).toBe(`${JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u202e\u2066\u200b\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`);
    // eslint-disable-next-line no-control-regex
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/);
    expect(JSON.parse(text)).toEqual(value);
    // The boundary passes it unchanged.
    expect(terminalText(text, false)).toBe(text);
  });

  it('leaves JSON with nothing to escape as it is', () => {
    const t = JSON.stringify({ a: 'b\u0001', c: 'é' });
    expect(jsonSafe(t)).toBe(t);
  });
});

describe('echo (user input in a message)', () => {
  it('keeps input up to 80 characters, cleaned', () => {
    expect(echo('x'.repeat(80))).toBe('x'.repeat(80));
    expect(echo('a\u001b[2Jb')).toBe('ab');
  });

  it('cuts longer input to 80 characters, the last an ellipsis, never inside a character', () => {
    expect(echo('x'.repeat(81))).toBe(`${'x'.repeat(79)}…`);
    expect(echo('🚀'.repeat(100))).toBe(`${'🚀'.repeat(79)}…`);
    expect(echo('🚀'.repeat(80))).toBe('🚀'.repeat(80));
  });
});
