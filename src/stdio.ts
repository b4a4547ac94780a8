// The standard streams as the CLI writes them: each write goes to the file descriptor at once,
// whole, with fs.writeSync. Node's process.stdout and process.stderr are built on first use
// from the stream, net and tty modules (~1.5-3 ms each, and tty another ~2 ms); a command that
// prints one answer and ends needs none of that. Whether a stream is a terminal is asked of the
// tty module only when the descriptor is a character device other than /dev/null, and the
// terminal's width only of a terminal.
//
// A reader that goes away (`almanac launch list | head -1`) ends the program quietly with the
// exit code it has so far. Any other failure to write stdout (a full disk: ENOSPC) ends it with
// one line on stderr, `error: cannot write output (ENOSPC)`, and exit 3. A failure to write stderr
// loses only the message: the exit code stays the command's own (a usage error is still 2).
import { fstatSync, statSync, writeSync } from 'node:fs';
import { EXIT } from './errors.js';
import type { Stream } from './output.js';

function isTerminal(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    if (st.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  return (require('node:tty') as typeof import('node:tty')).isatty(fd);
}

/** Waits `ms` milliseconds without spinning (a descriptor left non-blocking by a parent said EAGAIN). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export class FdStream implements Stream {
  private tty: boolean | undefined;

  constructor(
    private readonly fd: 1 | 2,
    /** The same stream as Node's stream object, asked for the width of a terminal. */
    private readonly nodeStream: () => { columns?: number },
  ) {}

  get isTTY(): boolean {
    return (this.tty ??= isTerminal(this.fd));
  }

  get columns(): number | undefined {
    return this.isTTY ? this.nodeStream().columns : undefined;
  }

  write(text: string): boolean {
    const buf = Buffer.from(text, 'utf8');
    let off = 0;
    let waits = 0;
    while (off < buf.length) {
      try {
        off += writeSync(this.fd, buf, off, buf.length - off);
        waits = 0;
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
        if (code === 'EAGAIN' && waits++ < 10_000) {
          pause(1);
          continue;
        }
        if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
        if (this.fd === 2) return false;
        // stdout is gone: one line on stderr (if it still works), and exit 3 at once.
        try {
          writeSync(2, `error: cannot write output (${code})\n`);
        } catch {
          // stderr is gone too: the exit code is all that is left.
        }
        process.exit(EXIT.data);
      }
    }
    return true;
  }
}
