import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { openConnection, trickle, type Connection } from '../support/raw-http.js';
import { startStack, UNASSIGN, type Stack } from '../support/stack.js';

// Small deadlines keep the suite fast; the default is 10 s for each.
const TIMEOUTS = { HEADERS_TIMEOUT_MS: '300', BODY_TIMEOUT_MS: '300' };

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const facadeUrl = () => stack?.facade.url ?? '';
const headLines = (connection: Connection, extra = '') =>
  `POST /graphql HTTP/1.1\r\nHost: ${connection.host}\r\nContent-Type: application/json\r\nAuthorization: Token demo-admin-token\r\n${extra}`;

function mutation() {
  const started = performance.now();
  return stack!
    .graphql({ query: UNASSIGN, variables: { input: { projectId: 101, all: false, included: [1] } } })
    .then((result) => ({ ...result, ms: performance.now() - started }));
}

// The heap after a full collection is what the process really holds; without --expose-gc, ask V8 for gc().
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function memoryMb() {
  gc();
  const { heapUsed, rss } = process.memoryUsage();
  return { heap: heapUsed / 2 ** 20, rss: rss / 2 ** 20 };
}

describe('slow clients', () => {
  it('a body that stops arriving gets 408 REQUEST_TIMEOUT, its connection closed, and nothing goes upstream', async () => {
    stack = await startStack(TIMEOUTS);
    const connection = await openConnection(facadeUrl());
    connection.write(`${headLines(connection, 'Content-Length: 1000\r\n')}\r\n{"query": "mutation`);

    const answer = await connection.answer(10_000);

    expect(answer).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT', closed: true });
    expect(answer.raw).toContain('Content-Type: application/json');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('a chunked body that keeps trickling past the deadline gets 408 REQUEST_TIMEOUT too', async () => {
    stack = await startStack(TIMEOUTS);
    const connection = await openConnection(facadeUrl());
    connection.write(`${headLines(connection, 'Transfer-Encoding: chunked\r\n')}\r\n`);
    const drip = trickle(connection, () => '1\r\n \r\n', 100);

    const answer = await connection.answer(10_000);
    drip.stop();

    expect(answer).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT', closed: true });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('headers that trickle in (slowloris) get 408 REQUEST_TIMEOUT after HEADERS_TIMEOUT_MS', async () => {
    stack = await startStack(TIMEOUTS);
    const connection = await openConnection(facadeUrl());
    connection.write('POST /graphql HTTP/1.1\r\n');
    let n = 0;
    const drip = trickle(connection, () => `X-Pad-${(n += 1)}: x\r\n`, 100);

    const answer = await connection.answer(10_000);
    drip.stop();

    expect(answer).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT', closed: true });
  });

  it('a connection that never sends a byte gets 408 REQUEST_TIMEOUT after HEADERS_TIMEOUT_MS', async () => {
    stack = await startStack(TIMEOUTS);
    const connection = await openConnection(facadeUrl());

    const answer = await connection.answer(10_000);

    expect(answer).toMatchObject({ status: 408, code: 'REQUEST_TIMEOUT', closed: true });
  });

  it('an idle keep-alive connection is closed after KEEP_ALIVE_TIMEOUT_MS, not cut off by the header deadline', async () => {
    // Idle longer than HEADERS_TIMEOUT_MS: the header deadline starts with a request's first byte, not when the last ended.
    stack = await startStack({ HEADERS_TIMEOUT_MS: '200', BODY_TIMEOUT_MS: '200', KEEP_ALIVE_TIMEOUT_MS: '800' });
    const connection = await openConnection(facadeUrl());
    connection.write(`GET /health HTTP/1.1\r\nHost: ${connection.host}\r\n\r\n`);

    const answer = await connection.answer(10_000);

    expect(answer).toMatchObject({ status: 200, closed: true });
    expect(answer.raw).not.toContain('408');
  });

  it('while 200 connections trickle headers and 20 trickle 1 MB bodies, mutations succeed; once they are cut off, memory returns', async () => {
    // Longer deadlines here, so that the trickles are still going while the mutations run.
    stack = await startStack({ HEADERS_TIMEOUT_MS: '1500', BODY_TIMEOUT_MS: '1500' });
    for (let i = 0; i < 5; i += 1) expect((await mutation()).body.errors).toBeUndefined();
    const baseline = memoryMb();

    const headerTrickles = await Promise.all(Array.from({ length: 200 }, () => openConnection(facadeUrl())));
    const bodyTrickles = await Promise.all(Array.from({ length: 20 }, () => openConnection(facadeUrl())));
    let n = 0;
    const drips = [
      ...headerTrickles.map((connection) => {
        connection.write('POST /graphql HTTP/1.1\r\n');
        return trickle(connection, () => `X-Pad-${(n += 1)}: x\r\n`, 200);
      }),
      ...bodyTrickles.map((connection) => {
        connection.write(`${headLines(connection, `Content-Length: ${2 ** 20}\r\n`)}\r\n{"query": "`);
        return trickle(connection, () => 'x'.repeat(16), 200);
      }),
    ];
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss / 2 ** 20)), 50);

    const results = [];
    for (let i = 0; i < 20; i += 1) results.push(await mutation());
    const stillTrickling = [...headerTrickles, ...bodyTrickles].filter((connection) => !connection.closed).length;

    const answers = await Promise.all([...headerTrickles, ...bodyTrickles].map((connection) => connection.answer(15_000)));
    clearInterval(sampler);
    for (const drip of drips) drip.stop();
    const after = memoryMb();

    const latencies = results.map((result) => result.ms).sort((a, b) => a - b);
    console.log(
      `[slow-clients] 20 mutations beside 200 header and 20 body trickles (${stillTrickling} still open after them): ` +
        `latency ms min ${latencies[0]?.toFixed(0)}, median ${latencies[10]?.toFixed(0)}, max ${latencies[19]?.toFixed(0)}`,
    );
    console.log(
      `[slow-clients] test process (facade, simulator and clients): heap after GC ${baseline.heap.toFixed(1)} -> ${after.heap.toFixed(1)} MB, ` +
        `RSS ${baseline.rss.toFixed(0)} MB before, peak ${peakRss.toFixed(0)}, after ${after.rss.toFixed(0)}`,
    );
    expect(results.map((result) => result.body.errors?.[0]?.extensions?.['code'] ?? result.status)).toEqual(Array(20).fill(200));
    expect(answers.every((answer) => answer.closed)).toBe(true);
    expect(answers.filter((answer) => answer.status === 408 && answer.code === 'REQUEST_TIMEOUT')).toHaveLength(220);
    expect(stack.simulator.requests).toHaveLength(25);
    // Loose on purpose: collections and lazily compiled code move the heap by a few MB between runs.
    expect(after.heap - baseline.heap).toBeLessThan(16);
  }, 30_000);
});
