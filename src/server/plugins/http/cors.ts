import type { Plugin } from 'graphql-yoga';

/** What a browser page on a listed origin may send: the CSRF header among them, so a GET query can pass. */
const ALLOWED_REQUEST_HEADERS = ['authorization', 'content-type', 'accept', 'x-request-id', 'traceparent', 'tracestate'];
// Preflights are cached by the browser for this long (Chromium caps it at 2 hours).
const MAX_AGE_SECONDS = '7200';

export interface CorsOptions {
  /** Exact origins, or `['*']` for any; empty allows none. */
  origins: readonly string[];
  /** The CSRF prevention header, which listed pages must be allowed to send. */
  csrfHeader: string;
}

/**
 * Cross-origin access for the listed origins only, never with credentials (the service uses no cookies).
 * Yoga's own `cors` option cannot do this: it reflects any origin and sends Allow-Credentials unless told
 * otherwise, a single configured origin gets no `Vary: Origin`, an unlisted one is answered `null` rather
 * than nothing, and it builds a fresh header object for each request. Here every header value is computed
 * once, and a request without an Origin header (same-origin GETs, servers, gateways) costs one lookup.
 */
export function useCors({ origins, csrfHeader }: CorsOptions): Plugin {
  const anyOrigin = origins.includes('*');
  const listed = new Set(origins);
  const allowHeaders = [...ALLOWED_REQUEST_HEADERS, csrfHeader].join(', ');
  const allowed = (origin: string | null): origin is string => origin !== null && (anyOrigin || listed.has(origin));

  return {
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method !== 'OPTIONS') return;
      // A preflight from an unlisted origin gets the same 204 with no allow header: the browser then stops.
      const headers = new fetchAPI.Headers({ 'content-length': '0' });
      const origin = request.headers.get('origin');
      if (allowed(origin)) {
        headers.set('access-control-allow-methods', 'GET, POST');
        headers.set('access-control-allow-headers', allowHeaders);
        headers.set('access-control-max-age', MAX_AGE_SECONDS);
      }
      endResponse(new fetchAPI.Response(null, { status: 204, headers }));
    },
    onResponse: origins.length === 0 ? undefined : ({ request, response }) => {
      const origin = request.headers.get('origin');
      if (origin === null) return;
      // Every answer to a request with an Origin varies by it, so that no cache hands one origin's answer to another.
      response.headers.append('vary', 'Origin');
      if (!allowed(origin)) return;
      response.headers.set('access-control-allow-origin', anyOrigin ? '*' : origin);
      // A page may read the request id to quote it in a support request.
      response.headers.set('access-control-expose-headers', 'x-request-id');
    },
  };
}
