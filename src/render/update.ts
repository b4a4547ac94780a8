// `data update` and `data update --revert` as text.
import type { UpdateResult } from '../update/index.js';
import { clean, int, paint, wrapLines, type RenderOptions } from './style.js';

const kb = (b: number) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${Math.ceil(b / 1000)} kB`);

export function renderUpdate(r: UpdateResult, opts: RenderOptions): string {
  const c = paint(opts);
  const out: string[] = [];
  const fetched = r.downloads.filter((d) => d.status === 200).length;
  const unchanged = r.downloads.filter((d) => d.status === 304).length;
  out.push(`${r.requests} request${r.requests === 1 ? '' : 's'} in ${r.seconds} s: ${fetched} downloaded (${kb(r.bytes)}), ${unchanged} unchanged since the last update (not downloaded again)`);
  const head =
    r.status === 'check' ? 'Would update to' : r.status === 'up-to-date' ? 'Already up to date: dataset' : 'Updated to dataset';
  out.push(c.bold(`${head} ${clean(r.dataset)}`) + ` (bundled ${clean(r.bundled)}): ${int(r.launches)} launches, ${int(r.added)} new since the bundled data`);
  if (r.newest) out.push(`Newest launch: ${clean(r.newest.id)} ${clean(r.newest.title)} (${clean(r.newest.time.slice(0, 10))})`);
  if (r.corrected > 0) out.push(`${int(r.corrected)} launches corrected by GCAT since the bundled data`);
  if (r.removed.length > 0) out.push(`GCAT no longer lists ${r.removed.length} bundled launch${r.removed.length === 1 ? '' : 'es'}, left out: ${r.removed.map(clean).join(', ')}`);
  out.push(`${int(r.ll2Joined)} of the new launches joined to Launch Library 2, ${int(r.crewed)} crewed`);
  const plural = (n: number, one: string, many: string) => `${int(n)} ${n === 1 ? one : many}`;
  const sub = r.suborbitalAdded > 0 ? `; ${plural(r.suborbitalAdded, 'crewed suborbital flight', 'crewed suborbital flights')} added` : '';
  out.push(`People: ${plural(r.seatsAdded, 'seat', 'seats')} added from Launch Library 2's crews (${plural(r.peopleAdded, 'person', 'people')} new to the almanac${sub}); ${plural(r.landed, 'seat', 'seats')} that were in space on the bundled data's last day have landed since`);
  for (const why of r.peopleLeftOut) out.push(c.dim(`Left out: ${clean(why)}`));
  for (const what of r.peopleKept) out.push(c.dim(`Kept: ${clean(what)}`));
  if (r.status === 'updated') {
    out.push('In use from now on; the bundled data stays as it is (`almanac data update --revert` goes back).');
    out.push(`Folder: ${clean(r.folder)}`);
  }
  if (r.status === 'check') out.push('Nothing was written (--check).');
  return `${out.flatMap((l) => wrapLines(l, opts.width)).join('\n')}\n`;
}

export function renderRevert(r: { reverted: boolean; folder: string | null }, opts: RenderOptions): string {
  const line = r.reverted ? 'Back to the bundled dataset; the updated one was removed.' : 'The bundled dataset is already in use; nothing to revert.';
  return `${wrapLines(line, opts.width).join('\n')}\n`;
}
