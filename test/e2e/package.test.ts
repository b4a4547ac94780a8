// The package a user gets: `npm pack`, installed into an empty folder, run as `almanac`,
// `launch-almanac` and through `npm exec`, with no build step and no network.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDirName } from '../../src/data/importerMarks.js';
import { CACHE_HOME, ROOT } from '../helpers.js';

const env = { PATH: process.env.PATH, HOME: process.env.HOME, XDG_CACHE_HOME: CACHE_HOME, LANG: 'C.UTF-8', TZ: 'UTC', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
const sh = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });

describe('the npm package', () => {
  let tarball = '';
  let app = '';
  let installLog = '';

  beforeAll(() => {
    const out = mkdtempSync(join(tmpdir(), 'almanac-pack-'));
    const pack = sh('npm', ['pack', '--pack-destination', out, '--silent'], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    tarball = join(out, readdirSync(out).find((f) => f.endsWith('.tgz'))!);
    app = join(out, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name":"almanac-user","private":true}\n');
    const install = sh('npm', ['install', '--offline', tarball], app);
    expect(install.status, install.stderr).toBe(0);
    installLog = install.stdout + install.stderr;
  }, 180_000);

  it('runs no install script, so npm has nothing to allow', () => {
    expect(installLog).not.toMatch(/allowScripts|install script/i);
    const manifest = JSON.parse(readFileSync(join(app, 'node_modules', 'launch-almanac', 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[hook], hook).toBeUndefined();
  });

  it('holds the licence', () => {
    const licence = readFileSync(join(app, 'node_modules', 'launch-almanac', 'LICENSE'), 'utf8');
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 the launch-almanac authors\n/);
  });

  it('is one self-contained package under 3 MB', () => {
    expect(statSync(tarball).size).toBeLessThan(3 * 1024 * 1024);
    // Nothing else is installed: the program is one bundled file with its data, and the online
    // part (`data update`, `launch next`, with the importer) a second one that only they load.
    expect(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['launch-almanac']);
    expect(readdirSync(join(app, 'node_modules', 'launch-almanac', 'dist')).sort()).toEqual(['almanac.cjs', 'update.cjs']);
    // The installed `data update` loads it and runs the importer's readers (here on a source that cannot be reached).
    const dataHome = mkdtempSync(join(tmpdir(), 'almanac-pack-data-'));
    const r = spawnSync(join(app, 'node_modules', '.bin', 'almanac'), ['data', 'update', '--check'], {
      cwd: app,
      encoding: 'utf8',
      env: { ...env, XDG_DATA_HOME: dataHome, ALMANAC_GCAT_URL: 'http://127.0.0.1:9/', ALMANAC_HTTP_RETRIES: '0' },
    });
    expect(r.status, r.stderr).toBe(4);
    expect(r.stderr).toMatch(/^error: cannot update: GCAT launch\/launch\.tsv: cannot reach 127\.0\.0\.1:9 \(ECONNREFUSED\); the dataset in use is unchanged\n/);
  });

  it('runs as almanac and as launch-almanac', () => {
    const a = sh(join(app, 'node_modules', '.bin', 'almanac'), ['launch', 'show', 'Soyuz TM-14', '--json'], app);
    expect(a.status, a.stderr).toBe(0);
    expect(JSON.parse(a.stdout).launch.id).toBe('1992-014');
    const b = sh(join(app, 'node_modules', '.bin', 'launch-almanac'), ['crew', 'bio', 'Kaleri', '--json'], app);
    expect(b.status, b.stderr).toBe(0);
    expect(JSON.parse(b.stdout).person.id).toBe('aleksandr-kaleri');
  });

  it('runs through npm exec, as npx would', () => {
    const dir = mkdtempSync(join(tmpdir(), 'almanac-npx-'));
    const r = sh('npm', ['exec', '--offline', '--yes', '--package', tarball, '--', 'launch-almanac', 'data', 'info', '--json'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).launches).toBeGreaterThan(7000);
  });

  it('never holds the temporary files of an importer killed while writing data/ (issue 14, case 10)', () => {
    // A copy of the package's files, with what a killed importer leaves in data/: its
    // temporary folder, and the .NAME.PID.tmp files of importers before it.
    const copy = mkdtempSync(join(tmpdir(), 'almanac-pack-tmp-'));
    for (const f of ['package.json', 'README.md', 'bin', 'dist', 'data']) cpSync(join(ROOT, f), join(copy, f), { recursive: true });
    mkdirSync(join(copy, 'data', tempDirName(4242), 'index'), { recursive: true });
    writeFileSync(join(copy, 'data', tempDirName(4242), 'launches.json'), '[]');
    writeFileSync(join(copy, 'data', tempDirName(4242), 'index', 'launches.kv'), '');
    writeFileSync(join(copy, 'data', '.people.json.4242.tmp'), '[]');
    writeFileSync(join(copy, 'data', 'index', '.people.kv.4242.tmp'), '');
    const r = sh('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], copy);
    expect(r.status, r.stderr).toBe(0);
    const files = (JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    expect(files).toContain('data/launches.json');
    expect(files).toContain('data/index/launches.kv');
    expect(files.filter((f) => /tmp/i.test(f))).toEqual([]);
  }, 60_000);
});
