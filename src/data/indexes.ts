// Reads the importer's index files (data/index/, written by src/importer/indexes.ts) with
// positioned reads, so that a lookup reads a few hundred bytes of each file instead of all of it.
//
// The files are text, so that `npm run data:build` can compare them like the rest of data/:
// - index/manifest.json: the format, the size and SHA-256 of every data file the indexes were
//   built from and of every index file, and how many buckets or records each index file has.
// - *.kv: a constant hash table (cdb-like). A 64-byte header line, then one 29-byte line per
//   bucket, "offset length fnv1a", then each bucket's keys and values as one JSON object per line.
//   A key's bucket is FNV-1a (32-bit, over its UTF-8 bytes) modulo the bucket count.
// - *.offsets: a 64-byte header line, then one 27-byte line per record of a data file, "offset
//   length fnv1a" of the record's JSON text (the data files hold one record per line).
// The loader uses a file through them when it has the size the manifest says (checked when the
// file is first opened). Then, unless the user's cache vouches for the whole file (verified.ts:
// it was hashed once and has not changed since), every bucket and record read must match its
// FNV-1a hash. Anything else raises IndexMismatch, and the caller answers from whole-file reads
// instead (with their error messages for damaged files).
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, type BigIntStats } from 'node:fs';
import { join } from 'node:path';
import type { VerifiedFiles } from './verified.js';

/**
 * 3: launch name keys and tokens in the matcher's canonical form (numbers as digits), `n:` and
 * `e:` keys, titles in launch-rows.json. Indexes of another format are not used.
 */
export const INDEX_FORMAT = 3;
export const INDEX_DIR = 'index';
export const MANIFEST = 'index/manifest.json';
export const HEADER_BYTES = 64;
/** "0000001234 00000567 89abcdef\n": offset, length, FNV-1a of a bucket or record. */
export const KV_ENTRY_BYTES = 29;
export const OFFSET_ENTRY_BYTES = 29;

/** Bytes read from data/ by this process (whole files and positioned reads), for tests. */
export const readStats = { bytes: 0, wholeFiles: [] as string[] };

