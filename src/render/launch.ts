import type { Launch } from '../data/types.js';
import type { ZoneRow } from '../domain/convert.js';
import { CATEGORY_LABEL } from '../domain/datasetInfo.js';
import type { LaunchDetail, SuborbitalDetail } from '../domain/detail.js';
import type { LaunchRow } from '../domain/launches.js';
import { renderLaunchCrew } from './crew.js';
import { clean, fieldLines, fitTable, wrapLines, int, paint, table, tableText, type RenderOptions } from './style.js';
import { titleOf } from '../domain/launches.js';
import { canon } from '../domain/match.js';

export function outcomeText(l: Pick<Launch, 'outcome' | 'score' | 'success'>): string {
  if (l.outcome === 'partial') return `partial (${Math.round((l.score ?? 0) * 100)}%, counts as ${l.success ? 'success' : 'failure'})`;
  return l.outcome;
}

function outcomeColored(l: Pick<Launch, 'outcome' | 'score' | 'success'>, opts: RenderOptions): string {
  const c = paint(opts);
  const t = outcomeText(l);
  return l.success === true ? c.green(t) : l.success === false ? c.red(t) : c.yellow(t);
}

/** "1992-03-17 10:54:30", "1958-02-05 07:33", "2025-12-23". */
export function utcText(l: Pick<Launch, 'time'>): string {
  // time.replace('T', ' ').replace(/Z$/, ''), without regular expressions (every row of a list).
  const t = l.time;
  const end = t.endsWith('Z') ? t.length - 1 : t.length;
  const at = t.indexOf('T');
  return at < 0 || at >= end ? t.slice(0, end) : `${t.slice(0, at)} ${t.slice(at + 1, end)}`;
}

export function timesTable(rows: readonly ZoneRow[], opts: RenderOptions): string {
  const cells = rows.map((r) => {
    const day = r.dayDifference === 0 ? '' : r.dayDifference > 0 ? `+${r.dayDifference}` : String(r.dayDifference);
    return [clean(r.label), clean(r.zone), r.date, r.time ?? '(time unknown)', clean(r.abbreviation ?? ''), r.offset ?? '', day];
  });
  // Narrow terminals lose the offset, then the zone's name (its abbreviation stays), then the abbreviation.
  return fitTable([
    { head: '', wrap: true, min: 6 },
    { head: 'Zone', min: 10, drop: 2 },
    { head: 'Date', wrap: true, min: 10 },
    { head: 'Time', wrap: true, min: 8 },
    { head: 'Abbr', min: 4, drop: 1 },
    { head: 'Offset', drop: 3 },
    { head: 'Day', min: 3 },
  ], cells, opts);
}

