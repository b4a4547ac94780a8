// `almanac data …`: the dataset itself.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetInfo, type DatasetInUse } from '../domain/datasetInfo.js';
import type { Dataset } from '../data/load.js';
import { renderDataInfo } from '../render/dataInfo.js';
import { emit } from '../output.js';
import type { Context } from '../context.js';

/** Which dataset a command reads, and for an updated one when it was fetched. */
function inUse(ds: Dataset): DatasetInUse {
  if (ds.chosen === undefined) return { kind: 'bundled', folder: ds.dir, fetchedAt: null, bundled: null };
  if (ds.chosen !== 'data update') return { kind: 'chosen', folder: ds.dir, fetchedAt: null, bundled: null };
  let info: { fetchedAt?: unknown; bundled?: unknown } = {};
  try {
    info = JSON.parse(readFileSync(join(ds.dir, 'update.json'), 'utf8')) as typeof info;
  } catch {
    // Not said where the file is unreadable; the dataset itself is checked as it is read.
  }
  return {
    kind: 'updated',
    folder: ds.dir,
    fetchedAt: typeof info.fetchedAt === 'string' ? info.fetchedAt : null,
    bundled: typeof info.bundled === 'string' ? info.bundled : null,
  };
}

export function registerData(program: Command, ctx: Context): void {
  const data = program.command('data').description('the dataset in use: coverage, counts and sources');
  data
    .command('info')
    .description('which dataset is in use and what it covers: launches per category, outcome and decade, and its sources')
    .option('--json', 'print JSON instead of tables')
    .addHelpText(
      'after',
      `
Examples:
  $ almanac data info
  $ almanac data info --json | jq '.byDecade'
  $ almanac data info --json | jq -r '.sources[] | "\\(.file)  \\(.credit)"'`,
    )
    .action((opts: { json?: boolean }) => {
      const ds = ctx.dataset();
      emit(ctx.io, datasetInfo(ds.meta(), inUse(ds)), renderDataInfo, { json: opts.json, color: ctx.color() });
    });
}
