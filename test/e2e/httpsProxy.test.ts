// `almanac data update` and `launch upcoming` over HTTPS, through an HTTP CONNECT proxy
// (HTTPS_PROXY, https_proxy, credentials in its URL, NO_PROXY), and what a refusing or absent
// proxy and a certificate that is not trusted, expired or for another name give: one `error:`
// line and a `hint:`, exit 4 for an update (the dataset in use unchanged). All on 127.0.0.1: a
// TLS front (tlsProxy.ts) with a certificate authority made at test time, trusted through
// NODE_EXTRA_CA_CERTS, before the recorded sources of sourceServer.ts.
import { createHash } from 'node:crypto';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { almanacAsync, goodRoutes, launchTsv, SourceServer, sourceEnv, type Reply } from './sourceServer.js';
import { closedPort, ConnectProxy, makeCertificates, TlsFront, type Certificates } from './tlsProxy.js';

const UPCOMING = '/ll2/launches/upcoming/?limit=30&mode=normal';
const home = () => mkdtempSync(join(tmpdir(), 'almanac-https-'));
const basic = (userPass: string) => `Basic ${Buffer.from(userPass).toString('base64')}`;

/** Every file and link under the user's data folder, by path: a file's SHA-256, a link's target. */
function tree(dataHome: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, rel: string) => {
    for (const e of readdirSync(dir).sort()) {
      const p = join(dir, e);
      const st = lstatSync(p);
      if (st.isSymbolicLink()) out[`${rel}${e}`] = `-> ${readlinkSync(p)}`;
      else if (st.isDirectory()) walk(p, `${rel}${e}/`);
      else out[`${rel}${e}`] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(join(dataHome, 'launch-almanac'), '');
  return out;
}

let source: SourceServer;
let certs: Certificates;
/** The certificate for 127.0.0.1 and localhost, sent alone. */
let front: TlsFront;
/** The same, sent with its authority's certificate (a chain that ends in one not trusted). */
let chained: TlsFront;
let expired: TlsFront;
/** A certificate for localhost only. */
let named: TlsFront;
let proxy: ConnectProxy;

beforeAll(async () => {
  certs = makeCertificates();
  source = await new SourceServer().start();
  source.routes.set(UPCOMING, { body: JSON.stringify({ count: 0, next: null, previous: null, results: [] }) });
  front = await new TlsFront(source, certs.good).start();
  chained = await new TlsFront(source, certs.good, [certs.ca]).start();
  expired = await new TlsFront(source, certs.expired).start();
  named = await new TlsFront(source, certs.localhostOnly).start();
  proxy = await new ConnectProxy().start();
});
beforeEach(() => {
  proxy.credentials = null;
  proxy.refuse = null;
});
afterAll(async () => {
  await Promise.all([front, chained, expired, named, proxy, source].map((s) => s?.stop()));
});

/** GCAT's files and Launch Library 2's pages as in update.test.ts, LL2's `next` link on the HTTPS front too. */
function httpsRoutes(etag: string, updated: string): void {
  goodRoutes(source, { etag, launchTsv: launchTsv({ updated }) });
  const first = source.routes.get('/ll2/launches/previous/#0') as Reply;
  source.routes.set('/ll2/launches/previous/#0', { ...first, body: first.body!.replaceAll(source.base, front.base) });
}

/** `launch upcoming --json` from the HTTPS front `base` (a fresh data folder: nothing cached). */
const upcoming = (base: string, env: Record<string, string | undefined> = {}) =>
  almanacAsync(['launch', 'upcoming', '--json'], { XDG_DATA_HOME: home(), ALMANAC_LL2_URL: `${base}/ll2/`, ALMANAC_HTTP_TIMEOUT: '2', ALMANAC_HTTP_BACKOFF: '0.05', ALMANAC_HTTP_RETRIES: '2', ...env });

describe('almanac data update over HTTPS through a CONNECT proxy', () => {
  const dataHome = home();
  let env: Record<string, string>;

  it('tunnels every request through HTTPS_PROXY, with the credentials of its URL as Proxy-Authorization', async () => {
    httpsRoutes('"tls-1"', '2026 May 10 0100:00');
    env = { ...sourceEnv(source, dataHome), ALMANAC_GCAT_URL: `${front.base}/gcat/`, ALMANAC_LL2_URL: `${front.base}/ll2/`, NODE_EXTRA_CA_CERTS: certs.caFile };
    // A user name with a space, a password with ":" and "%", percent-encoded in the URL.
    proxy.credentials = 'almanac user:pa:ss%word';
    const [asked, tunnels] = [source.log.length, proxy.connects.length];
    const r = await almanacAsync(['data', 'update'], { ...env, HTTPS_PROXY: proxy.urlWith('almanac user', 'pa:ss%word') });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Updated to dataset 2026.05.05');
    // GCAT's files and LL2's pages (the second from the first's `next` link): each through a tunnel of its own.
    const requests = source.log.slice(asked);
    expect(requests.map((l) => l.path.split('?')[0])).toEqual(expect.arrayContaining(['/gcat/launch/launch.tsv', '/gcat/tables/sites.tsv', '/ll2/launches/previous/', '/ll2/astronauts/']));
    expect(requests.filter((l) => l.path.startsWith('/ll2/launches/previous/?net__gte')).length).toBe(2);
    expect(requests.filter((l) => l.path.startsWith('/ll2/launches/previous/?is_crewed')).length).toBe(1);
    expect(proxy.connects.slice(tunnels)).toEqual(requests.map(() => ({ target: `127.0.0.1:${front.port}`, auth: basic('almanac user:pa:ss%word') })));
    // Inside the tunnel the request names the path, not the whole URL, and carries no Proxy-Authorization.
    for (const l of requests) expect(l.headers['proxy-authorization']).toBeUndefined();
    expect(proxy.plain).toEqual([]);
  });

  it.each([
    [407, 'no credentials', (p: ConnectProxy) => p.url, /the proxy 127\.0\.0\.1:\d+ asks for a user name and password \(407\); put them in HTTPS_PROXY as http:\/\/USER:PASSWORD@127\.0\.0\.1:\d+/],
    [407, 'wrong credentials', (p: ConnectProxy) => p.urlWith('almanac user', 'wrong secret'), /the proxy 127\.0\.0\.1:\d+ did not accept the user name and password in HTTPS_PROXY \(407\)/],
    [403, 'a refusal', (p: ConnectProxy) => p.urlWith('almanac user', 'pa:ss%word'), /the proxy 127\.0\.0\.1:\d+ refused the connection to 127\.0\.0\.1:\d+ \(403\)/],
  ])('a proxy answering %i to CONNECT (%s): one error line, exit 4, not retried, the dataset unchanged', async (status, _, url, message) => {
    proxy.credentials = 'almanac user:pa:ss%word';
    proxy.refuse = status === 403 ? 403 : null;
    try {
      httpsRoutes('"tls-2"', '2026 May 11 0100:00');
      const before = tree(dataHome);
      const [asked, tunnels] = [source.log.length, proxy.connects.length];
      const r = await almanacAsync(['data', 'update'], { ...env, HTTPS_PROXY: url(proxy) });
      expect(r.code).toBe(4);
      const lines = r.stderr.split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(new RegExp(`^error: cannot update: GCAT launch/launch\\.tsv: ${message.source}; the dataset in use is unchanged$`));
      expect(lines[1]).toBe('hint: check the connection (and HTTPS_PROXY), then run `almanac data update` again');
      expect(lines[2]).toBe('');
      // The password is not repeated.
      expect(r.stderr).not.toContain('secret');
      expect(r.stderr).not.toContain('pa:ss');
      // A refusal is an answer: asked once (ALMANAC_HTTP_RETRIES is 2), nothing reached the source.
      expect(proxy.connects.length - tunnels).toBe(1);
      expect(source.log.length).toBe(asked);
      expect(tree(dataHome)).toEqual(before);
    } finally {
      proxy.refuse = null;
    }
  });

  it('a proxy that cannot be reached: the offline error, exit 4, the dataset unchanged', async () => {
    httpsRoutes('"tls-3"', '2026 May 12 0100:00');
    const before = tree(dataHome);
    const asked = source.log.length;
    const r = await almanacAsync(['data', 'update'], { ...env, HTTPS_PROXY: `http://127.0.0.1:${await closedPort()}` });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(
      /^error: cannot update: GCAT launch\/launch\.tsv: cannot reach the proxy 127\.0\.0\.1:\d+ \(ECONNREFUSED\); the dataset in use is unchanged\nhint: check the connection \(and HTTPS_PROXY\), then run `almanac data update` again\n$/,
    );
    expect(source.log.length).toBe(asked);
    expect(tree(dataHome)).toEqual(before);
  });

  it('a certificate not trusted (no NODE_EXTRA_CA_CERTS): one error line naming NODE_EXTRA_CA_CERTS, exit 4, not retried, the dataset unchanged', async () => {
    httpsRoutes('"tls-4"', '2026 May 13 0100:00');
    const before = tree(dataHome);
    const [asked, connections] = [source.log.length, chained.connections];
    const r = await almanacAsync(['data', 'update'], { ...env, ALMANAC_GCAT_URL: `${chained.base}/gcat/`, NODE_EXTRA_CA_CERTS: undefined });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(
      /^error: cannot update: GCAT launch\/launch\.tsv: the certificate of 127\.0\.0\.1:\d+ is not trusted \(SELF_SIGNED_CERT_IN_CHAIN\): where a proxy or firewall inspects HTTPS, NODE_EXTRA_CA_CERTS must name the file of its CA certificate; the dataset in use is unchanged\nhint: .+\n$/,
    );
    expect(chained.connections - connections).toBe(1);
    expect(source.log.length).toBe(asked);
    expect(tree(dataHome)).toEqual(before);
  });
});

describe('launch upcoming over HTTPS: which requests go through the proxy', () => {
  it('https_proxy (lower case) too, a password with a bare "%", and a proxy URL without a scheme', async () => {
    proxy.credentials = 'ada:100%';
    const tunnels = proxy.connects.length;
    // "%" not followed by two hex digits stays "%" in a URL's password.
    const r = await upcoming(front.base, { https_proxy: proxy.urlWith('ada', '100%', false), NODE_EXTRA_CA_CERTS: certs.caFile });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ from: 'online', launches: [] });
    proxy.credentials = null;
    const bare = await upcoming(front.base, { HTTPS_PROXY: `127.0.0.1:${proxy.port}`, NODE_EXTRA_CA_CERTS: certs.caFile });
    expect(bare.stderr).toBe('');
    expect(bare.code).toBe(0);
    expect(proxy.connects.slice(tunnels)).toEqual([
      { target: `127.0.0.1:${front.port}`, auth: basic('ada:100%') },
      { target: `127.0.0.1:${front.port}`, auth: null },
    ]);
  });

  it('HTTP_PROXY alone is not used for an https URL', async () => {
    const tunnels = proxy.connects.length;
    const asked = source.log.length;
    const r = await upcoming(front.base, { HTTP_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: certs.caFile });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(proxy.connects.length).toBe(tunnels);
    expect(proxy.plain).toEqual([]);
    expect(source.log.slice(asked).map((l) => l.path)).toEqual([UPCOMING]);
  });

  // [the URL's host, NO_PROXY, whether the request goes through the proxy]
  it.each([
    ['localhost', 'localhost', false],
    ['localhost', '.localhost', false],
    ['localhost', '*.localhost', false],
    ['localhost', 'LOCALHOST', false],
    ['localhost', 'example.com, localhost', false],
    ['localhost', 'example.com,localhost:{port}', false],
    ['localhost', 'localhost:1', true],
    ['localhost', 'calhost', true],
    ['localhost', 'example.com', true],
    ['localhost', '', true],
    ['127.0.0.1', '127.0.0.1', false],
    ['127.0.0.1', '127.0.0.1:{port}', false],
    ['127.0.0.1', '*', false],
    ['127.0.0.1', 'localhost', true],
    ['127.0.0.1', '127.0.0.10', true],
  ])('https://%s with NO_PROXY=%j: through the proxy %s', async (host, noProxy, proxied) => {
    const tunnels = proxy.connects.length;
    const asked = source.log.length;
    const r = await upcoming(`https://${host}:${front.port}`, { HTTPS_PROXY: proxy.url, NO_PROXY: noProxy.replace('{port}', String(front.port)), NODE_EXTRA_CA_CERTS: certs.caFile });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(proxy.connects.slice(tunnels)).toEqual(proxied ? [{ target: `${host}:${front.port}`, auth: null }] : []);
    expect(source.log.slice(asked).map((l) => l.path)).toEqual([UPCOMING]);
  });

  it('no_proxy (lower case) too; and a host NO_PROXY names is fetched directly even where the proxy is down', async () => {
    const tunnels = proxy.connects.length;
    const lower = await upcoming(`https://localhost:${front.port}`, { HTTPS_PROXY: proxy.url, no_proxy: 'localhost', NODE_EXTRA_CA_CERTS: certs.caFile });
    expect([lower.code, lower.stderr]).toEqual([0, '']);
    expect(proxy.connects.length).toBe(tunnels);
    const down = `http://127.0.0.1:${await closedPort()}`;
    const direct = await upcoming(front.base, { HTTPS_PROXY: down, NO_PROXY: '127.0.0.1', NODE_EXTRA_CA_CERTS: certs.caFile });
    expect([direct.code, direct.stderr]).toEqual([0, '']);
    const refused = await upcoming(front.base, { HTTPS_PROXY: down, NODE_EXTRA_CA_CERTS: certs.caFile });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^error: the upcoming launches were never fetched, and Launch Library 2 cannot be read now: cannot reach the proxy 127\.0\.0\.1:\d+ \(ECONNREFUSED\)\nhint: .+\n$/);
  });
});

