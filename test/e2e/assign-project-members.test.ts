import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BulkAssignProjectMembersDocument } from '../../client/generated/graphql.js';
import type { Fault } from '../../src/simulator/server.js';
import { useStack } from '../support/stack.js';

const ASSIGN_PROJECT_MEMBERS = print(BulkAssignProjectMembersDocument);

// A small MAX_BULK_IDS keeps the over-the-limit cases cheap; a short budget the hung-upstream one.
const stack = useStack({ MAX_BULK_IDS: '4', UPSTREAM_TIMEOUT_MS: '1500' });

// Project 101 (organization 1) starts with users 5 and 6, both without a project role.
const assign = (input: Record<string, unknown>, authorization?: string | null) =>
  stack.graphql({ query: ASSIGN_PROJECT_MEMBERS, variables: { input: { projectId: 101, ...input } }, authorization });
const membersOf = (projectId: number) => stack.simulator.data.projects.find((project) => project.id === projectId)?.members;
const sent = () => stack.simulator.requests.map((request) => ({ method: request.method, path: request.path, query: request.query, body: request.body }));

describe('bulkAssignProjectMembers end to end', () => {
  it('adds the included users with their roles in one POST carrying ids and roles in the JSON body', async () => {
    const result = await assign({ all: false, included: [3, 4, 21], roles: [{ userId: 4, role: 'REVIEWER' }] });

    expect(result.body).toEqual({ data: { bulkAssignProjectMembers: { assignments: 2, skippedUserIds: [21] } } });
    expect(sent()).toEqual([
      {
        method: 'POST',
        path: '/api/projects/101/members/bulk/',
        query: '',
        body: { all: false, included: [3, 4, 21], roles: [{ user_id: 4, role: 'RE' }] },
      },
    ]);
    expect(membersOf(101)).toEqual([
      { userId: 5, role: null },
      { userId: 6, role: null },
      { userId: 3, role: null },
      { userId: 4, role: 'RE' },
    ]);
  });

  it('sends the filter as the unassign sends it, only with all: true', async () => {
    const result = await assign({ all: true, excluded: [9], filter: { roles: ['ANNOTATOR', 'VIEW_ONLY'], search: ' acme ' } });

    expect(result.body.data).toEqual({ bulkAssignProjectMembers: { assignments: 1, skippedUserIds: [] } });
    expect(sent()).toEqual([{ method: 'POST', path: '/api/projects/101/members/bulk/', query: 'search=acme&role=AN,VO', body: { all: true, excluded: [9] } }]);
  });

  it('answers skippedUserIds: null when Label Studio does not report them', async () => {
    stack.simulator.injectFault({ route: 'assign-project-members', status: 200, body: '{"assignments": 2}' });

    const result = await assign({ all: false, included: [3, 4] });

    expect(result.body).toEqual({ data: { bulkAssignProjectMembers: { assignments: 2, skippedUserIds: null } } });
  });

  it('works with a personal access token, exchanged first', async () => {
    const pat = stack.simulator.issuePersonalAccessToken(2);

    const result = await assign({ all: false, included: [3] }, `Bearer ${pat}`);

    expect(result.body.data).toEqual({ bulkAssignProjectMembers: { assignments: 1, skippedUserIds: [] } });
    expect(stack.simulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /api/token/refresh/',
      'POST /api/projects/101/members/bulk/',
    ]);
  });

  it('refuses a call without credentials before calling Label Studio', async () => {
    const result = await assign({ all: false, included: [3] }, null);

    expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(stack.simulator.requests).toEqual([]);
  });
});

