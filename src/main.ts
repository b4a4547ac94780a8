// Entry point of the bundled CLI (dist/almanac.cjs, one CommonJS file: it starts faster than an
// ES module, and bin/almanac.js can compile it with V8's code cache).
import { join } from 'node:path';
import { run } from './cli.js';

// A reader that goes away (`almanac launch list | head -1`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const dataDir = join(__dirname, '../data/');
void run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, { dataDir }).then((code) => {
  process.exitCode = code;
});
