// What may reach a terminal. Text from the data and echoes of what the user typed can hold
// escape sequences (OSC 52 writes the clipboard, OSC 8 makes links, CSI moves the cursor or
// clears the screen), other C0 and C1 controls, bidi overrides and isolates (which reorder
// what is shown) and zero-width characters (which hide text). None of them may reach stdout
// or stderr; the program's own colour codes may.
//
// Two layers use the one pattern below:
// - clean(): a renderer cleans each string from the data before it measures, pads or colours
//   it, so that tables keep their widths;
// - terminalText(): every write to stdout and stderr passes through it (cli.ts wraps the
//   streams once, see guardedIo in output.ts), so a renderer, an error message or a library
//   that forgets clean() still cannot send a control character: only the colour codes the
//   program itself uses (SGR `ESC[<n>m` with one parameter, and only while colour is on), LF,
//   and CR LF (the line ends of CSV and iCalendar) pass.
//
// Both are linear: a test for any unsafe character first (clean text, the common case, is
// returned as it is), then one replace.

/** Characters that are never shown: C0 and C1 controls, DEL, bidi controls, zero-width and invisible format characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHAR = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/;
/** The same without LF, which output lines end with. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINES = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/;

/**
 * An escape sequence as a terminal reads it (7-bit ESC forms and their 8-bit C1 forms): CSI
 * with its parameters; OSC, DCS, SOS, PM and APC strings up to BEL or ST (or the line's end,
 * where a terminal would swallow the rest); any other ESC with the character it escapes.
 * Then CR LF, and any single unsafe character.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?|[ -/]*[0-~]?)|\u009b[0-?]*[ -/]*[@-~]?|[\u0090\u0098\u009d\u009e\u009f][^\u0007\u001b\u009c\n]*(?:\u0007|\u001b\\|\u009c)?|\r\n|[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/** The colour codes the painter (chalk at level 1) and the table writer emit: reset, bold, dim, normal intensity, foreground and background colours. */
const OWN_SGR = /^\u001b\[(?:0|1|2|22|3[0-79]|4[0-79]|9[0-7]|10[0-7])m$/;

/**
 * What terminalText() removes or changes while colour is on: any character UNSAFE_IN_LINES finds
 * except an ESC that starts one of the program's own colour codes (which UNSAFE then matches
 * whole, as OWN_SGR has it) and a CR before LF. Coloured output, the common case on a terminal,
 * holds a colour code or two a line; this one test spares it a replace that calls back for each.
 */
// eslint-disable-next-line no-control-regex
const CHANGED_IN_COLOUR = /\u001b(?!\[(?:0|1|2|22|3[0-79]|4[0-79]|9[0-7]|10[0-7])m)|\r(?!\n)|[\u0000-\u0009\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/;

/**
 * A string from the data (or typed by the user) made safe to show: escape sequences, controls,
 * bidi controls and zero-width characters removed; a tab, CR or LF becomes a space.
 */
export function clean(text: string): string {
  if (!UNSAFE_CHAR.test(text)) return text;
  return text.replace(UNSAFE, (m) => (m === '\t' || m === '\n' || m === '\r' ? ' ' : m === '\r\n' ? '  ' : ''));
}

/**
 * Output on its way to a stream: everything clean() removes is removed, except LF, CR LF and,
 * when `sgr`, the program's own colour codes. A tab becomes a space.
 */
export function terminalText(text: string, sgr: boolean): string {
  // JSON made below holds nothing to remove: no second scan of megabytes of it.
  if (text === lastJson) return text;
  if (!UNSAFE_IN_LINES.test(text) || (sgr && !CHANGED_IN_COLOUR.test(text))) return text;
  return text.replace(UNSAFE, (m) => (m === '\n' || m === '\r\n' ? m : m === '\t' ? ' ' : sgr && OWN_SGR.test(m) ? m : ''));
}

/** Characters JSON.stringify leaves raw that a terminal would act on: DEL, C1 controls, bidi and zero-width characters, line and paragraph separators. */
// eslint-disable-next-line no-control-regex
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
const JSON_UNSAFE_TEST = /[\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/;

/**
 * JSON text with every character a terminal would act on written as a \uXXXX escape. Such
 * characters can only stand inside JSON strings, where the escape means the same character,
 * so the JSON parses to the same value (lossless) and stays valid.
 */
export function jsonSafe(json: string): string {
  if (!JSON_UNSAFE_TEST.test(json)) return json;
  return json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The last JSON text jsonDocument() or jsonRecords() made. It is safe by construction
 * (JSON.stringify escapes C0 controls, jsonSafe() the rest), so terminalText() passes it
 * without scanning it again; a string equal to it is the same text, so equality suffices.
 */
let lastJson: string | undefined;

/** A JSON document (--json): `value` as JSON.stringify writes it, made safe, and a newline. */
export function jsonDocument(value: unknown, indent?: number): string {
  lastJson = `${jsonSafe(JSON.stringify(value, null, indent))}\n`;
  return lastJson;
}

/**
 * A JSON object whose list is written one record per line, as data/ stores records:
 * `{"schema":2,"total":2,"launches":[\n{…},\n{…}\n]}` and a newline. `head` gives the fields
 * before the list, `key` names it; `records` are the records, or the text of a data file that
 * holds them so (launches.json). That text is made safe here too, but not marked as made here:
 * it did not come from JSON.stringify, so the boundary scans it again.
 */
export function jsonList(head: object, key: string, records: readonly unknown[] | string): string {
  const open = `${JSON.stringify(head).slice(0, -1)}${Object.keys(head).length > 0 ? ',' : ''}${JSON.stringify(key)}:`;
  if (typeof records === 'string') return `${open}${jsonSafe(records.trimEnd())}}\n`;
  const list = records.length === 0 ? '[]' : `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]`;
  lastJson = `${open}${jsonSafe(list)}}\n`;
  return lastJson;
}

/** JSON Lines: one safe JSON record per line. */
export function jsonRecords(records: readonly unknown[]): string {
  lastJson = records.map((r) => `${jsonSafe(JSON.stringify(r))}\n`).join('');
  return lastJson;
}

/** Longest echo of user input in a message, in characters. */
export const ECHO_MAX = 80;

/** User input to quote in a message: cleaned, and cut to ECHO_MAX characters with an ellipsis. */
export function echo(text: string): string {
  const c = clean(text);
  if (c.length <= ECHO_MAX) return c;
  const chars = Array.from(c.slice(0, ECHO_MAX * 2));
  return chars.length <= ECHO_MAX && c.length <= ECHO_MAX * 2 ? c : `${chars.slice(0, ECHO_MAX - 1).join('')}…`;
}
