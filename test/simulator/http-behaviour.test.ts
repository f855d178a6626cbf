import { describe, expect, it } from 'vitest';
import { call, projectMemberIds, useSimulator } from './http.js';

const ASSIGN = '/api/organizations/1/member-tags/assignments';
const BULK = '/api/projects/100/members/bulk/';

const sim = useSimulator({ maxRequestLineBytes: 8192 });

describe('request log', () => {
  it('records every request in order with the raw query, headers and parsed body', async () => {
    await call(sim, 'DELETE', `${BULK}?all=false&included=5,6`, { headers: { 'X-Request-Id': 'abc' } });
    await call(sim, 'POST', ASSIGN, { json: { all: false, included: [5], tags: [4] } });
    await call(sim, 'GET', '/nowhere', { authorization: null });

    expect(sim.requests).toHaveLength(3);
    const [unassign, assign, unknown] = sim.requests;
    expect(unassign).toMatchObject({
      method: 'DELETE',
      path: BULK,
      query: 'all=false&included=5,6',
      authorization: 'Token demo-admin-token',
      body: undefined,
    });
    expect(unassign?.headers['x-request-id']).toBe('abc');
    expect(assign).toMatchObject({ method: 'POST', path: ASSIGN, query: '', body: { all: false, included: [5], tags: [4] } });
    expect(unknown).toMatchObject({ method: 'GET', path: '/nowhere', authorization: undefined });
  });

  it('reset restores the seed and forgets requests and faults', async () => {
    await call(sim, 'DELETE', `${BULK}?all=true`);
    sim.injectFault({ status: 500 });
    sim.reset();
    expect(sim.requests).toEqual([]);
    expect(projectMemberIds(sim, 100)).toEqual([2, 3, 4, 5, 6, 7]);
    const result = await call(sim, 'DELETE', `${BULK}?all=false&included=5`);
    expect(result.status).toBe(200);
  });
});

describe('routing', () => {
  it.each([
    ['an unknown path', 'POST', '/api/unknown'],
    ['the assignments path with a trailing slash', 'POST', `${ASSIGN}/`],
    ['the bulk path without its trailing slash', 'DELETE', '/api/projects/100/members/bulk'],
  ])('answers 404 JSON to %s', async (_label, method, path) => {
    const result = await call(sim, method, path, { json: { all: true } });
    expect(result.status).toBe(404);
    expect(result.json).toMatchObject({ status_code: 404 });
  });

  it('answers 405 to the wrong method on a known path', async () => {
    const result = await call(sim, 'GET', BULK);
    expect(result.status).toBe(405);
    expect(result.headers.get('allow')).toBe('POST, DELETE');
  });
});

describe('proxy limits', () => {
  it('answers 414 with an nginx HTML page when the request line exceeds maxRequestLineBytes', async () => {
    const ids = Array.from({ length: 2000 }, (_, index) => index + 1).join(',');
    const result = await call(sim, 'DELETE', `${BULK}?all=false&included=${ids}`);
    expect(result.status).toBe(414);
    expect(result.headers.get('content-type')).toBe('text/html');
    expect(result.text).toContain('414 Request-URI Too Large');
    expect(projectMemberIds(sim, 100)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('answers 413 to a body over 5 MiB', async () => {
    const result = await call(sim, 'POST', ASSIGN, { json: { all: false, padding: 'x'.repeat(5 * 1024 * 1024) } });
    expect(result.status).toBe(413);
  });
});

describe('faults', () => {
  it('answers an injected status with its headers once, then behaves normally', async () => {
    sim.injectFault({ route: 'unassign', status: 503, headers: { 'Retry-After': '2' } });
    const faulted = await call(sim, 'DELETE', `${BULK}?all=false&included=5`);
    expect(faulted.status).toBe(503);
    expect(faulted.headers.get('retry-after')).toBe('2');
    expect(faulted.json).toMatchObject({ status_code: 503 });
    expect(projectMemberIds(sim, 100)).toContain(5);

    const retried = await call(sim, 'DELETE', `${BULK}?all=false&included=5`);
    expect(retried.json).toEqual({ unassignments: 1 });
  });

  it('only consumes a route-specific fault on that route', async () => {
    sim.injectFault({ route: 'refresh', status: 502, body: '<html>bad gateway</html>', headers: { 'Content-Type': 'text/html' } });
    const assign = await call(sim, 'POST', ASSIGN, { json: { all: false, included: [5], tags: [4] } });
    const refresh = await call(sim, 'POST', '/api/token/refresh/', { json: { refresh: 'x' }, authorization: null });
    expect(assign.status).toBe(200);
    expect(refresh).toMatchObject({ status: 502, text: '<html>bad gateway</html>' });
    expect(refresh.headers.get('content-type')).toBe('text/html');
  });

  it('sends a traceback in exc_info on a default 500', async () => {
    sim.injectFault({ status: 500 });
    const result = await call(sim, 'POST', ASSIGN, { json: { all: true } });
    expect(result.status).toBe(500);
    expect(result.json).toMatchObject({ exc_info: expect.stringContaining('Traceback') as unknown });
  });

  it('destroys the socket without a response', async () => {
    sim.injectFault({ destroySocket: true });
    await expect(call(sim, 'DELETE', `${BULK}?all=false&included=5`)).rejects.toThrow();
    expect(sim.requests).toHaveLength(1);
    expect(projectMemberIds(sim, 100)).toContain(5);
  });

  it('delays the answer by delayMs', async () => {
    sim.injectFault({ delayMs: 150 });
    const started = performance.now();
    const result = await call(sim, 'DELETE', `${BULK}?all=false&included=5`);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(result.json).toEqual({ unassignments: 1 });
  });

  it('drips the body one byte every dripMs', async () => {
    sim.injectFault({ status: 502, body: 'abcd', dripMs: 30 });
    const started = performance.now();
    const result = await call(sim, 'POST', ASSIGN, { json: { all: true } });
    expect(result).toMatchObject({ status: 502, text: 'abcd' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });
});
