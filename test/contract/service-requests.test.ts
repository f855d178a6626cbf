import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  BulkAssignProjectMembersDocument,
  BulkUnassignProjectMembersWithUndoDocument,
  MemberTagsDocument,
  OrganizationMembersDocument,
  ProjectMembersDocument,
} from '../../client/generated/graphql.js';
import { encodeCursor } from '../../src/schema/connections.js';
import { ASSIGN, PREVIEW_ASSIGN, PREVIEW_UNASSIGN, UNASSIGN, useStack, type GraphQLRequest } from '../support/stack.js';
import { contract } from './definition.js';

// What the service sends Label Studio, recorded at the simulator during the operations a member screen
// runs, must be a request Label Studio's definition describes: a path and method it has, only the query
// parameters it declares with values it takes, and a body with no field it lacks (its closed variant).

const closed = contract({ closed: true });
const stack = useStack();

const ORGANIZATION_FILTER = {
  roles: ['ANNOTATOR', 'REVIEWER', 'DEACTIVATED', 'NOT_ACTIVATED', 'VIEW_ONLY'],
  tags: [1, 2],
  userTypes: ['STANDARD', 'FLEX', 'VIEWONLY'],
  isDeleted: false,
  excludeProjectId: 101,
  excludeWorkspaceId: 50,
  lastActivityGte: '2026-01-01T00:00:00Z',
  lastActivityLte: '2026-12-31T00:00:00+01:00',
};
const PROJECT_FILTER = {
  search: 'a b&c,d',
  roles: ['ANNOTATOR', 'REVIEWER', 'MANAGER', 'OWNER', 'ADMINISTRATOR', 'VIEW_ONLY'],
  tags: [2, 3],
  userTypes: ['STANDARD', 'FLEX'],
  lastActivityGte: '2026-01-01T00:00:00Z',
  lastActivityLte: '2026-12-31T00:00:00Z',
};
const MANY_IDS = Array.from({ length: 3_000 }, (_, index) => index + 1_000);

/** The operations a member screen runs, named; each answers without an error against the seed. */
const OPERATIONS: [string, GraphQLRequest][] = [
  ['assign tags to listed members, overwriting', { query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [5, 6], tags: [2], overwrite: true } } }],
  ['assign tags to every filtered member', { query: ASSIGN, variables: { input: { organizationId: 1, all: true, excluded: [5], tags: [4], filter: ORGANIZATION_FILTER } } }],
  ['assign tags, guarded', { query: ASSIGN, variables: { input: { organizationId: 1, all: true, excluded: [6], tags: [4], maxAffectedMembers: 100 } } }],
  ['preview a tag assign to everyone filtered', { query: PREVIEW_ASSIGN, variables: { input: { organizationId: 1, all: true, tags: [4], filter: ORGANIZATION_FILTER } } }],
  ['preview a tag assign to listed members', { query: PREVIEW_ASSIGN, variables: { input: { organizationId: 1, all: false, included: [3, 4], tags: [4] } } }],
  ['unassign listed members', { query: UNASSIGN, variables: { input: { projectId: 100, all: false, included: [5] } } }],
  ['unassign every filtered member', { query: UNASSIGN, variables: { input: { projectId: 100, all: true, excluded: [3], filter: PROJECT_FILTER } } }],
  ['unassign, guarded', { query: UNASSIGN, variables: { input: { projectId: 100, all: true, excluded: [4], filter: { roles: ['ANNOTATOR'] }, maxAffectedMembers: 10 } } }],
  ['unassign, capturing whom it removes', { query: print(BulkUnassignProjectMembersWithUndoDocument), variables: { input: { projectId: 101, all: true, filter: PROJECT_FILTER } } }],
  ['unassign listed members, capturing them', { query: print(BulkUnassignProjectMembersWithUndoDocument), variables: { input: { projectId: 100, all: false, included: [4, 6] } } }],
  ['unassign thousands of listed members (their ids in a JSON body)', { query: UNASSIGN, variables: { input: { projectId: 100, all: false, included: MANY_IDS } } }],
  ['preview an unassign of everyone filtered but some', { query: PREVIEW_UNASSIGN, variables: { input: { projectId: 100, all: true, excluded: [3, 4], filter: PROJECT_FILTER } } }],
  ['preview an unassign of listed members', { query: PREVIEW_UNASSIGN, variables: { input: { projectId: 100, all: false, included: [4, 5, 99] } } }],
  [
    'assign listed project members with roles',
    { query: print(BulkAssignProjectMembersDocument), variables: { input: { projectId: 101, all: false, included: [3, 4, 99], roles: [{ userId: 4, role: 'REVIEWER' }, { userId: 3, role: 'NOT_ACTIVATED' }] } } },
  ],
  ['assign every filtered project member', { query: print(BulkAssignProjectMembersDocument), variables: { input: { projectId: 101, all: true, excluded: [2], filter: PROJECT_FILTER } } }],
  ['assign listed project members, guarded', { query: print(BulkAssignProjectMembersDocument), variables: { input: { projectId: 101, all: false, included: [3, 7], maxAffectedMembers: 5 } } }],
  ['list organization members, filtered and searched', { query: print(OrganizationMembersDocument), variables: { organizationId: 1, filter: ORGANIZATION_FILTER, search: 'ann', first: 2 } }],
  ['list organization members, a later page', { query: print(OrganizationMembersDocument), variables: { organizationId: 1, first: 3, after: encodeCursor('organizationMembers', 2) } }],
  ['list explicit project members, filtered', { query: print(ProjectMembersDocument), variables: { projectId: 100, filter: PROJECT_FILTER, explicitOnly: true, first: 5 } }],
  ['list every project member', { query: print(ProjectMembersDocument), variables: { projectId: 100 } }],
  ['list member tags, searched', { query: print(MemberTagsDocument), variables: { organizationId: 1, search: 'night shift', first: 2 } }],
];

