// `almanac launch show|list`.
import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import type { Dataset } from '../data/load.js';
import type { Launch } from '../data/types.js';
import { CLOCK_FORMATS, type ClockFormat } from '../domain/convert.js';
import { findPersonIn, findSuborbital } from '../domain/crew.js';
import { launchDetail, suborbitalDetail } from '../domain/detail.js';
import { titleOf, allLaunchRows, filterLaunches, findLaunchIn, keepsAll, launchesAtEnd, launchesFor, type LaunchFilter, type LaunchMatch, type LaunchRow } from '../domain/launches.js';
import { viewerZone } from '../domain/zones.js';
import { echo, inputText, notFound } from '../errors.js';
import { addFilterOptions, filterContext, filterFrom, type FilterOptions } from './filters.js';
import { dataEnd, intOption } from './options.js';
import { emit, emitList } from '../output.js';
import { renderLaunchDetail, renderLaunchList, renderSuborbitalDetail } from '../render/launch.js';
import { upcomingView } from '../domain/upcoming.js';
import { renderNext, renderUpcoming } from '../render/upcoming.js';
import { fail, loadUpdate, statusLine } from './online.js';

/** A query as one shell word for a hint: quoted where it has spaces. */
export function shellWord(q: string): string {
  return /^[\w.-]+$/.test(q) ? q : `"${echo(q).replace(/"/g, '')}"`;
}

/** The end of a miss's hint: the data's horizon, where it is known. */
function horizon(ds: Dataset | null): string {
  const end = ds === null ? null : dataEnd(ds);
  return end === null ? '' : ` The data ends on ${end}: later launches are not in it (\`almanac data update\` fetches them).`;
}

/** The error for a query that names no single launch: exit 1 with candidates or suggestions. */
function unresolved(query: string, m: Exclude<LaunchMatch, { kind: 'found' }>, ds: Dataset | null = null): Error {
  if (m.kind === 'none') {
    return notFound(`no launch matches "${echo(query)}"`, `${m.suggestions.length > 0 ? `did you mean ${m.suggestions.map((s) => `"${s}"`).join(', ')}?` : "try 'almanac launch list <words>' to search."}${horizon(ds)}`);
  }
  const list = m.candidates.slice(0, 8).map((l) => `${l.id} ${titleOf(l)} (${l.time.slice(0, 10)})`);
  const more = m.total > list.length ? `, and ${m.total - list.length} more` : '';
  return notFound(`"${echo(query)}" matches ${m.total} launches`, `be more specific or use the GCAT tag: ${list.join('; ')}${more}`);
}

/** The one launch a query means; exit 1 with candidates or suggestions otherwise. */
export function resolveLaunch(ctx: Context, query: string): Launch {
  const m = findLaunchIn(ctx.dataset(), query);
  if (m.kind === 'found') return m.launch;
  throw unresolved(query, m, ctx.dataset());
}

/** Every row, in the order asked for. */
function listOf(rows: readonly LaunchRow[], sort: 'oldest' | 'newest'): { total: number; launches: LaunchRow[] } {
  return { total: rows.length, launches: sort === 'oldest' ? [...rows] : [...rows].reverse() };
}

/** True when the rows name more than `n` distinct sites (counting stops there). */
function namesMoreSites(rows: readonly Pick<LaunchRow, 'site'>[], n: number): boolean {
  const seen = new Set<string>();
  for (const r of rows) {
    seen.add(r.site);
    if (seen.size > n) return true;
  }
  return false;
}

/** The last day a --to or --year bound covers: "2026" is 2026-12-31, "2026-04" 2026-04-31 (as text). */
const lastDayOf = (bound: string) => (bound.length === 4 ? `${bound}-12-31` : bound.length === 7 ? `${bound}-31` : bound);

/**
 * After an empty list whose dates reach past the data's last day, a hint on stderr saying
 * where the data ends (stdout stays as it is).
 */
