// `npm run bench`: start-up and throughput of real commands, against `node -e 0` in the same
// run. Spawns the built CLI as a user would, many times after a warm-up (which writes the code
// cache, into a temporary folder), each run paired with a run of `node -e 0`, and reports the
// median wall time and peak memory of each command and their ratios to the floor. Then runs the
// point commands and the lists on synthetic datasets 4× and 10× the size to show how time grows
// (the three sizes' runs interleaved, so that the machine's drift weighs on them alike), and
// `launch list --year 2018 --json` beside jq answering the same from data/launches.json.
// Results are printed as a table and written to bench/results/<date>.json.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin', 'almanac.js');
const RSS = join(ROOT, 'bench', 'rss.cjs');
const runs = Number(process.env.BENCH_RUNS ?? 15);
// The code cache goes to a folder of the bench's own, written by the warm-up runs.
const CACHE_HOME = mkdtempSync(join(tmpdir(), 'almanac-bench-cache-'));
const warmup = 2;

const COMMANDS = [
  ['--version', ['--version']],
  ['--help', ['--help']],
  ['launch show "Soyuz TM-14"', ['launch', 'show', 'Soyuz TM-14']],
  ['launch list --year 2018', ['launch', 'list', '--year', '2018']],
  ['launch list --json (all)', ['launch', 'list', '--json']],
  ['launch list --limit 0 (table, all)', ['launch', 'list', '--limit', '0']],
  ['crew bio "Kaleri"', ['crew', 'bio', 'Kaleri']],
  ['crew list --sort time --limit 10', ['crew', 'list', '--sort', 'time', '--limit', '10']],
  ['on-this-day 03-17', ['on-this-day', '03-17']],
  ['timezone "Soyuz TM-14" --to America/New_York', ['timezone', 'Soyuz TM-14', '--to', 'America/New_York']],
  ['timezone "Soyuz TM-14" (default zone)', ['timezone', 'Soyuz TM-14']],
  ['stats --by decade', ['stats', '--by', 'decade']],
  ['site show Baikonur', ['site', 'show', 'Baikonur']],
  ['data info', ['data', 'info']],
];
/** The same commands without the code cache (ALMANAC_NO_CACHE=1), to show what it saves. */
const NO_CACHE = ['--help', 'launch show "Soyuz TM-14"', 'data info'];
/**
 * Measured again on datasets 4× and 10× the size. The point commands (one launch, person, site,
 * the statistics, the dataset's summary) answer the same at any size; the lists (a year, a day,
 * the whole history) answer with more rows as the data grows.
 */
const POINT = ['launch show "Soyuz TM-14"', 'timezone "Soyuz TM-14" --to America/New_York', 'crew bio "Kaleri"', 'site show Baikonur', 'stats --by decade', 'data info'];
const SCALED = [...POINT, 'launch list --year 2018', 'on-this-day 03-17', 'launch list --json (all)', 'launch list --limit 0 (table, all)'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall time (ms) and peak RSS (MB) of one run of `node <args>`. */
function once(args, env, rssFile) {
  writeFileSync(rssFile, '');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', RSS, ...args], {
    env: { ...process.env, XDG_CACHE_HOME: CACHE_HOME, ...env, ALMANAC_BENCH_RSS: rssFile, COLUMNS: '100', TZ: 'UTC', NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms, rssMB: Number(readFileSync(rssFile, 'utf8').trim()) / 1024 };
}

/**
 * Median wall time (ms) and peak RSS (MB) of `node <args>` over `runs` runs after a warm-up
 * (which also writes the code cache), each run paired with a run of `node -e 0` just before
 * it, so that the ratio to the floor holds even when the machine's load drifts.
 */
function measure(args, env = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'almanac-bench-'));
  const rssFile = join(dir, 'rss');
  const cmd = [];
  const floor = [];
  for (let i = 0; i < warmup + runs; i++) {
    const f = once(['-e', '0'], {}, rssFile);
    const c = once(args, env, rssFile);
    if (i >= warmup) {
      floor.push(f);
      cmd.push(c);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const ms = median(cmd.map((x) => x.ms));
  const rssMB = median(cmd.map((x) => x.rssMB));
  const floorMs = median(floor.map((x) => x.ms));
  const floorRssMB = median(floor.map((x) => x.rssMB));
  // Time above the floor as the median of each run's difference from its paired floor run:
  // steadier than a difference of medians when the machine's load drifts.
  const overFloorMs = median(cmd.map((c, i) => c.ms - floor[i].ms));
  return { ms, rssMB, floorMs, floorRssMB, ratio: ms / floorMs, rssRatio: rssMB / floorRssMB, overFloorMs };
}

/** A data/ folder with every launch repeated `factor` times, under new ids and names that no query below matches exactly. */
function scaledData(factor) {
  const dir = mkdtempSync(join(tmpdir(), `almanac-x${factor}-`));
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  const launches = JSON.parse(readFileSync(join(ROOT, 'data', 'launches.json'), 'utf8'));
  const out = [];
  for (let k = 0; k < factor; k++) for (const l of launches) out.push(k === 0 ? l : { ...l, id: `${l.id}~${k}`, name: `copy${k} ${l.name}`, title: `copy${k} ${l.title ?? l.name}`, aliases: (l.aliases ?? []).map((a) => `copy${k} ${a}`), knownAs: [], payloads: l.payloads.map((p) => `copy${k} ${p}`), ll2: null, crewed: false });
  out.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  writeFileSync(join(dir, 'launches.json'), `[\n${out.map((l) => JSON.stringify(l)).join(',\n')}\n]\n`);
  // The importer's indexes for the new launches.json, as `npm run data:build` would write them.
  const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'importer.js'), '--reindex', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`reindexing ${dir} failed`);
  return dir;
}

