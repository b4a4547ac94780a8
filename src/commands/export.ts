// `almanac export --format ics|csv|jsonl`.
import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import type { Launch } from '../data/types.js';
import { filterLaunches, titleOf } from '../domain/launches.js';
import { usageError } from '../errors.js';
import { outcomeText } from '../render/launch.js';
import { csvTable, icsCalendar, jsonLines, type CalendarEvent } from '../render/export.js';
import { addFilterOptions, filterContext, filterFrom, type FilterOptions } from './filters.js';

const FORMATS = ['ics', 'csv', 'jsonl'] as const;
const WHAT = ['launches', 'crew', 'events'] as const;

export function registerExport(program: Command, ctx: Context): void {
  addFilterOptions(
    program
      .command('export')
      .description('launches (or seats, or milestones) as iCalendar, CSV or JSON Lines, for other tools')
      .argument('[words...]', 'only launches whose names contain this text'),
  )
    .addOption(new Option('--format <format>', 'ics: calendar events; csv: a table for spreadsheets; jsonl: one JSON record per line').choices([...FORMATS]).makeOptionMandatory())
    .addOption(new Option('--what <what>', 'launches; crew (one row per person per flight, csv and jsonl); events (the milestones)').choices([...WHAT]).default('launches'))
    .option('--bom', 'start CSV with a byte-order mark (for spreadsheets that guess the encoding)')
    .option('--raw', "CSV: write text cells as they are, without the single quote put before a leading = + - @ (see below)")
    .addHelpText(
      'after',
      `
Writes to standard output. The launch filters choose the launches, and with --what crew the seats on them.
Calendar UIDs are stable ("1992-014@launch-almanac"), so importing again updates events instead of doubling them.
Launches known only to the month are left out of calendars (they have no day).
CSV cells of text that start with =, +, -, @, a tab or a carriage return get a single quote in
front ('=…), so that a spreadsheet shows them as text and never runs them as formulas; --raw
leaves them as they are. Control characters are never written.

Examples:
  $ almanac export --format ics --crewed --from 2020 > crewed.ics
  $ almanac export --format csv --year 2018 > 2018.csv
  $ almanac export --format jsonl --vehicle "Falcon 9" | jq -c '{id, time}'
  $ almanac export --format csv --what crew --year 1992
  $ almanac export --format ics --what events > milestones.ics`,
    )
    .action((words: string[], o: FilterOptions) => {
      const ds = ctx.dataset();
      const format = o.format as (typeof FORMATS)[number];
      const what = o.what as (typeof WHAT)[number];
      const raw = o.raw === true;
      const { launches } = filterLaunches(ds.launches(), filterFrom(o, words), filterContext(ds));
      const stamp = `${ds.meta().dataset.replaceAll('.', '')}T000000Z`;
      const siteName = (l: Launch) => {
        const s = ds.site(l.site);
        return s ? `${s.shortName}${l.pad ? ` ${l.pad}` : ''}` : l.site;
      };
      let text: string;
      if (what === 'launches') {
        if (format === 'jsonl') text = jsonLines(launches);
        else if (format === 'csv') {
          text = csvTable(
            ['id', 'name', 'title', 'mission', 'time_utc', 'precision', 'vehicle', 'variant', 'site', 'site_name', 'pad', 'agencies', 'category', 'outcome', 'success', 'crewed', 'payloads', 'payload_count'],
            launches.map((l) => [l.id, l.name, titleOf(l), l.ll2?.mission ?? null, l.time, l.precision, l.vehicle, l.variant, l.site, ds.site(l.site)?.shortName ?? null, l.pad, l.agencies.join('/'), l.category, l.outcome, l.success, l.crewed, l.payloads.join('; '), l.payloadCount]),
            raw,
          );
        } else {
          const events: CalendarEvent[] = launches
            .filter((l) => l.precision !== 'month')
            .map((l) => ({
              uid: `${l.id.replace(/\s+/g, '_')}@launch-almanac`,
              start: l.time,
              summary: `${titleOf(l)} · ${l.vehicle}`,
              description: [
                `GCAT ${l.id}: ${l.name}`,
                `Vehicle: ${l.vehicle}${l.variant ? ` ${l.variant}` : ''}`,
                `Site: ${siteName(l)}`,
                `Outcome: ${outcomeText(l)}`,
                `Time known to the ${l.precision} (UTC)`,
                ...(l.crewed ? ['Crewed'] : []),
              ].join('\n'),
              location: siteName(l),
            }));
          text = icsCalendar('Launches (launch-almanac)', events, stamp);
        }
      } else if (what === 'crew') {
        if (format === 'ics') throw usageError('--what crew has no calendar form', 'use --format csv or --format jsonl, or export the launches as ics');
        const chosen = new Map(launches.map((l) => [l.id, l]));
        // Each seat with whom it flew for then (its state and organisation of the time).
        const seats = ds.people().flatMap((p) => p.flights.filter((s) => chosen.has(s.launch)).map((s) => ({ person: p.id, name: p.name, ...s })));
        text =
          format === 'jsonl'
            ? jsonLines(seats)
            : csvTable(
                ['person', 'name', 'nationality', 'agency', 'launch', 'mission', 'launch_utc', 'role', 'outcome', 'landed_in', 'landing_utc', 'seconds'],
                seats.map((s) => {
                  const l = chosen.get(s.launch)!;
                  return [s.person, s.name, s.nationality.map((n) => n.code ?? n.country).join('/'), s.agency?.abbrev ?? s.agency?.name ?? null, s.launch, l.ll2?.mission ?? l.name, l.time, s.role, s.outcome, s.outcome === 'returned' ? s.landedIn : null, s.landing, s.seconds];
                }),
                raw,
              );
      } else {
        const events = ds.events();
        if (format === 'jsonl') text = jsonLines(events);
        else if (format === 'csv') text = csvTable(['id', 'time_utc', 'precision', 'kind', 'title', 'launches', 'people'], events.map((e) => [e.id, e.time, e.precision, e.kind, e.title, e.launches.join(' '), e.people.join(' ')]), raw);
        else {
          text = icsCalendar(
            'Spaceflight milestones (launch-almanac)',
            events.map((e) => ({ uid: `${e.id}@launch-almanac`, start: e.time, summary: e.title, description: `${e.kind}${e.launches.length ? ` · launches ${e.launches.join(', ')}` : ''}`, location: null })),
            stamp,
          );
        }
      }
      ctx.io.stdout.write(format === 'csv' && o.bom ? `\ufeff${text}` : text);
    });
}