export function renderLaunchDetail(d: LaunchDetail, opts: RenderOptions): string {
  const c = paint(opts);
  const l = d.launch;
  const out: string[] = [];
  const t = titleOf(l);
  const title = canon(l.name) !== canon(t) ? `${clean(t)} (GCAT: ${clean(l.name)})` : clean(t);
  const crewLost = d.crew.loss ? c.red(`  crew lost (${d.crew.loss.phase})`) : '';
  out.push(...wrapLines(`${c.bold(title)}  ${c.dim(clean(l.id))}  ${outcomeColored(l, opts)}${l.crewed ? c.cyan('  crewed') : ''}${crewLost}`, opts.width));
  out.push('');
  const field = (k: string, v: string | null | undefined) => {
    if (v) out.push(...fieldLines(k, v, 10, opts.width, c.dim));
  };
  const also = (l.aliases ?? []).filter((x) => x !== l.name);
  field('Also', also.length > 0 ? also.map(clean).join('; ') : null);
  const v = d.vehicle;
  field('Vehicle', `${clean(l.vehicle)}${l.variant ? ` ${clean(l.variant)}` : ''}${v?.family ? `  (family ${clean(v.family)})` : ''}${v?.manufacturerName ? `, made by ${clean(v.manufacturerName)}` : ''}`);
  field('Flight', l.flightId ? clean(l.flightId) : null);
  field('Agency', d.agencies.map((a) => `${clean(a.name)} (${clean(a.id)})`).join(', ') || null);
  const s = d.site;
  if (s) {
    const where = [s.shortName, s.ll2Name ?? s.name].map(clean).join(' — ');
    const country = [s.country, s.stateName ? `operator ${s.stateName}` : null].filter(Boolean).join(', ');
    field('Site', `${where}${country ? ` (${clean(country)})` : ''}`);
    const lat = d.pad?.latitude ?? s.latitude;
    const lon = d.pad?.longitude ?? s.longitude;
    const padText = l.pad ? `${clean(l.pad)}${d.pad?.ll2Name ? ` (${clean(d.pad.ll2Name)})` : ''}` : null;
    field('Pad', padText);
    if (lat !== null && lon !== null) field('Position', `${lat.toFixed(4)}, ${lon.toFixed(4)}${s.body === 'Moon' ? ' on the Moon' : ''}`);
  }
  field('Category', `${(Object.hasOwn(CATEGORY_LABEL, l.category) ? CATEGORY_LABEL[l.category] : undefined) ?? clean(l.category)}${l.ll2?.missionType ? ` · mission type ${clean(l.ll2.missionType)}` : ''}`);
  const shown = l.payloads.slice(0, 6).map(clean);
  const more = l.payloads.length - shown.length;
  const count = l.payloadCount === null ? '' : `${int(l.payloadCount)}: `;
  field('Payloads', l.payloads.length === 0 ? null : `${count}${shown.join(', ')}${more > 0 ? ` and ${int(more)} more` : ''}`);
  field('Crewed', l.crewed ? 'yes' : 'no');
  if (l.uncertain.length > 0) field('Uncertain', `GCAT marks ${l.uncertain.map(clean).join(', ')} as uncertain`);
  out.push('', c.bold('Time'), timesTable(d.times, opts));
  if (d.crew.crew.length > 0 || d.crew.returned.length > 0) {
    out.push('', c.bold('Crew'), renderLaunchCrew(d.crew, opts));
  } else if (l.crewed) {
    out.push('', c.bold('Crew'), 'no crew list in the sources');
  }
  if (d.ordinals.length > 0) {
    out.push('', c.bold('Facts'));
    for (const o of d.ordinals) out.push(...wrapLines(clean(o.text), opts.width - 4).map((l, i) => `${i === 0 ? '  ' : '    '}${l}`));
  }
  return `${out.join('\n')}\n`;
}

