// `almanac completion bash|zsh|fish`.
import { Argument, type Command } from 'commander';
import type { Context } from '../context.js';
import { bashCompletion, fishCompletion, zshCompletion, type CompletionNode } from '../render/completion.js';

/** The command tree as completion needs it; zones complete from the IANA list. */
function nodesOf(program: Command): CompletionNode[] {
  const zones = Intl.supportedValuesOf('timeZone');
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
    out.push({ path, subcommands: subs, options: [...new Set(options)], values });
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
  $ almanac completion fish > ~/.config/fish/completions/almanac.fish`,
    )
    .action((shell: 'bash' | 'zsh' | 'fish') => {
      const nodes = nodesOf(program);
      const programs = ['almanac', 'launch-almanac'];
      const text = shell === 'bash' ? bashCompletion(nodes, programs) : shell === 'zsh' ? zshCompletion(nodes, programs) : fishCompletion(nodes, programs);
      ctx.io.stdout.write(text);
    });
}
