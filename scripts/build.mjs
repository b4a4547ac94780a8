// Bundles the CLI and the importer into single files in dist/.
// One file per program keeps start-up from walking hundreds of modules (DESIGN.md §6).
// The CLI is one CommonJS file: Node starts it faster than an ES module, its command groups
// and libraries stay lazily initialised inside it, and bin/almanac.js can compile it with
// V8's code cache. The importer is an ES module, as before.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/almanac.cjs', format: 'cjs', minify: true }),
  build({
    ...common,
    entryPoints: ['src/importer/main.ts'],
    outfile: 'dist/importer.js',
    format: 'esm',
    // Bundled CommonJS dependencies call require() for Node built-ins.
    banner: { js: "import { createRequire as __almanacCreateRequire } from 'node:module'; const require = __almanacCreateRequire(import.meta.url);" },
  }),
]);
