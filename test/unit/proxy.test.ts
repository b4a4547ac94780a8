// Which proxy a URL goes through (src/update/http.ts proxyFor): the forms of NO_PROXY that the
// end-to-end tests (test/e2e/httpsProxy.test.ts) cannot reach on 127.0.0.1 alone, such as
// subdomains and IPv6, and a proxy URL that is not one.
import { describe, expect, it } from 'vitest';
import { HttpError, proxyFor, retryAfterSeconds, throttledFor } from '../../src/update/http.js';

const PROXY = 'http://proxy.example:3128';
const through = (href: string, env: Record<string, string>) => proxyFor(new URL(href), env)?.href ?? null;

describe('proxyFor', () => {
  it('is HTTPS_PROXY (else https_proxy) for https, HTTP_PROXY (else http_proxy) for http, none without', () => {
    expect(through('https://a.example/x', { HTTPS_PROXY: PROXY })).toBe(`${PROXY}/`);
    expect(through('https://a.example/x', { https_proxy: PROXY })).toBe(`${PROXY}/`);
    expect(through('https://a.example/x', { HTTPS_PROXY: PROXY, https_proxy: 'http://other:1' })).toBe(`${PROXY}/`);
    expect(through('https://a.example/x', { HTTP_PROXY: PROXY, http_proxy: PROXY })).toBeNull();
    expect(through('http://a.example/x', { HTTP_PROXY: PROXY })).toBe(`${PROXY}/`);
    expect(through('http://a.example/x', { http_proxy: PROXY })).toBe(`${PROXY}/`);
    expect(through('http://a.example/x', { HTTPS_PROXY: PROXY })).toBeNull();
    expect(through('https://a.example/x', {})).toBeNull();
    // Without a scheme, http:// is meant; credentials are kept for Proxy-Authorization.
    expect(through('https://a.example/x', { HTTPS_PROXY: 'proxy.example:3128' })).toBe(`${PROXY}/`);
    expect(proxyFor(new URL('https://a.example/'), { HTTPS_PROXY: 'http://ada:s%3Acret@proxy.example:3128' })).toMatchObject({ username: 'ada', password: 's%3Acret', host: 'proxy.example:3128' });
  });

  // [the URL, NO_PROXY, whether the proxy is used]
  it.each([
    ['https://gcat.example.org/x', 'gcat.example.org', false],
    ['https://gcat.example.org/x', 'example.org', false],
    ['https://gcat.example.org/x', '.example.org', false],
    ['https://gcat.example.org/x', '*.example.org', false],
    ['https://example.org/x', '.example.org', false],
    ['https://a.b.example.org/x', 'example.org', false],
    ['https://gcat.example.org/x', 'ample.org', true],
    ['https://gcat.example.org/x', 'gcat.example', true],
    ['https://gcat.example.org/x', 'other.example.org', true],
    ['https://GCAT.Example.ORG/x', 'gcat.EXAMPLE.org', false],
    ['https://gcat.example.org/x', 'a.example, gcat.example.org b.example', false],
    ['https://gcat.example.org/x', '*', false],
    // A port: the URL's, or the scheme's default.
    ['https://gcat.example.org/x', 'gcat.example.org:443', false],
    ['https://gcat.example.org/x', 'gcat.example.org:8443', true],
    ['https://gcat.example.org:8443/x', 'gcat.example.org:8443', false],
    ['https://gcat.example.org:8443/x', '.example.org:443', true],
    ['http://gcat.example.org/x', 'gcat.example.org:80', false],
    // Addresses are compared as written, never resolved.
    ['https://10.1.2.3/x', '10.1.2.3', false],
    ['https://10.1.2.3/x', '10.1.2.30', true],
    ['https://10.1.2.3/x', '1.2.3', true], // not a domain of it
    ['https://10.1.2.3/x', '.2.3', true],
    ['https://[::1]:8443/x', '::1', false],
    ['https://[::1]:8443/x', '[::1]', false],
    ['https://[::1]:8443/x', '[::1]:8443', false],
    ['https://[::1]:8443/x', '[::1]:443', true],
  ])('%s with NO_PROXY=%j: the proxy %s', (href, noProxy, proxied) => {
    expect(through(href, { HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY, NO_PROXY: noProxy })).toBe(proxied ? `${PROXY}/` : null);
    expect(through(href, { HTTPS_PROXY: PROXY, HTTP_PROXY: PROXY, no_proxy: noProxy })).toBe(proxied ? `${PROXY}/` : null);
  });

  it('says a proxy that is not a URL is not one, without the password that may be in it', () => {
    for (const raw of ['http://ada:s3cret@proxy.example:port', 'ada:s3cret@proxy.example:port', 'http://ada:s3/cr@t@proxy.example:x']) {
      let error: unknown = null;
      try {
        proxyFor(new URL('https://a.example/'), { HTTPS_PROXY: raw });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(HttpError);
      expect((error as HttpError).kind).toBe('bad-url');
      expect((error as HttpError).message).toMatch(/^the proxy "(http:\/\/)?…@[^"]*" is not a URL$/);
      expect((error as HttpError).message).not.toMatch(/s3|cr/);
    }
    // Nothing to hide: said as written.
    expect(() => proxyFor(new URL('https://a.example/'), { HTTPS_PROXY: 'http://proxy.example:port' })).toThrow('the proxy "http://proxy.example:port" is not a URL');
  });
});

describe('how long a 429 asks to wait', () => {
  it('reads Retry-After in seconds or as a date, and else the wait Launch Library 2 names in its body', () => {
    expect(retryAfterSeconds('120')).toBe(120);
    expect(retryAfterSeconds(new Date(Date.UTC(2026, 0, 1, 0, 2)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(120);
    expect(retryAfterSeconds(undefined)).toBeNull();
    expect(throttledFor(Buffer.from('{"detail":"Request was throttled. Expected available in 1234 seconds."}'))).toBe(1234);
    expect(throttledFor(Buffer.from('{"detail":"Request was throttled. Expected available in 1 second."}'))).toBe(1);
    expect(throttledFor(Buffer.from('{"detail":"Request was throttled."}'))).toBeNull();
    expect(throttledFor(Buffer.from('<html>Too Many Requests</html>'))).toBeNull();
  });
});
