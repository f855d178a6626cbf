import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  BulkAssignWorkspaceMembersDocument,
  BulkUnassignWorkspaceMembersDocument,
  BulkUnassignWorkspaceMembersWithUndoDocument,
  PreviewBulkAssignWorkspaceMembersDocument,
  PreviewBulkUnassignWorkspaceMembersDocument,
  WorkspaceMembersDocument,
} from '../../client/generated/graphql.js';
import { useStack } from '../support/stack.js';

const LIST = print(WorkspaceMembersDocument);
const ASSIGN = print(BulkAssignWorkspaceMembersDocument);
const UNASSIGN = print(BulkUnassignWorkspaceMembersDocument);
const UNASSIGN_WITH_UNDO = print(BulkUnassignWorkspaceMembersWithUndoDocument);
const PREVIEW_ASSIGN = print(PreviewBulkAssignWorkspaceMembersDocument);
const PREVIEW_UNASSIGN = print(PreviewBulkUnassignWorkspaceMembersDocument);

// Workspace 50 (Clinical) of organization 1 holds users 3, 4 and 5.
const CLINICAL = 50;
const stack = useStack();
const small = useStack({ UNDO_CAPTURE_LIMIT: '2' });
// A request line this short holds a handful of ids: a longer selection travels as the JSON body.
const shortLine = useStack({ UPSTREAM_MAX_REQUEST_LINE_BYTES: '120' });

const calls = (on = stack) => on.simulator.requests.map((request) => `${request.method} ${request.path}${request.query ? `?${request.query}` : ''}`);
const memberIds = (on = stack) => on.simulator.data.workspaces.find((workspace) => workspace.id === CLINICAL)?.memberIds.slice().sort((a, b) => a - b);
const assign = (input: Record<string, unknown>) => stack.graphql({ query: ASSIGN, variables: { input: { workspaceId: CLINICAL, ...input } } });
const unassign = (input: Record<string, unknown>, query = UNASSIGN, on = stack) => on.graphql({ query, variables: { input: { workspaceId: CLINICAL, ...input } } });

describe('workspaceMembers', () => {
  it('lists the members a page at a time, with their organization role, node ids and cursors', async () => {
    const result = await stack.graphql({ query: LIST, variables: { workspaceId: CLINICAL, first: 2 } });
    const page = result.body.data?.['workspaceMembers'] as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Record<string, unknown>[] };

    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.nodes.map(({ userId, role, tags }) => ({ userId, role, tags }))).toEqual([
      { userId: 3, role: 'MANAGER', tags: null },
      { userId: 4, role: 'REVIEWER', tags: null },
    ]);
    expect(calls()).toEqual([`GET /api/workspaces/${CLINICAL}/memberships/paginated/?page=1&page_size=2`]);

    const next = await stack.graphql({ query: LIST, variables: { workspaceId: CLINICAL, first: 2, after: page.pageInfo.endCursor } });
    expect((next.body.data?.['workspaceMembers'] as { nodes: { userId: number }[] }).nodes.map((node) => node.userId)).toEqual([5]);
  });

  it('is Workspace.members for the entity: the same page, ids and cursors', async () => {
    const fields = 'totalCount pageInfo { endCursor } nodes { id userId }';
    const result = await stack.graphql({ query: `{ workspace(id: ${CLINICAL}) { id members(search: "a", first: 2) { ${fields} } } workspaceMembers(workspaceId: ${CLINICAL}, search: "a", first: 2) { ${fields} } }` });

    expect(result.body.data?.['workspace']).toEqual({ id: CLINICAL, members: result.body.data?.['workspaceMembers'] });
  });

  it('refuses first, a cursor of another list, and a control character in search before any call', async () => {
    const otherCursor = Buffer.from('projectMembers:0').toString('base64url');
    const result = await stack.graphql({ query: LIST, variables: { workspaceId: CLINICAL, first: 101, after: otherCursor, search: 'a\u0000' } });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.message).toMatch(/first must be at most 100.*after is not a cursor of workspaceMembers/);
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('maps an unknown workspace to NOT_FOUND and another organization to FORBIDDEN', async () => {
    const missing = await stack.graphql({ query: LIST, variables: { workspaceId: 999 } });
    const foreign = await stack.graphql({ query: LIST, variables: { workspaceId: CLINICAL }, authorization: `Token ${stack.simulator.tokens.otherOrgOwner}` });

    expect(missing.body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', upstreamStatus: 404 });
    expect(foreign.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', upstreamStatus: 403 });
  });
});

describe('bulkAssignWorkspaceMembers', () => {
  it('sends the selection as the JSON body and answers the count', async () => {
    const result = await assign({ all: false, included: [5, 6, 6, 7] });

    expect(result.body).toEqual({ data: { bulkAssignWorkspaceMembers: { assignments: 2 } } });
    expect(stack.simulator.requests.map(({ method, path, query, body }) => ({ method, path, query, body }))).toEqual([
      { method: 'POST', path: `/api/workspaces/${CLINICAL}/memberships/bulk/`, query: '', body: { all: false, included: [5, 6, 7] } },
    ]);
    expect(memberIds()).toEqual([3, 4, 5, 6, 7]);
  });

  it.each([
    [{ all: false }, 'input.included', 'must list at least one user id when all is false'],
    [{ all: true, included: [5] }, 'input.included', 'is not allowed when all is true (use excluded to leave users out)'],
    [{ all: true, maxAffectedMembers: 3 }, 'input.maxAffectedMembers', 'is only allowed when all is false: with all true the service cannot count the organization members the change would add'],
    [{ all: false, included: [0] }, 'input.included[0]', 'must be a positive id'],
  ])('refuses %j before any call', async (input, path, message) => {
    const result = await assign(input);

    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path, message }] });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('with maxAffectedMembers counts the included not yet members first, and refuses more with TOO_MANY_MEMBERS, before any change', async () => {
    const refused = await assign({ all: false, included: [4, 6, 7], maxAffectedMembers: 1 });

    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_MEMBERS', members: 2, exact: false, maxAffectedMembers: 1 });
    expect(calls()).toEqual([`GET /api/workspaces/${CLINICAL}/memberships/paginated/?page=1&page_size=1&ids=4,6,7`]);
    expect(memberIds()).toEqual([3, 4, 5]);
  });

  it('never repeats the POST once it may have run (502, a reset), and repeats it when it certainly was not processed (503)', async () => {
    stack.simulator.injectFault({ route: 'assign-workspace-members', status: 502 });
    expect((await assign({ all: false, included: [6] })).body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 502, mayHaveRun: true });
    stack.simulator.injectFault({ route: 'assign-workspace-members', destroySocket: true });
    expect((await assign({ all: false, included: [6] })).body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(calls()).toHaveLength(2);

    stack.simulator.injectFault({ route: 'assign-workspace-members', status: 503 });
    expect((await assign({ all: false, included: [6] })).body.data).toEqual({ bulkAssignWorkspaceMembers: { assignments: 1 } });
    expect(calls()).toHaveLength(4);
  });
});

