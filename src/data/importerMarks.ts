// What an importer leaves in a data folder while it writes one, shared by the importer (which
// makes and removes it, src/importer/write.ts) and the loader (which refuses a folder an importer
// left half-switched, src/data/load.ts).

/** The folder, inside the data folder, where the importer with this process id writes its temporary files. */
export const tempDirName = (pid: number) => `.tmp-${pid}`;

/** The process id of an importer's temporary folder name, or null for any other name. */
export function tempDirPid(name: string): number | null {
  const m = /^\.tmp-(\d+)$/.exec(name);
  return m ? Number(m[1]) : null;
}

/** The file in the temporary folder that says its files are being renamed into place. */
export const SWITCHING_MARK = 'SWITCHING';

/** True when a process with this id is running (a process of another user counts). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
