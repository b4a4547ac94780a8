// `almanac completion bash|zsh|fish`.
import { Argument, type Command } from 'commander';
import type { Context } from '../context.js';
import { bashCompletion, fishCompletion, zshCompletion, type CompletionNode } from '../render/completion.js';

/**
 * Names ICU still lists under the old spelling that the tz database has renamed: completion
 * offers the current names (tzdata's `backward` file maps each old one to these).
 */
const RENAMED: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Europe/Kiev': 'Europe/Kyiv',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'America/Godthab': 'America/Nuuk',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Africa/Asmera': 'Africa/Asmara',
};

/** The IANA zones, by their current names, sorted. */
export function completionZones(): string[] {
  const names = Intl.supportedValuesOf('timeZone').map((z) => (Object.hasOwn(RENAMED, z) ? RENAMED[z]! : z));
  return [...new Set(names)].sort();
}

/** The command tree as completion needs it; zones complete from the IANA list. */
function nodesOf(program: Command): CompletionNode[] {
  const zones = completionZones();
  const out: CompletionNode[] = [];
  const walk = (cmd: Command, path: string[]) => {
    const values: Record<string, string[]> = {};
    const options: string[] = [];
    for (const o of cmd.options) {
      for (const flag of [o.long, o.short]) if (flag) options.push(flag);
      const choices = (o as unknown as { argChoices?: string[] }).argChoices;
      if (o.long && choices) values[o.long] = choices;
      // Zones: --tz anywhere; --to and --from only for timezone (elsewhere they are dates).
      if (o.long === '--tz' || (path[0] === 'timezone' && (o.long === '--to' || o.long === '--from'))) values[o.long] = zones;
    }
    options.push('--help');
    const subs = cmd.commands.map((c) => c.name());
    out.push({ path, aliases: cmd.aliases(), subcommands: subs, options: [...new Set(options)], values });
    for (const c of cmd.commands) walk(c, [...path, c.name()]);
  };
  walk(program, []);
  return out;
}

export function registerCompletion(program: Command, ctx: Context): void {
  program
    .command('completion')
    .description('print a shell completion script for commands, options and their values')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .addHelpText(
      'after',
      `
Examples:
  $ source <(almanac completion bash)
  $ almanac completion zsh > "\${fpath[1]}/_almanac"
  $ almanac completion fish > ~/.config/fish/completions/almanac.fish
  $ almanac completion fish > ~/.config/fish/completions/launch-almanac.fish

fish loads completions by command name: save the fish script under both names.`,
    )
    .action((shell: 'bash' | 'zsh' | 'fish') => {
      const nodes = nodesOf(program);
      const programs = ['almanac', 'launch-almanac'];
      const text = shell === 'bash' ? bashCompletion(nodes, programs) : shell === 'zsh' ? zshCompletion(nodes, programs) : fishCompletion(nodes, programs);
      ctx.io.stdout.write(text);
    });
}