describe('bulkAssignProjectMembers input validation, before any upstream call', () => {
  it.each([
    { rule: 'a project id must be positive', input: { projectId: 0, all: false, included: [3] }, path: 'input.projectId' },
    { rule: 'all: false needs included', input: { all: false }, path: 'input.included' },
    { rule: 'all: false does not allow excluded', input: { all: false, included: [3], excluded: [4] }, path: 'input.excluded' },
    { rule: 'all: false does not allow a filter', input: { all: false, included: [3], filter: {} }, path: 'input.filter' },
    { rule: 'all: true does not allow included', input: { all: true, included: [3] }, path: 'input.included' },
    { rule: 'included holds at most MAX_BULK_IDS ids', input: { all: false, included: [1, 2, 3, 4, 5] }, path: 'input.included' },
    { rule: 'roles hold at most MAX_BULK_IDS entries', input: { all: true, roles: [1, 2, 3, 4, 5].map((userId) => ({ userId, role: 'ANNOTATOR' })) }, path: 'input.roles' },
    { rule: 'a roles entry names a positive id', input: { all: false, included: [3], roles: [{ userId: 0, role: 'ANNOTATOR' }] }, path: 'input.roles[0].userId' },
    {
      rule: 'with all: false, a roles entry names a user in included',
      input: { all: false, included: [3], roles: [{ userId: 3, role: 'ANNOTATOR' }, { userId: 4, role: 'REVIEWER' }] },
      path: 'input.roles[1].userId',
    },
    { rule: 'with all: true, a roles entry names no user in excluded', input: { all: true, excluded: [4], roles: [{ userId: 4, role: 'REVIEWER' }] }, path: 'input.roles[0].userId' },
    {
      rule: 'a roles entry names its user once',
      input: { all: false, included: [3], roles: [{ userId: 3, role: 'ANNOTATOR' }, { userId: 3, role: 'REVIEWER' }] },
      path: 'input.roles[1].userId',
    },
    { rule: 'maxAffectedMembers is at least 0', input: { all: false, included: [3], maxAffectedMembers: -1 }, path: 'input.maxAffectedMembers' },
    { rule: 'maxAffectedMembers only with all: false (no count exists with all: true)', input: { all: true, maxAffectedMembers: 5 }, path: 'input.maxAffectedMembers' },
    { rule: 'the filter search has no control characters', input: { all: true, filter: { search: 'a\u0000' } }, path: 'input.filter.search' },
  ])('$rule', async ({ input, path }) => {
    const result = await assign(input);

    expect(result.body.data).toBeNull();
    const [error] = result.body.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(error?.message).toContain(path);
    expect(stack.simulator.requests).toEqual([]);
  });

  it('refuses a role that is not a MemberRole as a GraphQL error, never a 5xx', async () => {
    const result = await assign({ all: false, included: [3], roles: [{ userId: 3, role: 'RE' }] });

    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.simulator.requests).toEqual([]);
  });
});

describe('bulkAssignProjectMembers with maxAffectedMembers', () => {
  it('counts included minus those already explicit members, as an upper bound, and refuses over the limit without the POST', async () => {
    // 5 is already a member; 3, 4 and 21 could be added (21 is in another organization: the bound cannot tell).
    const result = await assign({ all: false, included: [3, 4, 5, 21], maxAffectedMembers: 2 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_MEMBERS', members: 3, exact: false, maxAffectedMembers: 2 });
    expect(stack.simulator.requests.map((request) => request.method)).toEqual(['GET']);
    expect(stack.simulator.requests[0]?.query).toBe('implicit=false&page=1&page_size=1&ids=3,4,5,21');
  });

  it('runs the change when the bound is within the limit', async () => {
    const result = await assign({ all: false, included: [3, 4, 5, 21], maxAffectedMembers: 3 });

    expect(result.body.data).toEqual({ bulkAssignProjectMembers: { assignments: 2, skippedUserIds: [21] } });
    expect(stack.simulator.requests.map((request) => request.method)).toEqual(['GET', 'POST']);
  });

  it('with 0, allows an assign of users who are all members already, exactly', async () => {
    const result = await assign({ all: false, included: [5, 6], maxAffectedMembers: 0 });

    expect(result.body.data).toEqual({ bulkAssignProjectMembers: { assignments: 0, skippedUserIds: [] } });
  });
});

describe('bulkAssignProjectMembers upstream faults', () => {
  const withFault = (fault: Fault) => {
    stack.simulator.injectFault({ route: 'assign-project-members', ...fault });
    return assign({ all: false, included: [3] });
  };

  it.each([
    { status: 400, body: '{"validation_errors": {"roles": ["bad"]}}', code: 'BAD_USER_INPUT' },
    { status: 401, code: 'UNAUTHENTICATED' },
    { status: 403, code: 'FORBIDDEN' },
    { status: 404, code: 'NOT_FOUND' },
    { status: 429, code: 'RATE_LIMITED' },
    { status: 500, code: 'UPSTREAM_ERROR' },
    { status: 200, body: '{"assignments": -1}', code: 'UPSTREAM_ERROR' },
    { status: 200, body: '<html>oops</html>', code: 'UPSTREAM_ERROR' },
  ])('maps HTTP $status ($code) as for the other mutations, with HTTP 200 and no traceback', async ({ status, body, code }) => {
    const result = await withFault({ status, body });

    expect(result.status).toBe(200);
    expect(result.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.text).not.toContain('Traceback');
  });

  it('maps what the real simulator refuses: an annotator lacks permission', async () => {
    const result = await assign({ all: false, included: [3] }, `Token ${stack.simulator.tokens.annotator}`);

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', upstreamStatus: 403 });
  });

  it('is not retried after a connection reset: it may have been executed', async () => {
    const result = await withFault({ destroySocket: true });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', mayHaveRun: true });
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it.each([502, 504])('is not retried after HTTP %i', async (status) => {
    const result = await withFault({ status });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: status, mayHaveRun: true });
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it('is not retried after a timeout, whose POST may have run', async () => {
    const result = await withFault({ delayMs: 5_000 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', mayHaveRun: true });
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it('is retried after HTTP 503, which Label Studio answers without running it', async () => {
    const result = await withFault({ status: 503 });

    expect(result.body.data).toEqual({ bulkAssignProjectMembers: { assignments: 1, skippedUserIds: [] } });
    expect(stack.simulator.requests).toHaveLength(2);
  });
});
