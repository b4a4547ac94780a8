// `almanac site|vehicle|agency show|list`.
import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { agencyDetailIn, agencyRows, CATALOG_SORTS, catalogList, findAgency, findSite, findVehicle, siteDetailIn, siteRows, vehicleDetailIn, vehicleRows, type CatalogRow, type Match } from '../domain/catalog.js';
import { echo, inputText, notFound } from '../errors.js';
import { AGENCY_NOTES } from '../domain/match.js';
import { normalize } from '../domain/text.js';
import { emit } from '../output.js';
import type { RenderOptions } from '../render/style.js';
import { renderAgencyDetail, renderCatalogList, renderSiteDetail, renderVehicleDetail } from '../render/catalog.js';
import { intOption } from './options.js';

function resolve<T>(what: string, plural: string, query: string, m: Match<T>, label: (t: T) => string): T {
  if (m.kind === 'found') return m.item;
  const note = what === 'agency' && m.kind === 'none' && Object.hasOwn(AGENCY_NOTES, normalize(query)) ? AGENCY_NOTES[normalize(query)] : undefined;
  if (note !== undefined) throw notFound(`no agency matches "${echo(query)}"`, note);
  if (m.kind === 'none') throw notFound(`no ${what} matches "${echo(query)}"`, m.suggestions.length > 0 ? `did you mean ${m.suggestions.map((s) => `"${s}"`).join(', ')}?` : `try 'almanac ${what} list'`);
  const list = m.candidates.slice(0, 8).map(label);
  throw notFound(`"${echo(query)}" matches ${m.candidates.length} ${plural}`, `be more specific: ${list.join('; ')}${m.candidates.length > list.length ? ', …' : ''}`);
}

interface Entity<T, D extends object> {
  name: 'site' | 'vehicle' | 'agency';
  plural: string;
  what: string;
  find: (ctx: Context, q: string) => Match<T>;
  label: (t: T) => string;
  detail: (ctx: Context, t: T, recent: number) => D;
  render: (d: D, opts: RenderOptions) => string;
  rows: (ctx: Context, o: Record<string, string | undefined>) => CatalogRow[];
  listFilter?: [string, string];
  /** The list's header over CatalogRow.detail. */
  detailHead: string;
  examples: string[];
}

function register<T, D extends object>(program: Command, ctx: Context, e: Entity<T, D>): void {
  const group = program.command(e.name).description(`launch ${e.plural}: what each is and its record (show, list)`);
  group
    .command('show')
    .description(`one ${e.name}: ${e.what}, launches and success rate, a yearly sparkline, and its latest launches`)
    .argument('<query...>', `code or name (fuzzy)`)
    .option('--limit <n>', 'latest launches to list (0: all)', intOption('--limit', 0, 100_000), 10)
    .option('--json', 'print JSON instead of text')
    .addHelpText('after', `\nExamples:\n${e.examples.filter((x) => x.includes(' show ')).map((x) => `  $ ${x}`).join('\n')}`)
    .action((words: string[], o: { limit: number; json?: boolean }) => {
      const q = inputText(words, 'query');
      const item = resolve(e.name, e.plural, q, e.find(ctx, q), e.label);
      // 0 is every launch, as --limit 0 is everywhere else.
      emit(ctx.io, e.detail(ctx, item, o.limit === 0 ? 1_000_000 : o.limit), e.render, { json: o.json, color: ctx.color() });
    });
  const list = group
    .command('list')
    .description(`every ${e.name} with launches, success rate and first and last launch`)
    .addOption(new Option('--sort <order>', 'order').choices([...CATALOG_SORTS]).default('launches'))
    .option('--limit <n>', 'at most n rows (0: all; default 50 in tables, all with --json)', intOption('--limit', 0, 100_000))
    .option('--json', 'print JSON instead of a table');
  if (e.listFilter) list.option(e.listFilter[0], e.listFilter[1]);
  list
    .addHelpText('after', `\nExamples:\n${e.examples.filter((x) => x.includes(' list')).map((x) => `  $ ${x}`).join('\n')}`)
    .action((o: Record<string, string | undefined> & { sort: (typeof CATALOG_SORTS)[number]; limit?: number; json?: boolean }) => {
      emit(ctx.io, catalogList(e.rows(ctx, o), o.sort, o.limit ?? (o.json ? 0 : 50)), (v, r) => renderCatalogList(v, r, e.detailHead), { json: o.json, color: ctx.color() });
    });
}

/** Registers the site, vehicle and agency groups, or only the one named. */
export function registerCatalog(program: Command, ctx: Context, only?: 'site' | 'vehicle' | 'agency'): void {
  const reg = <T, D extends object>(e: Entity<T, D>) => {
    if (only === undefined || only === e.name) register(program, ctx, e);
  };
  reg({
    name: 'site',
    plural: 'sites',
    what: 'location, time zone, pads',
    find: (c, q) => findSite(c.dataset(), q),
    label: (g) => `${g.id} ${g.sites[0]!.shortName}`,
    detail: (c, g, n) => siteDetailIn(c.dataset(), g, n),
    render: renderSiteDetail,
    rows: (c) => siteRows(c.dataset()),
    detailHead: 'Country · zone',
    examples: ['almanac site show Baikonur', 'almanac site show "cape canaveral" --limit 5', 'almanac site list', 'almanac site list --sort first --json | jq ".items[0]"'],
  });
  reg({
    name: 'vehicle',
    plural: 'vehicles',
    what: 'family, maker, variants, sites',
    find: (c, q) => findVehicle(c.dataset(), q),
    label: (v) => v.id,
    detail: (c, v, n) => vehicleDetailIn(c.dataset(), v, n),
    render: renderVehicleDetail,
    rows: (c, o) => vehicleRows(c.dataset(), o.family),
    detailHead: 'Family',
    listFilter: ['--family <name>', 'vehicles of this GCAT family ("R-7", "Falcon9")'],
    examples: ['almanac vehicle show "Falcon 9"', 'almanac vehicle show Soyuz-U2', 'almanac vehicle list --family R-7', 'almanac vehicle list --limit 10'],
  });
  reg({
    name: 'agency',
    plural: 'agencies',
    what: 'name, state, GCAT type, vehicles and sites',
    find: (c, q) => findAgency(c.dataset(), q),
    label: (a) => `${a.id} ${a.name}`,
    detail: (c, a, n) => agencyDetailIn(c.dataset(), a, n),
    render: renderAgencyDetail,
    rows: (c, o) => agencyRows(c.dataset(), o.country),
    detailHead: 'Short name · state',
    listFilter: ['--country <code>', 'agencies of this state (GCAT code or name: "US", "SU", "China")'],
    examples: ['almanac agency show SpaceX', 'almanac agency show Roscosmos --json', 'almanac agency list', 'almanac agency list --country US --sort last'],
  });
}
