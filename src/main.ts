// Entry point of the bundled CLI (dist/almanac.cjs, one CommonJS file: it starts faster than an
// ES module, and bin/almanac.js can compile it with V8's code cache).
import { join } from 'node:path';
import { run } from './cli.js';
import { EXIT } from './errors.js';

// A stream that cannot be written is reported, never a stack trace (Node reports a failed write
// as an 'error' event after the write, and throws it if nobody listens):
// - a reader that goes away (`almanac launch list | head -1`, EPIPE) is not an error: the
//   process ends quietly with the code it had;
// - stdout failing otherwise (`> /dev/full`, ENOSPC; EIO) ends the run with one line on stderr,
//   `error: cannot write output (CODE)`, and exit 3;
// - stderr failing otherwise (`2>/dev/full`) loses only the message: the exit code stays the
//   command's own (a usage error is still 2), and stdout, which holds only results, gets nothing.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  try {
    process.stderr.write(`error: cannot write output (${e.code ?? 'unknown error'})\n`);
  } catch {
    // stderr is gone too: the exit code is all that is left.
  }
  process.exit(EXIT.data);
});
process.stderr.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

const dataDir = join(__dirname, '../data/');
void run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env }, { dataDir }).then((code) => {
  process.exitCode = code;
});
