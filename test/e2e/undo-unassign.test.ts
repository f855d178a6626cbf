import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BulkUnassignProjectMembersDocument, BulkUnassignProjectMembersWithUndoDocument } from '../../client/generated/graphql.js';
import { eventually } from '../support/eventually.js';
import { startSimulator } from '../../src/simulator/server.js';
import { postGraphQL, startFacade, useStack, type Stack } from '../support/stack.js';

const UNASSIGN = print(BulkUnassignProjectMembersDocument);
const UNASSIGN_WITH_UNDO = print(BulkUnassignProjectMembersWithUndoDocument);

const stack = useStack();
// Project 100 has six explicit members (users 2 to 7): a limit of 3 fits half of them.
const small = useStack({ UNDO_CAPTURE_LIMIT: '3' });

const unassign = (input: Record<string, unknown>, { on = stack, query = UNASSIGN_WITH_UNDO }: { on?: Stack; query?: string } = {}) =>
  on.graphql({ query, variables: { input: { projectId: 100, ...input } } });
const calls = (on: Stack = stack) => on.simulator.requests.map((request) => `${request.method} ${request.path}?${request.query}`);
const payload = (result: Awaited<ReturnType<typeof unassign>>) => result.body.data?.['bulkUnassignProjectMembers'];

describe('removedMembers: whom an unassign removed', () => {
  it('reads the explicit members the change selects just before the DELETE and gives them back with their project roles, exactly', async () => {
    const result = await unassign({ all: true, filter: { roles: ['REVIEWER', 'ANNOTATOR', 'VIEW_ONLY'] } });

    expect(result.body).toEqual({
      data: {
        bulkUnassignProjectMembers: {
          unassignments: 4,
          removedMembers: [
            { userId: 4, projectRole: 'REVIEWER', projectRoleCode: 'RE' },
            { userId: 5, projectRole: 'ANNOTATOR', projectRoleCode: 'AN' },
            { userId: 6, projectRole: 'REVIEWER', projectRoleCode: 'RE' },
            { userId: 7, projectRole: null, projectRoleCode: null },
          ],
          removedMembersExact: true,
        },
      },
    });
    expect(calls()).toEqual([
      'GET /api/projects/100/members/paginated/?role=RE,AN,VO&implicit=false&page=1&page_size=100',
      'DELETE /api/projects/100/members/bulk/?all=true&role=RE,AN,VO',
    ]);
  });

  it('with all: false reads the included users among the explicit members, and leaves out the excluded with all: true', async () => {
    const included = await unassign({ all: false, included: [1, 3, 5, 99] });
    expect(payload(included)).toEqual({ unassignments: 2, removedMembers: [{ userId: 3, projectRole: null, projectRoleCode: null }, { userId: 5, projectRole: 'ANNOTATOR', projectRoleCode: 'AN' }], removedMembersExact: true });
    expect(calls()[0]).toBe('GET /api/projects/100/members/paginated/?implicit=false&page=1&page_size=100&ids=1,3,5,99');

    stack.simulator.reset();
    const excluded = await unassign({ all: true, excluded: [2, 3, 4, 5] });
    expect(payload(excluded)).toEqual({ unassignments: 2, removedMembers: [{ userId: 6, projectRole: 'REVIEWER', projectRoleCode: 'RE' }, { userId: 7, projectRole: null, projectRoleCode: null }], removedMembersExact: true });
  });

  it('says removedMembersExact: false when the project changed between the read and the change', async () => {
    // The read's answer is held back; meanwhile user 8 becomes a member that the DELETE then removes too.
    stack.simulator.injectFault({ route: 'project-members', delayMs: 300 });
    const pending = unassign({ all: true, filter: { userTypes: ['STANDARD'] } });
    await eventually(() => stack.simulator.requests.length === 1);
    stack.simulator.data.projects.find((project) => project.id === 100)?.members.push({ userId: 8, role: 'AN' });

    const result = await pending;

    expect(payload(result)).toEqual({
      unassignments: 4,
      removedMembers: [
        { userId: 2, projectRole: null, projectRoleCode: null },
        { userId: 3, projectRole: null, projectRoleCode: null },
        { userId: 6, projectRole: 'REVIEWER', projectRoleCode: 'RE' },
      ],
      removedMembersExact: false,
    });
  });

  it('says removedMembersExact: false when the read was not shown complete, even if the numbers agree', async () => {
    // The list reports one member fewer than its page holds: nothing it said can be trusted to be all.
    stack.simulator.injectFault({ route: 'project-members', list: { undercount: 1 } });

    const result = await unassign({ all: false, included: [4, 5] });

    expect(payload(result)).toEqual({
      unassignments: 2,
      removedMembers: [
        { userId: 4, projectRole: 'REVIEWER', projectRoleCode: 'RE' },
        { userId: 5, projectRole: 'ANNOTATOR', projectRoleCode: 'AN' },
      ],
      removedMembersExact: false,
    });
  });

  it('with a guard, answers UPSTREAM_ERROR and changes nothing when such a read gives no honest bound under all: true', async () => {
    stack.simulator.injectFault({ route: 'project-members', list: { undercount: 2 } });

    const result = await unassign({ all: true, maxAffectedMembers: 10 });

    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR' });
    expect(stack.simulator.requests.map((request) => request.method)).toEqual(['GET']);
  });

  it('keeps whom it read on the error when the DELETE may have run and failed (a reset), with the roles to give back', async () => {
    stack.simulator.injectFault({ route: 'unassign', destroySocket: true });

    const result = await unassign({ all: false, included: [4, 7] });

    expect(result.body.data).toBeNull();
    expect(result.body.errors?.[0]?.extensions).toEqual({
      code: 'UPSTREAM_UNAVAILABLE',
      mayHaveRun: true,
      removedMembers: [
        { userId: 4, projectRole: 'REVIEWER', projectRoleCode: 'RE' },
        { userId: 7, projectRole: null, projectRoleCode: null },
      ],
      removedMembersExact: false,
    });
  });

  it('keeps no record on the error when the DELETE certainly did not run (403)', async () => {
    stack.simulator.injectFault({ route: 'unassign', status: 403 });

    const result = await unassign({ all: false, included: [4] });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', upstreamStatus: 403 });
  });

  it('makes no read at all when removedMembers is not selected, even with removedMembersExact (then null)', async () => {
    const plain = await unassign({ all: false, included: [5] }, { query: UNASSIGN });
    expect(payload(plain)).toEqual({ unassignments: 1 });

    const query = 'mutation ($input: BulkUnassignProjectMembersInput!) { bulkUnassignProjectMembers(input: $input) { unassignments removedMembersExact } }';
    const exactOnly = await unassign({ all: false, included: [6] }, { query });
    expect(payload(exactOnly)).toEqual({ unassignments: 1, removedMembersExact: null });

    const skipped = 'mutation ($input: BulkUnassignProjectMembersInput!, $no: Boolean!) { bulkUnassignProjectMembers(input: $input) { unassignments removedMembers @include(if: $no) { userId } } }';
    const notIncluded = await stack.graphql({ query: skipped, variables: { input: { projectId: 100, all: false, included: [7] }, no: false } });
    expect(payload(notIncluded)).toEqual({ unassignments: 1 });

    expect(stack.simulator.requests.map((request) => request.method)).toEqual(['DELETE', 'DELETE', 'DELETE']);
  });

  it('reads when removedMembers is selected through a fragment', async () => {
    const query = /* GraphQL */ `
      mutation ($input: BulkUnassignProjectMembersInput!) { bulkUnassignProjectMembers(input: $input) { ...Undo } }
      fragment Undo on BulkUnassignProjectMembersPayload { removedMembers { userId projectRole } }
    `;
    const result = await unassign({ all: false, included: [4] }, { query });

    expect(payload(result)).toEqual({ removedMembers: [{ userId: 4, projectRole: 'REVIEWER' }] });
    expect(stack.simulator.requests.map((request) => request.method)).toEqual(['GET', 'DELETE']);
  });

  it('sees the selection the same way under graphql-js as under graphql-jit', async () => {
    const simulator = await startSimulator();
    const facade = await startFacade({ LABEL_STUDIO_URL: simulator.url }, { executor: 'graphql-js' });
    try {
      const result = await postGraphQL(facade.url, { query: UNASSIGN_WITH_UNDO, variables: { input: { projectId: 100, all: false, included: [4] } } }, simulator);

      expect(result.body.data?.['bulkUnassignProjectMembers']).toEqual({ unassignments: 1, removedMembers: [{ userId: 4, projectRole: 'REVIEWER', projectRoleCode: 'RE' }], removedMembersExact: true });
      expect(simulator.requests.map((request) => request.method)).toEqual(['GET', 'DELETE']);
    } finally {
      await facade.close();
      await simulator.close();
    }
  });
});

