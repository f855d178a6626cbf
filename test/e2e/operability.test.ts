import { beforeEach, describe, expect, it } from 'vitest';
import { ASSIGN, postGraphQL, startFacade, useStack } from '../support/stack.js';

const stack = useStack({ LOG_LEVEL: 'info' });
beforeEach(() => {
  stack.logs.length = 0;
});

const assignInput = { input: { organizationId: 1, all: false, included: [5], tags: [4] } };

function post(body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${stack.facade.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Token demo-admin-token', ...headers },
    body: JSON.stringify(body),
  });
}

const logLines = () => stack.logs.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('structured logs', () => {
  it('writes one line per GraphQL request: request id, operation name, duration, outcome', async () => {
    await post({ query: ASSIGN, variables: assignInput, operationName: 'Assign' }, { 'x-request-id': 'req-42' });

    const requests = logLines().filter((line) => line['msg'] === 'graphql request');
    expect(requests).toEqual([
      expect.objectContaining({
        requestId: 'req-42',
        operationName: 'Assign',
        operation: 'mutation bulkAssignOrgMemberTags',
        outcome: 'ok',
        status: 200,
        durationMs: expect.any(Number),
      }),
    ]);
  });

  it('writes one line per upstream call: method, route template, status, duration, attempt', async () => {
    await post({ query: ASSIGN, variables: assignInput });

    const calls = logLines().filter((line) => line['msg'] === 'label studio call');
    expect(calls).toEqual([
      expect.objectContaining({
        upstream: { method: 'POST', route: 'api/organizations/{id}/member-tags/assignments', status: 200, attempt: 1, durationMs: expect.any(Number) },
      }),
    ]);
  });

  it('logs at most 128 characters of a client-chosen operation name', async () => {
    const name = `A${'x'.repeat(100_000)}`;
    await post({ query: `mutation ${name}($input: BulkAssignOrgMemberTagsInput!) { bulkAssignOrgMemberTags(input: $input) { assigned } }`, variables: assignInput, operationName: name });

    const [line] = logLines().filter((entry) => entry['msg'] === 'graphql request');
    expect(line?.['operationName']).toBe(`${name.slice(0, 128)}…`);
  });

  it('logs the outcome of a failed request as its error code', async () => {
    await post({ query: ASSIGN, variables: { input: { organizationId: 0, all: true } } });

    expect(logLines().find((line) => line['msg'] === 'graphql request')).toMatchObject({ outcome: 'BAD_USER_INPUT' });
  });
});

describe('request ids and trace context', () => {
  it("propagates the caller's x-request-id and traceparent to Label Studio and echoes the id", async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

    const response = await post({ query: ASSIGN, variables: assignInput }, { 'x-request-id': 'abc-123', traceparent });

    expect(response.headers.get('x-request-id')).toBe('abc-123');
    expect(stack.simulator.requests[0]?.headers).toMatchObject({ 'x-request-id': 'abc-123', traceparent });
  });

  it('makes up a request id when none (or an unsafe one) is given, and uses it upstream', async () => {
    const response = await post({ query: ASSIGN, variables: assignInput }, { 'x-request-id': 'bad id\twith spaces' });

    const id = response.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(stack.simulator.requests[0]?.headers['x-request-id']).toBe(id);
  });

  it('drops a malformed traceparent instead of forwarding it, and the tracestate with it', async () => {
    await post({ query: ASSIGN, variables: assignInput }, { traceparent: 'not-a-trace', tracestate: 'vendor=abc' });

    expect(stack.simulator.requests[0]?.headers['traceparent']).toBeUndefined();
    expect(stack.simulator.requests[0]?.headers['tracestate']).toBeUndefined();
  });

  it("with tracing off, passes the caller's traceparent and tracestate to Label Studio unchanged", async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const tracestate = 'congo=t61rcWkgMzE,rojo=00f067aa0ba902b7';

    await post({ query: ASSIGN, variables: assignInput }, { traceparent, tracestate });

    expect(stack.simulator.requests[0]?.headers).toMatchObject({ traceparent, tracestate });
  });
});

describe('GET /metrics', () => {
  it('counts and times GraphQL requests by operation and outcome, and upstream calls by route and status', async () => {
    // A facade of its own, so the counts are this test's alone.
    const facade = await startFacade({ LABEL_STUDIO_URL: stack.simulator.url });
    const send = (input: unknown) =>
      postGraphQL(facade.url, { query: ASSIGN, variables: { input }, authorization: 'Token demo-admin-token' });
    await send(assignInput.input);
    await send({ organizationId: 0, all: true });

    const response = await fetch(`${facade.url}/metrics`);
    const text = await response.text();
    await facade.close();

    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(text).toMatch(/graphql_request_duration_seconds_count\{operation="mutation bulkAssignOrgMemberTags",outcome="ok"\} 1/);
    expect(text).toMatch(/graphql_request_duration_seconds_count\{operation="mutation bulkAssignOrgMemberTags",outcome="BAD_USER_INPUT"\} 1/);
    expect(text).toMatch(/label_studio_request_duration_seconds_count\{method="POST",route="api\/organizations\/\{id\}\/member-tags\/assignments",status="200"\} 1/);
    expect(text).toMatch(/graphql_request_duration_seconds_bucket\{le="0.1",operation=/);
    expect(text).toContain('process_resident_memory_bytes');
  });
});

describe('health and readiness', () => {
  it('answers /health and /ready with 200 while Label Studio is reachable', async () => {
    expect((await fetch(`${stack.facade.url}/health`)).status).toBe(200);
    expect((await fetch(`${stack.facade.url}/ready`)).status).toBe(200);
    expect(stack.simulator.requests.map((request) => request.path)).toEqual(['/health']);
  });

  it('caches the readiness probe instead of calling Label Studio on every check', async () => {
    const facade = await startFacade({ LABEL_STUDIO_URL: stack.simulator.url });
    try {
      for (let i = 0; i < 5; i += 1) await fetch(`${facade.url}/ready`);

      expect(stack.simulator.requests.filter((request) => request.path === '/health')).toHaveLength(1);
    } finally {
      await facade.close();
    }
  });

  it('answers /ready with 503 while Label Studio is unreachable, and /health still with 200', async () => {
    const facade = await startFacade({ LABEL_STUDIO_URL: 'http://127.0.0.1:9' });
    try {
      expect((await fetch(`${facade.url}/ready`)).status).toBe(503);
      expect((await fetch(`${facade.url}/health`)).status).toBe(200);
    } finally {
      await facade.close();
    }
  });
});
