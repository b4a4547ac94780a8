import { CATEGORY_LABEL, type DatasetInfo } from '../domain/datasetInfo.js';
import { bar, clean, fitTable, int, paint, percent, table, tableText, wrapLines, type RenderOptions } from './style.js';
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
  if (info.inUse) out.push(...inUseLines(info.inUse));
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

  const cat: string[][] = [];
  for (const [k, label] of Object.entries(CATEGORY_LABEL)) {
    const n = info.byCategory[k];
    if (n !== undefined) cat.push([label, int(n), percent(n, info.launches)]);
  }
  const outc: string[][] = [];
  for (const k of ['success', 'partial', 'failure', 'unknown']) {
    const n = info.byOutcome[k];
    if (n !== undefined) outc.push([OUTCOME_LABEL[k] ?? k, int(n), percent(n, info.launches)]);
  }
  const counts = (head: string) => [{ head, wrap: true, min: 10 }, { head: 'Launches', align: 'right' as const }, { head: 'Share', align: 'right' as const }];
  out.push(fitTable(counts('Category'), cat, opts), fitTable(counts('Outcome'), outc, opts), '');

  const decades = Object.entries(info.byDecade);
  const max = Math.max(0, ...decades.map(([, n]) => n));
  // Decade (8), count (10) and the bar's padding (2) with four borders: 24 columns besides the bar.
  const barWidth = Math.max(10, Math.min(50, opts.width - 30));
  const dec = table(['Decade', 'Launches', ''], opts, ['left', 'right', 'left']);
  for (const [d, n] of decades) dec.push([d, int(n), c.cyan(bar(n, max, barWidth, opts))]);
  out.push(c.bold('Launches per decade'), tableText(dec, opts), '');

  out.push(c.bold('Sources'));
  const src = info.sources.map((s) => [clean(s.file), clean(s.updated ?? '–'), clean(s.covers ?? '–'), int(s.bytes)]);
  out.push(fitTable([
    { head: 'File', wrap: true, min: 12 },
    { head: 'Updated', wrap: true, min: 10, drop: 2 },
    { head: 'Data up to', wrap: true, min: 10 },
    { head: 'Bytes', align: 'right', min: 5, drop: 1 },
  ], src, opts));
  for (const credit of new Set(info.sources.map((s) => s.credit))) out.push(...wrapLines(clean(credit), opts.width - 4).map((l, i) => `${i === 0 ? '  ' : '    '}${l}`));
  // Lines of running text wrap at the width (the tables above are narrow).
  return `${out.flatMap((l) => (l.includes('\n') ? [l] : wrapLines(l, opts.width))).join('\n')}\n`;
}

/** Which dataset is in use (and, for an updated one, its folder on a line of its own). */
function inUseLines(u: NonNullable<DatasetInfo['inUse']>): string[] {
  if (u.kind === 'bundled' && u.ignored !== null) {
    return [`In use: the bundled dataset; the one \`almanac data update\` built with version ${clean(u.ignored.version)} is not used by this version (\`almanac data update\` builds it again)`];
  }
  if (u.kind === 'bundled') return ['In use: the bundled dataset (`almanac data update` fetches newer launches)'];
  if (u.kind === 'chosen') return [`In use: the folder ${clean(u.folder)}`];
  const when = u.fetchedAt === null ? '' : `, fetched ${clean(u.fetchedAt.slice(0, 16).replace('T', ' '))} UTC`;
  return [`In use: updated by \`almanac data update\`${when}, built on the bundled ${clean(u.bundled ?? '')} (\`almanac data update --revert\` goes back)`, `Folder: ${clean(u.folder)}`];
}
