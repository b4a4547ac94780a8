// What a command needs from the outside world, handed in by cli.ts.
import type { Dataset } from './data/load.js';
import type { Io } from './output.js';

export interface Context {
  io: Io;
  /** The dataset (from --data or the bundled data/), opened on first use. */
  dataset(): Dataset;
  /** The bundled data/ folder (never modified; `data update` builds from it). */
  bundledDir: string;
  /** The program's version (package.json). */
  version: string;
  /** False when --no-color was given. */
  color(): boolean;
}
