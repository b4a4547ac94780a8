// A small HTTP client for `almanac data update` and `launch next`: node:http/https only, with
// timeouts, retries with backoff, conditional requests (ETag / Last-Modified), gzip, the proxy
// variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY) and a progress callback. It never writes to the
// terminal; it returns bytes or throws an HttpError that says in one line what went wrong.
import * as http from 'node:http';
import * as https from 'node:https';
import { isIP } from 'node:net';
import * as tls from 'node:tls';
import { gunzipSync } from 'node:zlib';

export type Env = Readonly<Record<string, string | undefined>>;

/** What the cache knows about a URL from an earlier download. */
export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface Fetched {
  /** 200, or 304 where the conditional request said the copy we have is current. */
  status: 200 | 304;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
  /** Bytes that came over the wire (compressed), headers not counted. */
  wireBytes: number;
}

export type HttpErrorKind = 'offline' | 'timeout' | 'status' | 'truncated' | 'rate-limited' | 'bad-url' | 'certificate';

export class HttpError extends Error {
  constructor(
    readonly kind: HttpErrorKind,
    message: string,
    /** For 'rate-limited': the seconds the server asked us to wait (Retry-After), where given. */
    readonly retryAfter: number | null = null,
    readonly status: number | null = null,
    /** Trying again would give the same answer (a proxy's refusal, a certificate): not retried. */
    readonly final = false,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface FetchOptions extends Validators {
  env: Env;
  /** Called as bytes arrive: received so far, and the total where the server said it. */
  progress?: (received: number, total: number | null) => void;
  /** Wait for a 429's Retry-After when it is at most this many seconds (default 0: throw at once). */
  maxRetryAfter?: number;
  accept?: string;
}

/** A positive number from the environment, else the default. */
function envNumber(env: Env, name: string, fallback: number): number {
  const v = Number(env[name]);
  return env[name] !== undefined && env[name] !== '' && Number.isFinite(v) && v >= 0 ? v : fallback;
}

/** Seconds without a byte before a request is given up (ALMANAC_HTTP_TIMEOUT, default 30). */
export const timeoutMs = (env: Env) => envNumber(env, 'ALMANAC_HTTP_TIMEOUT', 30) * 1000;
/** Attempts after the first for a failure that may pass (ALMANAC_HTTP_RETRIES, default 3). */
const retries = (env: Env) => Math.floor(envNumber(env, 'ALMANAC_HTTP_RETRIES', 3));
/** The first wait before a retry, doubled each time (ALMANAC_HTTP_BACKOFF seconds, default 1). */
const backoffMs = (env: Env) => envNumber(env, 'ALMANAC_HTTP_BACKOFF', 1) * 1000;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The proxy for a URL: HTTPS_PROXY for https, HTTP_PROXY for http (either case), unless
 * NO_PROXY names the host ("*", a host, ".domain" or "domain" for it and its subdomains,
 * optionally with ":port"; an IPv6 address bare or in brackets, only the latter with a port).
 */
export function proxyFor(url: URL, env: Env): URL | null {
  const raw = url.protocol === 'https:' ? (env.HTTPS_PROXY ?? env.https_proxy) : (env.HTTP_PROXY ?? env.http_proxy);
  if (!raw) return null;
  const noProxy = (env.NO_PROXY ?? env.no_proxy ?? '').split(/[\s,]+/).filter(Boolean);
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  for (const entry of noProxy) {
    if (entry === '*') return null;
    const lower = entry.toLowerCase();
    // An IPv6 address without brackets ("::1") has no port: its colons are its own.
    const m = !lower.startsWith('[') && /:.*:/.test(lower) ? [lower, lower] : /^(.*?)(?::(\d+))?$/.exec(lower)!;
    const name = m[1]!.replace(/^\*?\./, '').replace(/^\[|\]$/g, '');
    if (m[2] && m[2] !== port) continue;
    // Subdomains of a name; an IP address only as itself ("1.2.3" is no domain of "10.1.2.3").
    if (host === name || (isIP(host) === 0 && host.endsWith(`.${name}`))) return null;
  }
  try {
    return new URL(/^[a-z]+:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    // Without the password that may be in it.
    const shown = raw.replace(/^([a-z]+:\/\/)?.*@/is, '$1…@');
    throw new HttpError('bad-url', `the proxy "${shown.slice(0, 80)}" is not a URL`);
  }
}

interface Attempt {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  wireBytes: number;
}

/** A socket through an HTTP proxy's CONNECT tunnel to host:port. */
function tunnel(proxy: URL, url: URL, ms: number): Promise<import('node:net').Socket> {
  return new Promise((resolve, reject) => {
    const port = url.port || '443';
    const req = http.request({
      host: proxy.hostname,
      port: proxy.port || 80,
      method: 'CONNECT',
      path: `${url.hostname}:${port}`,
      headers: { host: `${url.hostname}:${port}`, ...proxyAuth(proxy) },
      timeout: ms,
    });
    req.on('connect', (res, socket) => {
      if (res.statusCode === 200) return resolve(socket);
      socket.destroy();
      const status = res.statusCode ?? 0;
      const message =
        status === 407
          ? proxy.username
            ? `the proxy ${proxy.host} did not accept the user name and password in HTTPS_PROXY (407)`
            : `the proxy ${proxy.host} asks for a user name and password (407); put them in HTTPS_PROXY as http://USER:PASSWORD@${proxy.host}`
          : `the proxy ${proxy.host} refused the connection to ${url.host} (${status})`;
      // A 4xx is the proxy's answer, not a failure that may pass; a 5xx (its gateway) may.
      reject(new HttpError('offline', message, null, null, status >= 400 && status < 500));
    });
    req.on('timeout', () => req.destroy(new HttpError('timeout', `the proxy ${proxy.host} did not answer within ${ms / 1000} s`)));
    req.on('error', (e) => reject(e instanceof HttpError ? e : new HttpError('offline', `cannot reach the proxy ${proxy.host} (${(e as NodeJS.ErrnoException).code ?? e.message})`)));
    req.end();
  });
}

function proxyAuth(proxy: URL): Record<string, string> {
  if (!proxy.username) return {};
  const creds = `${decode(proxy.username)}:${decode(proxy.password)}`;
  return { 'proxy-authorization': `Basic ${Buffer.from(creds).toString('base64')}` };
}

/** A URL's percent-encoded user name or password; one with a bare "%" (as in "100%") as written. */
function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The certificate errors of node:tls (OpenSSL's names) that mean the issuer is not trusted here. */
const UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_CHAIN_TOO_LONG',
  'INVALID_CA',
]);

/**
 * A certificate the TLS handshake refused, said in one line, or null for another error. Where
 * the issuer is not trusted, most often a proxy or firewall that re-signs HTTPS with its own
 * authority, NODE_EXTRA_CA_CERTS is the way to trust it.
 */
function certificateError(url: URL, code: string | undefined): HttpError | null {
  if (code === undefined) return null;
  const cert = `the certificate of ${url.host}`;
  const message = UNTRUSTED.has(code)
    ? `${cert} is not trusted (${code}): where a proxy or firewall inspects HTTPS, NODE_EXTRA_CA_CERTS must name the file of its CA certificate`
    : code === 'CERT_HAS_EXPIRED'
      ? `${cert} has expired (${code}), or this computer's clock is wrong`
      : code === 'CERT_NOT_YET_VALID'
        ? `${cert} is not valid yet (${code}), or this computer's clock is wrong`
        : code === 'ERR_TLS_CERT_ALTNAME_INVALID'
          ? `${cert} is for another host name (${code})`
          : /^(CERT_|ERR_TLS_CERT)/.test(code)
            ? `${cert} was refused (${code})`
            : null;
  return message === null ? null : new HttpError('certificate', message, null, null, true);
}

/** One request, no retries. */
async function attempt(url: URL, opts: FetchOptions): Promise<Attempt> {
  const ms = timeoutMs(opts.env);
  const headers: Record<string, string> = {
    'accept-encoding': 'gzip',
    'user-agent': 'launch-almanac (https://www.npmjs.com/package/launch-almanac)',
    accept: opts.accept ?? '*/*',
  };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  const proxy = proxyFor(url, opts.env);
  let request: http.ClientRequest;
  const secure = url.protocol === 'https:';
  if (proxy && !secure) {
    // Plain HTTP through a proxy: the whole URL as the request target.
    request = http.request({ host: proxy.hostname, port: proxy.port || 80, path: url.href, method: 'GET', headers: { ...headers, host: url.host, ...proxyAuth(proxy) } });
  } else if (proxy && secure) {
    const socket = await tunnel(proxy, url, ms);
    // The name the certificate must carry is the URL's; an IP address is not sent as the server
    // name (SNI), which RFC 6066 forbids (and Node warns of on stderr).
    const host = url.hostname.replace(/^\[|\]$/g, '');
    request = https.request({
      host: url.hostname,
      port: url.port || 443,
      path: url.pathname + url.search,
      method: 'GET',
      headers,
      createConnection: () => tls.connect({ socket, host, servername: isIP(host) ? undefined : host }),
    });
  } else {
    request = (secure ? https : http).request(url, { method: 'GET', headers });
  }
  return new Promise<Attempt>((resolve, reject) => {
    let done = false;
    const fail = (e: HttpError) => {
      if (done) return;
      done = true;
      request.destroy();
      reject(e);
    };
    request.setTimeout(ms, () => fail(new HttpError('timeout', `${url.host} sent nothing for ${ms / 1000} s`)));
    request.on('error', (e: NodeJS.ErrnoException) => fail(certificateError(url, e.code) ?? new HttpError('offline', `cannot reach ${url.host} (${e.code ?? e.message})`)));
    request.on('response', (res) => {
      const length = res.headers['content-length'] === undefined ? null : Number(res.headers['content-length']);
      const chunks: Buffer[] = [];
      let received = 0;
      res.on('data', (c: Buffer) => {
        chunks.push(c);
        received += c.length;
        opts.progress?.(received, length);
      });
      res.on('aborted', () => fail(new HttpError('truncated', `${url.host} closed the connection after ${received} bytes`)));
      res.on('error', () => fail(new HttpError('truncated', `${url.host} closed the connection after ${received} bytes`)));
      res.on('end', () => {
        if (done) return;
        if (!res.complete || (length !== null && received < length)) {
          return fail(new HttpError('truncated', `${url.host} sent ${received} of ${length ?? '?'} bytes`));
        }
        let body = Buffer.concat(chunks);
        if (/\bgzip\b/i.test(String(res.headers['content-encoding'] ?? ''))) {
          try {
            body = gunzipSync(body);
          } catch {
            return fail(new HttpError('truncated', `${url.host} sent a damaged gzip body`));
          }
        }
        done = true;
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, wireBytes: received });
      });
    });
    request.end();
  });
}

