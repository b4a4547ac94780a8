// Reader for the crew tables: RFC 4180 CSV (quoted fields may hold commas, quotes and newlines).
import { SourceError } from './tsv.js';

export interface CsvRow {
  /** 1-based line on which the record starts. */
  line: number;
  /** Field values by header name; empty fields are "". */
  get(column: string): string;
}

export interface CsvFile {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/** Splits CSV text into records of raw fields, each with the line it starts on. */
function records(file: string, text: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const end = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) out.push({ line: start, fields });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      if (field !== '') throw new SourceError(file, line, 'a quote inside an unquoted field');
      quoted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n') {
      end();
      line++;
      start = line;
    } else if (c !== '\r') field += c;
    i++;
  }
  if (quoted) throw new SourceError(file, start, 'a quoted field is never closed');
  if (field !== '' || fields.length > 0) end();
  return out;
}

/**
 * Parses a CSV file with a header line; every record must have the header's field count.
 * `clean` is applied to every field (the importer strips control characters with it).
 */
export function parseCsv(file: string, text: string, required: readonly string[] = [], clean: (s: string) => string = (s) => s): CsvFile {
  const all = records(file, text.replace(/^\uFEFF/, ''));
  const head = all.shift();
  if (head === undefined) throw new SourceError(file, 1, 'empty file, no header line');
  const header = head.fields.map((h) => h.trim());
  for (const r of required) if (!header.includes(r)) throw new SourceError(file, 1, `no "${r}" column in the header`);
  const index = new Map(header.map((h, i) => [h, i]));
  const rows = all.map(({ line, fields: raw }) => {
    if (raw.length !== header.length) throw new SourceError(file, line, `expected ${header.length} comma-separated fields, found ${raw.length}`);
    const fields = raw.map(clean);
    return {
      line,
      get(column: string): string {
        const i = index.get(column);
        if (i === undefined) throw new Error(`${file}: no column ${column}`);
        return fields[i]!.trim();
      },
    };
  });
  return { file, header, rows };
}
