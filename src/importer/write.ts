// Deterministic JSON text and an all-or-nothing write of the dataset files.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Arrays of records: one record per line, so that diffs of data/ stay readable. */
export function recordsJson(records: readonly unknown[]): string {
  if (records.length === 0) return '[]\n';
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

export function objectJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Writes every file to a temporary name first, then renames them into place, so a failure
 * while writing leaves the existing files untouched.
 */
export function writeFilesAtomically(dir: string, files: Readonly<Record<string, string>>): void {
  mkdirSync(dir, { recursive: true });
  const temps: [string, string][] = [];
  try {
    for (const [name, text] of Object.entries(files)) {
      // Names may have a folder ("index/launches.kv"): the temporary file goes beside the final one.
      mkdirSync(join(dir, dirname(name)), { recursive: true });
      const tmp = join(dir, dirname(name), `.${basename(name)}.${process.pid}.tmp`);
      temps.push([tmp, join(dir, name)]);
      writeFileSync(tmp, text);
    }
  } catch (e) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    throw e;
  }
  for (const [tmp, final] of temps) renameSync(tmp, final);
}
