// `almanac completion`: scripts that the shells accept and that complete commands, options and values.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { almanac } from '../helpers.js';

const has = (shell: string) => spawnSync('sh', ['-c', `command -v ${shell}`]).status === 0;

function bashScript(): string {
  const r = almanac(['completion', 'bash']);
  expect(r.code).toBe(0);
  const file = join(mkdtempSync(join(tmpdir(), 'almanac-completion-')), 'almanac.bash');
  writeFileSync(file, r.stdout);
  return file;
}

/** What bash offers for the words typed so far (the last one is being completed). */
function complete(file: string, words: string[]): string[] {
  const arr = words.map((w) => `'${w.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('bash', ['-c', `source ${file}; COMP_WORDS=(${arr}); COMP_CWORD=${words.length - 1}; _almanac_complete; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('completion', () => {
  it('prints a bash script that bash accepts', () => {
    const file = bashScript();
    const check = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
  });

  it('completes commands, subcommands, options and finite values in bash', () => {
    const file = bashScript();
    expect(complete(file, ['almanac', ''])).toEqual(expect.arrayContaining(['launch', 'crew', 'on-this-day', 'timezone', 'stats', 'data', 'completion']));
    expect(complete(file, ['almanac', 'cr'])).toEqual(['crew']);
    expect(complete(file, ['almanac', 'launch', ''])).toEqual(expect.arrayContaining(['show', 'list']));
    expect(complete(file, ['almanac', 'launch', 'list', '--ou'])).toEqual(['--outcome']);
    expect(complete(file, ['almanac', 'launch', 'list', '--outcome', ''])).toEqual(['success', 'failure', 'partial', 'unknown']);
    expect(complete(file, ['almanac', 'stats', '--by', 'de'])).toEqual(['decade']);
    expect(complete(file, ['launch-almanac', 'timezone', 'x', '--to', 'Europe/Lon'])).toEqual(['Europe/London']);
    expect(complete(file, ['almanac', 'on-this-day', '--tz', 'Asia/Toky'])).toEqual(['Asia/Tokyo']);
    expect(complete(file, ['almanac', 'completion', ''])).toEqual(expect.arrayContaining(['--help']));
  });

  it("leaves no variable of its own in the user's shell (issue 14, case 11)", () => {
    const file = bashScript();
    // The variables bash has after sourcing the script, and after completing a nested command
    // (which walks the words and sets every variable the function uses).
    const script = `source ${file}; before="$(compgen -v | sort)"; COMP_WORDS=(almanac launch list --outcome ''); COMP_CWORD=4; _almanac_complete; comm -13 <(printf '%s\\n' "$before") <(compgen -v | sort)`;
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    // Only what completion is meant to set (and the test's own variables) is new.
    expect(r.stdout.split('\n').filter(Boolean).sort()).toEqual(['COMPREPLY', 'COMP_CWORD', 'COMP_WORDS', 'before']);
  });

  it('prints zsh and fish scripts', () => {
    const zsh = almanac(['completion', 'zsh']);
    expect(zsh.stdout).toMatch(/^#compdef almanac launch-almanac\n/);
    expect(zsh.stdout).toContain('bashcompinit');
    const fish = almanac(['completion', 'fish']);
    expect(fish.stdout).toContain("complete -c almanac -f -n '__fish_use_subcommand' -a 'launch'");
    expect(fish.stdout).toContain("-l 'outcome' -r -a 'success failure partial unknown'");
    for (const [shell, text] of [['zsh', zsh.stdout], ['fish', fish.stdout]] as const) {
      if (!has(shell)) continue;
      const file = join(mkdtempSync(join(tmpdir(), 'almanac-completion-')), `almanac.${shell}`);
      writeFileSync(file, text);
      expect(spawnSync(shell, ['-n', file]).status).toBe(0);
    }
  });

  it('completes after the aliases tz and otd, for both programs, with current zone names (issue 15)', () => {
    const file = bashScript();
    for (const prog of ['almanac', 'launch-almanac']) {
      expect(complete(file, [prog, 'tz', 'x', '--to', 'Europe/Lon'])).toEqual(['Europe/London']);
      expect(complete(file, [prog, 'tz', '--fo'])).toEqual(['--format']);
      expect(complete(file, [prog, 'otd', '--kind'])).toEqual(['--kind']);
      expect(complete(file, [prog, 'otd', '--tz', 'Asia/Toky'])).toEqual(['Asia/Tokyo']);
    }
    const zones = complete(file, ['almanac', 'tz', '--to', 'Asia/K']);
    expect(zones).toEqual(expect.arrayContaining(['Asia/Kolkata', 'Asia/Kathmandu']));
    expect(zones).not.toContain('Asia/Calcutta');
    expect(zones).not.toContain('Asia/Katmandu');
    expect(complete(file, ['almanac', 'tz', '--to', 'Europe/K'])).toEqual(expect.arrayContaining(['Europe/Kyiv']));
    expect(complete(file, ['almanac', 'tz', '--to', 'Europe/Ki'])).toEqual(['Europe/Kirov']);

    const zsh = almanac(['completion', 'zsh']).stdout;
    expect(zsh).toMatch(/^complete -F _almanac_complete launch-almanac$/m);
    // Autoloaded at the first TAB, the script also answers that TAB.
    expect(zsh.trimEnd().split('\n').at(-1)).toBe('(( ${+compstate} )) && _bash_complete -F _almanac_complete');
    const fish = almanac(['completion', 'fish']).stdout;
    for (const prog of ['almanac', 'launch-almanac']) {
      expect(fish).toContain(`complete -c ${prog} -f -n '__fish_seen_subcommand_from timezone tz' -l 'to' -r -a `);
      expect(fish).toContain(`complete -c ${prog} -f -n '__fish_seen_subcommand_from on-this-day otd' -l 'kind'`);
    }
    expect(fish).not.toMatch(/Asia\/Calcutta|Europe\/Kiev\b/);
  });

  it('rejects other shells (exit 2)', () => {
    const r = almanac(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: command-argument value 'powershell' is invalid for argument 'shell'/);
  });
});
