import { afterAll, describe, expect, it } from 'vitest';
import { sendParts } from '../support/raw-http.js';
import { useStack } from '../support/stack.js';
import { hostileCases, sendHostile } from './hostile-corpus.js';
import { rawHostileCases } from './hostile-http.js';

// Short deadlines, so that the slow clients are cut off quickly; the other cases finish in milliseconds.
const stack = useStack({ HEADERS_TIMEOUT_MS: '500', BODY_TIMEOUT_MS: '500', KEEP_ALIVE_TIMEOUT_MS: '500' });

/** The process's RSS high-water mark after each class of cases: the facade runs in this process. */
const peakRssMb = new Map<string, { cases: number; mb: number }>();
function recordPeakRss(group: string) {
  const entry = peakRssMb.get(group) ?? { cases: 0, mb: 0 };
  peakRssMb.set(group, { cases: entry.cases + 1, mb: process.resourceUsage().maxRSS / 1024 });
}
afterAll(() => {
  const rows = [...peakRssMb].map(([group, { cases, mb }]) => `  ${group.padEnd(20)} ${String(cases).padStart(3)} cases, peak RSS ${mb.toFixed(0)} MB`);
  console.log(`[hostile corpus] peak RSS of the test process (facade and simulator) after each class, in run order:\n${rows.join('\n')}`);
});

const STACK_TRACE = /\bat [\w.]+ \(|node_modules|Traceback/;

describe('a hostile-input corpus', () => {
  it('has at least 160 cases, over fetch and raw sockets', () => {
    expect(hostileCases.length + rawHostileCases.length).toBeGreaterThanOrEqual(160);
  });

  it.each(hostileCases)('$name → HTTP $status $code, nothing sent upstream, still healthy', async (hostile) => {
    const before = stack.simulator.requests.length;

    const response = await sendHostile(stack.facade.url, hostile);
    const text = await response.text();

    const code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
    expect({
      status: hostile.status === 'client error' && response.status >= 400 && response.status < 500 ? 'client error' : response.status,
      code: hostile.code === 'any' && code !== undefined ? 'any' : code,
    }).toEqual({ status: hostile.status, code: hostile.code });
    expect(stack.simulator.requests.length).toBe(before);
    expect(text).not.toMatch(STACK_TRACE);
    expect((await fetch(`${stack.facade.url}/health`)).status).toBe(200);
    recordPeakRss(hostile.group ?? 'original');
  });
});

describe('a hostile-HTTP corpus over raw sockets (framing, Authorization, slow clients)', () => {
  it.each(rawHostileCases)('$group: $name → a coded 4xx, nothing sent upstream, still healthy', async (hostile) => {
    const before = stack.simulator.requests.length;

    const answer = await sendParts(stack.facade.url, hostile.send);

    expect(answer.status).toBeDefined();
    if (hostile.status === undefined) expect(answer.status).toBeGreaterThanOrEqual(400);
    else expect(answer.status).toBe(hostile.status);
    expect(answer.status).toBeLessThan(500);
    if (hostile.code !== undefined) expect(answer.code).toBe(hostile.code);
    expect(answer.raw).not.toMatch(STACK_TRACE);
    expect(stack.simulator.requests.length).toBe(before);
    expect((await fetch(`${stack.facade.url}/health`)).status).toBe(200);
    recordPeakRss(`${hostile.group} (raw)`);
  });
});
