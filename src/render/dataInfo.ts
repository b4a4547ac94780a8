import { CATEGORY_LABEL, type DatasetInfo } from '../domain/datasetInfo.js';
import { bar, clean, int, paint, percent, table, tableText, type RenderOptions } from './style.js';
import { titleOf } from '../domain/launches.js';

const OUTCOME_LABEL: Record<string, string> = {
  success: 'success',
  failure: 'failure',
  partial: 'partial (GCAT score)',
  unknown: 'unknown',
};

export function renderDataInfo(info: DatasetInfo, opts: RenderOptions): string {
  const c = paint(opts);
  const out: string[] = [];
  const first = info.coverage.first;
  const last = info.coverage.last;
  out.push(c.bold(`launch-almanac dataset ${info.dataset}`) + c.dim(` (schema ${info.schema})`));
  out.push(
    `${int(info.launches)} orbital launch attempts` +
      (first && last ? `, ${first.time.slice(0, 10)} (${clean(titleOf(first))}) to ${last.time.slice(0, 10)} (${clean(titleOf(last))})` : ''),
  );
  out.push(
    `${int(info.crewed)} crewed · ${int(info.successes)} successful by GCAT's rule (${percent(info.successes, info.launches)})`,
  );
  out.push(
    `${int(info.counts.sites)} sites · ${int(info.counts.vehicles)} vehicles · ${int(info.counts.agencies)} agencies · ` +
      `${int(info.counts.ll2Matched)} joined to Launch Library 2`,
  );
  out.push(`${int(info.counts.people)} people in ${int(info.counts.seats)} seats · ${int(info.counts.suborbital)} crewed suborbital flights`);
  if (info.suborbital) {
    out.push('Suborbital rule: a crewed flight counts if its apogee reached 80 km');
    out.push(`  ${int(info.suborbital.karman)} above 100 km (Kármán line) · ${int(info.suborbital.belowKarman)} between 80 and 100 km`);
  }
  out.push('');

  const cat = table(['Category', 'Launches', 'Share'], opts, ['left', 'right', 'right']);
  for (const [k, label] of Object.entries(CATEGORY_LABEL)) {
    const n = info.byCategory[k];
    if (n !== undefined) cat.push([label, int(n), percent(n, info.launches)]);
  }
  const outc = table(['Outcome', 'Launches', 'Share'], opts, ['left', 'right', 'right']);
  for (const k of ['success', 'partial', 'failure', 'unknown']) {
    const n = info.byOutcome[k];
    if (n !== undefined) outc.push([OUTCOME_LABEL[k] ?? k, int(n), percent(n, info.launches)]);
  }
  out.push(tableText(cat, opts), tableText(outc, opts), '');

  const decades = Object.entries(info.byDecade);
  const max = Math.max(0, ...decades.map(([, n]) => n));
  const barWidth = Math.max(10, Math.min(50, opts.width - 30));
  const dec = table(['Decade', 'Launches', ''], opts, ['left', 'right', 'left']);
  for (const [d, n] of decades) dec.push([d, int(n), c.cyan(bar(n, max, barWidth, opts))]);
  out.push(c.bold('Launches per decade'), tableText(dec, opts), '');

  out.push(c.bold('Sources'));
  const src = table(['File', 'Updated', 'Data up to', 'Bytes'], opts, ['left', 'left', 'left', 'right']);
  for (const s of info.sources) src.push([clean(s.file), clean(s.updated ?? '–'), clean(s.covers ?? '–'), int(s.bytes)]);
  out.push(tableText(src, opts));
  for (const credit of new Set(info.sources.map((s) => s.credit))) out.push(`  ${clean(credit)}`);
  return `${out.join('\n')}\n`;
}
