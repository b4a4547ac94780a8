// `almanac crew bio|list`.
import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import type { Person } from '../data/types.js';
import { bio, CREW_SORTS, crewList, findPersonIn, type CrewFilter } from '../domain/crew.js';
import { echo, inputText, notFound } from '../errors.js';
import { findLaunchIn } from '../domain/launches.js';
import { shellWord } from './launch.js';
import { emit } from '../output.js';
import { renderBio, renderCrewList } from '../render/crew.js';
import { intOption } from './options.js';

/** The one person a query means; exit 1 with candidates or suggestions otherwise. */
export function resolvePerson(ctx: Context, query: string): Person {
  const m = findPersonIn(ctx.dataset(), query);
  if (m.kind === 'found') return m.person;
  // A query that names a launch rather than a person: say where to look instead.
  const l = findLaunchIn(ctx.dataset(), query);
  if (l.kind === 'found' || (m.kind === 'none' && l.kind === 'ambiguous')) {
    throw notFound(`nobody in the almanac matches "${echo(query)}"`, `"${echo(query)}" names a launch: try 'almanac launch show ${shellWord(query)}'`);
  }
  if (m.kind === 'none') {
    throw notFound(`nobody in the almanac matches "${echo(query)}"`, m.suggestions.length > 0 ? `did you mean ${m.suggestions.map((s) => `"${s}"`).join(', ')}?` : "try 'almanac crew list' to browse");
  }
  const list = m.candidates.slice(0, 8).map((p) => `${p.name} (${p.id})`);
  const more = m.total > list.length ? `, and ${m.total - list.length} more` : '';
  throw notFound(`"${echo(query)}" matches ${m.total} people`, `add a first name or use the id: ${list.join('; ')}${more}`);
}

export function registerCrew(program: Command, ctx: Context): void {
  const crew = program.command('crew').description('the people who flew: biographies and lists');

  crew
    .command('bio')
    .description('one person: nationality, agency, born, every flight with role and vehicle home, time in space and its rank')
    .argument('<name...>', 'name in any common spelling ("Aleksandr Kaleri", "alexander kaleri", "Kaleri") or id ("aleksandr-kaleri")')
    .option('--json', 'print JSON instead of text')
    .addHelpText(
      'after',
      `
Examples:
  $ almanac crew bio "Aleksandr Kaleri"
  $ almanac crew bio alexander kaleri
  $ almanac crew bio Flade
  $ almanac crew bio gagarin --json | jq '.flights[] | {mission: .launch.name, role, seconds}'`,
    )
    .action((words: string[], opts: { json?: boolean }) => {
      const p = resolvePerson(ctx, inputText(words, 'name'));
      const today = new Date().toISOString().slice(0, 10);
      emit(ctx.io, bio(ctx.dataset(), p, today), renderBio, { json: opts.json, color: ctx.color() });
    });

  crew
    .command('list')
    .description('everyone who flew, filtered and sorted (filters combine)')
    .option('--nationality <country>', 'country name or ISO code ("Russia", "JP", "united states")')
    .option('--agency <name>', 'agency abbreviation or name ("NASA", "ESA", "Roscosmos")')
    .option('--flown-in <year>', 'flew on a launch in this UTC year', intOption('--flown-in', 1957, 2100))
    .option('--vehicle <name>', 'flew on a launch whose vehicle or name contains this ("Soyuz", "Shuttle", "New Shepard")')
    .addOption(new Option('--sort <order>', 'time: most time in space first; flights: most flights; first: earliest first flight; name').choices([...CREW_SORTS]).default('first'))
    .option('--limit <n>', 'at most n people (0: all; default 50 in tables, all with --json)', intOption('--limit', 0, 1_000_000))
    .option('--json', 'print JSON instead of a table')
    .addHelpText(
      'after',
      `
Examples:
  $ almanac crew list --sort time --limit 10
  $ almanac crew list --nationality Japan
  $ almanac crew list --flown-in 1992 --vehicle Soyuz
  $ almanac crew list --agency ESA --sort flights --json | jq '.people[].name'`,
    )
    .action((o: { nationality?: string; agency?: string; flownIn?: number; vehicle?: string; sort: CrewFilter['sort']; limit?: number; json?: boolean }) => {
      const filter: CrewFilter = { nationality: o.nationality, agency: o.agency, flownIn: o.flownIn, vehicle: o.vehicle, sort: o.sort, limit: o.limit ?? (o.json ? 0 : 50) };
      emit(ctx.io, crewList(ctx.dataset(), filter), renderCrewList, { json: o.json, color: ctx.color() });
    });
}
