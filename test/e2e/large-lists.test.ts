import { describe, expect, it } from 'vitest';
import { UNASSIGN, useStack } from '../support/stack.js';

// The simulator plays nginx: a request line over 8 KB is a 414.
const stack = useStack({}, { maxRequestLineBytes: 8192 });

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const unassign = (input: Record<string, unknown>) => stack.graphql({ query: UNASSIGN, variables: { input: { projectId: 100, ...input } } });

describe('bulkUnassignProjectMembers with large id lists', () => {
  it('keeps short lists on the documented query parameters', async () => {
    await unassign({ all: false, included: range(1, 100) });

    expect(stack.simulator.requests[0]?.query).toMatch(/^all=false&included=1,2,3,/);
    expect(stack.simulator.requests[0]?.body).toBeUndefined();
  });

  it.each([5_000, 50_000])('sends %i included ids once, in one request, in the JSON body', async (count) => {
    const result = await unassign({ all: false, included: range(1, count) });

    // Project 100's members are users 2 to 7.
    expect(result.body).toEqual({ data: { bulkUnassignProjectMembers: { unassignments: 6 } } });
    expect(stack.simulator.requests).toHaveLength(1);
    const [sent] = stack.simulator.requests;
    expect(sent?.query).toBe('');
    expect(sent?.body).toEqual({ all: false, included: range(1, count) });
  });

  it.each([5_000, 50_000])('keeps %i excluded ids whole under all: true, so none of them is unassigned', async (count) => {
    const excluded = [2, 3, ...range(1_000, count - 2)];

    const result = await unassign({ all: true, excluded, filter: { userTypes: ['STANDARD', 'FLEX', 'VIEWONLY'] } });

    expect(result.body).toEqual({ data: { bulkUnassignProjectMembers: { unassignments: 4 } } });
    expect(stack.simulator.requests).toHaveLength(1);
    expect(stack.simulator.requests[0]?.query).toBe('user_type=standard,flex,viewonly');
    expect(stack.simulator.requests[0]?.body).toEqual({ all: true, excluded });
    const remaining = stack.simulator.data.projects.find((project) => project.id === 100)?.members.map((member) => member.userId);
    expect(remaining).toEqual([2, 3]);
  });

  it('refuses a filter too long for any request line, before calling Label Studio', async () => {
    const result = await unassign({ all: true, filter: { tags: range(100_000, 2_000) } });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.message).toMatch(/too long/);
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
