// The daily page: one table per section.
import type { OnThisDay } from '../domain/calendar.js';
import { flightTitle } from '../domain/crew.js';
import { clean, fitTable, int, paint, table, tableText, wrapLines, type RenderOptions } from './style.js';

const ago = (n: number) => (n === 0 ? 'this year' : n === 1 ? '1 year ago' : n > 0 ? `${n} years ago` : `in ${-n} years`);
const clock = (time: string) => (time.length > 10 ? clean(time.slice(11, time.length === 17 ? 16 : 19).replace(/Z$/, '')) : '');

export function renderOnThisDay(d: OnThisDay, opts: RenderOptions): string {
  const c = paint(opts);
  const out: string[] = wrapLines(`${c.bold(`On this day: ${d.label}`)}  ${c.dim(d.zone === 'UTC' ? '(UTC days)' : `(calendar days in ${d.zone})`)}`, opts.width);
  // Below 80 columns every table is fitted to the width (the layouts below are drawn for 80 and more).
  const narrow = opts.width < 80;
  const section = (key: OnThisDay['sections'][number], title: string, count: number, body: () => string) => {
    if (!d.sections.includes(key)) return;
    // "Launches (2 of 17)" where --limit left some out.
    const total = d.totals[key];
    out.push('', c.bold(`${title} (${total > count ? `${int(count)} of ${int(total)}` : int(count)})`), count === 0 ? c.dim('  none') : body());
  };
  // Columns that hold running text take what the fixed ones leave (borders and padding: 3 per column).
  const rest = (fixed: number[]) => Math.max(20, opts.width - fixed.reduce((a, b) => a + b, 0) - 3 * (fixed.length + 1) - 1);
  section('events', 'Milestones', d.events.length, () => {
    if (narrow) {
      return fitTable([{ head: 'Year', min: 4 }, { head: 'When', wrap: true, min: 8, drop: 1 }, { head: 'Kind', wrap: true, min: 8, drop: 2 }, { head: 'What', wrap: true, min: 12 }],
        d.events.map((e) => [String(e.year), ago(e.yearsAgo), clean(e.kind), clean(e.title)]), opts);
    }
    const t = table(['Year', 'When', 'Kind', 'What'], opts);
    (t.options as { colWidths: (number | null)[] }).colWidths = [6, 14, 19, rest([4, 12, 17]) + 2];
    (t.options as { wordWrap?: boolean }).wordWrap = true;
    for (const e of d.events) t.push([String(e.year), ago(e.yearsAgo), clean(e.kind), clean(e.title)]);
    return tableText(t, opts);
  });
  section('launches', 'Launches', d.launches.length, () => {
    if (narrow) {
      const rows = d.launches.map((l) => {
        const outcome = l.success === true ? c.green(l.outcome) : l.success === false ? c.red(l.outcome) : c.yellow(l.outcome);
        return [String(l.year), ago(l.yearsAgo), clock(l.time), `${clean(l.mission ?? l.name)}${l.crewed ? ' *' : ''}`, clean(l.vehicle), clean(l.siteName ?? l.site), outcome];
      });
      const t = fitTable([
        { head: 'Year', min: 4 },
        { head: 'When', wrap: true, min: 8, drop: 2 },
        { head: 'UTC', min: 5, drop: 4 },
        { head: 'Name', wrap: true, min: 10 },
        { head: 'Vehicle', wrap: true, min: 8, drop: 3 },
        { head: 'Site', wrap: true, min: 8, drop: 5 },
        { head: 'Outcome', min: 7, drop: 1 },
      ], rows, opts);
      return `${t}${d.launches.some((l) => l.crewed) ? `\n${c.dim('* crewed')}` : ''}`;
    }
    const t = table(['Year', 'When', 'UTC', 'Name', 'Vehicle', 'Site', 'Outcome'], opts);
    const free = rest([4, 12, 8, 7]) - 8;
    const nameW = Math.max(10, Math.floor(free * 0.45));
    const vehicleW = Math.max(8, Math.floor(free * 0.3));
    (t.options as { colWidths: (number | null)[] }).colWidths = [6, 14, 10, nameW + 2, vehicleW + 2, Math.max(8, free - nameW - vehicleW) + 2, 9];
    for (const l of d.launches) {
      const outcome = l.success === true ? c.green(l.outcome) : l.success === false ? c.red(l.outcome) : c.yellow(l.outcome);
      t.push([String(l.year), ago(l.yearsAgo), clock(l.time), `${clean(flightTitle(l))}${l.crewed ? ' *' : ''}`, clean(l.vehicle), clean(l.siteName ?? l.site), outcome]);
    }
    return `${tableText(t, opts)}${d.launches.some((l) => l.crewed) ? `\n${c.dim('* crewed')}` : ''}`;
  });
  section('landings', 'Crewed landings', d.landings.length, () => {
    if (narrow) {
      return fitTable([{ head: 'Year', min: 4 }, { head: 'When', wrap: true, min: 8, drop: 1 }, { head: 'UTC', min: 5, drop: 2 }, { head: 'Landed in', wrap: true, min: 10 }, { head: 'Crew', wrap: true, min: 12 }],
        d.landings.map((l) => [String(l.year), ago(l.yearsAgo), clock(l.time), `${clean(flightTitle(l.vehicle))}${l.crewLost ? ' (crew lost)' : ''}`, l.people.map((p) => (p.launch.id === l.vehicle.id ? clean(p.name) : `${clean(p.name)} (up in ${clean(p.launch.mission ?? p.launch.name)})`)).join(', ')]), opts);
    }
    const t = table(['Year', 'When', 'UTC', 'Landed in', 'Crew'], opts);
    const homeW = opts.width >= 100 ? 24 : 18;
    (t.options as { colWidths: (number | null)[] }).colWidths = [6, 14, 10, homeW, Math.max(16, opts.width - (6 + 14 + 10 + homeW) - 6)];
    (t.options as { wordWrap?: boolean }).wordWrap = true;
    for (const l of d.landings) {
      const crew = l.people.map((p) => (p.launch.id === l.vehicle.id ? clean(p.name) : `${clean(p.name)} (up in ${clean(flightTitle(p.launch))})`)).join(', ');
      t.push([String(l.year), ago(l.yearsAgo), clock(l.time), `${clean(flightTitle(l.vehicle))}${l.crewLost ? ' (crew lost)' : ''}`, crew]);
    }
    return tableText(t, opts);
  });
  section('births', 'Born on this day', d.births.length, () => {
    const rows = d.births.map((b) => [String(b.year), clean(b.name), b.nationality.map(clean).join('/'), int(b.flights), b.died ? `died ${b.died.slice(0, 4)}` : String(b.yearsAgo)]);
    return fitTable([{ head: 'Year', min: 4 }, { head: 'Name', wrap: true, min: 10 }, { head: 'Nation', min: 6, drop: 2 }, { head: 'Flights', min: 7, drop: 1 }, { head: 'Turns', wrap: true, min: 5 }], rows, opts);
  });
  return `${out.join('\n')}\n`;
}
