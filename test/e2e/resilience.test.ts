import { describe, expect, it } from 'vitest';
import type { Fault } from '../../src/simulator/server.js';
import { eventually } from '../support/eventually.js';
import { ASSIGN, startStack, UNASSIGN, useStack } from '../support/stack.js';

// 1.5 s: room for a couple of backoffs, short enough for the hung-upstream cases.
const stack = useStack({ UPSTREAM_TIMEOUT_MS: '1500' });

const assign = { query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [5], tags: [4] } } };
const unassign = { query: UNASSIGN, variables: { input: { projectId: 101, all: false, included: [5] } } };

async function withFault(request: typeof assign | typeof unassign, fault: Fault) {
  stack.simulator.injectFault(fault);
  return stack.graphql(request);
}

describe('time budget', () => {
  it('fails a hung upstream with UPSTREAM_UNAVAILABLE and releases the upstream connection', async () => {
    const result = await withFault(assign, { status: 200, body: '{"assigned": 1}', delayMs: 10_000 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', mayHaveRun: true });
    expect(await eventually(() => stack.simulator.requests[0]?.abandoned === true)).toBe(true);
  });

  it('fails a slow-drip body within the budget instead of waiting for it', async () => {
    const result = await withFault(assign, { status: 200, body: `{"assigned": 1, "padding": "${'x'.repeat(200)}"}`, dripMs: 50 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', mayHaveRun: true });
    expect(await eventually(() => stack.simulator.requests[0]?.abandoned === true)).toBe(true);
  });

  it('refuses a body over the size cap', async () => {
    const result = await withFault(assign, { status: 200, body: `{"assigned": 1, "padding": "${'x'.repeat(2 * 1024 * 1024)}"}` });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_ERROR', upstreamStatus: 200, mayHaveRun: true });
  });

  it('waits out a slow answer within the budget: the idle-socket timeout never cuts a request in flight', async () => {
    // Idle keep-alive sockets dropped after 200 ms here (4 s by default), so a short wait outlasts that timeout.
    const patient = await startStack({ UPSTREAM_TIMEOUT_MS: '10000' }, {}, { upstreamIdleSocketMs: 200 });
    try {
      patient.simulator.injectFault({ route: 'assign', delayMs: 600 });

      const result = await patient.graphql(assign);

      expect(result.body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 1 } });
    } finally {
      await patient.close();
    }
  });

  it('aborts the upstream call when the GraphQL caller goes away', async () => {
    const patient = await startStack({ UPSTREAM_TIMEOUT_MS: '30000' });
    try {
      patient.simulator.injectFault({ status: 200, body: '{"assigned": 1}', delayMs: 20_000 });
      const caller = new AbortController();
      const pending = fetch(`${patient.facade.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Token demo-admin-token' },
        body: JSON.stringify(assign),
        signal: caller.signal,
      }).catch(() => undefined);
      await eventually(() => patient.simulator.requests.length === 1);
      caller.abort();
      await pending;

      expect(await eventually(() => patient.simulator.requests[0]?.abandoned === true)).toBe(true);
    } finally {
      await patient.close();
    }
  });
});

describe('retries: the DELETE only when Label Studio certainly did not process it (a repeat would report what was left, not what was removed)', () => {
  it('is not retried after a connection reset: it may have been executed', async () => {
    const result = await withFault(unassign, { route: 'unassign', destroySocket: true });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', mayHaveRun: true });
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it.each([502, 504])('is not retried after HTTP %i: a gateway may answer so after Label Studio removed members', async (status) => {
    const result = await withFault(unassign, { route: 'unassign', status });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: status, mayHaveRun: true });
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it.each([
    { name: 'HTTP 503', fault: { status: 503 } },
    { name: 'a 429 with Retry-After', fault: { status: 429, headers: { 'Retry-After': '0' } } },
  ])('is retried after $name', async ({ fault }) => {
    const result = await withFault(unassign, { route: 'unassign', ...fault });

    expect(result.body.data).toEqual({ bulkUnassignProjectMembers: { unassignments: 1 } });
    expect(stack.simulator.requests).toHaveLength(2);
  });

  it('makes at most three attempts', async () => {
    const result = await withFault(unassign, { route: 'unassign', status: 503, times: 10 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 503 });
    expect(stack.simulator.requests).toHaveLength(3);
  });

  it('is not retried after a 500, which is not a gateway fault', async () => {
    const result = await withFault(unassign, { route: 'unassign', status: 500 });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    expect(stack.simulator.requests).toHaveLength(1);
  });
});

describe('retries: the POST only when Label Studio certainly did not process it', () => {
  it('is not retried after a connection reset: it may have been executed', async () => {
    const result = await withFault(assign, { route: 'assign', destroySocket: true });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', mayHaveRun: true });
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it.each([502, 504])('is not retried after HTTP %i', async (status) => {
    const result = await withFault(assign, { route: 'assign', status });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: status, mayHaveRun: true });
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it('is retried after HTTP 503', async () => {
    const result = await withFault(assign, { route: 'assign', status: 503 });

    expect(result.body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 1 } });
    expect(stack.simulator.requests).toHaveLength(2);
  });

  it('is retried after a 429 with Retry-After, waiting as told', async () => {
    const result = await withFault(assign, { route: 'assign', status: 429, headers: { 'Retry-After': '0' } });

    expect(result.body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 1 } });
    expect(stack.simulator.requests).toHaveLength(2);
  });

  it('is not retried after a 429 without Retry-After', async () => {
    const result = await withFault(assign, { route: 'assign', status: 429 });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it('is not retried when Retry-After is longer than the time budget', async () => {
    const result = await withFault(assign, { route: 'assign', status: 429, headers: { 'Retry-After': '60' } });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', upstreamStatus: 429, retryAfter: 60 });
    expect(stack.simulator.requests).toHaveLength(1);
  });
});

describe('answers that are not what the reference says', () => {
  it.each<{ name: string; fault: Fault; code: string }>([
    { name: 'an HTML error page', fault: { status: 500, body: '<html><h1>Server Error</h1></html>', headers: { 'Content-Type': 'text/html' } }, code: 'UPSTREAM_ERROR' },
    { name: 'a redirect to another host', fault: { status: 307, body: '', headers: { Location: 'http://127.0.0.2:1/' } }, code: 'UPSTREAM_ERROR' },
    { name: 'an empty 200', fault: { status: 200, body: '' }, code: 'UPSTREAM_ERROR' },
    { name: 'a 200 with a negative count', fault: { status: 200, body: '{"unassignments": -2}' }, code: 'UPSTREAM_ERROR' },
  ])('maps $name on the DELETE too, and the service keeps answering', async ({ fault, code }) => {
    const result = await withFault(unassign, { route: 'unassign', ...fault });

    expect(result.body.errors?.[0]?.extensions?.code).toBe(code);
    expect((await stack.graphql(unassign)).body.errors).toBeUndefined();
  });
});