/** `siteName`: the name to show for a site code (its short name); the code where none is given. */
export function renderLaunchList(list: { total: number; launches: readonly LaunchRow[] }, opts: RenderOptions, siteName: (code: string) => string = (code) => code): string {
  const c = paint(opts);
  if (list.launches.length === 0) return 'No launches match.\n';
  // Columns: date (19), outcome (~8) fixed; name, vehicle, site share what is left.
  const fixed = 19 + 10 + 16; // date, outcome, borders and padding
  const free = Math.max(30, opts.width - fixed);
  const nameW = Math.max(12, Math.floor(free * 0.45));
  const vehW = Math.max(8, Math.floor(free * 0.3));
  const siteW = Math.max(8, free - nameW - vehW);
  // The outcome column: the outcome in the colour of its success, without a partial's share (the
  // only part that depends on the score). It depends on the outcome and success alone, so it is
  // made once for each pair (by success: true, false, other), not again for every row.
  const outcomes = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>()];
  const outcomeCell = (l: LaunchRow): string => {
    const made = outcomes[l.success === true ? 0 : l.success === false ? 1 : 2]!;
    let cell = made.get(l.outcome);
    if (cell === undefined) made.set(l.outcome, (cell = outcomeColored(l, opts).replace(/ \(.*\)/, '')));
    return cell;
  };
  // Below 60 columns the day without the clock.
  const dayOnly = opts.width < 60;
  // A row's cells, in a small function of their own: V8 optimises it after some rows, whereas a
  // loop doing this work inside renderLaunchList ran unoptimised to the end of the whole
  // history's 7,224 rows while V8 compiled all of renderLaunchList for it (~10 ms).
  const cellsOf = (l: LaunchRow): string[] => [clean(dayOnly ? l.time.slice(0, 10) : utcText(l)), `${clean(titleOf(l))}${l.crewed ? ' *' : ''}`, clean(l.vehicle), clean(siteName(l.site)), outcomeCell(l)];
  const lines: string[] = [];
  if (opts.width >= 75) {
    const t = table(['UTC', 'Name', 'Vehicle', 'Site', 'Outcome'], opts);
    (t.options as { colWidths: (number | null)[] }).colWidths = [21, nameW, vehW, siteW, null];
    // Indexed, as for-of's iterator costs more than this loop's work until V8 optimises it, and
    // straight into the table's rows: push(...rows) makes an array of its arguments each time.
    const launches = list.launches;
    for (let i = 0; i < launches.length; i++) t.rows.push(cellsOf(launches[i]!));
    lines.push(tableText(t, opts));
  } else {
    // Narrow: the site, then the vehicle, leave first.
    lines.push(fitTable([
      { head: 'UTC', min: dayOnly ? 10 : 19 },
      { head: 'Name', min: 12 },
      { head: 'Vehicle', min: 8, drop: 1 },
      { head: 'Site', min: 6, drop: 2 },
      { head: 'Outcome', min: 7 },
    ], list.launches.map(cellsOf), opts));
  }
  const shownAll = list.launches.length === list.total;
  lines.push(...wrapLines(c.dim(`${int(list.launches.length)} of ${int(list.total)} ${list.total === 1 ? 'launch' : 'launches'}${list.launches.some((l) => l.crewed) ? ' · * crewed' : ''}${shownAll ? '' : ' · --limit 0 shows all'}`), opts.width));
  // One join, the final newline as an empty last line: a template around the join made a rope of
  // the whole history's 1.5 MB, which the write's safety check then had to copy flat again.
  lines.push('');
  return lines.join('\n');
}

/** "106.0 km, above the Kármán line (100 km)" or, from a vehicle rule, "above 100 km". */
export function apogeeText(f: { apogeeKm?: number | null; karman?: boolean; apogeeSource?: string }): string | null {
  if (f.karman === undefined) return null; // a dataset built before the rule
  const where = f.karman ? 'above the Kármán line (100 km)' : 'below the Kármán line (100 km), above 80 km';
  if (f.apogeeKm == null) return f.karman ? 'above 100 km (every crewed flight of this vehicle)' : null;
  return `${f.apogeeKm.toFixed(1)} km, ${where}`;
}

export function renderSuborbitalDetail(d: SuborbitalDetail, opts: RenderOptions): string {
  const c = paint(opts);
  const f = d.flight;
  const out = [...wrapLines(`${c.bold(clean(f.name))}  ${c.dim(clean(f.id))}  ${c.cyan('crewed suborbital flight')}`, opts.width), ''];
  const field = (k: string, v: string | null) => {
    if (v) out.push(...fieldLines(k, v, 10, opts.width, c.dim));
  };
  field('Vehicle', clean(f.vehicle));
  field('Site', d.site ? `${clean(d.site.shortName)}${f.pad ? `, pad ${clean(f.pad)}` : ''}` : 'not in the sources');
  field('Apogee', apogeeText(f));
  if (f.lost) field('Lost', `the crew was lost on ${clean(f.lost.at)}, during the ${clean(f.lost.phase)}`);
  const sources = [
    f.ll2 ? `Launch Library 2 (${clean(f.ll2.name)})` : null,
    f.wikidata ? `Wikidata ${clean(f.wikidata)}` : null,
    /^\d{4}-S/.test(f.id) ? "GCAT's suborbital list" : null,
    f.apogeeSource === 'suborbital-facts' || f.timeSource === 'suborbital-facts' ? "the project's facts table" : null,
  ].filter((x): x is string => x !== null);
  field('Sources', sources.join(', '));
  field('Note', 'not an orbital launch attempt: never counted in orbital statistics');
  out.push('', c.bold('Time'), timesTable(d.times, opts));
  if (d.crew.crew.length > 0) out.push('', c.bold('Crew'), renderLaunchCrew(d.crew, opts));
  return `${out.join('\n')}\n`;
}
