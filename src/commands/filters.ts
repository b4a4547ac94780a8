// The launch filters shared by `launch list` and `stats`: their options, and the filter and
// context built from them.
import { Option, type Command } from 'commander';
import type { Dataset } from '../data/load.js';
import type { Agency, Site, Vehicle } from '../data/types.js';
import { dateBound, OUTCOMES, type FilterContext, type LaunchFilter } from '../domain/launches.js';
import { inputText, usageError } from '../errors.js';
import { intOption } from './options.js';

export type FilterOptions = Record<string, string | number | boolean | undefined>;

export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--year <year>', 'launches in this UTC year', intOption('--year', 1957, 2100))
    .option('--from <date>', 'on or after this UTC date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'on or before this UTC date')
    .option('--vehicle <name>', 'vehicle name has these words ("Falcon 9", "Soyuz", "Long March 5")')
    .option('--family <name>', 'GCAT vehicle family has these words ("Falcon9", "R-7")')
    .option('--site <name>', 'site code or name ("KSC", "Baikonur", "Kourou")')
    .option('--agency <name>', 'agency code or name ("NASA", "SpaceX")')
    .option('--country <code>', 'operator state or site country, code or name, never part of one ("US", "USA", "SU", "Soviet Union", "RU", "CHN", "India")')
    .addOption(new Option('--outcome <outcome>', 'result').choices([...OUTCOMES]))
    .option('--crewed', 'crewed launches only')
    .option('--uncrewed', 'uncrewed launches only');
}

/** The options addFilterOptions adds, as commander names them. */
export const FILTER_KEYS = ['year', 'from', 'to', 'vehicle', 'family', 'site', 'agency', 'country', 'outcome', 'crewed', 'uncrewed'] as const;

/** The filter the options describe; words are text to find in names. */
export function filterFrom(o: FilterOptions, words: readonly string[]): LaunchFilter {
  if (o.crewed && o.uncrewed) throw usageError('--crewed and --uncrewed exclude each other', 'give one of them, or neither for all launches');
  return {
    year: o.year as number | undefined,
    from: o.from === undefined ? undefined : dateBound(String(o.from), '--from'),
    to: o.to === undefined ? undefined : dateBound(String(o.to), '--to'),
    vehicle: o.vehicle as string | undefined,
    family: o.family as string | undefined,
    site: o.site as string | undefined,
    agency: o.agency as string | undefined,
    country: o.country as string | undefined,
    outcome: o.outcome as string | undefined,
    crewed: o.crewed ? true : o.uncrewed ? false : undefined,
    text: words.length > 0 ? inputText(words, 'search text') : undefined,
  };
}

/** What the filters look up, each table read only when a filter needs it. */
export function filterContext(ds: Dataset): FilterContext {
  let vehicles: Map<string, Vehicle> | null = null;
  let agencies: Map<string, Agency> | null = null;
  let sites: Map<string, Site> | null = null;
  const vehicle = (id: string) => (vehicles ??= new Map(ds.vehicles().map((v) => [v.id, v]))).get(id);
  const agency = (id: string) => (agencies ??= new Map(ds.agencies().map((a) => [a.id, a]))).get(id);
  return {
    site: (id) => (sites ??= new Map(ds.sites().map((s) => [s.id, s]))).get(id),
    familyOf: (v) => vehicle(v)?.family ?? null,
    agencyNames: (a) => {
      const ag = agency(a);
      return ag ? [ag.name, ag.shortName, ...(ag.gcatName !== null && ag.gcatName !== ag.name ? [ag.gcatName] : [])] : [];
    },
    agencyState: (a) => agency(a)?.state ?? null,
    sites: () => ds.sites(),
    agencies: () => ds.agencies(),
    vehicles: () => ds.vehicles(),
  };
}
