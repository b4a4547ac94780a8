// Bar charts of the history, with the numbers beside them.
import type { Stats } from '../domain/stats.js';
import { wrap } from './crew.js';
import { bar, clean, int, paint, wrapLines, type RenderOptions } from './style.js';
import { titleOf } from '../domain/launches.js';

const pct = (r: number | null) => (r === null ? '–' : `${(100 * r).toFixed(1)}%`);

/**
 * The chart. `dataEnd` (the data's last day) marks a year or decade that it cuts short with an
 * asterisk, and a footnote says where it ends.
 */
export function renderStats(s: Stats, opts: RenderOptions, dataEnd: string | null = null): string {
  const c = paint(opts);
  if (s.launches === 0) return 'No launches match.\n';
  const out: string[] = [];
  out.push(...wrapLines(`${c.bold(`${int(s.launches)} launches`)} by ${s.by} · ${int(s.successes)} successful by GCAT's rule (${pct(s.successRate)})`, opts.width));
  out.push('');
  const partialLabel = dataEnd === null || dataEnd.endsWith('-12-31') ? null : s.by === 'year' ? dataEnd.slice(0, 4) : s.by === 'decade' ? `${dataEnd.slice(0, 3)}0s` : null;
  const labelOf = (r: Stats['rows'][number]) => [...clean(r.label), ...(r.label === partialLabel ? ['*'] : [])];
  const countW = Math.max(...s.rows.map((r) => int(r.launches).length), 3);
  // Labels give way to the bar's minimum of 8 cells: label, count, rate and three spaces.
  const labelW = Math.max(4, Math.min(28, opts.width - countW - 6 - 3 - 8, Math.max(...s.rows.map((r) => labelOf(r).length), 4)));
  const barW = Math.max(8, opts.width - labelW - countW - 12);
  const max = Math.max(...s.rows.map((r) => r.launches));
  out.push(c.dim(`${''.padEnd(labelW)} ${'n'.padStart(countW)} ${'ok %'.padStart(6)}`));
  let partial = false;
  for (const r of s.rows) {
    const cut = r.label === partialLabel;
    if (cut) partial = true;
    const label = labelOf(r);
    const shown = label.length > labelW ? `${label.slice(0, labelW - 1).join('')}…` : label.join('');
    const b = bar(r.launches, max, barW, opts);
    out.push(`${shown.padEnd(labelW)} ${int(r.launches).padStart(countW)} ${pct(r.successRate).padStart(6)} ${c.cyan(b)}`);
  }
  if (s.rest) out.push(...wrapLines(`${'…'.padEnd(labelW)} ${int(s.rest.launches).padStart(countW)} in ${int(s.rest.groups)} more (--top 0 shows all)`, opts.width).map((l) => c.dim(l)));
  if (partial) out.push(c.dim(`* to ${dataEnd}, the data's last day`));
  out.push('');
  const facts: string[] = [];
  if (s.recordYear) facts.push(`Record year: ${s.recordYear.year}, ${int(s.recordYear.launches)} launches`);
  if (s.busiestDay) facts.push(`Busiest UTC day: ${s.busiestDay.date}, ${int(s.busiestDay.launches)} launches`);
  if (s.longestSuccessRun) {
    const r = s.longestSuccessRun;
    facts.push(`Longest run of successes: ${int(r.launches)}, from ${clean(titleOf(r.first))} (${r.first.time.slice(0, 10)}) to ${clean(titleOf(r.last))} (${r.last.time.slice(0, 10)})`);
  }
  out.push(...facts.map((f) => wrap(f, opts.width, '')));
  return `${out.join('\n')}\n`;
}
