import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

const LISTED = 'https://app.example';
const OTHER_LISTED = 'http://127.0.0.1:5173';
const UNLISTED = 'https://evil.example';
const LIMITS = JSON.stringify({ query: '{ bulkLimits { maxBulkIds } }' });

function preflight(stack: Stack, origin: string) {
  return fetch(`${stack.facade.url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
  });
}

function post(stack: Stack, origin?: string) {
  return fetch(`${stack.facade.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: LIMITS,
  });
}

const corsHeaders = (response: Response) => Object.fromEntries([...response.headers].filter(([name]) => name.startsWith('access-control-')));

function withStack(env: Record<string, string>) {
  const holder: { stack?: Stack } = {};
  beforeAll(async () => {
    holder.stack = await startStack(env);
  });
  afterAll(() => holder.stack?.close());
  return () => holder.stack as Stack;
}

describe('CORS by default (CORS_ORIGINS unset)', () => {
  const stack = withStack({});

  it('answers a preflight from any origin with no Access-Control-Allow-* header, so the browser stops', async () => {
    const response = await preflight(stack(), UNLISTED);

    expect(response.status).toBe(204);
    expect(corsHeaders(response)).toEqual({});
  });

  it('gives an actual cross-origin request no Access-Control-Allow-* header', async () => {
    const response = await post(stack(), UNLISTED);

    expect(response.status).toBe(200);
    expect(corsHeaders(response)).toEqual({});
  });
});

describe('CORS_ORIGINS with two origins', () => {
  const stack = withStack({ CORS_ORIGINS: `${LISTED}, ${OTHER_LISTED}` });

  it.each([LISTED, OTHER_LISTED])('allows a preflight from %s: that origin, GET and POST, the request headers a client sends, a max age, no credentials', async (origin) => {
    const response = await preflight(stack(), origin);

    expect(response.status).toBe(204);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(corsHeaders(response)).toEqual({
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'authorization, content-type, accept, x-request-id, traceparent, tracestate, x-graphql-yoga-csrf',
      'access-control-max-age': '7200',
      'access-control-expose-headers': 'x-request-id',
    });
  });

  it('gives an actual request from a listed origin that origin and Vary: Origin, never Allow-Credentials', async () => {
    const response = await post(stack(), LISTED);

    expect(response.status).toBe(200);
    expect(response.headers.get('vary')).toBe('Origin');
    expect(corsHeaders(response)).toEqual({ 'access-control-allow-origin': LISTED, 'access-control-expose-headers': 'x-request-id' });
  });

  it('gives an unlisted origin no allow header on a preflight or an actual request, only Vary: Origin', async () => {
    const preflighted = await preflight(stack(), UNLISTED);
    const actual = await post(stack(), UNLISTED);

    expect(corsHeaders(preflighted)).toEqual({});
    expect(corsHeaders(actual)).toEqual({});
    expect(actual.headers.get('vary')).toBe('Origin');
  });

  it('treats an origin that only resembles a listed one as unlisted', async () => {
    for (const lookalike of [`${LISTED}.evil.example`, `${LISTED}:443`, 'http://app.example', 'null']) {
      expect(corsHeaders(await preflight(stack(), lookalike))).toEqual({});
    }
  });

  it('adds nothing to a request without an Origin header (servers, gateways)', async () => {
    const response = await post(stack());

    expect(corsHeaders(response)).toEqual({});
    expect(response.headers.get('vary')).toBeNull();
  });
});

describe('CORS_ORIGINS=* (no service key)', () => {
  const stack = withStack({ CORS_ORIGINS: '*' });

  it('allows any origin with Access-Control-Allow-Origin: *, still without credentials', async () => {
    const response = await post(stack(), UNLISTED);

    expect(corsHeaders(response)).toEqual({ 'access-control-allow-origin': '*', 'access-control-expose-headers': 'x-request-id' });
  });
});
