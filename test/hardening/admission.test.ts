import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { startStack, UNASSIGN, type Stack } from '../support/stack.js';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

// A body of about 1,500 bytes: two of them do not fit a 2,000-byte budget.
const bigBody = () => JSON.stringify({ query: UNASSIGN, variables: { input: { projectId: 101, all: false, included: Array.from({ length: 250 }, (_, i) => i + 1) } } });

function post(body: string) {
  return fetch(`${stack?.facade.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: 'Token demo-admin-token' },
    body,
  });
}

/** Sends headers and half the body, then stalls: the request holds its admission until `finish`. */
async function stalledRequest(body: string) {
  const url = new URL(`${stack?.facade.url}/graphql`);
  const socket = connect(Number(url.port), url.hostname);
  let answer = '';
  socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
  await new Promise((resolve) => socket.once('connect', resolve));
  const half = body.length >> 1;
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: ${url.host}\r\nContent-Type: application/json\r\nAuthorization: Token demo-admin-token\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body.slice(0, half)}`,
  );
  return {
    finish: async () => {
      // Not end(): a half-closed request is one Node's server abandons. `Connection: close` ends it after the answer.
      socket.write(body.slice(half));
      await new Promise((resolve) => socket.once('close', resolve));
      return answer;
    },
  };
}

describe('admission control (MAX_INFLIGHT_BODY_BYTES)', () => {
  it('makes a large request wait while others hold the budget, then serves it', async () => {
    stack = await startStack({ MAX_INFLIGHT_BODY_BYTES: '2000' });
    const first = await stalledRequest(bigBody());

    const second = post(bigBody());
    // Unadmitted, the second would reach Label Studio within milliseconds; admitted it waits for the first.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const upstreamCallsWhileFirstHeld = stack.simulator.requests.length;
    const firstAnswer = await first.finish();

    expect(upstreamCallsWhileFirstHeld).toBe(0);
    expect(firstAnswer).toContain('"unassignments"');
    expect(await (await second).json()).toMatchObject({ data: { bulkUnassignProjectMembers: { unassignments: expect.any(Number) } } });
    expect(await eventually(() => stack?.simulator.requests.length === 2)).toBe(true);
  });

  it('refuses with 503 OVERLOADED and Retry-After once the wait exceeds the time budget', async () => {
    stack = await startStack({ MAX_INFLIGHT_BODY_BYTES: '2000', UPSTREAM_TIMEOUT_MS: '200' });
    const first = await stalledRequest(bigBody());

    const second = await post(bigBody());
    await first.finish();

    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('1');
    expect(((await second.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('OVERLOADED');
  });

  it('lets small requests through while a large one is held', async () => {
    stack = await startStack({ MAX_INFLIGHT_BODY_BYTES: '4000' });
    const first = await stalledRequest(bigBody());

    const small = await post(JSON.stringify({ query: '{ bulkLimits { maxBulkIds } }' }));
    await first.finish();

    expect(small.status).toBe(200);
  });
});
