// `almanac data …`: the dataset itself.
import type { Command } from 'commander';
import { datasetInfo } from '../domain/datasetInfo.js';
import { renderDataInfo } from '../render/dataInfo.js';
import { emit } from '../output.js';
import type { Context } from '../context.js';

export function registerData(program: Command, ctx: Context): void {
  const data = program.command('data').description('the bundled dataset: coverage, counts and sources');
  data
    .command('info')
    .description('what the dataset covers: launches per category, outcome and decade, and its sources')
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
      emit(ctx.io, datasetInfo(ctx.dataset().meta()), renderDataInfo, { json: opts.json, color: ctx.color() });
    });
}
