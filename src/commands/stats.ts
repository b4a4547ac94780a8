// `almanac stats`.
import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { filterLaunches } from '../domain/launches.js';
import { STAT_DIMENSIONS, stats, statsOfAll, type StatDimension } from '../domain/stats.js';
import { emit } from '../output.js';
import { renderStats } from '../render/stats.js';
import { addFilterOptions, FILTER_KEYS, filterContext, filterFrom, type FilterOptions } from './filters.js';
import { dataEnd, intOption } from './options.js';

export function registerStats(program: Command, ctx: Context): void {
  addFilterOptions(
    program
      .command('stats')
      .description('the history at a glance: launches by year, decade, month, country, agency, family, vehicle, site, outcome or category, with success rates')
      .argument('[words...]', 'only launches whose names contain this text'),
  )
    .addOption(new Option('--by <dimension>', 'how to group').choices([...STAT_DIMENSIONS]).default('year'))
    .option('--top <n>', 'at most n groups for groupings other than time (0: all)', intOption('--top', 0, 100_000), 15)
    .option('--json', 'print JSON instead of a chart')
    .addHelpText(
      'after',
      `
country groups by GCAT's state code of the launch site; agency counts a launch once for each of its agencies.
Success rates follow GCAT's rule (a partial result below 0.75 is a failure); unknown results count in neither.
Bars use block characters, or # where the terminal cannot show them (TERM=dumb, a non-UTF-8 locale).

Examples:
  $ almanac stats
  $ almanac stats --by decade
  $ almanac stats --by country --from 2020
  $ almanac stats --by family --crewed --top 5
  $ almanac stats --by year --vehicle "Falcon 9" --json | jq '.rows[] | {key, launches, successRate}'`,
    )
    .action((words: string[], o: FilterOptions) => {
      const ds = ctx.dataset();
      const by = o.by as StatDimension;
      const top = o.top as number;
      const computed = () => stats(ds, filterLaunches(ds.launches(), filterFrom(o, words), filterContext(ds)).launches, by, top);
      // Without filters, every launch counts: the importer has the answer (data/index/stats.kv).
      const unfiltered = words.length === 0 && FILTER_KEYS.every((k) => o[k] === undefined);
      // A table by year or decade marks the year the data ends in, which it covers only in part.
      const end = !o.json && (by === 'year' || by === 'decade') ? dataEnd(ds) : null;
      emit(ctx.io, unfiltered ? statsOfAll(ds, by, top, computed) : computed(), (v, r) => renderStats(v, r, end), { json: o.json as boolean | undefined, color: ctx.color() });
    });
}
