// Bundles the CLI and the importer into single ESM files in dist/.
// One file per program keeps start-up from walking hundreds of modules (DESIGN.md §6).
import { build } from 'esbuild';

const banner = {
  // Bundled CommonJS dependencies (commander, cli-table3) call require() for Node built-ins.
  js: "import { createRequire as __almanacCreateRequire } from 'node:module'; const require = __almanacCreateRequire(import.meta.url);",
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner,
  legalComments: 'none',
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['src/main.ts'], outfile: 'dist/almanac.js', minify: true }),
  build({ ...common, entryPoints: ['src/importer/main.ts'], outfile: 'dist/importer.js' }),
]);
