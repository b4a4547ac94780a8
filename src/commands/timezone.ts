// `almanac timezone`: a launch's time, or any time, in any zone.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import type { ClockFormat } from '../domain/convert.js';
import { convert } from '../domain/timezone.js';
import { viewerZone } from '../domain/zones.js';
import { inputText } from '../errors.js';
import { emit } from '../output.js';
import { renderConversion } from '../render/timezone.js';
import { formatOption, resolveLaunch } from './launch.js';

/** --to's value added to the zones so far: one zone, or several comma-separated. */
function zoneList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((z) => z.trim()).filter(Boolean)];
}

export function registerTimezone(program: Command, ctx: Context): void {
  program
    .command('timezone')
    .alias('tz')
    .description('a launch time, or any time, in UTC, at the launch site, for you and in other zones, by the rules of that date')
    .argument('<launch-or-time...>', 'a launch ("Soyuz TM-14", "1992-014") or a time ("1992-03-17 10:54:30", "1992-03-17T10:54:30Z", "now")')
    .option('--to <zones>', 'more zones, comma-separated or one --to each: IANA names in any case, UTC±hh:mm, or abbreviations (EST, CET, MSK, JST, IST)', zoneList)
    .option('--from <zone>', 'the zone a typed time without offset is in (default UTC)')
    .option('--tz <zone>', 'your zone for the "you" row (default: TZ, else the system zone)')
    .addOption(formatOption())
    .option('--json', 'print JSON instead of a table')
    .addHelpText(
      'after',
      `
Examples:
  $ almanac timezone "Soyuz TM-14" --to America/New_York
  $ almanac timezone "Apollo 11" --to america/new_york,Europe/London --format 24h
  $ almanac tz --to EST --to Asia/Qyzylorda "1992-03-17 10:54:30"
  $ almanac timezone "2024-11-03 01:30" --from America/New_York --to UTC+05:30
  $ almanac timezone now --to JST --json | jq -r '.rows[] | "\\(.label) \\(.local)"'`,
    )
    .action((words: string[], opts: { to?: string[]; from?: string; tz?: string; format: ClockFormat; json?: boolean }) => {
      const viewer = viewerZone(opts.tz, ctx.io.env);
      const result = convert(ctx.dataset(), inputText(words, 'launch or time'), {
        to: opts.to ?? [],
        from: opts.from,
        viewer,
        format: opts.format,
        now: Date.now(),
        findLaunch: (q) => resolveLaunch(ctx, q),
      });
      emit(ctx.io, result, renderConversion, { json: opts.json, color: ctx.color() });
    });
}
