import { describe, expect, it } from 'vitest';
import { UNASSIGN, useStack } from '../support/stack.js';

const stack = useStack();

const membersOf = (projectId: number) =>
  stack.simulator.data.projects.find((project) => project.id === projectId)?.members.map((member) => member.userId);

describe('bulkUnassignProjectMembers end to end', () => {
  it('removes the included users with one DELETE carrying comma-separated query parameters', async () => {
    const result = await stack.graphql({ query: UNASSIGN, variables: { input: { projectId: 101, all: false, included: [5, 6, 99] } } });

    expect(result.body).toEqual({ data: { bulkUnassignProjectMembers: { unassignments: 2 } } });
    expect(stack.simulator.requests).toHaveLength(1);
    expect(stack.simulator.requests[0]).toMatchObject({
      method: 'DELETE',
      path: '/api/projects/101/members/bulk/',
      query: 'all=false&included=5,6,99',
      body: undefined,
    });
    expect(membersOf(101)).toEqual([]);
  });

  it('removes every member matching the filter except the excluded ones', async () => {
    const result = await stack.graphql({
      query: UNASSIGN,
      variables: { input: { projectId: 100, all: true, excluded: [2], filter: { roles: ['ANNOTATOR', 'VIEW_ONLY'] } } },
    });

    expect(stack.simulator.requests[0]?.query).toBe('all=true&excluded=2&role=AN,VO');
    expect(result.body.data).toEqual({ bulkUnassignProjectMembers: { unassignments: 2 } });
    expect(membersOf(100)).toEqual([2, 3, 4, 6]);
  });

  it('sends every filter as the documented query parameter', async () => {
    await stack.graphql({
      query: UNASSIGN,
      variables: {
        input: {
          projectId: 100,
          all: true,
          filter: {
            search: 'ann one',
            roles: ['REVIEWER'],
            tags: [2, 3],
            userTypes: ['FLEX'],
            lastActivityGte: '2026-01-01T00:00:00Z',
            lastActivityLte: '2026-12-31T00:00:00Z',
          },
        },
      },
    });

    expect(stack.simulator.requests[0]?.query).toBe(
      'all=true&search=ann%20one&role=RE&tags=2,3&user_type=flex' +
        '&last_activity__gte=2026-01-01T00%3A00%3A00.000Z&last_activity__lte=2026-12-31T00%3A00%3A00.000Z',
    );
  });

  it('trims the search text before sending it', async () => {
    const result = await stack.graphql({ query: UNASSIGN, variables: { input: { projectId: 100, all: true, filter: { search: '  ANN  ' } } } });

    expect(stack.simulator.requests[0]?.query).toBe('all=true&search=ANN');
    expect(result.body.data).toEqual({ bulkUnassignProjectMembers: { unassignments: 2 } });
  });

  it('treats a search of only spaces as no search', async () => {
    await stack.graphql({ query: UNASSIGN, variables: { input: { projectId: 101, all: true, filter: { search: '   ' } } } });

    expect(stack.simulator.requests[0]?.query).toBe('all=true');
  });
});
