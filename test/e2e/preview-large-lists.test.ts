import { describe, expect, it } from 'vitest';
import { PREVIEW_UNASSIGN, UNASSIGN, useStack } from '../support/stack.js';

// The simulator plays nginx: a request line over 8 KB is a 414.
const stack = useStack({}, { maxRequestLineBytes: 8192 });
// Every read answered 250 ms late: a 50,000-id count takes about ten rounds of four, far past 600 ms.
const slow = useStack({ UPSTREAM_TIMEOUT_MS: '600' }, { maxRequestLineBytes: 8192 });

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const preview = (input: Record<string, unknown>) =>
  stack.graphql({ query: PREVIEW_UNASSIGN, variables: { input: { projectId: 100, ...input }, sampleSize: 3 } });
const idsSent = () => stack.simulator.requests.flatMap((request) => (/(?:^|&)ids=([\d,]+)/.exec(request.query)?.[1] ?? '').split(',').filter(Boolean).map(Number));

describe('previews of large id lists', () => {
  it('counts 50,000 included ids in several requests that each fit 8 KB, and sums them', async () => {
    const included = range(1, 50_000);

    const result = await preview({ all: false, included });

    // Project 100's explicit members are users 2 to 7.
    expect(result.body).toEqual({
      data: {
        previewBulkUnassignProjectMembers: {
          members: 6,
          exact: true,
          sample: [2, 3, 4].map((userId) => expect.objectContaining({ userId })),
        },
      },
    });
    const { requests } = stack.simulator;
    expect(requests.length).toBeGreaterThan(1);
    for (const request of requests) {
      expect(request.method).toBe('GET');
      expect(Buffer.byteLength(`GET ${request.path}?${request.query} HTTP/1.1`)).toBeLessThanOrEqual(8192);
    }
    // Every id sent exactly once.
    expect(idsSent().sort((a, b) => a - b)).toEqual(included);
  });

  it('subtracts 50,000 excluded ids counted the same way, and agrees with the unassign', async () => {
    const excluded = [2, 3, ...range(1_000, 49_998)];

    const result = await preview({ all: true, excluded });

    expect(result.body.data?.['previewBulkUnassignProjectMembers']).toMatchObject({ members: 4, exact: true });
    expect(idsSent()).toHaveLength(50_000);
    stack.simulator.requests.length = 0;

    const unassigned = await stack.graphql({ query: UNASSIGN, variables: { input: { projectId: 100, all: true, excluded, maxAffectedMembers: 4 } } });

    expect(unassigned.body).toEqual({ data: { bulkUnassignProjectMembers: { unassignments: 4 } } });
    // The guard's reads split; the change itself stays one request, with the ids in its JSON body.
    expect(stack.simulator.requests.filter((request) => request.method === 'DELETE')).toHaveLength(1);
  });

  it.each([
    { name: 'alone', input: { all: true } },
    { name: 'with excluded', input: { all: true, excluded: [5] } },
  ])('refuses a filter too long for any request line ($name), before calling Label Studio', async ({ input }) => {
    const result = await preview({ ...input, filter: { tags: range(100_000, 2_000) } });

    expect(result.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.message).toMatch(/too long/);
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('gives all the reads of one preview one UPSTREAM_TIMEOUT_MS between them, not one each', async () => {
    slow.simulator.injectFault({ route: 'project-members', delayMs: 250, times: 1_000 });

    const result = await slow.graphql({ query: PREVIEW_UNASSIGN, variables: { input: { projectId: 100, all: false, included: range(1, 50_000) } } });

    expect(result.body.errors?.[0]).toMatchObject({ message: 'Label Studio did not answer in time.', extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });
});
