// `almanac on-this-day [date]`.
import { Option, type Command } from 'commander';
import type { Context } from '../context.js';
import { onThisDay, parseMonthDay, SECTIONS, type Section } from '../domain/calendar.js';
import { offsetAt, parseZone } from '../domain/zones.js';
import { echo, inputText, usageError } from '../errors.js';
import { emit } from '../output.js';
import { renderOnThisDay } from '../render/onThisDay.js';
import { intOption } from './options.js';

export function registerOnThisDay(program: Command, ctx: Context): void {
  program
    .command('on-this-day')
    .alias('otd')
    .description('launches, crewed landings, milestones and birthdays on a calendar day, across every year')
    .argument('[day...]', 'MM-DD (03-17), Mar 17, March 17, 17 March, YYYY-MM-DD, today, tomorrow or yesterday (default: today)')
    .option('--tz <zone>', "use this zone's calendar days instead of UTC days (and its today)")
    .option('--kind <kinds>', `sections to show, comma-separated: ${SECTIONS.join(', ')} (default: all)`)
    .option('--crewed', 'only crewed launches, and milestones with people in them')
    .option('--limit <n>', 'at most n entries per section (0: all)', intOption('--limit', 0, 100_000), 0)
    .addOption(new Option('--sort <order>', 'order within a section').choices(['oldest', 'newest']).default('oldest'))
    .option('--json', 'print JSON instead of tables')
    .addHelpText(
      'after',
      `
Days are UTC days unless --tz is given. 02-29 is a day like any other.

Examples:
  $ almanac on-this-day
  $ almanac on-this-day 03-17
  $ almanac on-this-day "March 17" --kind launches,landings
  $ almanac on-this-day tomorrow --tz Asia/Tokyo --sort newest
  $ almanac on-this-day 01-27 --kind events --json | jq '.events[] | {year, title}'`,
    )
    .action((words: string[], o: { tz?: string; kind?: string; crewed?: boolean; limit: number; sort: 'oldest' | 'newest'; json?: boolean }) => {
      const zone = o.tz === undefined ? { kind: 'iana' as const, id: 'UTC' } : parseZone(o.tz);
      const nowMs = Date.now();
      const local = new Date(nowMs + offsetAt(zone, nowMs) * 60_000);
      const today = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
      const md = parseMonthDay(words.length > 0 ? inputText(words, 'day') : 'today', today);
      let sections: Section[] = [...SECTIONS];
      if (o.kind !== undefined) {
        const asked = o.kind.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean);
        const bad = asked.filter((k) => !(SECTIONS as readonly string[]).includes(k));
        if (bad.length > 0 || asked.length === 0) throw usageError(`--kind "${echo(o.kind)}" is not a list of sections`, `choose from ${SECTIONS.join(', ')}, comma-separated`);
        sections = asked as Section[];
      }
      const result = onThisDay(ctx.dataset(), md, zone, md.year ?? today.year, { sections, crewed: o.crewed, sort: o.sort, limit: o.limit });
      emit(ctx.io, result, renderOnThisDay, { json: o.json, color: ctx.color() });
    });
}
