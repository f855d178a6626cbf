import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Fault } from '../../src/simulator/server.js';
import { ASSIGN, postGraphQL, startFacade, UNASSIGN, useStack } from '../support/stack.js';

// A short budget keeps the hung-upstream case quick; the mapping is the same at the 10 s default.
const stack = useStack({ UPSTREAM_TIMEOUT_MS: '300' });

const assignFiveTagFour = { query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [5], tags: [4] } } };
const unassignFive = { query: UNASSIGN, variables: { input: { projectId: 101, all: false, included: [5] } } };

async function assignWith(fault: Fault) {
  stack.simulator.injectFault(fault);
  return stack.graphql(assignFiveTagFour);
}

describe("Label Studio's refusals", () => {
  it('maps a 400 to BAD_USER_INPUT carrying its validation_errors', async () => {
    const result = await stack.graphql({ query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [5, 99], tags: [4] } } });

    const [error] = result.body.errors ?? [];
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', upstreamStatus: 400, validationErrors: { included: [expect.any(String)] } });
    expect(error?.message).toMatch(/^Label Studio rejected the request: included: /);
    expect(error?.path).toEqual(['bulkAssignOrgMemberTags']);
    expect(result.body.data).toBeNull();
  });

  it('maps a 401 to UNAUTHENTICATED', async () => {
    const result = await stack.graphql({ ...assignFiveTagFour, authorization: 'Token not-a-real-key' });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', upstreamStatus: 401 });
  });

  it('maps a 403 to FORBIDDEN', async () => {
    const result = await stack.graphql({ ...unassignFive, authorization: `Token ${stack.simulator.tokens.otherOrgOwner}` });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', upstreamStatus: 403 });
  });

  it('maps a 404 to NOT_FOUND', async () => {
    const result = await stack.graphql({ query: UNASSIGN, variables: { input: { projectId: 999, all: true } } });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', upstreamStatus: 404 });
  });

  it('maps a 429 to RATE_LIMITED with retryAfter from the Retry-After header', async () => {
    const result = await assignWith({ status: 429, headers: { 'Retry-After': '7' } });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', upstreamStatus: 429, retryAfter: 7 });
  });

  it('maps a 429 without Retry-After to RATE_LIMITED without retryAfter', async () => {
    const result = await assignWith({ status: 429 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', upstreamStatus: 429 });
  });
});

describe('Label Studio unavailable', () => {
  it.each([502, 504])('maps HTTP %i to UPSTREAM_UNAVAILABLE, saying the change may have run', async (status) => {
    const result = await assignWith({ status, body: '<html><body>Bad gateway</body></html>', headers: { 'Content-Type': 'text/html' } });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: status, mayHaveRun: true });
    expect(result.body.errors?.[0]?.message).toBe('Label Studio is unavailable. The change may have run: read the list it changes before trying again.');
  });

  it('maps HTTP 503 that outlasts the retries to UPSTREAM_UNAVAILABLE: the change did not run', async () => {
    // Persistent, so that the retries 503 allows end the same way.
    const result = await assignWith({ status: 503, times: 5, body: '<html><body>Unavailable</body></html>', headers: { 'Content-Type': 'text/html' } });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 503 });
  });

  it('maps a connection reset before any answer to UPSTREAM_UNAVAILABLE, saying the change may have run', async () => {
    const result = await assignWith({ destroySocket: true });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', mayHaveRun: true });
  });

  it('maps an answer slower than UPSTREAM_TIMEOUT_MS to UPSTREAM_UNAVAILABLE, saying the change may have run', async () => {
    const result = await assignWith({ status: 200, body: '{"assigned": 1}', delayMs: 2_000 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', mayHaveRun: true });
    expect(result.body.errors?.[0]?.message).toBe('Label Studio did not answer in time. The change may have run: read the list it changes before trying again.');
  });

  it('maps a refused connection to UPSTREAM_UNAVAILABLE', async () => {
    const closedPort = await freePort();
    const facade = await startFacade({ LABEL_STUDIO_URL: `http://127.0.0.1:${closedPort}` });
    try {
      const result = await postGraphQL(facade.url, { ...assignFiveTagFour, authorization: 'Token demo-admin-token' });

      expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE' });
    } finally {
      await facade.close();
    }
  });
});

describe('Label Studio failing or answering nonsense', () => {
  it('maps a 500 to UPSTREAM_ERROR without its detail or traceback', async () => {
    const result = await assignWith({ status: 500 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_ERROR', upstreamStatus: 500 });
    expect(result.text).not.toMatch(/Traceback|ZeroDivision|exc_info|api\.py/);
  });

  it.each([
    { name: 'an HTML page', body: '<html>oops</html>' },
    { name: 'an empty body', body: '' },
    { name: 'a count that is a string', body: '{"assigned": "3"}' },
    { name: 'a negative count', body: '{"assigned": -1}' },
    { name: 'a fractional count', body: '{"assigned": 1.5}' },
    { name: 'the wrong count field', body: '{"unassignments": 3}' },
  ])('maps a 200 with $name to UPSTREAM_ERROR, never a made-up count, saying the change may have run', async ({ body }) => {
    const result = await assignWith({ status: 200, body });

    expect(result.body.data).toBeNull();
    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_ERROR', upstreamStatus: 200, mayHaveRun: true });
  });

  it('does not follow a redirect, which could carry the credentials elsewhere', async () => {
    const result = await assignWith({ status: 302, body: '', headers: { Location: 'http://127.0.0.2:9/steal' } });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_ERROR', upstreamStatus: 302 });
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it('maps an unexpected 4xx to UPSTREAM_ERROR', async () => {
    const result = await assignWith({ status: 409 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_ERROR', upstreamStatus: 409 });
  });
});

describe('what never leaves the service', () => {
  it('no answer, success or failure, contains the caller credentials', async () => {
    const token = stack.simulator.issueAccessToken(2);
    const texts: string[] = [];
    for (const fault of [undefined, { status: 500 }, { status: 401 }, { destroySocket: true }] satisfies (Fault | undefined)[]) {
      if (fault) stack.simulator.injectFault(fault);
      texts.push((await stack.graphql({ ...assignFiveTagFour, authorization: `Bearer ${token}` })).text);
    }

    for (const text of texts) expect(text).not.toContain(token);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
