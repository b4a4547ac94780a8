// Preloaded into every benchmarked process: on exit, appends this process's peak resident set
// size (kB) to the file named by ALMANAC_BENCH_RSS.
const { appendFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.ALMANAC_BENCH_RSS) appendFileSync(process.env.ALMANAC_BENCH_RSS, `${process.resourceUsage().maxRSS}\n`);
});
