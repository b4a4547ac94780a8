// Deterministic JSON text and an all-or-nothing write of the dataset files.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isRunning, SWITCHING_MARK, tempDirName, tempDirPid } from '../data/importerMarks.js';

/** Arrays of records: one record per line, so that diffs of data/ stay readable. */
export function recordsJson(records: readonly unknown[]): string {
  if (records.length === 0) return '[]\n';
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

export function objectJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Removes temporary files of importers that are no longer running (killed during a write). */
function removeStale(dir: string): void {
  for (const entry of readdirSync(dir)) {
    // .tmp-PID folders, and .NAME.PID.tmp files of importers before them.
    const old = /^\..+\.(\d+)\.tmp$/.exec(entry);
    const pid = tempDirPid(entry) ?? (old ? Number(old[1]) : null);
    if (pid !== null && pid !== process.pid && !isRunning(pid)) rmSync(join(dir, entry), { recursive: true, force: true });
  }
}

/**
 * Writes every file into a temporary folder inside `dir` first (data/.tmp-PID/, the same file
 * system, so a rename is atomic), then renames them into place, so a failure while writing
 * leaves the existing files untouched. The temporary folder is removed in every case.
 */
export function writeFilesAtomically(dir: string, files: Readonly<Record<string, string>>): void {
  mkdirSync(dir, { recursive: true });
  removeStale(dir);
  if (existsSync(join(dir, 'index'))) removeStale(join(dir, 'index'));
  const tmpDir = join(dir, tempDirName(process.pid));
  try {
    const temps: [string, string][] = [];
    for (const [name, text] of Object.entries(files)) {
      // Names may have a folder ("index/launches.kv").
      const tmp = join(tmpDir, name);
      mkdirSync(dirname(tmp), { recursive: true });
      mkdirSync(join(dir, dirname(name)), { recursive: true });
      writeFileSync(tmp, text);
      temps.push([tmp, join(dir, name)]);
    }
    // From here until the folder is removed, data/ is a mix of two builds; the mark says so to
    // the loader if this process is killed before it ends (src/data/load.ts).
    writeFileSync(join(tmpDir, SWITCHING_MARK), `${process.pid}\n`);
    for (const [tmp, final] of temps) renameSync(tmp, final);
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
}
