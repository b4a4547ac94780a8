// Sites, vehicles and agencies: detail pages with a yearly sparkline, and lists.
import type { AgencyDetail, CatalogRow, Record_, SiteDetail, VehicleDetail } from '../domain/catalog.js';
import { wrap } from './crew.js';
import { renderLaunchList } from './launch.js';
import { clean, fieldLines, fitTable, int, paint, wrapLines, type RenderOptions } from './style.js';
import { titleOf } from '../domain/launches.js';

const pct = (r: number | null) => (r === null ? '–' : `${(100 * r).toFixed(1)}%`);

/** Launches per year as one line of block heights (or ASCII), squeezed to fit `width`. */
export function sparkline(perYear: Record_['perYear'], width: number, opts: RenderOptions): string {
  if (perYear.length === 0) return '';
  const per = Math.max(1, Math.ceil(perYear.length / Math.max(10, width)));
  const cells: number[] = [];
  for (let i = 0; i < perYear.length; i += per) cells.push(perYear.slice(i, i + per).reduce((n, y) => n + y.launches, 0));
  const max = Math.max(...cells);
  const levels = opts.unicode ? ' ▁▂▃▄▅▆▇█' : ' .:-=+*#%';
  return cells.map((n) => (n === 0 ? ' ' : levels[Math.max(1, Math.round((n / max) * (levels.length - 1)))])).join('');
}

function header(opts: RenderOptions, title: string, id: string, fields: [string, string | null][], r: Record_): string[] {
  const c = paint(opts);
  const out = [...wrapLines(`${c.bold(clean(title))}  ${c.dim(clean(id))}`, opts.width), ''];
  const field = (k: string, v: string) => out.push(...fieldLines(k, v, 12, opts.width, c.dim));
  for (const [k, v] of fields) if (v) field(k, v);
  field('Launches', `${int(r.launches)} · ${int(r.successes)} successful by GCAT's rule (${pct(r.successRate)})`);
  if (r.first) field('First', `${r.first.time.slice(0, 10)} ${clean(titleOf(r.first))}`);
  if (r.last) field('Last', `${r.last.time.slice(0, 10)} ${clean(titleOf(r.last))}`);
  if (r.perYear.length > 1) {
    const line = sparkline(r.perYear, opts.width - 14, opts);
    out.push(`${c.dim('Per year'.padEnd(12))} ${c.cyan(line)}`, `${''.padEnd(12)} ${c.dim(`${r.perYear[0]!.year}${String(r.perYear[r.perYear.length - 1]!.year).padStart(Math.max(5, [...line].length - 4))}`)}`);
  }
  return out;
}

function counts(title: string, rows: { name: string; launches: number }[], opts: RenderOptions, max = 10): string[] {
  if (rows.length === 0) return [];
  const c = paint(opts);
  const shown = rows.slice(0, max);
  const more = rows.length - shown.length;
  return ['', c.bold(title), wrap(shown.map((r) => `${clean(r.name)} (${int(r.launches)})`).join(', ') + (more > 0 ? `, and ${int(more)} more` : ''), opts.width, '  ')];
}

function recentLaunches(recent: SiteDetail['recent'], total: number, opts: RenderOptions): string[] {
  if (recent.length === 0) return [];
  return ['', paint(opts).bold(`Latest launches (${int(recent.length)} of ${int(total)})`), renderLaunchList({ total: recent.length, launches: recent }, opts).trimEnd()];
}

