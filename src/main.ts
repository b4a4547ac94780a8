// Entry point of the bundled CLI (dist/almanac.cjs, one CommonJS file: it starts faster than an
// ES module, and bin/almanac.js can compile it with V8's code cache).
import { join } from 'node:path';
import { run } from './cli.js';
import { FdStream } from './stdio.js';

const stdout = new FdStream(1, () => process.stdout);
const stderr = new FdStream(2, () => process.stderr);
const dataDir = join(__dirname, '../data/');
// bin/almanac.js names its cache folder on the module object it runs the bundle with; there is
// none when it runs the bundle without the code cache (ALMANAC_NO_CACHE=1, no place for it).
const given = (module as { almanacCacheDir?: unknown }).almanacCacheDir;
const cacheDir = typeof given === 'string' ? given : undefined;
void run(process.argv.slice(2), { stdout, stderr, env: process.env }, { dataDir, cacheDir }).then((code) => {
  process.exitCode = code;
});
