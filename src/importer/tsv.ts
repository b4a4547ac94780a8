// Reader for GCAT's tab-separated files: "#Col1<TAB>Col2…" header, "#" comment lines,
// space-padded fields, "-" for empty.

export class SourceError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    what: string,
  ) {
    // Line 0: a file without lines to name (a JSON page).
    super(line > 0 ? `${file}:${line}: ${what}` : `${file}: ${what}`);
    this.name = 'SourceError';
  }
}

export interface TsvRow {
  /** 1-based line number in the file. */
  line: number;
  /** Trimmed fields; "-" and "" become null. */
  fields: (string | null)[];
}

export interface TsvFile {
  file: string;
  header: string[];
  /** The date in a "# Updated <date>" comment, as written. */
  updated: string | null;
  rows: TsvRow[];
}

export function cell(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const v = raw.trim();
  return v === '' || v === '-' ? null : v;
}

/**
 * Parses a GCAT TSV text. `fieldCount` is the number of fields every data row must have
 * (defaults to the header's column count); a row with another count is a SourceError.
 * `clean` is applied to every field (the importer strips control characters with it).
 */
export function parseTsv(file: string, text: string, fieldCount?: number, clean: (s: string) => string = (s) => s): TsvFile {
  const lines = text.split(/\r?\n/);
  let header: string[] | null = null;
  let updated: string | null = null;
  const rows: TsvRow[] = [];
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    if (raw.startsWith('#')) {
      if (header === null) {
        header = raw.slice(1).split('\t').map((h) => h.trim());
      } else {
        const m = /^#\s*Updated\s+(.+?)\s*$/.exec(raw);
        if (m && updated === null) updated = m[1] ?? null;
      }
      return;
    }
    if (header === null) throw new SourceError(file, line, 'data before the "#" header line');
    const parts = raw.split('\t');
    const want = fieldCount ?? header.length;
    if (parts.length !== want) {
      throw new SourceError(file, line, `expected ${want} tab-separated fields, found ${parts.length}`);
    }
    rows.push({ line, fields: parts.map((p) => cell(clean(p))) });
  });
  if (header === null) throw new SourceError(file, 1, 'no "#" header line');
  return { file, header, updated, rows };
}

/** Strips GCAT's trailing "?" (uncertain value). */
export function certain(v: string | null): { value: string | null; uncertain: boolean } {
  if (v === null) return { value: null, uncertain: false };
  if (v.endsWith('?')) {
    const value = v.slice(0, -1).trim();
    return { value: value === '' ? null : value, uncertain: true };
  }
  return { value: v, uncertain: false };
}
