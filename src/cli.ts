// Builds the commander program. The only place that reads argv, catches errors and turns
// them into exit codes; commands report problems by throwing AlmanacError.
import { Command, CommanderError, Help } from 'commander';
import { resolve } from 'node:path';
import pkg from '../package.json' with { type: 'json' };
import type { Context } from './context.js';
import { Dataset } from './data/load.js';
import { updatedDataDir } from './data/folder.js';
import { AlmanacError, EXIT, EXIT_HELP, MAX_INPUT, usageError, type ExitCode } from './errors.js';
import { guardedIo, renderOptions, useColor, type Io } from './output.js';
import { clean, echo } from './render/sanitize.js';
import { displayWidth, wrapLines } from './render/wrap.js';

export interface RunOptions {
  /** The bundled data/ folder, used unless --data or ALMANAC_DATA says otherwise. */
  dataDir: string;
  /** An already open dataset for dataDir, to share between runs in one process (tests). */
  dataset?: Dataset;
  /**
   * The user's cache folder (bin/almanac.js), where the data files already hashed are listed
   * (data/verified.ts). Without it, records read through the indexes are checked one by one.
   */
  cacheDir?: string;
}

type Register = (program: Command, ctx: Context) => void;

/**
 * The command groups in the order help lists them, each with the words that name it and a
 * loader. A group's module (and what only it uses) is evaluated only when the group is
 * registered (DESIGN.md §6): in the bundle each import() below is a lazily initialised module.
 */
const GROUPS: { names: readonly string[]; load: () => Promise<Register> }[] = [
  { names: ['launch'], load: async () => (await import('./commands/launch.js')).registerLaunch },
  { names: ['crew'], load: async () => (await import('./commands/crew.js')).registerCrew },
  { names: ['on-this-day', 'otd'], load: async () => (await import('./commands/onThisDay.js')).registerOnThisDay },
  { names: ['stats'], load: async () => (await import('./commands/stats.js')).registerStats },
  ...(['site', 'vehicle', 'agency'] as const).map((name) => ({
    names: [name],
    load: async (): Promise<Register> => {
      const { registerCatalog } = await import('./commands/catalog.js');
      return (program, ctx) => registerCatalog(program, ctx, name);
    },
  })),
  { names: ['timezone', 'tz'], load: async () => (await import('./commands/timezone.js')).registerTimezone },
  { names: ['data'], load: async () => (await import('./commands/data.js')).registerData },
  { names: ['export'], load: async () => (await import('./commands/export.js')).registerExport },
  { names: ['completion'], load: async () => (await import('./commands/completion.js')).registerCompletion },
];

/**
 * The groups a command line needs: only the one it names, or every group when the output
 * may list them (help, a bare `almanac`, an unknown command and its suggestions, completion).
 */
export function groupsFor(argv: readonly string[]): typeof GROUPS {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--data') {
      i++; // its value
      continue;
    }
    if (word === '-h' || word === '--help' || word === '--') return GROUPS;
    if (word.startsWith('-')) continue;
    const group = GROUPS.find((g) => g.names.includes(word));
    return group && !group.names.includes('completion') ? [group] : GROUPS;
  }
  // No command: only the version needs nothing more; anything else shows help.
  return argv.some((w) => w === '-V' || w === '--version') ? [] : GROUPS;
}

function buildProgram(io: Io, opts: RunOptions, errors: string[], opened: Dataset[], registers: readonly Register[], version: string = pkg.version): Command {
  const program = new Command();
  let dataset: Dataset | null = null;
  const ctx: Context = {
    io,
    dataset() {
      if (dataset === null) {
        // An empty ALMANAC_DATA is no choice (as an empty TZ); an empty --data is a mistake.
        const option = program.opts<{ data?: string }>().data;
        if (option === '') throw usageError('--data needs a folder', 'give the folder that holds launches.json, or leave out --data to use the bundled data');
        const env = io.env.ALMANAC_DATA === '' ? undefined : io.env.ALMANAC_DATA;
        const given = option ?? env;
        // Else the dataset `almanac data update` built, where there is one (data/folder.ts).
        const updated = given === undefined ? updatedDataDir(io.env, pkg.version) : null;
        const dir = given ?? updated ?? undefined;
        const chosen = option !== undefined ? '--data' : env !== undefined ? 'ALMANAC_DATA' : updated !== null ? 'data update' : undefined;
        dataset = dir === undefined && opts.dataset ? opts.dataset : new Dataset(resolve(dir ?? opts.dataDir), { chosen, cacheDir: opts.cacheDir });
        opened.push(dataset);
      }
      return dataset;
    },
    bundledDir: opts.dataDir,
    version: pkg.version,
    color: () => program.opts<{ color?: boolean }>().color !== false,
  };

  program
    .name('almanac')
    .description('An almanac of spaceflight: every orbital launch attempt since Sputnik 1, the people who flew, sites, vehicles and milestones, offline.')
    .version(version, '-V, --version', 'print the program and dataset versions')
    .option('--no-color', 'no colour, whatever the terminal')
    .option('--data <dir>', 'read the dataset from this folder instead of the bundled one (also ALMANAC_DATA)')
    .helpOption('-h, --help', 'show help')
    .addHelpCommand(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(fitHelp(s, helpWidth(io))),
      writeErr: (s) => io.stderr.write(fitHelp(s, helpWidth(io))),
      outputError: (s) => errors.push(s),
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io),
    })
    .configureHelp(HELP_LAYOUT)
    .addHelpText(
      'after',
      `
Examples:
  $ almanac launch show "Soyuz TM-14"
  $ almanac launch list --year 2018 --crewed
  $ almanac timezone "Apollo 11" --to Europe/London
  $ almanac crew bio "Aleksandr Kaleri"
  $ almanac on-this-day 03-17
  $ almanac stats --by decade
  $ almanac export --format ics --crewed --from 2020 > crewed.ics
  $ almanac data info --json | jq '.launches'

${EXIT_HELP}`,
    );

  for (const register of registers) register(program, ctx);
  // Every command inherits the error handling and output settings of the program.
  const configure = (cmd: Command) => {
    cmd.exitOverride().configureOutput(program.configureOutput()).configureHelp(program.configureHelp()).showSuggestionAfterError(true);
    cmd.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  return program;
}

