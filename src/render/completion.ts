// Shell completion scripts, generated from the command tree (names, options and the values of
// options that have a finite set of them).

export interface CompletionNode {
  /** Command path without the program name: [] for the program, ["launch", "show"]. */
  path: string[];
  /** Other names of the command (tz for timezone, otd for on-this-day). */
  aliases?: string[];
  subcommands: string[];
  /** Long and short option flags. */
  options: string[];
  /** Values for options that take one of a finite set. */
  values: Record<string, string[]>;
}

const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function bashCompletion(nodes: readonly CompletionNode[], programs: readonly string[]): string {
  const cases = nodes.map((n) => {
    const key = n.path.join(' ');
    const values = Object.entries(n.values).map(([opt, vals]) => `        ${q(opt)}) COMPREPLY=($(compgen -W ${q(vals.join(' '))} -- "$cur")); return 0 ;;`);
    return [
      `    ${q(key)})`,
      ...(values.length > 0 ? ['      case "$prev" in', ...values, '      esac'] : []),
      `      words=${q([...n.subcommands, ...n.options].join(' '))} ;;`,
    ].join('\n');
  });
  return `# bash completion for ${programs.join(', ')}: source this file, or put it in ~/.local/share/bash-completion/completions/
_almanac_complete() {
  local cur prev path words i w candidate
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  path=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    [[ "$w" == -* ]] && continue
    if [[ -n "$path" ]]; then candidate="$path $w"; else candidate="$w"; fi
    case "$candidate" in
${nodes.filter((n) => n.path.length > 0).flatMap((n) => [`      ${q(n.path.join(' '))}) path="$candidate" ;;`, ...(n.aliases ?? []).map((a) => `      ${q([...n.path.slice(0, -1), a].join(' '))}) path=${q(n.path.join(' '))} ;;`)]).join('\n')}
    esac
  done
  case "$path" in
${cases.join('\n')}
  esac
  COMPREPLY=($(compgen -W "$words" -- "$cur"))
}
${programs.map((p) => `complete -F _almanac_complete ${p}`).join('\n')}
`;
}

export function zshCompletion(nodes: readonly CompletionNode[], programs: readonly string[]): string {
  // zsh runs the bash script through bashcompinit, which keeps one definition for both shells.
  // Autoloaded from $fpath, the file runs at the first TAB: it defines the completion and then
  // answers that TAB too ($compstate exists only while completing), so the first TAB completes.
  return `#compdef ${programs.join(' ')}
# zsh completion for ${programs.join(', ')}: put this file in a folder of $fpath, or source it.
autoload -U +X bashcompinit && bashcompinit
${bashCompletion(nodes, programs).split('\n').slice(1).join('\n')}(( \${+compstate} )) && _bash_complete -F _almanac_complete
`;
}

export function fishCompletion(nodes: readonly CompletionNode[], programs: readonly string[]): string {
  const lines = [`# fish completion for ${programs.join(', ')}: put this file in ~/.config/fish/completions/`];
  for (const prog of programs) {
    for (const n of nodes) {
      const cond = n.path.length === 0 ? '__fish_use_subcommand' : `__fish_seen_subcommand_from ${[n.path[n.path.length - 1], ...(n.aliases ?? [])].join(' ')}`;
      for (const sub of n.subcommands) lines.push(`complete -c ${prog} -f -n ${q(cond)} -a ${q(sub)}`);
      for (const opt of n.options.filter((o) => o.startsWith('--'))) {
        const vals = n.values[opt];
        lines.push(`complete -c ${prog} -f -n ${q(cond)} -l ${q(opt.slice(2))}${vals ? ` -r -a ${q(vals.join(' '))}` : ''}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
