// `almanac data …`: the dataset itself.
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetInfo, type DatasetInUse } from '../domain/datasetInfo.js';
import { linkedDataset } from '../data/folder.js';
import type { Dataset } from '../data/load.js';
import { renderDataInfo } from '../render/dataInfo.js';
import { renderRevert, renderUpdate } from '../render/update.js';
import { emit } from '../output.js';
import type { Context } from '../context.js';
import { usageError } from '../errors.js';
import { fail, loadUpdate, statusLine } from './online.js';

/** Which dataset a command reads, and for an updated one when it was fetched. */
function inUse(ctx: Context, ds: Dataset): DatasetInUse {
  if (ds.chosen === undefined) {
    const linked = linkedDataset(ctx.io.env);
    return { kind: 'bundled', folder: ds.dir, fetchedAt: null, bundled: null, ignored: linked !== null && linked.version !== ctx.version ? linked : null };
  }
  if (ds.chosen !== 'data update') return { kind: 'chosen', folder: ds.dir, fetchedAt: null, bundled: null, ignored: null };
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
    ignored: null,
  };
}

export function registerData(program: Command, ctx: Context): void {
  const data = program.command('data').description('the dataset: coverage, counts and sources; updating it from GCAT and Launch Library 2');
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
      emit(ctx.io, datasetInfo(ds.meta(), inUse(ctx, ds)), renderDataInfo, { json: opts.json, color: ctx.color() });
    });

  data
    .command('update')
    .description("fetch GCAT's launch list and Launch Library 2's launches and people since the bundled data's last day, build and check a new dataset, and switch to it (the bundled data is never changed)")
    .option('--check', 'say what is new without writing anything')
    .option('--revert', 'go back to the bundled dataset')
    .option('-q, --quiet', 'no progress bar')
    .option('--json', 'print JSON instead of text')
    .addHelpText(
      'after',
      `
The new dataset goes to $XDG_DATA_HOME/launch-almanac (else ~/.local/share/launch-almanac).
Sources: ALMANAC_GCAT_URL, ALMANAC_LL2_URL; HTTPS_PROXY and NO_PROXY are honoured.

Examples:
  $ almanac data update --revert
  $ almanac data info --json | jq '.inUse'`,
    )
    .action(async (opts: { check?: boolean; revert?: boolean; quiet?: boolean; json?: boolean }) => {
      if (opts.check && opts.revert) throw usageError('--check and --revert do not go together', 'run one of them');
      const mod = loadUpdate();
      if (opts.revert) {
        const r = mod.revertUpdate({ env: ctx.io.env, fail });
        return emit(ctx.io, r, renderRevert, { json: opts.json, color: ctx.color() });
      }
      const r = await mod.update({ bundledDir: ctx.bundledDir, env: ctx.io.env, version: ctx.version, check: opts.check === true, fail, status: statusLine(ctx, opts.quiet === true) });
      emit(ctx.io, r, renderUpdate, { json: opts.json, color: ctx.color() });
    });
}