/** The width help is written for: the terminal's, else COLUMNS, else 80 (at least 40). */
function helpWidth(io: Io): number {
  return renderOptions(io, false).width;
}

/**
 * Help laid out for the width: where the description column would be narrower than 30
 * columns, an option or command stands on a line of its own with its description below it.
 */
const HELP_LAYOUT = {
  minWidthToWrap: 20,
  showGlobalOptions: true,
  formatItem(this: Help, term: string, termWidth: number, description: string, helper: Help): string {
    const width = helper.helpWidth ?? 80;
    if (!description || width - termWidth - 4 >= 30) return Help.prototype.formatItem.call(this, term, termWidth, description, helper);
    return `  ${term}\n${helper.boxWrap(description, width - 6).replace(/^/gm, '      ')}`;
  },
} satisfies Partial<Help>;

/**
 * Text commander writes (help, usage errors), each line that is too long wrapped at spaces,
 * the rest of it indented four more columns than its start ("  $ almanac …" examples).
 */
function fitHelp(text: string, width: number): string {
  if (!text.split('\n').some((l) => l.length > width)) return text;
  return text
    .split('\n')
    .map((line) => {
      if (displayWidth(line) <= width) return line;
      const indent = /^ */.exec(line)![0];
      const inner = Math.max(20, width - indent.length - 4);
      return wrapLines(line.slice(indent.length), inner).map((l, i) => (i === 0 ? indent : `${indent}    `) + l).join('\n');
    })
    .join('\n');
}

/** Turns commander's message ("error: unknown option '--jsn'\n(Did you mean --json?)") into our two lines. */
function commanderMessage(raw: string, argv: readonly string[], program: Command): { message: string; hint: string } {
  const lines = raw.trim().split('\n').map((l) => l.trim()).filter(Boolean);
  const message = (lines[0] ?? 'bad usage').replace(/^error:\s*/, '');
  const didYouMean = lines.find((l) => /^\(Did you mean/i.test(l));
  // The deepest command named on the line, for the help hint.
  const path: string[] = [];
  let cmd: Command | undefined = program;
  for (const word of argv) {
    const sub: Command | undefined = cmd?.commands.find((c) => c.name() === word || c.aliases().includes(word));
    if (!sub) continue;
    path.push(sub.name());
    cmd = sub;
  }
  const help = `run 'almanac ${[...path, '--help'].join(' ')}' for usage`;
  const hint = didYouMean ? `${didYouMean.replace(/^\(|\)$/g, '').replace(/^Did/, 'did')} Or ${help}` : help;
  return { message, hint };
}

/**
 * A message on stderr. Messages quote what the user typed through echo() (80 characters at
 * most); a run of more than 120 characters without a space that still arrives here (commander's
 * "unknown option '--…'", a zone, a path) is cut to 80 the same way, so an error never echoes
 * a whole long argument.
 */
function writeError(io: Io, message: string, hint?: string): void {
  const line = (text: string) => clean(text).replace(/\S{121,}/g, (run) => echo(run));
  io.stderr.write(`error: ${line(message)}\n`);
  if (hint) io.stderr.write(`hint: ${line(hint)}\n`);
}

/**
 * The first argument longer than MAX_INPUT characters, or null: every query, name, date, zone
 * and option value is short, and the cost of matching grows with the length. The value of
 * --data (a path) may be longer.
 */
function tooLong(argv: readonly string[]): { index: number; length: number } | null {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--data') {
      i++;
      continue;
    }
    if (word.length > MAX_INPUT && !word.startsWith('--data=')) return { index: i + 1, length: word.length };
  }
  return null;
}

/** Where the words of a command line (not options, nor the value of --data) are, up to `--`. */
function wordsAt(argv: readonly string[]): number[] {
  const at: number[] = [];
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--') break;
    if (word === '--data') i++;
    else if (!word.startsWith('-')) at.push(i);
  }
  return at;
}

