// The user's data folder (data/folder.ts userDataDir) as `almanac data update` keeps it:
//
//   current            link to the dataset in use (datasets/VERSION+STAMP); none: the bundled data
//   datasets/          complete datasets (the one in use and the one before it), each with update.json
//   sources/           the last good copy of each fetched file and its validators (http.json)
//   sources/ll2.json   Launch Library 2's launches and people since the bundled horizon, and a
//                      pagination left unfinished by a rate limit (resumed by the next update)
//   update.lock        held by a running update (its process id)
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CURRENT } from '../data/folder.js';
import { isRunning } from '../data/importerMarks.js';

export class LockError extends Error {
  constructor(readonly pid: number) {
    super(`another update is running (process ${pid})`);
  }
}

/** Writes a file by a temporary file and a rename, so that a reader sees the old or the new text. */
export function writeAtomic(file: string, data: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

export function readJsonFile<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Takes the update lock; a lock left by a process that is no longer running is taken over. Returns the release. */
export function lock(root: string): () => void {
  mkdirSync(root, { recursive: true });
  const file = join(root, 'update.lock');
  for (let i = 0; i < 2; i++) {
    try {
      const fd = openSync(file, 'wx');
      writeFileSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) throw new LockError(pid);
      // Stale: its process is gone. Removing it races only with another taker of a stale lock,
      // and openSync('wx') lets one of them win.
      rmSync(file, { force: true });
    }
  }
  throw new LockError(0);
}

/** The name (datasets/NAME) of the dataset in use, or null. */
export function currentName(root: string): string | null {
  try {
    return basename(readlinkSync(join(root, CURRENT)).replace(/[\\/]+$/, ''));
  } catch {
    return null;
  }
}

/**
 * Writes a dataset's files into datasets/.build-PID, then renames the folder to datasets/NAME
 * and switches the link `current` to it in one rename. Datasets older than the one it replaces
 * are removed (the one it replaces stays for commands still reading it). On any failure the
 * partial folder is removed and `current` is as it was.
 */
export function install(root: string, name: string, files: Readonly<Record<string, string>>): void {
  const datasets = join(root, 'datasets');
  mkdirSync(datasets, { recursive: true });
  for (const e of readdirSync(datasets)) {
    const m = /^\.build-(\d+)$/.exec(e);
    if (m && !isRunning(Number(m[1]))) rmSync(join(datasets, e), { recursive: true, force: true });
  }
  const build = join(datasets, `.build-${process.pid}`);
  const link = join(root, `.${CURRENT}-${process.pid}`);
  try {
    rmSync(build, { recursive: true, force: true });
    for (const [file, text] of Object.entries(files)) {
      const path = join(build, file);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, text);
    }
    renameSync(build, join(datasets, name));
    rmSync(link, { force: true });
    if (process.platform === 'win32') symlinkSync(join(datasets, name), link, 'junction');
    else symlinkSync(join('datasets', name), link);
    const before = currentName(root);
    renameSync(link, join(root, CURRENT));
    for (const e of readdirSync(datasets)) {
      if (e !== name && e !== before && !e.startsWith('.build-')) rmSync(join(datasets, e), { recursive: true, force: true });
    }
  } finally {
    rmSync(build, { recursive: true, force: true });
    rmSync(link, { force: true });
  }
}

/** Back to the bundled data: the link goes (one unlink), then the datasets. False where there was none. */
export function revert(root: string): boolean {
  const had = currentName(root) !== null;
  try {
    unlinkSync(join(root, CURRENT));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (existsSync(join(root, 'datasets'))) rmSync(join(root, 'datasets'), { recursive: true, force: true });
  return had;
}