/** Retry-After in seconds: a number of seconds or an HTTP date; null where missing or unreadable. */
export function retryAfterSeconds(value: string | string[] | undefined, now = Date.now()): number | null {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v.trim() === '') return null;
  if (/^\d+$/.test(v.trim())) return Number(v.trim());
  const t = Date.parse(v);
  return Number.isNaN(t) ? null : Math.max(0, Math.ceil((t - now) / 1000));
}

/**
 * GET with retries: a timeout, a connection that fails or closes early, and a 5xx are tried
 * again after 1, 2, 4 s (ALMANAC_HTTP_BACKOFF); a 429 is waited out where its Retry-After is at
 * most `maxRetryAfter` seconds, else thrown as 'rate-limited'; another status is thrown at once.
 */
export async function fetchUrl(href: string, opts: FetchOptions): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new HttpError('bad-url', `"${href.slice(0, 80)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new HttpError('bad-url', `"${href.slice(0, 80)}" is not an http or https URL`);
  const tries = retries(opts.env) + 1;
  let last: HttpError | null = null;
  let waited = false;
  for (let i = 0; i < tries; i++) {
    if (i > 0 && !waited) await sleep(backoffMs(opts.env) * 2 ** (i - 1));
    waited = false;
    let r: Attempt;
    try {
      r = await attempt(url, opts);
    } catch (e) {
      if (!(e instanceof HttpError) || e.kind === 'bad-url' || e.final) throw e;
      last = e;
      continue;
    }
    if (r.status === 304 && (opts.etag || opts.lastModified)) {
      return { status: 304, body: Buffer.alloc(0), etag: header(r.headers.etag) ?? opts.etag ?? null, lastModified: header(r.headers['last-modified']) ?? opts.lastModified ?? null, wireBytes: r.wireBytes };
    }
    if (r.status === 200) {
      return { status: 200, body: r.body, etag: header(r.headers.etag), lastModified: header(r.headers['last-modified']), wireBytes: r.wireBytes };
    }
    if (r.status === 429) {
      const wait = retryAfterSeconds(r.headers['retry-after']) ?? throttledFor(r.body);
      last = new HttpError('rate-limited', `${url.host} limits requests (429)${wait === null ? '' : `: try again in ${wait} s`}`, wait, 429);
      if (wait !== null && wait <= (opts.maxRetryAfter ?? 0) && i + 1 < tries) {
        await sleep(wait * 1000);
        i--; // a wait the server asked for is not a failed attempt
        waited = true;
        opts = { ...opts, maxRetryAfter: (opts.maxRetryAfter ?? 0) - wait };
        continue;
      }
      throw last;
    }
    last = new HttpError('status', `${url.host} answered ${r.status} for ${url.pathname}`, null, r.status);
    if (r.status < 500) throw last;
  }
  throw last!;
}

/**
 * The wait a 429's body names where no Retry-After header does: Launch Library 2 (Django REST
 * framework) answers {"detail": "Request was throttled. Expected available in 1234 seconds."}.
 */
export function throttledFor(body: Buffer): number | null {
  const m = /available in (\d{1,7}) seconds?/i.exec(body.subarray(0, 2000).toString('utf8'));
  return m ? Number(m[1]) : null;
}

function header(v: string | string[] | undefined): string | null {
  return v === undefined ? null : Array.isArray(v) ? (v[0] ?? null) : v;
}
