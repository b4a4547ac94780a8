// Bundles the CLI and the importer into single files in dist/.
// One file per program keeps start-up from walking hundreds of modules (DESIGN.md §6).
// The CLI is one CommonJS file: Node starts it faster than an ES module, its command groups
// and libraries stay lazily initialised inside it, and bin/almanac.js can compile it with
// V8's code cache. The importer is an ES module, as before.
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * commander requires node:child_process on load, only to run executable subcommands, which the
 * almanac has none of; loading it (with net, dgram and streams) costs ~8 ms at every start. In
 * the CLI bundle it is a proxy that requires the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/, namespace: 'file' }, () => ({ path: 'child_process', namespace: 'lazy-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

/**
 * The CLI requires date-fns on first use (src/domain/zones.ts); a require() would bundle its
 * CommonJS build, which pulls in all of date-fns (300 modules). Resolved as an import, the
 * ES-module build is bundled and tree-shaken (a bundle of ~210 kB instead of ~335 kB).
 */
const esmForRequire = {
  name: 'esm-for-require',
  setup(b) {
    b.onResolve({ filter: /^date-fns(-tz)?(\/|$)/ }, (args) => (args.kind === 'require-call' ? b.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir }) : undefined));
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/almanac.cjs', format: 'cjs', minify: true, plugins: [lazyChildProcess, esmForRequire] }),
  // `data update` and `launch next` (src/update/): a file of its own, which only they load, so
  // that HTTP, zlib and the importer cost the other commands nothing at start-up.
  build({ ...common, entryPoints: ['src/update/index.ts'], outfile: 'dist/update.cjs', format: 'cjs', minify: true, plugins: [lazyChildProcess, esmForRequire] }),
  build({
    ...common,
    entryPoints: ['src/importer/main.ts'],
    outfile: 'dist/importer.js',
    format: 'esm',
    // Bundled CommonJS dependencies call require() for Node built-ins.
    banner: { js: "import { createRequire as __almanacCreateRequire } from 'node:module'; const require = __almanacCreateRequire(import.meta.url);" },
  }),
]);

// The bundle's last line names its build, so that bin/almanac.js can key its code cache on the
// bundle without hashing it at every start.
const hash = createHash('sha256').update(readFileSync('dist/almanac.cjs')).digest('hex').slice(0, 16);
appendFileSync('dist/almanac.cjs', `//# almanac-build=${hash}\n`);
