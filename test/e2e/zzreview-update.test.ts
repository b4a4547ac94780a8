import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, it } from 'vitest';
import { almanacAsync, goodRoutes, SourceServer, sourceEnv } from './sourceServer.js';

let server: SourceServer;
beforeAll(async () => { server = await new SourceServer().start(); });
afterAll(async () => { await server.stop(); });

const OUT = '/tmp/review/out';
async function run(label: string, args: string[], env: Record<string, string>) {
  const r = await almanacAsync(args, env);
  writeFileSync(`${OUT}/${label}.txt`, `$ ${Object.entries(env).filter(([k]) => k === 'COLUMNS').map(([k, v]) => `${k}=${v} `).join('')}almanac ${args.join(' ')}\nexit ${r.code}\n--- stdout\n${r.stdout}--- stderr\n${r.stderr}`);
  return r;
}
function home(name: string) { const h = `/tmp/review/${name}`; rmSync(h, { recursive: true, force: true }); mkdirSync(h, { recursive: true }); return h; }

const UPCOMING = '/ll2/launches/upcoming/?limit=30&mode=normal';
function page(now: number): string {
  const at = (h: number) => new Date(now + h * 3_600_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const launch = (id: string, name: string, net: string, extra: Record<string, unknown> = {}) => ({
    id, name, net, net_precision: { id: 0, name: 'Second', abbrev: 'SEC' }, status: { id: 1, name: 'Go for Launch', abbrev: 'Go' }, probability: 90,
    launch_service_provider: { id: 1, name: 'Zz Launch Agency' },
    rocket: { id: 1, configuration: { id: 1, name: 'Zzrocket-1', full_name: 'Zzrocket-1 Block Z' } },
    mission: { id: 1, name: `${name} mission`, type: 'Test Flight' },
    pad: { id: 1, name: 'Zz Pad 1', location: { id: 1, name: 'Zz Test Range, Kazakhstan', timezone_name: 'Asia/Almaty' } }, ...extra });
  return JSON.stringify({ count: 3, next: null, previous: null, results: [
    launch('00000000-0000-4000-8000-0000000000b2', 'Zzrocket-1 | Zzsat Two', at(50), { probability: null, net_precision: { id: 2, name: 'Day' } }),
    launch('00000000-0000-4000-8000-0000000000b1', 'Zzrocket-1 | Zzsat One', at(26.5)),
    launch('00000000-0000-4000-8000-0000000000b0', 'Zzrocket-1 | Gone Already', at(-5)) ] });
}

it('review', async () => {
  goodRoutes(server);
  server.routes.set(UPCOMING, { body: page(Date.now()) });
  const h1 = home('h1');
  const e1 = sourceEnv(server, h1);
  await run('01-check', ['data', 'update', '--check'], e1);
  await run('02-check-json', ['data', 'update', '--check', '--json'], e1);
  await run('03-update', ['data', 'update'], e1);
  await run('04-update-again', ['data', 'update'], e1);
  await run('05-update-again-json', ['data', 'update', '--json'], e1);
  await run('06-check-after', ['data', 'update', '--check'], e1);
  await run('07-next', ['launch', 'next'], e1);
  await run('07b-next-json', ['launch', 'next', '--json'], e1);
  await run('07c-upcoming', ['launch', 'upcoming'], e1);
  await run('07d-next-3', ['launch', 'next', '3'], { ...e1, COLUMNS: '60' });
  for (const c of ['40', '60', '80']) {
    const h = home(`w${c}`);
    await run(`10-update-w${c}`, ['data', 'update'], { ...sourceEnv(server, h), COLUMNS: c });
    await run(`11-check-w${c}`, ['data', 'update', '--check'], { ...sourceEnv(server, h), COLUMNS: c });
  }
  const hj = home('hj');
  await run('12-update-json', ['data', 'update', '--json'], sourceEnv(server, hj));
  await run('13-update-q', ['data', 'update', '-q'], sourceEnv(server, home('hq')));
  const hr = home('hr');
  await run('14-revert-none', ['data', 'update', '--revert'], sourceEnv(server, hr));
  await run('14b-update', ['data', 'update'], sourceEnv(server, hr));
  await run('14c-revert', ['data', 'update', '--revert'], sourceEnv(server, hr));
  await run('14d-revert-json', ['data', 'update', '--revert', '--json'], sourceEnv(server, hr));
  await run('14e-info-after-revert', ['data', 'info'], sourceEnv(server, hr));
  await run('15-check-revert', ['data', 'update', '--check', '--revert'], sourceEnv(server, hr));
}, 300_000);
