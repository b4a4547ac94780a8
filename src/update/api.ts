// What `data update` and `launch next` share about their sources: the base URLs (overridable from
// the environment) and the small readers of the JSON values an API answers with.
import type { Env } from './http.js';

export const GCAT_DEFAULT = 'https://planet4589.org/space/gcat/tsv/';
export const LL2_DEFAULT = 'https://ll.thespacedevs.com/2.3.0/';

/** A base URL from the environment (ending in "/"), else the default. */
export function baseUrl(env: Env, name: string, fallback: string): string {
  const v = env[name];
  const base = v === undefined || v === '' ? fallback : v;
  return base.endsWith('/') ? base : `${base}/`;
}

/** A JSON object (not an array, not null). */
export function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === 'object' && !Array.isArray(x);
}

/** A JSON string that is not empty, else null. */
export function str(x: unknown): string | null {
  return typeof x === 'string' && x !== '' ? x : null;
}
