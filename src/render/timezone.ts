import type { Conversion } from '../domain/timezone.js';
import { timesTable } from './launch.js';
import { clean, paint, wrapLines, type RenderOptions } from './style.js';
import { titleOf } from '../domain/launches.js';

export function renderConversion(cv: Conversion, opts: RenderOptions): string {
  const c = paint(opts);
  const head = cv.input.launch
    ? `${c.bold(clean(titleOf(cv.input.launch)))} ${c.dim(clean(cv.input.launch.id))} launched ${cv.input.utc.replace('T', ' ').replace('Z', ' UTC')}`
    : `${c.bold(clean(cv.input.text))} is ${cv.input.utc.replace('T', ' ').replace('Z', ' UTC')}`;
  const out = [...wrapLines(head, opts.width), timesTable(cv.rows, opts)];
  for (const n of cv.notes) out.push(...wrapLines(`note: ${clean(n)}`, opts.width).map((l) => c.dim(l)));
  return `${out.join('\n')}\n`;
}
