// Entry point of the bundled CLI (dist/almanac.js).
import { fileURLToPath } from 'node:url';
import { run } from './cli.js';

// A reader that goes away (`almanac launch list | head -1`) is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, { dataDir });