/** FNV-1a, 32 bits. */
export function fnv1a(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= bytes[i]!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export const hex8 = (n: number) => n.toString(16).padStart(8, '0');

/** The entry line of a bucket or record: "offset length fnv1a\n". */
export function entryLine(offset: number, length: number, hash: number): string {
  return `${String(offset).padStart(10, '0')} ${String(length).padStart(8, '0')} ${hex8(hash)}\n`;
}

export function bucketOf(key: string, buckets: number): number {
  return fnv1a(Buffer.from(key, 'utf8')) % buckets;
}

/** The index does not fit the data: answer from whole-file reads. */
export class IndexMismatch extends Error {
  constructor(what: string) {
    super(`index mismatch: ${what}`);
    this.name = 'IndexMismatch';
  }
}

export interface FileEntry {
  bytes: number;
  sha256: string;
  /** Buckets of a .kv file, records of a .offsets file. */
  buckets?: number;
  records?: number;
}

export interface Manifest {
  format: number;
  /** Data files the indexes describe, by name in data/. */
  files: Record<string, FileEntry>;
  /** Index files, by path in data/ ("index/launches.kv"). */
  indexes: Record<string, FileEntry>;
  counts: { launches: number; people: number };
}

/** The largest data file read (the bundled launches.json is about 4 MB). */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Opens a data file for reading: a regular file no larger than MAX_FILE_BYTES, else an error
 * with a `code` saying what it is. Opened without blocking, so that a FIFO in its place (which
 * would wait for a writer) is seen for what it is, as is a device such as /dev/zero.
 */
export function openDataFile(path: string): { fd: number; stat: BigIntStats } {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  const stat = fstatSync(fd, { bigint: true });
  const problem = !stat.isFile() ? 'not a regular file' : stat.size > MAX_FILE_BYTES ? `larger than ${MAX_FILE_BYTES / 1024 / 1024} MB` : null;
  if (problem !== null) {
    closeSync(fd);
    throw Object.assign(new Error(`${path}: ${problem}`), { code: problem });
  }
  return { fd, stat };
}

/** Whole-file text read, counted. */
export function readText(path: string): string {
  const { fd } = openDataFile(path);
  let text: string;
  try {
    text = readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
  readStats.bytes += Buffer.byteLength(text);
  readStats.wholeFiles.push(path);
  return text;
}

export class DataIndex {
  private fds = new Map<string, number>();
  private recordCache = new Map<string, unknown>();
  /** Files the user's cache vouches for (verified.ts): their records need no checks of their own. */
  private vouched = new Set<string>();

  private constructor(
    readonly dir: string,
    readonly manifest: Manifest,
    private readonly verified: VerifiedFiles | undefined,
  ) {}

  /**
   * The indexes of a data folder, or null where there are none or they are of another format.
   * Each file is checked against the manifest when it is first read (read()).
   */
  static open(dir: string, verified?: VerifiedFiles): DataIndex | null {
    let m: Manifest;
    try {
      m = JSON.parse(readText(join(dir, MANIFEST))) as Manifest;
      if (m === null || typeof m !== 'object' || m.format !== INDEX_FORMAT || typeof m.files !== 'object' || m.files === null || typeof m.indexes !== 'object' || m.indexes === null) return null;
    } catch {
      return null;
    }
    return new DataIndex(dir, m, verified);
  }

  /** The manifest's entry for a data file ("launches.json") or index file ("index/launches.kv"). */
  private entryOf(file: string): FileEntry | undefined {
    return Object.hasOwn(this.manifest.files, file) ? this.manifest.files[file] : Object.hasOwn(this.manifest.indexes, file) ? this.manifest.indexes[file] : undefined;
  }

  /** Whether the user's cache vouches for all of `file` (read at least once): its records are then not checked one by one. */
  vouchedFor(file: string): boolean {
    return this.vouched.has(file);
  }

  /** Opens a file of the folder, once: it must have the size the manifest gives it. */
  private fd(file: string): number {
    let fd = this.fds.get(file);
    if (fd === undefined) {
      const e = this.entryOf(file);
      if (e === undefined || typeof e.bytes !== 'number') throw new IndexMismatch(`${file} is not in the manifest`);
      const path = join(this.dir, file);
      const opened = openDataFile(path);
      if (opened.stat.size !== BigInt(e.bytes)) {
        closeSync(opened.fd);
        throw new IndexMismatch(`${file} does not have the size the manifest says`);
      }
      fd = opened.fd;
      this.fds.set(file, fd);
      if (this.verified !== undefined && typeof e.sha256 === 'string' && this.verified.vouches(path, opened.stat, e.sha256)) this.vouched.add(file);
    }
    return fd;
  }

  private read(file: string, position: number, length: number): Buffer {
    try {
      const fd = this.fd(file);
      const buf = Buffer.allocUnsafe(length);
      const n = readSync(fd, buf, 0, length, position);
      readStats.bytes += n;
      if (n !== length) throw new IndexMismatch(`${file} is shorter than its index says`);
      return buf;
    } catch (e) {
      if (e instanceof IndexMismatch) throw e;
      throw new IndexMismatch(`cannot read ${file}`);
    }
  }

  private entry(file: string, at: number): { offset: number; length: number; hash: number } {
    const line = this.read(file, at, 28).toString('latin1');
    const offset = Number(line.slice(0, 10));
    const length = Number(line.slice(11, 19));
    const hash = parseInt(line.slice(20, 28), 16);
    if (!Number.isInteger(offset) || !Number.isInteger(length) || !Number.isInteger(hash)) throw new IndexMismatch(`${file}: bad entry`);
    return { offset, length, hash };
  }

  private checked(file: string, e: { offset: number; length: number; hash: number }): Buffer {
    const buf = this.read(file, e.offset, e.length);
    if (!this.vouched.has(file) && fnv1a(buf) !== e.hash) throw new IndexMismatch(`${file}: bytes at ${e.offset} do not match the index`);
    return buf;
  }

  /** The value of `key` in an index file ("launches.kv"), undefined where it has none. */
  get(kv: string, key: string): unknown {
    const file = `${INDEX_DIR}/${kv}`;
    const buckets = this.manifest.indexes[file]?.buckets;
    if (!buckets) throw new IndexMismatch(`no ${file}`);
    const b = bucketOf(key, buckets);
    const cacheKey = `${file}\0${b}`;
    let bucket = this.recordCache.get(cacheKey) as Record<string, unknown> | undefined;
    if (bucket === undefined) {
      const e = this.entry(file, HEADER_BYTES + b * KV_ENTRY_BYTES);
      bucket = e.length === 0 ? {} : (parse(this.checked(file, e), file) as Record<string, unknown>);
      this.recordCache.set(cacheKey, bucket);
    }
    return Object.hasOwn(bucket, key) ? bucket[key] : undefined;
  }

  /**
   * A whole file of the data folder ("launches.json"), as bytes checked against the SHA-256 the
   * manifest gives it (hashed natively: ~1 ms a megabyte, unless the user's cache vouches for the
   * file), for output written from the bytes without parsing them.
   */
  bytes(name: string): Buffer {
    const e = this.entryOf(name);
    if (e === undefined || typeof e.sha256 !== 'string') throw new IndexMismatch(`no ${name} in the manifest`);
    readStats.wholeFiles.push(join(this.dir, name));
    const buf = this.read(name, 0, e.bytes);
    if (!this.vouched.has(name) && (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(buf).digest('hex') !== e.sha256) throw new IndexMismatch(`${name} does not match the manifest`);
    return buf;
  }

  /**
   * A whole .json index file ("crew-rows.json"), parsed. Like the data files read whole, it is
   * trusted when it has the size the manifest says (checked when it is opened) and
   * parses; the caller checks the shape of what it uses. Hashing it would cost more than reading
   * it (Node's crypto module alone takes ~4 ms to load).
   */
  json(name: string): unknown {
    const file = `${INDEX_DIR}/${name}`;
    const e = this.entryOf(file);
    if (e === undefined) throw new IndexMismatch(`no ${file} in the manifest`);
    readStats.wholeFiles.push(join(this.dir, file));
    return parse(this.read(file, 0, e.bytes), name);
  }

  /**
   * Record `i` of a data file ("launches.json") or of an index file of records
   * ("index/crew-rows.json"), read on its own and checked against the index: its bytes against
   * the offsets' hash and the record against `fits` (its shape), unless the user's cache
   * vouches for the whole file (verified.ts).
   */
  record(dataFile: string, i: number, fits: (r: unknown) => boolean): unknown {
    const cacheKey = `${dataFile}\0${i}`;
    if (this.recordCache.has(cacheKey)) return this.recordCache.get(cacheKey);
    const file = offsetsOf(dataFile);
    const records = this.manifest.indexes[file]?.records;
    if (records === undefined || !Number.isInteger(i) || i < 0 || i >= records) throw new IndexMismatch(`${file}: no record ${i}`);
    const value = parse(this.checked(dataFile, this.entry(file, HEADER_BYTES + i * OFFSET_ENTRY_BYTES)), dataFile);
    if (!this.vouched.has(dataFile) && !fits(value)) throw new IndexMismatch(`${dataFile}: record ${i + 1} has the wrong shape`);
    this.recordCache.set(cacheKey, value);
    return value;
  }

  /** Records `first` to `first + count - 1` of a data file, read in one piece and checked as record() checks one. */
  range(dataFile: string, first: number, count: number, fits: (r: unknown) => boolean): unknown[] {
    if (count <= 0) return [];
    const file = offsetsOf(dataFile);
    const records = this.manifest.indexes[file]?.records;
    if (records === undefined || first < 0 || first + count > records) throw new IndexMismatch(`${file}: no records ${first}+${count}`);
    const table = this.read(file, HEADER_BYTES + first * OFFSET_ENTRY_BYTES, count * OFFSET_ENTRY_BYTES).toString('latin1');
    const entries = [];
    for (let k = 0; k < count; k++) {
      const line = table.slice(k * OFFSET_ENTRY_BYTES, (k + 1) * OFFSET_ENTRY_BYTES);
      entries.push({ offset: Number(line.slice(0, 10)), length: Number(line.slice(11, 19)), hash: parseInt(line.slice(20, 28), 16) });
    }
    const start = entries[0]!.offset;
    const last = entries[count - 1]!;
    const buf = this.read(dataFile, start, last.offset + last.length - start);
    return entries.map((e, k) => {
      const cacheKey = `${dataFile}\0${first + k}`;
      if (this.recordCache.has(cacheKey)) return this.recordCache.get(cacheKey);
      const from = e.offset - start;
      if (!(from >= 0 && from + e.length <= buf.length) || (!this.vouched.has(dataFile) && fnv1a(buf, from, from + e.length) !== e.hash)) throw new IndexMismatch(`${dataFile}: record ${first + k} does not match the index`);
      const value = parse(buf.subarray(from, from + e.length), dataFile);
      if (!this.vouched.has(dataFile) && !fits(value)) throw new IndexMismatch(`${dataFile}: record ${first + k + 1} has the wrong shape`);
      this.recordCache.set(cacheKey, value);
      return value;
    });
  }
}

/** The offsets file of a file of records: index/launches.offsets for launches.json, index/crew-rows.offsets for index/crew-rows.json. */
function offsetsOf(file: string): string {
  const offsets = file.replace(/\.json$/, '.offsets');
  return offsets.startsWith(`${INDEX_DIR}/`) ? offsets : `${INDEX_DIR}/${offsets}`;
}

function parse(buf: Buffer, file: string): unknown {
  try {
    return JSON.parse(buf.toString('utf8'));
  } catch {
    throw new IndexMismatch(`${file}: not JSON where the index points`);
  }
}