export function renderSiteDetail(d: SiteDetail, opts: RenderOptions): string {
  const out = header(opts, d.name, d.id, [
    ['Short name', clean(d.shortName)],
    ['Codes', d.codes.length > 1 ? d.codes.map(clean).join(', ') : null],
    ['Country', [d.country, d.stateName ? `operator state ${d.stateName}` : null].filter(Boolean).map((x) => clean(x!)).join(', ') || null],
    ['Position', d.latitude !== null && d.longitude !== null ? `${d.latitude.toFixed(4)}, ${d.longitude.toFixed(4)}${d.body === 'Moon' ? ' on the Moon' : ''}` : null],
    ['Time zone', (d.timeZone === null ? null : clean(d.timeZone)) ?? (d.body === 'Moon' ? 'none (on the Moon)' : null)],
  ], d);
  if (d.pads.length > 0) {
    const rows = d.pads.slice(0, 15).map((p) => [clean(p.code), clean(p.ll2Name ?? p.name ?? ''), int(p.launches), p.first ?? '', p.last ?? '']);
    const t = fitTable([
      { head: 'Pad', min: 6 },
      { head: 'Name', wrap: true, min: 10, drop: 1 },
      { head: 'Launches', align: 'right', min: 8 },
      { head: 'First', min: 10, drop: 3 },
      { head: 'Last', min: 10, drop: 2 },
    ], rows, opts);
    out.push('', paint(opts).bold('Pads'), t);
  }
  out.push(...counts('Vehicles', d.vehicles, opts), ...recentLaunches(d.recent, d.launches, opts));
  return `${out.join('\n')}\n`;
}

export function renderVehicleDetail(d: VehicleDetail, opts: RenderOptions): string {
  const v = d.vehicle;
  const out = header(opts, v.id, v.family ? `family ${v.family}` : 'no family in GCAT', [
    ['Maker', v.manufacturerName ? `${clean(v.manufacturerName)}${v.manufacturer ? ` (${clean(v.manufacturer)})` : ''}` : v.listed ? null : 'not in GCAT\'s vehicle list'],
    ['Variants', v.variants.length > 0 ? v.variants.map(clean).join(', ') : null],
  ], d);
  out.push(...counts('Variants flown', d.variants, opts), ...counts('Family', d.family, opts, 15), ...counts('Sites', d.sites, opts), ...recentLaunches(d.recent, d.launches, opts));
  return `${out.join('\n')}\n`;
}

export function renderAgencyDetail(d: AgencyDetail, opts: RenderOptions): string {
  const a = d.agency;
  const out = header(opts, a.name, a.id, [
    ['Short name', a.shortName !== a.name ? clean(a.shortName) : null],
    ["GCAT's name", a.gcatName !== null && a.gcatName !== a.name ? clean(a.gcatName) : null],
    ['State', a.stateName ? `${clean(a.stateName)}${a.state ? ` (${clean(a.state)})` : ''}` : null],
    ['GCAT type', a.types.length > 0 ? `${a.types.map(clean).join(', ')}${a.class ? `, class ${clean(a.class)}` : ''}` : null],
  ], d);
  out.push(...counts('Vehicles', d.vehicles, opts), ...counts('Sites', d.sites, opts), ...recentLaunches(d.recent, d.launches, opts));
  return `${out.join('\n')}\n`;
}

export function renderCatalogList(l: { total: number; items: CatalogRow[] }, opts: RenderOptions, detailHead = 'Detail'): string {
  if (l.items.length === 0) return 'Nothing matches.\n';
  const rows = l.items.map((r) => [clean(r.id), clean(r.name), clean(r.detail ?? ''), int(r.launches), pct(r.successRate), r.first?.time.slice(0, 10) ?? '', r.last?.time.slice(0, 10) ?? '']);
  const t = fitTable([
    { head: 'Id', min: 8, drop: 1 },
    { head: 'Name', min: 12 },
    { head: detailHead, min: 8, drop: 2 },
    { head: 'Launches', align: 'right', min: 8 },
    { head: 'OK %', align: 'right', min: 6, drop: 3 },
    { head: 'First', min: 10, drop: 4 },
    { head: 'Last', min: 10, drop: 5 },
  ], rows, opts);
  const shownAll = l.items.length === l.total;
  return `${t}\n${paint(opts).dim(`${int(l.items.length)} of ${int(l.total)}${shownAll ? '' : ' · --limit 0 shows all'}`)}\n`;
}