const floor = measure(['-e', '0']);
const rows = [
  ...COMMANDS.map(([name, args]) => ({ name, ...measure([BIN, ...args]) })),
  ...COMMANDS.filter(([n]) => NO_CACHE.includes(n)).map(([name, args]) => ({ name: `${name}, no code cache`, ...measure([BIN, ...args], { ALMANAC_NO_CACHE: '1' }) })),
];
/**
 * Time above the floor of `node <args>` on each dataset, the runs interleaved (one run on each
 * dataset in turn, each paired with a run of `node -e 0`), so that a drift in the machine's
 * load weighs on every size alike: medians of the paired differences, in ms.
 */
function measureScaled(args, dirs) {
  const dir = mkdtempSync(join(tmpdir(), 'almanac-bench-'));
  const rssFile = join(dir, 'rss');
  const over = dirs.map(() => []);
  for (let i = 0; i < warmup + runs; i++) {
    dirs.forEach((d, k) => {
      const env = d === null ? {} : { ALMANAC_DATA: d };
      const f = once(['-e', '0'], {}, rssFile);
      const c = once(args, env, rssFile);
      if (i >= warmup) over[k].push(c.ms - f.ms);
    });
  }
  rmSync(dir, { recursive: true, force: true });
  return over.map(median);
}

const FACTORS = [1, 4, 10];
const scaledDirs = FACTORS.map((factor) => (factor === 1 ? null : scaledData(factor)));
const scaling = [];
for (const [name, args] of COMMANDS.filter(([n]) => SCALED.includes(n))) {
  const over = measureScaled([BIN, ...args], scaledDirs);
  FACTORS.forEach((factor, k) => scaling.push({ name, factor, overFloorMs: over[k] }));
}
for (const d of scaledDirs) if (d !== null) rmSync(d, { recursive: true, force: true });

// jq answering `launch list --year 2018 --json` from data/launches.json, beside the almanac.
const JQ_FILTER = '{total: ([.[] | select(.time | startswith("2018"))] | length), launches: [.[] | select(.time | startswith("2018"))]}';
const hasJq = spawnSync('jq', ['--version'], { stdio: 'ignore' }).status === 0;
let jq = null;
if (hasJq) {
  const ms = [];
  const ours = [];
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('jq', ['-c', JQ_FILTER, join(ROOT, 'data', 'launches.json')], { stdio: ['ignore', 'ignore', 'inherit'] });
    const t1 = process.hrtime.bigint();
    const a = spawnSync(process.execPath, [BIN, 'launch', 'list', '--year', '2018', '--json'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, XDG_CACHE_HOME: CACHE_HOME, TZ: 'UTC' } });
    const t2 = process.hrtime.bigint();
    if (r.status !== 0 || a.status !== 0) throw new Error('jq or the almanac failed');
    if (i >= warmup) {
      ms.push(Number(t1 - t0) / 1e6);
      ours.push(Number(t2 - t1) / 1e6);
    }
  }
  jq = { jqMs: median(ms), almanacMs: median(ours) };
}

const pad = (s, n) => String(s).padEnd(n);
const lines = [
  `node ${process.version}, ${runs} runs after ${warmup} warm-up, median; each run paired with a run of node -e 0, ratios to those`,
  `${pad('command', 48)} ${pad('ms', 8)} ${pad('× floor', 8)} ${pad('RSS MB', 8)} × floor`,
  `${pad('node -e 0 (floor)', 48)} ${pad(floor.ms.toFixed(1), 8)} ${pad('1.00', 8)} ${pad(floor.rssMB.toFixed(1), 8)} 1.00`,
  ...rows.map((r) => `${pad(r.name, 48)} ${pad(r.ms.toFixed(1), 8)} ${pad(r.ratio.toFixed(2), 8)} ${pad(r.rssMB.toFixed(1), 8)} ${r.rssRatio.toFixed(2)}`),
  '',
  'scaling: time above the floor (median of paired differences), ms, with the dataset 1×, 4× and 10× its size',
  ...SCALED.map((name) => {
    const s = scaling.filter((x) => x.name === name);
    const base = s[0].overFloorMs;
    return `${pad(name, 48)} ${s.map((x) => `${x.factor}×: ${x.overFloorMs.toFixed(0)} (${(x.overFloorMs / base).toFixed(1)}×)`).join('  ')}${POINT.includes(name) ? '' : '  (a list)'}`;
  }),
  '',
  jq
    ? `launch list --year 2018 --json: almanac ${jq.almanacMs.toFixed(1)} ms, jq from data/launches.json ${jq.jqMs.toFixed(1)} ms (${(jq.jqMs / jq.almanacMs).toFixed(1)}× the almanac's time)`
    : 'jq is not installed: no comparison with jq',
];
process.stdout.write(`${lines.join('\n')}\n`);
mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
const file = join(ROOT, 'bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(file, `${JSON.stringify({ node: process.version, runs, warmup, floor, commands: rows, scaling, jq }, null, 2)}\n`);
process.stdout.write(`wrote ${file}\n`);
rmSync(CACHE_HOME, { recursive: true, force: true });
