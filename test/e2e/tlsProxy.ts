// HTTPS for the proxy tests, all on 127.0.0.1: a certificate authority and server certificates
// made with openssl at test time (in a temporary folder: no key is committed), a TLS front that
// passes each decrypted connection on to a SourceServer (sourceServer.ts), and an HTTP proxy
// that answers CONNECT (with or without asking for credentials) and logs what it was asked.
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as tls from 'node:tls';
import type { SourceServer } from './sourceServer.js';

export interface KeyPair {
  key: string;
  cert: string;
}

export interface Certificates {
  /** The authority's certificate, for NODE_EXTRA_CA_CERTS. */
  caFile: string;
  ca: string;
  /** For localhost and 127.0.0.1, valid today. */
  good: KeyPair;
  /** For localhost only (no IP address). */
  localhostOnly: KeyPair;
  /** For localhost and 127.0.0.1, expired yesterday. */
  expired: KeyPair;
}

const CONFIG = `[req]
distinguished_name = dn
prompt = no
[dn]
CN = launch-almanac test authority
[authority]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
authorityKeyIdentifier = keyid
subjectAltName = DNS:localhost,IP:127.0.0.1
[localhost_only]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
extendedKeyUsage = serverAuth
authorityKeyIdentifier = keyid
subjectAltName = DNS:localhost
`;

/** A new authority and the three server certificates it signs (openssl, P-256 keys). */
export function makeCertificates(): Certificates {
  const dir = mkdtempSync(join(tmpdir(), 'almanac-tls-'));
  const openssl = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  writeFileSync(join(dir, 'openssl.cnf'), CONFIG);
  const newKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(['req', '-x509', '-config', 'openssl.cnf', '-extensions', 'authority', ...newKey, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2']);
  let serial = 1;
  const server = (name: string, extensions: string, validity: string[]): KeyPair => {
    openssl(['req', '-new', '-config', 'openssl.cnf', ...newKey, '-subj', '/CN=localhost', '-keyout', `${name}.key`, '-out', `${name}.csr`]);
    openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', String(serial++), '-extfile', 'openssl.cnf', '-extensions', extensions, ...validity, '-out', `${name}.pem`]);
    return { key: readFileSync(join(dir, `${name}.key`), 'utf8'), cert: readFileSync(join(dir, `${name}.pem`), 'utf8') };
  };
  let expired: KeyPair;
  try {
    // OpenSSL 3.0 to 3.3: a negative number of days ends the validity before it starts.
    expired = server('expired', 'server', ['-days', '-1']);
  } catch {
    // OpenSSL 3.4 and later: explicit dates.
    expired = server('expired', 'server', ['-not_before', '20200101000000Z', '-not_after', '20200102000000Z']);
  }
  const certs: Certificates = {
    caFile: join(dir, 'ca.pem'),
    ca: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    good: server('good', 'server', ['-days', '2']),
    localhostOnly: server('localhost-only', 'localhost_only', ['-days', '2']),
    expired,
  };
  return certs;
}

/** A server on 127.0.0.1 (a random port) that closes every connection it made or accepted when stopped. */
abstract class LocalServer<S extends net.Server> {
  port = 0;
  protected server!: S;
  private sockets = new Set<net.Socket>();

  protected track(s: net.Socket): void {
    this.sockets.add(s);
    s.on('close', () => this.sockets.delete(s));
  }

  protected async listen(): Promise<void> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as net.AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    if (this.server instanceof http.Server) this.server.closeAllConnections();
    this.server.close();
    await once(this.server, 'close').catch(() => {});
  }
}

/** A TLS server on 127.0.0.1 that hands each connection, decrypted, to a SourceServer. */
export class TlsFront extends LocalServer<tls.Server> {
  /** TCP connections accepted (a failed handshake counts too). */
  connections = 0;

  /** The server sends `pair.cert`, then the certificates of `chain` (its authority's, to say "in chain"). */
  constructor(
    private readonly target: SourceServer,
    private readonly pair: KeyPair,
    private readonly chain: string[] = [],
  ) {
    super();
  }

  get base(): string {
    return `https://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = tls.createServer({ key: this.pair.key, cert: [this.pair.cert, ...this.chain].join('') }, (clear) => {
      const up = net.connect(this.target.port, '127.0.0.1');
      this.track(up);
      clear.on('error', () => up.destroy());
      up.on('error', () => clear.destroy());
      clear.pipe(up).pipe(clear);
    });
    this.server.on('connection', (s: net.Socket) => {
      this.connections++;
      this.track(s);
    });
    this.server.on('tlsClientError', () => {}); // a client that refuses the certificate
    await this.listen();
    return this;
  }
}

export interface Connect {
  /** The request target: "host:port". */
  target: string;
  /** The Proxy-Authorization header sent with it, or null. */
  auth: string | null;
}

/**
 * An HTTP proxy on 127.0.0.1 that answers CONNECT with a tunnel to 127.0.0.1 or localhost (a
 * 502 for any other host, so that no test reaches further). With `credentials` set it asks for
 * them (407) unless the request carries them; with `refuse` set it answers that status instead.
 */
export class ConnectProxy extends LocalServer<http.Server> {
  readonly connects: Connect[] = [];
  /** Requests other than CONNECT (a plain-HTTP proxy request), by target. */
  readonly plain: string[] = [];
  /** "user:password" the proxy asks for, or null. */
  credentials: string | null = null;
  refuse: number | null = null;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The proxy's URL with credentials in it, percent-encoded as a URL's userinfo is written. */
  urlWith(user: string, password: string, encode = true): string {
    const e = encode ? encodeURIComponent : (s: string) => s;
    return `http://${e(user)}:${e(password)}@127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      this.plain.push(req.url ?? '');
      res.writeHead(405, { connection: 'close' });
      res.end();
    });
    this.server.on('connect', (req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
      this.track(socket);
      socket.on('error', () => socket.destroy());
      const auth = req.headers['proxy-authorization'] ?? null;
      this.connects.push({ target: req.url ?? '', auth });
      const answer = (status: number, extra = '') => socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${extra}Content-Length: 0\r\nConnection: close\r\n\r\n`);
      if (this.refuse !== null) return answer(this.refuse);
      if (this.credentials !== null && auth !== `Basic ${Buffer.from(this.credentials).toString('base64')}`) {
        return answer(407, 'Proxy-Authenticate: Basic realm="almanac test proxy"\r\n');
      }
      const m = /^(127\.0\.0\.1|localhost):(\d+)$/.exec(req.url ?? '');
      if (!m) return answer(502);
      const up = net.connect(Number(m[2]), m[1]!);
      this.track(up);
      up.on('error', () => socket.destroy());
      socket.on('close', () => up.destroy());
      up.once('connect', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        if (head.length > 0) up.write(head);
        up.pipe(socket).pipe(up);
      });
    });
    await this.listen();
    return this;
  }
}

/** A port on 127.0.0.1 where nothing listens (one that was just closed). */
export async function closedPort(): Promise<number> {
  const s = net.createServer().listen(0, '127.0.0.1');
  await once(s, 'listening');
  const port = (s.address() as net.AddressInfo).port;
  s.close();
  await once(s, 'close');
  return port;
}