function pastTheEnd(ctx: Context, ds: Dataset, filter: LaunchFilter, total: number): void {
  if (total > 0) return;
  const bounds = [filter.to, filter.year === undefined ? undefined : String(filter.year)].filter((b): b is string => b !== undefined).map(lastDayOf);
  const end = dataEnd(ds);
  if (end === null || bounds.some((b) => b <= end)) return;
  ctx.io.stderr.write(`hint: the data ends on ${end}; later launches are not in it (\`almanac data update\` fetches them)\n`);
}

export const formatOption = () => new Option('--format <format>', 'clock format').choices(CLOCK_FORMATS as string[]).default('12h');

export function registerLaunch(program: Command, ctx: Context): void {
  const launch = program.command('launch').description('look up and search launches');

  launch
    .command('show')
    .description('one launch in full: time in UTC, at the site and for you, vehicle, site and pad, outcome, payloads, crew, and where it ranks (also finds crewed suborbital flights)')
    .argument('<query...>', 'name ("Soyuz TM-14", "soyuz tm 14", "TM-14"), LL2 name, GCAT tag ("1992-014") or designator ("1992-014A")')
    .option('--tz <zone>', 'your zone for the "you" row (default: TZ, else the system zone)')
    .addOption(formatOption())
    .option('--json', 'print JSON instead of text')
    .addHelpText(
      'after',
      `
Examples:
  $ almanac launch show "Soyuz TM-14"
  $ almanac launch show soyuz ms 11 --tz Europe/Paris
  $ almanac launch show 1969-059 --format 24h
  $ almanac launch show "Mercury-Redstone 3"
  $ almanac launch show "Apollo 11" --json | jq '.times[] | {"label": .label, local, abbreviation}'`,
    )
    .action((words: string[], opts: { tz?: string; format: ClockFormat; json?: boolean }) => {
      const viewer = viewerZone(opts.tz, ctx.io.env);
      const query = inputText(words, 'query');
      const ds = ctx.dataset();
      const m = findLaunchIn(ds, query);
      if (m.kind !== 'found') {
        // Crewed suborbital flights (Mercury-Redstone 3, New Shepard) are not launch attempts,
        // but a crew biography lists them, so `launch show` finds them when no launch matches.
        const sub = findSuborbital(ds.suborbital(), query);
        if (sub) return emit(ctx.io, suborbitalDetail(ds, sub, viewer, opts.format), renderSuborbitalDetail, { json: opts.json, color: ctx.color() });
        // A query that names a person: say where to look instead.
        if (m.kind === 'none' && findPersonIn(ds, query).kind !== 'none') {
          throw notFound(`no launch matches "${echo(query)}"`, `"${echo(query)}" names someone who flew: try 'almanac crew bio ${shellWord(query)}'`);
        }
        throw unresolved(query, m, ds);
      }
      const l = m.launch;
      emit(ctx.io, launchDetail(ctx.dataset(), l, viewer, opts.format), renderLaunchDetail, { json: opts.json, color: ctx.color() });
    });

  addFilterOptions(
    launch
      .command('list')
      .description('search and filter the whole history (filters combine)')
      .argument('[words...]', 'text to find in names, payloads and mission names, or a GCAT tag'),
  )
    .option('--limit <n>', 'at most n launches (0: all; default 50 in tables, all with --json)', intOption('--limit', 0, 1_000_000))
    .addOption(new Option('--sort <order>', 'order by time').choices(['oldest', 'newest']).default('oldest'))
    .option('--json', 'print JSON instead of a table')
    .addHelpText(
      'after',
      `
Examples:
  $ almanac launch list --year 2018
  $ almanac launch list --crewed --site Baikonur --from 1990 --to 1995
  $ almanac launch list soyuz tm --sort newest --limit 5
  $ almanac launch list --outcome failure --vehicle "Falcon 9"
  $ almanac launch list --year 2022 --json | jq '.launches | length'`,
    )
    .action((words: string[], o: FilterOptions) => {
      const ds = ctx.dataset();
      const sort = o.sort as 'oldest' | 'newest';
      const filter: LaunchFilter = { ...filterFrom(o, words), sort, limit: (o.limit as number | undefined) ?? (o.json ? 0 : 50) };
      const limit = filter.limit!;
      if (o.json) {
        // The whole history as it is stored: launches.json's own lines, checked against the manifest.
        const whole = keepsAll(filter) && limit === 0 && sort === 'oldest' ? ds.withIndex((ix) => ({ total: ix.manifest.counts.launches, bytes: ix.bytes('launches.json') }), () => null) : null;
        if (whole !== null) return emitList(ctx.io, { total: whole.total }, 'launches', whole.bytes);
        const result = keepsAll(filter) && limit > 0 ? launchesAtEnd(ds, sort, limit) : filterLaunches(launchesFor(ds, filter), filter, filterContext(ds));
        emitList(ctx.io, { total: result.total }, 'launches', result.launches);
        return pastTheEnd(ctx, ds, filter, result.total);
      }
      // Without filters a table needs only the first or last rows, or every launch's row.
      const result = !keepsAll(filter) ? filterLaunches(launchesFor(ds, filter), filter, filterContext(ds)) : limit > 0 ? launchesAtEnd(ds, sort, limit) : listOf(allLaunchRows(ds), sort);
      // Sites by their short names, each distinct site read once (rows hold the code). A list
      // that names many sites reads sites.json whole first, which ds.site() then answers from:
      // beyond about eight sites one read and parse of its 65 kB costs less than a positioned
      // read per site (the whole history names 73: ~1.5 ms against ~6 ms); below, the reads win.
      if (namesMoreSites(result.launches, 8)) ds.sites();
      const names = new Map<string, string>();
      const siteName = (code: string) => {
        let name = names.get(code);
        if (name === undefined) names.set(code, (name = ds.site(code)?.shortName ?? code));
        return name;
      };
      emit(ctx.io, result, (v, r) => renderLaunchList(v, r, siteName), { color: ctx.color() });
      pastTheEnd(ctx, ds, filter, result.total);
    });

  const online = (cmd: Command) =>
    cmd
      .option('--tz <zone>', 'your zone for the "you" row (default: TZ, else the system zone)')
      .addOption(formatOption())
      .option('-q, --quiet', 'no progress line')
      .option('--json', 'print JSON instead of text');
  type OnlineOptions = { tz?: string; format: ClockFormat; quiet?: boolean; json?: boolean };
  const fetchUpcoming = async (o: OnlineOptions) => {
    const viewer = viewerZone(o.tz, ctx.io.env);
    const list = await loadUpdate().upcoming({ env: ctx.io.env, fail, status: statusLine(ctx, o.quiet === true) });
    return { list, viewer };
  };

  online(
    launch
      .command('next')
      .description("the next launches from Launch Library 2's upcoming list, each with its countdown, status, vehicle, site and times (UTC, the site's and yours); online, else the list last fetched")
      .argument('[n]', 'how many (default 1)', intOption('n', 1, 30)),
  )
    .addHelpText(
      'after',
      `
The list is kept for 10 minutes in the user's data folder; offline, the list last fetched is
shown with its age (exit 1 where it was never fetched). ALMANAC_LL2_URL names another server.

Examples:
  $ almanac launch next
  $ almanac launch next 3 --tz Europe/Paris
  $ almanac launch next --json | jq '.launches[0].countdown'`,
    )
    .action(async (n: number | undefined, o: OnlineOptions) => {
      const { list, viewer } = await fetchUpcoming(o);
      emit(ctx.io, upcomingView(list, n ?? 1, viewer, o.format, Date.now()), renderNext, { json: o.json, color: ctx.color() });
    });

  online(
    launch
      .command('upcoming')
      .description("Launch Library 2's upcoming launches as a table, with countdowns (the list is kept for 10 minutes)"),
  )
    .option('--limit <n>', 'at most n launches (default 10)', intOption('--limit', 1, 30))
    .addHelpText(
      'after',
      `
Examples:
  $ almanac launch upcoming
  $ almanac launch upcoming --limit 20 --json | jq -r '.launches[].name'`,
    )
    .action(async (o: OnlineOptions & { limit?: number }) => {
      const { list, viewer } = await fetchUpcoming(o);
      emit(ctx.io, upcomingView(list, o.limit ?? 10, viewer, o.format, Date.now()), renderUpcoming, { json: o.json, color: ctx.color() });
    });
}