/** Whether the command line holds nothing but its words at `at` and the program's own options. */
function onlyGlobal(argv: readonly string[], at: readonly number[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === '--data') i++;
    else if (!at.includes(i) && word !== '--no-color' && !word.startsWith('--data=')) return false;
  }
  return true;
}

/**
 * The command line as commander is to see it: a bare `almanac` and `almanac help [command
 * [subcommand]]` are --help (stdout, exit 0), and a `--json` given before the command goes to the
 * command, which is where the option belongs (`almanac --json launch list`).
 */
function helpArgv(argv: readonly string[]): string[] {
  const at = wordsAt(argv);
  if (at.length === 0) return onlyGlobal(argv, at) ? [...argv, '--help'] : [...argv];
  const first = at[0]!;
  if (argv[first] === 'help' && onlyGlobal(argv, at)) return [...argv.slice(0, first), ...argv.slice(first + 1), '--help'];
  const early = argv.slice(0, first).indexOf('--json');
  if (early >= 0) return [...argv.slice(0, early), ...argv.slice(early + 1), '--json'];
  return [...argv];
}

/**
 * "0.1.0 (data 2026.03.08)": the program's version and that of the dataset the command line
 * would read (--data, else ALMANAC_DATA, else the bundled one).
 */
function versionText(argv: readonly string[], env: Io['env'], opts: RunOptions): string {
  let dir: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break;
    if (argv[i] === '--data') dir = argv[++i];
    else if (argv[i]!.startsWith('--data=')) dir = argv[i]!.slice('--data='.length);
  }
  dir ??= env.ALMANAC_DATA === '' ? undefined : env.ALMANAC_DATA;
  dir ??= updatedDataDir(env, pkg.version) ?? undefined;
  try {
    const ds = dir === undefined && opts.dataset ? opts.dataset : new Dataset(resolve(dir ?? opts.dataDir));
    return `${pkg.version} (data ${clean(ds.meta().dataset)})`;
  } catch {
    return `${pkg.version} (no readable dataset)`;
  }
}

/** Runs the CLI on `argv` (without "node almanac") and returns the exit code. */
export async function run(givenArgv: readonly string[], rawIo: Io, opts: RunOptions): Promise<ExitCode> {
  let argv = helpArgv(givenArgv);
  const errors: string[] = [];
  const registers = await Promise.all(groupsFor(argv).map((g) => g.load()));
  // Every write goes through the terminal boundary (output.ts, guardedIo); the program's colour
  // codes pass while colour is on for this command line.
  let program: Command | null = null;
  const io = guardedIo(rawIo, () => program !== null && useColor(rawIo, program.opts<{ color?: boolean }>().color !== false));
  const opened: Dataset[] = [];
  program = buildProgram(io, opts, errors, opened, registers, argv.some((w) => w === '-V' || w === '--version') ? versionText(argv, io.env, opts) : undefined);
  const long = tooLong(argv);
  if (long) {
    writeError(io, `argument ${long.index} is ${long.length} characters long; the limit is ${MAX_INPUT}`, `queries, names, dates, zones and option values are at most ${MAX_INPUT} characters`);
    return EXIT.usage;
  }
  const at = wordsAt(argv);
  // `almanac help <command> [subcommand]` names commands that exist.
  if (argv !== givenArgv && givenArgv[wordsAt(givenArgv)[0] ?? -1] === 'help') {
    let cmd: Command = program;
    for (const i of at) {
      const sub = cmd.commands.find((c) => c.name() === argv[i] || c.aliases().includes(argv[i]!));
      if (!sub) {
        writeError(io, `unknown command '${echo(argv[i]!)}'`, `run 'almanac ${[...at.slice(0, at.indexOf(i)).map((j) => argv[j]), '--help'].join(' ')}' for the commands`);
        return EXIT.usage;
      }
      cmd = sub;
    }
  }
  // A command group named without a subcommand (`almanac launch`) shows its help, as --help does.
  if (at.length === 1 && onlyGlobal(argv, at)) {
    const named = program.commands.find((c) => c.name() === argv[at[0]!] || c.aliases().includes(argv[at[0]!]!));
    if (named && named.commands.length > 0) argv = [...argv, '--help'];
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof AlmanacError) {
      writeError(io, e.message, e.hint);
      return e.exitCode;
    }
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' && e.exitCode === 0) {
        return EXIT.ok;
      }
      if (e.code === 'commander.help') return EXIT.usage; // a command group named without a subcommand: help went to stderr
      const { message, hint } = commanderMessage(errors.join('') || e.message, argv, program);
      writeError(io, message, hint);
      return EXIT.usage;
    }
    const err = e as Error;
    writeError(io, `internal error: ${err?.message ?? String(e)}`, 'this is a bug in launch-almanac; set ALMANAC_DEBUG=1 for details');
    if (io.env.ALMANAC_DEBUG) io.stderr.write(`${err?.stack ?? ''}\n`);
    return EXIT.data;
  } finally {
    // The output is written: now the files read for it can be hashed for the next runs.
    for (const ds of opened) ds.saveVerified();
  }
}
