// The hit rate of a build on the query table of test/unit/names.table.ts, through the CLI:
//   node scripts/names-hit-rate.mjs [path/to/bin/almanac.js]   (default: this checkout's)
// A query hits when the command finds the expected record, or reports the expected ambiguity
// (exit 1 naming the listed candidates) or finds nothing where nothing is expected.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.argv[2] ?? join(root, 'bin', 'almanac.js');
// The table is TypeScript with plain data: read the rows with a regular expression.
const text = readFileSync(join(root, 'test', 'unit', 'names.table.ts'), 'utf8');
const rows = [...text.matchAll(/^\s*\['(launch|person|site|vehicle|agency)', ('(?:[^'\\]|\\.)*'|"[^"]*"), (.*)\],$/gm)].map((m) => [m[1], eval(m[2]), eval(m[3])]);
const command = { launch: ['launch', 'show'], person: ['crew', 'bio'], site: ['site', 'show'], vehicle: ['vehicle', 'show'], agency: ['agency', 'show'] };
const idOf = (kind, j) => (kind === 'launch' ? (j.launch?.id ?? j.flight?.id) : kind === 'person' ? j.person?.id : kind === 'site' ? j.id : kind === 'vehicle' ? j.vehicle?.id : j.agency?.id);
let hits = 0;
const misses = [];
for (const [kind, q, expect] of rows) {
  const r = spawnSync(process.execPath, [bin, ...command[kind], q, '--json', '--limit', '0'].filter((a) => kind === 'launch' || kind === 'person' ? a !== '--limit' && a !== '0' : true), { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', TZ: 'UTC' } });
  let ok = false;
  let got = `exit ${r.status}: ${r.stderr.split('\n')[0]}`;
  if (r.status === 0) {
    try {
      got = idOf(kind, JSON.parse(r.stdout));
    } catch {}
    ok = typeof expect === 'string' && got === expect;
  } else if (Array.isArray(expect) && r.status === 1) {
    if (expect[0] === 'none') ok = /no .* matches|nobody/.test(r.stderr);
    else ok = / matches \d/.test(r.stderr) && expect.slice(1).every((id) => r.stderr.includes(kind === 'person' ? `(${id})` : id));
  }
  if (ok) hits++;
  else misses.push(`${kind} ${JSON.stringify(q)}: want ${JSON.stringify(expect)}, got ${got}`);
}
console.log(`${hits} of ${rows.length} queries hit (${((100 * hits) / rows.length).toFixed(1)}%)`);
for (const m of misses) console.log(`  miss: ${m}`);