describe('removedMembers with maxAffectedMembers: one read serves both', () => {
  it('guards with the members the capture read, in one read, then runs the change', async () => {
    const result = await unassign({ all: true, excluded: [2], maxAffectedMembers: 5 });

    expect(payload(result)).toMatchObject({ unassignments: 5, removedMembersExact: true });
    expect(calls()).toEqual([
      'GET /api/projects/100/members/paginated/?implicit=false&page=1&page_size=100',
      'DELETE /api/projects/100/members/bulk/?all=true&excluded=2',
    ]);
  });

  it('refuses over the limit after that one read, with nothing changed', async () => {
    const result = await unassign({ all: true, excluded: [2], maxAffectedMembers: 4 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_MEMBERS', members: 5, exact: true, maxAffectedMembers: 4 });
    expect(stack.simulator.requests.map((request) => request.method)).toEqual(['GET']);
  });
});

describe('UNDO_CAPTURE_LIMIT', () => {
  it('refuses a change that would remove more members than it can give back, before any change', async () => {
    const result = await unassign({ all: true }, { on: small });

    expect(result.body.data).toBeNull();
    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UNDO_CAPTURE_TOO_LARGE', undoCaptureLimit: 3 });
    expect(result.body.errors?.[0]?.message).toMatch(/nothing was changed/);
    expect(small.simulator.requests.map((request) => request.method)).toEqual(['GET']);
    expect(small.simulator.data.projects.find((project) => project.id === 100)?.members).toHaveLength(6);
  });

  it('allows a change of exactly the limit, excluded members not counted', async () => {
    const result = await unassign({ all: true, excluded: [2, 3, 4] }, { on: small });

    expect(payload(result)).toMatchObject({ unassignments: 3, removedMembersExact: true });
  });

  it('does not apply when removedMembers is not selected', async () => {
    const result = await unassign({ all: true }, { on: small, query: UNASSIGN });

    expect(payload(result)).toEqual({ unassignments: 6 });
  });
});
