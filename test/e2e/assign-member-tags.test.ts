import { describe, expect, it } from 'vitest';
import { ASSIGN, postGraphQL, startFacade, useStack } from '../support/stack.js';
import { startPrefixProxy } from '../support/prefix-proxy.js';

const stack = useStack();

const tagsOf = (userId: number) =>
  stack.simulator.data.organizations.find((org) => org.id === 1)?.members.find((member) => member.userId === userId)?.tagIds;

describe('bulkAssignOrgMemberTags end to end', () => {
  it('tags exactly the included users with one POST and returns the count Label Studio reports', async () => {
    const result = await stack.graphql({ query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [5, 6], tags: [4] } } });

    expect(result.body).toEqual({ data: { bulkAssignOrgMemberTags: { assigned: 2 } } });
    expect(stack.simulator.requests).toHaveLength(1);
    expect(stack.simulator.requests[0]).toMatchObject({
      method: 'POST',
      path: '/api/organizations/1/member-tags/assignments',
      query: '',
      body: { all: false, included: [5, 6], overwrite: false, tags: [4] },
    });
    expect(tagsOf(6)).toEqual([3, 4]);
  });

  it('sends every filter as the documented query parameter, lists with literal commas', async () => {
    await stack.graphql({
      query: ASSIGN,
      variables: {
        input: {
          organizationId: 1,
          all: true,
          excluded: [7],
          tags: [2],
          filter: {
            roles: ['ANNOTATOR', 'REVIEWER'],
            tags: [2, 3],
            userTypes: ['FLEX', 'STANDARD'],
            isDeleted: false,
            excludeProjectId: 101,
            excludeWorkspaceId: 50,
            lastActivityGte: '2026-01-01T00:00:00Z',
            lastActivityLte: '2026-12-31T23:59:59Z',
          },
        },
      },
    });

    const [sent] = stack.simulator.requests;
    expect(sent?.query).toBe(
      'role=AN,RE&tags=2,3&user_type=flex,standard&is_deleted=false&exclude_project_id=101&exclude_workspace_id=50' +
        '&user__last_activity__gte=2026-01-01T00%3A00%3A00.000Z&user__last_activity__lte=2026-12-31T23%3A59%3A59.000Z',
    );
    expect(sent?.body).toEqual({ all: true, excluded: [7], overwrite: false, tags: [2] });
  });

  it('omits absent filter fields instead of sending them empty', async () => {
    await stack.graphql({ query: ASSIGN, variables: { input: { organizationId: 1, all: true, tags: [4], filter: { roles: ['OWNER'], tags: [] } } } });

    expect(stack.simulator.requests[0]?.query).toBe('role=OW');
  });

  it('reaches every member matching the filter minus the excluded ones', async () => {
    const result = await stack.graphql({
      query: ASSIGN,
      variables: { input: { organizationId: 1, all: true, excluded: [7], tags: [2], filter: { roles: ['ANNOTATOR'], isDeleted: false } } },
    });

    expect(result.body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 2 } });
    expect(tagsOf(5)).toEqual([2]);
    expect(tagsOf(7)).toEqual([]);
  });

  it("keeps the caller's UTC offset: an instant, not a wall-clock time, reaches Label Studio", async () => {
    // 13:30+02:00 is 11:30Z: the manager, last active at 12:00Z, is inside the range.
    const result = await stack.graphql({
      query: ASSIGN,
      variables: { input: { organizationId: 1, all: true, tags: [4], filter: { lastActivityGte: '2026-11-01T13:30:00+02:00' } } },
    });

    expect(stack.simulator.requests[0]?.query).toBe('user__last_activity__gte=2026-11-01T11%3A30%3A00.000Z');
    expect(result.body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 3 } });
  });

  it('with overwrite and no tags sends an explicit empty tag list, which clears the targets', async () => {
    const result = await stack.graphql({ query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [4], overwrite: true } } });

    expect(result.body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 0 } });
    expect(stack.simulator.requests[0]?.body).toEqual({ all: false, included: [4], overwrite: true, tags: [] });
    expect(tagsOf(4)).toEqual([]);
  });

  it('removes duplicate ids before sending', async () => {
    await stack.graphql({ query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [5, 5, 6, 5], tags: [4, 4] } } });

    expect(stack.simulator.requests[0]?.body).toEqual({ all: false, included: [5, 6], overwrite: false, tags: [4] });
  });

  it("forwards the caller's Authorization header unchanged, Token or Bearer", async () => {
    const bearer = `Bearer ${stack.simulator.issueAccessToken(2)}`;
    const input = { organizationId: 1, all: false, included: [5], tags: [4] };

    const withToken = await stack.graphql({ query: ASSIGN, variables: { input }, authorization: 'Token demo-admin-token' });
    const withBearer = await stack.graphql({ query: ASSIGN, variables: { input }, authorization: bearer });

    expect(withToken.body.errors).toBeUndefined();
    expect(withBearer.body.errors).toBeUndefined();
    expect(stack.simulator.requests.map((request) => request.authorization)).toEqual(['Token demo-admin-token', bearer]);
  });
});

describe('LABEL_STUDIO_URL', () => {
  it.each(['', '/'])('works behind a path prefix, with trailing slash %j', async (slash) => {
    const proxy = await startPrefixProxy(stack.simulator.url);
    const facade = await startFacade({ LABEL_STUDIO_URL: `${proxy.url}${slash}` });
    try {
      const result = await postGraphQL(
        facade.url,
        { query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [5], tags: [4] } } },
        stack.simulator,
      );

      expect(result.body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 1 } });
      expect(proxy.seenPaths).toEqual(['/ls/api/organizations/1/member-tags/assignments']);
    } finally {
      await facade.close();
      await proxy.close();
    }
  });
});
