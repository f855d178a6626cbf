import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { openConnection } from '../support/raw-http.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

// A body of about 1,500 bytes: two of them do not fit a 2,000-byte budget.
// With `fields` 2, one request makes two upstream calls, one after the other.
const bigBody = (fields = 1) =>
  JSON.stringify({
    query: `mutation ($input: BulkUnassignProjectMembersInput!) { ${Array.from({ length: fields }, (_, n) => `m${n}: bulkUnassignProjectMembers(input: $input) { unassignments }`).join(' ')} }`,
    variables: { input: { projectId: 101, all: false, included: Array.from({ length: 250 }, (_, i) => i + 1) } },
  });

function post(body: string) {
  return fetch(`${stack?.facade.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: 'Token demo-admin-token' },
    body,
  });
}

/** Headers and half of a large body, then nothing more: an upload still arriving. */
async function stalledUpload(framing: 'content-length' | 'chunked') {
  const connection = await openConnection(stack?.facade.url ?? '');
  const body = bigBody();
  const half = body.slice(0, body.length >> 1);
  connection.write(
    `POST /graphql HTTP/1.1\r\nHost: ${connection.host}\r\nContent-Type: application/json\r\nAuthorization: Token demo-admin-token\r\n` +
      (framing === 'chunked' ? `Transfer-Encoding: chunked\r\n\r\n${half.length.toString(16)}\r\n${half}\r\n` : `Content-Length: ${body.length}\r\n\r\n${half}`),
  );
  return connection;
}

describe('admission control (MAX_INFLIGHT_BODY_BYTES)', () => {
  it('weighs no body until it has arrived: stalled uploads, chunked or not, do not hold back a complete request', async () => {
    // Before, the chunked upload alone weighed the whole budget and the complete request got 503 after 500 ms.
    stack = await startStack({ MAX_INFLIGHT_BODY_BYTES: '2000', UPSTREAM_TIMEOUT_MS: '500' });
    const uploads = [await stalledUpload('chunked'), await stalledUpload('content-length')];

    const response = await post(bigBody());

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ data: { m0: { unassignments: expect.any(Number) } } });
    for (const upload of uploads) upload.destroy();
  });

  it('makes a large request wait while another one is being served, then serves it', async () => {
    stack = await startStack({ MAX_INFLIGHT_BODY_BYTES: '2000' });
    stack.simulator.injectFault({ route: 'unassign', delayMs: 1_000 });
    const first = post(bigBody());
    await eventually(() => stack?.simulator.requests.length === 1);

    const second = post(bigBody());
    // Unadmitted, the second would reach Label Studio within milliseconds; admitted it waits for the first.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const upstreamCallsWhileFirstHeld = stack.simulator.requests.length;

    expect(upstreamCallsWhileFirstHeld).toBe(1);
    expect((await first).status).toBe(200);
    expect(await (await second).json()).toMatchObject({ data: { m0: { unassignments: expect.any(Number) } } });
    expect(stack.simulator.requests).toHaveLength(2);
  });

  it('refuses with 503 OVERLOADED and Retry-After once the wait exceeds the time budget', async () => {
    // The first request holds the budget through two upstream calls of 0.8 s each, longer than one 1.2 s wait.
    stack = await startStack({ MAX_INFLIGHT_BODY_BYTES: '2000', UPSTREAM_TIMEOUT_MS: '1200' });
    stack.simulator.injectFault({ route: 'unassign', delayMs: 800, times: 2 });
    const first = post(bigBody(2));
    await eventually(() => stack?.simulator.requests.length === 1);

    const second = await post(bigBody());

    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('1');
    expect(((await second.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('OVERLOADED');
    expect((await first).status).toBe(200);
  });

  it('lets small requests through while a large one is being served', async () => {
    stack = await startStack({ MAX_INFLIGHT_BODY_BYTES: '4000' });
    stack.simulator.injectFault({ route: 'unassign', delayMs: 500 });
    const first = post(bigBody());
    await eventually(() => stack?.simulator.requests.length === 1);

    const small = await post(JSON.stringify({ query: '{ bulkLimits { maxBulkIds } }' }));

    expect(small.status).toBe(200);
    expect((await first).status).toBe(200);
  });
});