describe('bulkUnassignWorkspaceMembers', () => {
  it('sends the selection and search in the query string and answers the count', async () => {
    const result = await unassign({ all: true, search: ' acme.test ', excluded: [4] });

    expect(result.body).toEqual({ data: { bulkUnassignWorkspaceMembers: { unassignments: 2 } } });
    expect(calls()).toEqual([`DELETE /api/workspaces/${CLINICAL}/memberships/bulk/?all=true&excluded=4&search=acme.test`]);
    expect(memberIds()).toEqual([4]);
  });

  it('refuses search with all: false before any call', async () => {
    const result = await unassign({ all: false, included: [3], search: 'x' });

    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'input.search', message: 'is only allowed when all is true' }] });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('sends a selection too long for the request line as the JSON body, in one request', async () => {
    const included = [3, 4, 5, ...Array.from({ length: 40 }, (_, index) => 1000 + index)];

    const result = await unassign({ all: false, included }, UNASSIGN, shortLine);

    expect(result.body.data).toEqual({ bulkUnassignWorkspaceMembers: { unassignments: 3 } });
    expect(shortLine.simulator.requests.map(({ method, query, body }) => ({ method, query, body }))).toEqual([{ method: 'DELETE', query: '', body: { all: false, included } }]);
  });

  it('gives back whom it removed, read before the DELETE, and the undo (the assign with those ids) makes the list what it was', async () => {
    const before = await stack.graphql({ query: LIST, variables: { workspaceId: CLINICAL } });
    stack.simulator.requests.length = 0;

    const removed = await unassign({ all: true, excluded: [3], maxAffectedMembers: 2 }, UNASSIGN_WITH_UNDO);

    expect(removed.body.data).toEqual({ bulkUnassignWorkspaceMembers: { unassignments: 2, removedMembers: [{ userId: 4 }, { userId: 5 }], removedMembersExact: true } });
    expect(calls()).toEqual([
      `GET /api/workspaces/${CLINICAL}/memberships/paginated/?page=1&page_size=100`,
      `DELETE /api/workspaces/${CLINICAL}/memberships/bulk/?all=true&excluded=3`,
    ]);
    expect(await assign({ all: false, included: [4, 5] })).toMatchObject({ body: { data: { bulkAssignWorkspaceMembers: { assignments: 2 } } } });
    expect((await stack.graphql({ query: LIST, variables: { workspaceId: CLINICAL } })).body).toEqual(before.body);
  });

  it('checks a read over several pages by the ids it read and the count, two more calls, before calling the record exact', async () => {
    // A server that keeps pages of two: members 3 and 4, then 5.
    stack.simulator.injectFault({ route: 'workspace-members', list: { pageSize: 2 }, times: 2 });

    const removed = await unassign({ all: true }, UNASSIGN_WITH_UNDO);

    expect(removed.body.data).toEqual({ bulkUnassignWorkspaceMembers: { unassignments: 3, removedMembers: [{ userId: 3 }, { userId: 4 }, { userId: 5 }], removedMembersExact: true } });
    const [first, second, ...rest] = calls();
    expect([first, second]).toEqual([`GET /api/workspaces/${CLINICAL}/memberships/paginated/?page=1&page_size=100`, `GET /api/workspaces/${CLINICAL}/memberships/paginated/?page=2&page_size=2`]);
    // The two counts are read together, in either order.
    expect(rest.slice(0, 2).sort()).toEqual([
      `GET /api/workspaces/${CLINICAL}/memberships/paginated/?page=1&page_size=1`,
      `GET /api/workspaces/${CLINICAL}/memberships/paginated/?page=1&page_size=1&ids=3,4,5`,
    ]);
    expect(rest.slice(2)).toEqual([`DELETE /api/workspaces/${CLINICAL}/memberships/bulk/?all=true`]);
  });

  it('says removedMembersExact: false when the read was not shown complete', async () => {
    stack.simulator.injectFault({ route: 'workspace-members', list: { undercount: 1 } });

    const result = await unassign({ all: false, included: [4, 5] }, UNASSIGN_WITH_UNDO);

    expect(result.body.data).toEqual({ bulkUnassignWorkspaceMembers: { unassignments: 2, removedMembers: [{ userId: 4 }, { userId: 5 }], removedMembersExact: false } });
  });

  it('refuses with UNDO_CAPTURE_TOO_LARGE, before any change, when more members would go than UNDO_CAPTURE_LIMIT', async () => {
    const result = await unassign({ all: true }, UNASSIGN_WITH_UNDO, small);

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UNDO_CAPTURE_TOO_LARGE', undoCaptureLimit: 2 });
    expect(small.simulator.requests.some((request) => request.method === 'DELETE')).toBe(false);
  });

  it('refuses with UNDO_CAPTURE_TOO_LARGE when a read not shown whole holds no more than the limit but the list may', async () => {
    // A cache answering its first page of two for every page: two members read of a list that counts three.
    small.simulator.injectFault({ route: 'workspace-members', list: { page: 1, pageSize: 2 }, times: 10 });

    const result = await unassign({ all: true, excluded: [9999] }, UNASSIGN_WITH_UNDO, small);

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UNDO_CAPTURE_TOO_LARGE', undoCaptureLimit: 2 });
    expect(small.simulator.requests.some((request) => request.method === 'DELETE')).toBe(false);
  });

  it('with maxAffectedMembers refuses a larger change with TOO_MANY_MEMBERS, exactly counted, before any change', async () => {
    const result = await unassign({ all: true, search: 'acme', maxAffectedMembers: 2 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_MEMBERS', members: 3, exact: true, maxAffectedMembers: 2 });
    expect(calls().some((call) => call.startsWith('DELETE'))).toBe(false);
  });

  it('never repeats the DELETE once it may have run: a 504 or a reset is one attempt', async () => {
    stack.simulator.injectFault({ route: 'unassign-workspace-members', status: 504 });
    expect((await unassign({ all: false, included: [3] })).body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 504, mayHaveRun: true });
    stack.simulator.injectFault({ route: 'unassign-workspace-members', destroySocket: true });
    expect((await unassign({ all: false, included: [3] })).body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');

    expect(calls()).toHaveLength(2);
  });
});

