// Characters that never go into data/: C0 and C1 controls, DEL, bidi controls and zero-width
// characters (the set render/sanitize.ts keeps from the terminal). The importer passes every
// string it reads from a source through one stripper, which counts what it removed per file
// for the build report. A tab, CR or LF inside a value becomes a space.

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_TEST = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/;

export class ControlStripper {
  /** Characters removed (or, for tab, CR and LF, turned into spaces), by source file. */
  readonly removed = new Map<string, number>();

  /** One string from `file`, without control characters. */
  text(file: string, s: string): string {
    if (!UNSAFE_TEST.test(s)) return s;
    let n = 0;
    const out = s.replace(UNSAFE, (c) => {
      n++;
      return c === '\t' || c === '\n' || c === '\r' ? ' ' : '';
    });
    this.removed.set(file, (this.removed.get(file) ?? 0) + n);
    return out;
  }

  /** A function that strips strings of `file`, for the TSV and CSV readers. */
  of(file: string): (s: string) => string {
    return (s) => this.text(file, s);
  }

  /** The total, and "file n" for each file with any. */
  summary(): { total: number; files: string[] } {
    const files = [...this.removed].filter(([, n]) => n > 0).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    return { total: files.reduce((t, [, n]) => t + n, 0), files: files.map(([f, n]) => `${f} ${n}`) };
  }
}
