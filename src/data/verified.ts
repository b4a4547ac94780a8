// Which data files are known to hold the very bytes their index manifest describes, so that
// records read from them through the indexes need no checks of their own (DESIGN.md §6).
//
// The importer checks every record in full and writes the SHA-256 of every file into
// index/manifest.json. Hashing a file again at every start would cost more than the command
// (Node's crypto module alone takes ~4 ms to load), and hashing each record read in JavaScript
// costs 1–10 ms a command. So, as git does for its index, a file is hashed once and remembered
// by what stat says of it: a line "dev ino size mtime ctime sha256" in the user's cache folder
// (the code cache's, see bin/almanac.js). While stat says the same, the file holds the bytes
// that were hashed; any write to it changes its ctime, which no user command can set back.
//
// A run that read a file with no such line hashes it when the command is done (the output is
// already written) and adds the line. Reading or writing the list never fails a command: on
// any problem the records are checked one by one, as they are without a cache folder.
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';

/** The list's file in the cache folder. */
export const VERIFIED_FILE = 'verified-files';
/** Lines kept: each data folder has 17 files; older lines go first. */
const MAX_LINES = 512;
/** A line: stat's identity of the file's contents, then the SHA-256 of those contents. */
const LINE = /^(\d+ \d+ \d+ \d+ \d+) ([0-9a-f]{64})$/;

/** "dev ino size mtime ctime" (nanoseconds): what stat says of a file's present contents. */
export const statKey = (st: BigIntStats): string => `${st.dev} ${st.ino} ${st.size} ${st.mtimeNs} ${st.ctimeNs}`;

export class VerifiedFiles {
  /** stat key → SHA-256, as read from the list. */
  private known = new Map<string, string>();
  /** Files read this run that the list does not vouch for: path → what they should hash to. */
  private pending = new Map<string, { key: string; sha256: string }>();

  constructor(readonly cacheDir: string) {
    try {
      const text = readFileSync(join(cacheDir, VERIFIED_FILE), 'latin1');
      if (text.length > MAX_LINES * 200) return;
      for (const line of text.split('\n')) {
        const m = LINE.exec(line);
        if (m) this.known.set(m[1]!, m[2]!);
      }
    } catch {
      // No list yet, or none readable: every file is checked record by record.
    }
  }

  /**
   * Whether the file `path`, of which fstat said `st`, holds the bytes with this SHA-256. Where
   * the list does not say so, the file is hashed after the command (save()).
   */
  vouches(path: string, st: BigIntStats, sha256: string): boolean {
    const key = statKey(st);
    if (this.known.get(key) === sha256) return true;
    this.pending.set(path, { key, sha256 });
    return false;
  }

  /**
   * Hashes the files read this run that the list did not vouch for, and adds those whose bytes
   * have the SHA-256 the manifest gives them (and that did not change while being hashed).
   */
  save(): void {
    if (this.pending.size === 0) return;
    const added = new Map<string, string>();
    try {
      const { createHash } = require('node:crypto') as typeof import('node:crypto');
      for (const [path, { key, sha256 }] of this.pending) {
        // Without blocking, as the loader opens data files: something put in the file's place
        // since (a FIFO) has another stat key and is left alone.
        const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
        try {
          if (statKey(fstatSync(fd, { bigint: true })) !== key) continue;
          const digest = createHash('sha256').update(readFileSync(fd)).digest('hex');
          if (digest === sha256 && statKey(fstatSync(fd, { bigint: true })) === key) added.set(key, digest);
        } finally {
          closeSync(fd);
        }
      }
    } catch {
      return;
    }
    this.pending.clear();
    if (added.size === 0) return;
    // The lines read, then the new ones last (older lines go first when the list is full).
    const merged = new Map(this.known);
    for (const [key, digest] of added) {
      merged.delete(key);
      merged.set(key, digest);
    }
    const lines = [...merged].map(([key, digest]) => `${key} ${digest}`).slice(-MAX_LINES);
    const file = join(this.cacheDir, VERIFIED_FILE);
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      mkdirSync(this.cacheDir, { recursive: true, mode: 0o700 });
      writeFileSync(tmp, `${lines.join('\n')}\n`, { mode: 0o600 });
      renameSync(tmp, file);
      this.known = merged;
    } catch {
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Nothing more to do: the command's result does not depend on the list.
      }
    }
  }
}
