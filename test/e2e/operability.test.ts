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

const parsed = (logs: string[]) => logs.map((line) => JSON.parse(line) as Record<string, unknown>);
const logLines = () => parsed(stack.logs);

describe('structured logs', () => {
  it('writes a request that went well as one line at info: request id, operation, outcome, duration and its upstream work', async () => {
    await post({ query: ASSIGN, variables: assignInput, operationName: 'BulkAssignOrgMemberTags' }, { 'x-request-id': 'req-42' });

    expect(logLines()).toEqual([
      expect.objectContaining({
        level: 30,
        msg: 'graphql request',
        requestId: 'req-42',
        operationName: 'BulkAssignOrgMemberTags',
        operation: 'mutation bulkAssignOrgMemberTags',
        outcome: 'ok',
        status: 200,
        durationMs: expect.any(Number),
        upstream: { calls: 1, attempts: 1, status: 200, durationMs: expect.any(Number) },
      }),
    ]);
  });

  it('writes the request line with its own fields only, none of them a path the redaction covers (it skips redaction)', async () => {
    await post({ query: ASSIGN, variables: assignInput, operationName: 'BulkAssignOrgMemberTags' });

    const [line] = logLines();
    expect(Object.keys(line ?? {}).sort()).toEqual(['durationMs', 'hostname', 'level', 'msg', 'operation', 'operationName', 'outcome', 'pid', 'requestId', 'status', 'time', 'upstream']);
    expect(Object.keys(line?.['upstream'] ?? {}).sort()).toEqual(['attempts', 'calls', 'durationMs', 'status']);
  });

  it('writes each upstream attempt at debug: method, route template, status, attempt, duration', async () => {
    const facade = await startFacade({ LABEL_STUDIO_URL: stack.simulator.url, LOG_LEVEL: 'debug' });
    try {
      await postGraphQL(facade.url, { query: ASSIGN, variables: assignInput, authorization: 'Token demo-admin-token' });
    } finally {
      await facade.close();
    }

    const calls = parsed(facade.logs).filter((line) => line['msg'] === 'label studio call');
    expect(calls).toEqual([
      expect.objectContaining({
        level: 20,
        upstream: { method: 'POST', route: 'api/organizations/{id}/member-tags/assignments', status: 200, attempt: 1, durationMs: expect.any(Number) },
      }),
    ]);
  });

  it('warns about every attempt of a retried call, with the wait before the next, and counts them on the request line', async () => {
    stack.simulator.injectFault({ route: 'assign', status: 503 });

    await post({ query: ASSIGN, variables: assignInput });

    const route = 'api/organizations/{id}/member-tags/assignments';
    expect(logLines()).toEqual([
      expect.objectContaining({ level: 40, msg: 'label studio call', upstream: expect.objectContaining({ route, status: 503, attempt: 1 }), retryInMs: expect.any(Number) }),
      expect.objectContaining({ level: 40, msg: 'label studio call', upstream: expect.objectContaining({ route, status: 200, attempt: 2 }) }),
      expect.objectContaining({ level: 30, msg: 'graphql request', outcome: 'ok', upstream: { calls: 1, attempts: 2, status: 200, durationMs: expect.any(Number) } }),
    ]);
  });

  it('warns about an attempt that failed, and the request line carries its status', async () => {
    stack.simulator.injectFault({ route: 'assign', status: 500 });

    await post({ query: ASSIGN, variables: assignInput });

    expect(logLines()).toEqual([
      expect.objectContaining({ level: 40, msg: 'label studio call', upstream: expect.objectContaining({ status: 500, attempt: 1 }) }),
      expect.objectContaining({ level: 30, msg: 'graphql request', upstream: { calls: 1, attempts: 1, status: 500, durationMs: expect.any(Number) } }),
    ]);
    expect(logLines()[0]).not.toHaveProperty('retryInMs');
  });

  it('warns about each attempt that got no answer, and the request line ends with network', async () => {
    // Nothing listens on port 9: every connection is refused, which even the POST retries.
    const facade = await startFacade({ LABEL_STUDIO_URL: 'http://127.0.0.1:9', LOG_LEVEL: 'info' });
    try {
      await postGraphQL(facade.url, { query: ASSIGN, variables: assignInput, authorization: 'Token demo-admin-token' });
    } finally {
      await facade.close();
    }

    const lines = parsed(facade.logs).filter((line) => line['msg'] !== 'listening');
    const attempts = lines.filter((line) => line['msg'] === 'label studio call');
    expect(attempts.length).toBeGreaterThan(1);
    expect(attempts).toEqual(attempts.map((_, index) => expect.objectContaining({ level: 40, upstream: expect.objectContaining({ status: 'network', attempt: index + 1 }) })));
    expect(lines.filter((line) => line['msg'] === 'graphql request')).toEqual([
      expect.objectContaining({ level: 30, upstream: { calls: 1, attempts: attempts.length, status: 'network', durationMs: expect.any(Number) } }),
    ]);
  });

  it('warns about an answer that is not what Label Studio should send, whatever its status', async () => {
    stack.simulator.injectFault({ route: 'assign', status: 200, body: '<html>a login page</html>' });

    await post({ query: ASSIGN, variables: assignInput });

    expect(logLines()).toEqual([
      expect.objectContaining({ level: 40, msg: 'label studio call', upstream: expect.objectContaining({ status: 200, attempt: 1 }) }),
      expect.objectContaining({ level: 30, msg: 'graphql request', upstream: { calls: 1, attempts: 1, status: 200, durationMs: expect.any(Number) } }),
    ]);
  });

  it("keeps Label Studio's 4xx answers to the request line at info", async () => {
    stack.simulator.injectFault({ route: 'assign', status: 403 });

    await post({ query: ASSIGN, variables: assignInput });

    expect(logLines()).toEqual([
      expect.objectContaining({ level: 30, msg: 'graphql request', outcome: 'FORBIDDEN', upstream: { calls: 1, attempts: 1, status: 403, durationMs: expect.any(Number) } }),
    ]);
  });

  it('counts each upstream call of a request on its line', async () => {
    const query = /* GraphQL */ `
      query Both {
        previewBulkAssignOrgMemberTags(input: { organizationId: 1, all: false, included: [5], tags: [4] }) { members }
        previewBulkUnassignProjectMembers(input: { projectId: 100, all: false, included: [5] }) { members }
      }
    `;

    await post({ query });

    const calls = stack.simulator.requests.length;
    expect(calls).toBeGreaterThan(1);
    expect(logLines()).toEqual([expect.objectContaining({ msg: 'graphql request', outcome: 'ok', upstream: { calls, attempts: calls, status: 200, durationMs: expect.any(Number) } })]);
  });

  it('logs at most 128 characters of a client-chosen operation name', async () => {
    const name = `A${'x'.repeat(100_000)}`;
    await post({ query: `mutation ${name}($input: BulkAssignOrgMemberTagsInput!) { bulkAssignOrgMemberTags(input: $input) { assigned } }`, variables: assignInput, operationName: name });

    const [line] = logLines().filter((entry) => entry['msg'] === 'graphql request');
    expect(line?.['operationName']).toBe(`${name.slice(0, 128)}…`);
  });

  it('logs the outcome of a failed request as its error code, and no upstream work when none was done', async () => {
    await post({ query: ASSIGN, variables: { input: { organizationId: 0, all: true } } });

    const line = logLines().find((entry) => entry['msg'] === 'graphql request');
    expect(line).toMatchObject({ outcome: 'BAD_USER_INPUT' });
    expect(line).not.toHaveProperty('upstream');
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