describe('the requests the service sends Label Studio', () => {
  it.each(OPERATIONS)('%s: every request is one the definition describes', async (_name, request) => {
    const result = await stack.graphql(request);
    expect(result.body.errors).toBeUndefined();

    const sent = stack.simulator.requests.filter((recorded) => recorded.path.startsWith('/api/'));
    expect(sent.length).toBeGreaterThan(0);
    for (const recorded of sent) {
      expect(closed.requestProblems(recorded), `${recorded.method} ${recorded.path}?${recorded.query.slice(0, 200)}`).toEqual([]);
    }
  });

  it('sends the ids of a long unassign as the JSON body the definition documents for the DELETE', async () => {
    await stack.graphql(OPERATIONS.find(([name]) => name.startsWith('unassign thousands'))?.[1] ?? { query: '' });

    const deletes = stack.simulator.requests.filter((recorded) => recorded.method === 'DELETE');
    expect(deletes).toHaveLength(1);
    expect(deletes[0]?.body).toEqual({ all: false, included: MANY_IDS });
    expect(closed.requestProblems(deletes[0] ?? { method: '', path: '', query: '' })).toEqual([]);
  });

  it('exchanges a personal access token with a request the definition describes', async () => {
    const pat = stack.simulator.issuePersonalAccessToken(2);

    const result = await stack.graphql({ ...OPERATIONS[0]![1], authorization: `Bearer ${pat}` });

    expect(result.body.errors).toBeUndefined();
    const refresh = stack.simulator.requests.filter((recorded) => recorded.path === '/api/token/refresh/');
    expect(refresh).toHaveLength(1);
    expect(closed.requestProblems(refresh[0] ?? { method: '', path: '', query: '' })).toEqual([]);
  });

  it('calls every operation of the definition in these runs', async () => {
    const called = new Set<string>();
    for (const [, request] of OPERATIONS) {
      stack.simulator.reset();
      await stack.graphql(request);
      for (const recorded of stack.simulator.requests) {
        const found = closed.operationFor(recorded.method, recorded.path);
        if (found) called.add(`${recorded.method} ${found.template}`);
      }
    }
    // The token exchange has its own test above.
    const defined = Object.entries(closed.definition.paths)
      .flatMap(([template, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${template}`))
      .filter((operation) => operation !== 'POST /api/token/refresh/');

    expect([...called].sort()).toEqual(defined.sort());
  });
});