describe('the workspace previews', () => {
  it('counts whom the unassign would remove, exactly, with a sample that leaves out the excluded', async () => {
    const result = await stack.graphql({ query: PREVIEW_UNASSIGN, variables: { input: { workspaceId: CLINICAL, all: true, excluded: [3] }, sampleSize: 5 } });

    expect(result.body.data?.['previewBulkUnassignWorkspaceMembers']).toMatchObject({ members: 2, exact: true, sample: [{ userId: 4 }, { userId: 5 }] });
    expect(memberIds()).toEqual([3, 4, 5]);
  });

  it('bounds what the assign could add (the included not yet members), and refuses all: true before any call', async () => {
    const bound = await stack.graphql({ query: PREVIEW_ASSIGN, variables: { input: { workspaceId: CLINICAL, all: false, included: [3, 6, 20] } } });
    const everyone = await stack.graphql({ query: PREVIEW_ASSIGN, variables: { input: { workspaceId: CLINICAL, all: true } } });

    expect(bound.body.data?.['previewBulkAssignWorkspaceMembers']).toEqual({ members: 2, exact: false, sample: [] });
    expect(everyone.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'input.all' }] });
    expect(calls()).toHaveLength(1);
  });
});

describe('Workspace, an entity of the supergraph', () => {
  it("counts each workspace's list against the cap under _entities, before any call", async () => {
    const query = 'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Workspace { id members { totalCount } } } }';
    const representations = (count: number) => Array.from({ length: count }, () => ({ __typename: 'Workspace', id: CLINICAL }));

    const allowed = await stack.graphql({ query, variables: { representations: representations(5) } });
    expect(allowed.body.data?.['_entities']).toEqual(Array.from({ length: 5 }, () => ({ id: CLINICAL, members: { totalCount: 3 } })));

    stack.simulator.requests.length = 0;
    const refused = await stack.graphql({ query, variables: { representations: representations(6) } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_PREVIEWS');
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
