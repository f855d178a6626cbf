import { describe, expect, it } from 'vitest';
import { ASSIGN, UNASSIGN, useStack } from '../support/stack.js';

const stack = useStack();
// Five members at most are paged through, so an assign preview with excluded is an upper bound here.
const small = useStack({ PREVIEW_SCAN_LIMIT: '5' });

const unassign = (input: Record<string, unknown>, on = stack) =>
  on.graphql({ query: UNASSIGN, variables: { input: { projectId: 100, ...input } } });
const assign = (input: Record<string, unknown>, on = stack) =>
  on.graphql({ query: ASSIGN, variables: { input: { organizationId: 1, tags: [4], ...input } } });
const bulkCalls = (on = stack) => on.simulator.requests.filter((request) => request.method !== 'GET');
const radiology = () => stack.simulator.data.projects.find((project) => project.id === 100)?.members.map((member) => member.userId);

describe('maxAffectedMembers', () => {
  it('refuses an unassign that would reach more members, with the count, and never calls the bulk endpoint', async () => {
    const result = await unassign({ all: true, filter: { roles: ['REVIEWER', 'ANNOTATOR', 'VIEW_ONLY'] }, maxAffectedMembers: 2 });

    expect(result.body.data).toBeNull();
    const [error] = result.body.errors ?? [];
    expect(error?.extensions).toEqual({ code: 'TOO_MANY_MEMBERS', members: 4, exact: true, maxAffectedMembers: 2 });
    expect(error?.message).toBe('The change would reach 4 members, more than maxAffectedMembers (2); nothing was changed.');
    expect(error?.path).toEqual(['bulkUnassignProjectMembers']);
    expect(bulkCalls()).toEqual([]);
    expect(radiology()).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('allows an unassign that reaches exactly the limit: a preview page of one, then the one bulk call', async () => {
    const result = await unassign({ all: true, filter: { roles: ['REVIEWER', 'ANNOTATOR', 'VIEW_ONLY'] }, maxAffectedMembers: 4 });

    expect(result.body).toEqual({ data: { bulkUnassignProjectMembers: { unassignments: 4 } } });
    expect(stack.simulator.requests.map((request) => `${request.method} ${request.path}?${request.query}`)).toEqual([
      'GET /api/projects/100/members/paginated/?role=RE,AN,VO&implicit=false&page=1&page_size=1',
      'DELETE /api/projects/100/members/bulk/?all=true&role=RE,AN,VO',
    ]);
  });

  it('counts excluded and included members as the preview does', async () => {
    expect((await unassign({ all: true, excluded: [2, 3], maxAffectedMembers: 3 })).body.errors?.[0]?.extensions?.['members']).toBe(4);
    expect((await unassign({ all: false, included: [1, 5, 6], maxAffectedMembers: 2 })).body.data).toEqual({ bulkUnassignProjectMembers: { unassignments: 2 } });
  });

  it('previews in pages of one: the guard needs counts, no sample', async () => {
    await unassign({ all: true, excluded: [2, 3], maxAffectedMembers: 10 });

    const reads = stack.simulator.requests.filter((request) => request.method === 'GET').map((request) => request.query);
    expect(reads.sort()).toEqual(['implicit=false&page=1&page_size=1', 'implicit=false&page=1&page_size=1&ids=2,3']);
  });

  it('with 0, refuses any change that reaches someone and allows one that reaches nobody', async () => {
    expect((await unassign({ all: false, included: [5], maxAffectedMembers: 0 })).body.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_MEMBERS');
    expect((await unassign({ all: false, included: [99], maxAffectedMembers: 0 })).body.data).toEqual({ bulkUnassignProjectMembers: { unassignments: 0 } });
  });

  it('refuses an assign that would reach more members, and allows one at exactly the limit', async () => {
    const refused = await assign({ all: true, filter: { roles: ['ANNOTATOR', 'VIEW_ONLY'] }, maxAffectedMembers: 3 });
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_MEMBERS', members: 4, exact: true, maxAffectedMembers: 3 });
    expect(bulkCalls()).toEqual([]);

    const allowed = await assign({ all: true, filter: { roles: ['ANNOTATOR', 'VIEW_ONLY'] }, maxAffectedMembers: 4 });
    expect(allowed.body).toEqual({ data: { bulkAssignOrgMemberTags: { assigned: 4 } } });
    expect(bulkCalls()).toHaveLength(1);
  });

  it('refuses on an upper bound over the limit, saying exact: false', async () => {
    const result = await assign({ all: true, excluded: [1, 2], maxAffectedMembers: 9 }, small);

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_MEMBERS', members: 10, exact: false, maxAffectedMembers: 9 });
    expect(result.body.errors?.[0]?.message).toMatch(/^The change would reach up to 10 members/);
    expect(bulkCalls(small)).toEqual([]);
  });

  it('allows a change whose upper bound is within the limit', async () => {
    const result = await assign({ all: false, included: [5, 6], maxAffectedMembers: 2 }, small);

    expect(result.body).toEqual({ data: { bulkAssignOrgMemberTags: { assigned: 2 } } });
  });

  it('without it, the mutation makes only the bulk call', async () => {
    await unassign({ all: true, filter: { roles: ['REVIEWER'] } });
    await assign({ all: true, filter: { roles: ['REVIEWER'] } });

    expect(stack.simulator.requests.map((request) => request.method)).toEqual(['DELETE', 'POST']);
  });

  it('a failed preview fails the mutation with the mapped error, and nothing is changed', async () => {
    stack.simulator.injectFault({ route: 'project-members', status: 500 });

    const result = await unassign({ all: false, included: [5], maxAffectedMembers: 5 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_ERROR', upstreamStatus: 500 });
    expect(bulkCalls()).toEqual([]);
  });
});
