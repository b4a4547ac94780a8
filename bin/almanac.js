#!/usr/bin/env node
// Runs the bundled CLI, dist/almanac.cjs. CommonJS (see bin/package.json): a CommonJS entry
// starts faster than an ES module.
//
// V8's code cache (DESIGN.md §6): the bundle is compiled through vm.Script with the cached data
// of an earlier run, which saves parsing and compiling it again. The cache lives in
// $XDG_CACHE_HOME/launch-almanac (else ~/.cache/launch-almanac), one file per Node version,
// bundle build and command (below); it is written (temp file + rename) only after a run that
// found none or whose cache V8 rejected. ALMANAC_NO_CACHE=1 turns it off. Reading or writing it
// never fails a command: on any problem the bundle is compiled as usual and nothing is written.
// The bundle is told the folder too (module.almanacCacheDir), for its list of data files already
// hashed (src/data/verified.ts); ALMANAC_NO_CACHE=1 turns that off as well.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const bundle = path.join(__dirname, '..', 'dist', 'almanac.cjs');

/**
 * Each command has a cache of its own: a cache holds the functions its run compiled, and a
 * command run from another command's cache compiles its own functions again (~10 ms for
 * `launch show` after `--version`). The groups and subcommands that get one, and the aliases of
 * groups (test/e2e/cache.test.ts checks them against the program's commands); anything else
 * shares the cache "main", so that words a user types never name a file.
 */
const COMMANDS = {
  launch: ['show', 'list', 'next', 'upcoming'],
  crew: ['bio', 'list'],
  'on-this-day': [],
  stats: [],
  site: ['show', 'list'],
  vehicle: ['show', 'list'],
  agency: ['show', 'list'],
  timezone: [],
  data: ['info', 'update'],
  export: [],
  completion: [],
};
const ALIASES = { otd: 'on-this-day', tz: 'timezone' };

/** "launch-show", "stats", or "main": which command's cache a command line uses. */
function commandKey(argv) {
  let group = null;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (word === '--data') {
      i++;
      continue;
    }
    if (word.startsWith('-')) continue;
    if (group !== null) return COMMANDS[group].includes(word) ? `${group}-${word}` : group;
    group = Object.hasOwn(ALIASES, word) ? ALIASES[word] : word;
    if (!Object.hasOwn(COMMANDS, group)) return 'main';
  }
  return group ?? 'main';
}

/** The cache file for this Node, this bundle and this command, or null when there is no place for it. */
function cacheFile(source) {
  const env = process.env;
  if (env.ALMANAC_NO_CACHE && env.ALMANAC_NO_CACHE !== '0') return null;
  const xdg = env.XDG_CACHE_HOME;
  const home = env.HOME || require('node:os').homedir();
  const dir = xdg && path.isAbsolute(xdg) ? path.join(xdg, 'launch-almanac') : home ? path.join(home, '.cache', 'launch-almanac') : null;
  if (dir === null) return null;
  // The build writes a hash of the bundle on its last line; the modification time covers a
  // bundle changed by hand.
  const build = /almanac-build=(\w+)\s*$/.exec(source.slice(-64))?.[1] ?? 'dev';
  const mtime = Math.trunc(fs.statSync(bundle).mtimeMs);
  return path.join(dir, `almanac-${process.version}-${process.arch}-${build}-${mtime}-${commandKey(process.argv.slice(2))}.v8cache`);
}

/**
 * The cached data in a cache file, or undefined. V8 checks the cache's header (V8 version,
 * flags, source length) but, in release builds, not its checksum, and aborts the process on a
 * damaged payload; so the file holds the data twice and is used only when both copies agree.
 */
function readCache(file) {
  let buf;
  try {
    buf = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const half = buf.length / 2;
  if (half === 0 || !Number.isInteger(half) || !buf.subarray(0, half).equals(buf.subarray(half))) return undefined;
  return buf.subarray(0, half);
}

/** Writes the cache for `script` to `file`: the folder and a temporary file first, so that an unwritable place costs no serialisation. */
function writeCache(file, script) {
  const dir = path.dirname(file);
  const tmp = `${file}.${process.pid}.tmp`;
  let fd = null;
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    fd = fs.openSync(tmp, 'w', 0o600);
    const data = script.createCachedData();
    fs.writeFileSync(fd, data);
    fs.writeFileSync(fd, data);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(tmp, file);
    // Caches of earlier builds for this Node are no longer used.
    const prefix = `almanac-${process.version}-${process.arch}-`;
    const current = path.basename(file).replace(/-[a-z-]+\.v8cache$/, '-');
    for (const f of fs.readdirSync(dir)) {
      if (f.startsWith(prefix) && f.endsWith('.v8cache') && !f.startsWith(current)) fs.rmSync(path.join(dir, f), { force: true });
    }
  } catch {
    try {
      if (fd !== null) fs.closeSync(fd);
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing more to do: the command's result does not depend on the cache.
    }
  }
}

function main() {
  let source;
  let file = null;
  try {
    source = fs.readFileSync(bundle, 'utf8');
    file = cacheFile(source);
  } catch {
    file = null;
  }
  if (file === null) {
    require(bundle);
    return;
  }
  const vm = require('node:vm');
  const cachedData = readCache(file);
  // Wrapped as Node wraps a CommonJS module (Module.wrap; loading node:module for it costs
  // ~0.4 ms). The bundle requires only Node's built-in modules, so this file's require serves it.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n});`, { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    // After the run, so that the cache holds the functions this command compiled too.
    process.once('exit', () => writeCache(file, script));
  }
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false, almanacCacheDir: path.dirname(file) };
  script.runInThisContext().call(module.exports, module.exports, require, module, bundle, path.dirname(bundle));
}

main();