describe('launch upcoming over HTTPS: certificates', () => {
  const never = 'error: the upcoming launches were never fetched, and Launch Library 2 cannot be read now: ';
  const untrusted = ': where a proxy or firewall inspects HTTPS, NODE_EXTRA_CA_CERTS must name the file of its CA certificate';

  // [what, the front, NODE_EXTRA_CA_CERTS set, through the proxy, the error after "never fetched ... now: "]
  const cases: [string, () => TlsFront, boolean, boolean, (port: number) => string][] = [
    ['not trusted, its authority sent', () => chained, false, false, (p) => `the certificate of 127.0.0.1:${p} is not trusted (SELF_SIGNED_CERT_IN_CHAIN)${untrusted}`],
    ['not trusted, its authority sent, through the proxy', () => chained, false, true, (p) => `the certificate of 127.0.0.1:${p} is not trusted (SELF_SIGNED_CERT_IN_CHAIN)${untrusted}`],
    ['not trusted, sent alone', () => front, false, false, (p) => `the certificate of 127.0.0.1:${p} is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE)${untrusted}`],
    ['expired', () => expired, true, false, (p) => `the certificate of 127.0.0.1:${p} has expired (CERT_HAS_EXPIRED), or this computer's clock is wrong`],
    ['expired, through the proxy', () => expired, true, true, (p) => `the certificate of 127.0.0.1:${p} has expired (CERT_HAS_EXPIRED), or this computer's clock is wrong`],
    ['for another name', () => named, true, false, (p) => `the certificate of 127.0.0.1:${p} is for another host name (ERR_TLS_CERT_ALTNAME_INVALID)`],
    // Through the tunnel the name checked is still the URL's (an IP address), not "localhost".
    ['for another name, through the proxy', () => named, true, true, (p) => `the certificate of 127.0.0.1:${p} is for another host name (ERR_TLS_CERT_ALTNAME_INVALID)`],
  ];
  it.each(cases)('a certificate %s: one error line, exit 1, tried once', async (_, server, trusted, proxied, message) => {
    const s = server();
    const [connections, tunnels, asked] = [s.connections, proxy.connects.length, source.log.length];
    const r = await upcoming(s.base, { NODE_EXTRA_CA_CERTS: trusted ? certs.caFile : undefined, HTTPS_PROXY: proxied ? proxy.url : undefined });
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(`${never}${message(s.port)}`);
    expect(lines[1]).toMatch(/^hint: /);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    // Not tried again (ALMANAC_HTTP_RETRIES is 2): a certificate does not change in a second.
    expect(s.connections - connections).toBe(1);
    expect(proxy.connects.length - tunnels).toBe(proxied ? 1 : 0);
    expect(source.log.length).toBe(asked);
  });

  it('the certificate for localhost only is accepted for https://localhost, directly and through the proxy', async () => {
    for (const HTTPS_PROXY of [undefined, proxy.url]) {
      const r = await upcoming(`https://localhost:${named.port}`, { NODE_EXTRA_CA_CERTS: certs.caFile, HTTPS_PROXY });
      expect([r.code, r.stderr]).toEqual([0, '']);
    }
  });
});
