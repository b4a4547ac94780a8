// Which data folder a command reads: the dataset `almanac data update` built in the user's data
// folder, where there is one built by this version of the program, else the bundled data/.
// (--data and ALMANAC_DATA win over both: src/cli.ts.) One readlink, nothing else, at every start.
import { readlinkSync } from 'node:fs';
import { basename, join, posix, resolve, win32 } from 'node:path';

/**
 * The user's data folder: $XDG_DATA_HOME/launch-almanac, else the platform's place
 * (~/.local/share/launch-almanac; ~/Library/Application Support/launch-almanac on macOS;
 * %LOCALAPPDATA%\launch-almanac on Windows, else %USERPROFILE%\AppData\Local\launch-almanac).
 * ALMANAC_HOME names another folder (tests, several installations). Null where there is no home
 * to put it in. `platform` is process.platform but for tests, whose paths are then that
 * platform's (path.win32 for "win32").
 */
export function userDataDir(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): string | null {
  const { isAbsolute, join } = platform === 'win32' ? win32 : posix;
  const own = env.ALMANAC_HOME;
  if (own && isAbsolute(own)) return own;
  const xdg = env.XDG_DATA_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'launch-almanac');
  if (platform === 'win32' && env.LOCALAPPDATA && isAbsolute(env.LOCALAPPDATA)) return join(env.LOCALAPPDATA, 'launch-almanac');
  let home = env.HOME || (platform === 'win32' ? env.USERPROFILE : undefined);
  if (!home) {
    try {
      // Only where HOME is not set: node:os is not loaded at every start for it.
      home = (require('node:os') as typeof import('node:os')).homedir();
    } catch {
      return null;
    }
  }
  if (!home || !isAbsolute(home)) return null;
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'launch-almanac');
  if (platform === 'win32') return join(home, 'AppData', 'Local', 'launch-almanac');
  return join(home, '.local', 'share', 'launch-almanac');
}

/**
 * The link, inside the user's data folder, to the dataset in use: `current` -> `datasets/NAME`.
 * An update writes a dataset completely, then makes a new link and renames it over `current`
 * (one atomic step); so a link exists only to a complete dataset.
 */
export const CURRENT = 'current';

/**
 * The name of a dataset folder an update builds: the program version that built it first, as a
 * dataset built by another version (whose bundled data and schema may differ) is not used.
 */
export const datasetName = (version: string, stamp: string) => `${version}+${stamp}`;

/**
 * The updated dataset's folder (the link's target, resolved once so that a command reads one
 * dataset even while an update switches to another) where there is one built by this version,
 * else null. One readlink, nothing else.
 */
export function updatedDataDir(env: Readonly<Record<string, string | undefined>>, version: string): string | null {
  const linked = linkedDataset(env);
  return linked !== null && linked.version === version ? linked.folder : null;
}

/**
 * The dataset `current` links to, whichever program version built it (the part of its name
 * before the last "+"), or null where there is no link. One readlink.
 */
export function linkedDataset(env: Readonly<Record<string, string | undefined>>): { folder: string; version: string } | null {
  const dir = userDataDir(env);
  if (dir === null) return null;
  let target: string;
  try {
    target = readlinkSync(join(dir, CURRENT));
  } catch {
    return null; // no link (never updated, or reverted), or not a link: the bundled data
  }
  const name = basename(target.replace(/[\\/]+$/, ''));
  const plus = name.lastIndexOf('+');
  return plus > 0 ? { folder: resolve(dir, target), version: name.slice(0, plus) } : null;
}
