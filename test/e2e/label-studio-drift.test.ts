import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BulkAssignProjectMembersDocument,
  BulkUnassignProjectMembersWithUndoDocument,
  MemberTagsDocument,
  OrganizationMembersDocument,
  PreviewBulkAssignOrgMemberTagsDocument,
  PreviewBulkUnassignProjectMembersDocument,
  PreviewDeleteMemberTagsDocument,
  ProjectMembersDocument,
} from '../../client/generated/graphql.js';
import { startSimulator, type Simulator } from '../../src/simulator/server.js';
import { startAnswerRewritingProxy, type PageRewrite } from '../support/answer-rewriting-proxy.js';
import { postGraphQL, startFacade, type GraphQLResult } from '../support/stack.js';

// Label Studio as its current definition allows it to answer: a view-only member (role VO), a member
// with no role, a user type this service does not know (a service account), and pages without the fields
// the definition makes optional (next, implicit_member, member_count). The whole member screen
// must work on it: lists, previews, the guard, an unassign with its exact capture, and the undo.

let simulator: Simulator;
let proxy: Awaited<ReturnType<typeof startAnswerRewritingProxy>>;
let facade: Awaited<ReturnType<typeof startFacade>>;
/** A further change a test makes to every page, after the drift above. */
let alsoRewrite: PageRewrite | undefined;

beforeAll(async () => {
  simulator = await startSimulator();
  proxy = await startAnswerRewritingProxy(simulator.url, (page) => {
    delete page['next'];
    for (const result of page.results) {
      delete result['implicit_member'];
      delete result['member_count'];
    }
    alsoRewrite?.(page);
  });
  facade = await startFacade({ LABEL_STUDIO_URL: proxy.url, LOG_LEVEL: 'warn' });
});
afterAll(async () => {
  await facade.close();
  await proxy.close();
  await simulator.close();
});
beforeEach(() => {
  alsoRewrite = undefined;
  simulator.reset();
  const members = simulator.data.organizations[0]?.members ?? [];
  const member = (userId: number) => members.find((one) => one.userId === userId) as unknown as Record<string, unknown>;
  member(7)['role'] = 'VO';
  delete member(9)['role'];
  member(6)['userType'] = 'service_account';
});

const graphql = (query: string, variables: Record<string, unknown>) => postGraphQL(facade.url, { query, variables }, simulator);
type Page = Record<string, unknown> & { nodes: Record<string, unknown>[] };
const data = <T = Page>(result: GraphQLResult, field: string) => {
  expect(result.body.errors).toBeUndefined();
  return result.body.data?.[field] as T;
};
const RADIOLOGY = 100;

describe('a Label Studio with view-only members, members without a role, unknown user types and optional fields left out', () => {
  it('lists organization members with their roles and user types as known, and every code as sent', async () => {
    const page = data(await graphql(print(OrganizationMembersDocument), { organizationId: 1 }), 'organizationMembers');
    const byId = new Map(page.nodes.map((node) => [node['userId'], node]));

    expect(byId.get(7)).toMatchObject({ role: 'VIEW_ONLY', roleCode: 'VO', userType: 'VIEWONLY', userTypeCode: 'viewonly' });
    expect(byId.get(9)).toMatchObject({ role: null, roleCode: null });
    expect(byId.get(6)).toMatchObject({ role: 'ANNOTATOR', userType: null, userTypeCode: 'service_account' });
  });

  it('filters by VIEW_ONLY, sent as role=VO', async () => {
    const page = data(await graphql(print(OrganizationMembersDocument), { organizationId: 1, filter: { roles: ['VIEW_ONLY'] } }), 'organizationMembers');

    expect(page.nodes.map((node) => node['userId'])).toEqual([7]);
    expect(simulator.requests.at(-1)?.query).toContain('role=VO');
  });

  it('lists project members whose implicit flag Label Studio left out as null, and tags without a member count as null', async () => {
    const members = data(await graphql(print(ProjectMembersDocument), { projectId: RADIOLOGY, explicitOnly: true }), 'projectMembers');
    const tags = data(await graphql(print(MemberTagsDocument), { organizationId: 1 }), 'memberTags');

    expect(members.nodes.find((node) => node['userId'] === 7)).toMatchObject({ role: 'VIEW_ONLY', roleCode: 'VO', implicit: null });
    expect(tags.nodes[0]).toMatchObject({ id: 1, label: 'Senior', memberCount: null });
  });

  it('previews, guards, unassigns with an exact capture and undoes it, and the project is as it was', async () => {
    const input = { projectId: RADIOLOGY, all: true };
    const list = async () => data(await graphql(print(ProjectMembersDocument), { projectId: RADIOLOGY, explicitOnly: true }), 'projectMembers');
    const before = await list();

    const preview = data(await graphql(print(PreviewBulkUnassignProjectMembersDocument), { input }), 'previewBulkUnassignProjectMembers');
    expect(preview).toMatchObject({ members: 6, exact: true });

    const unassigned = data<{ unassignments: number; removedMembersExact: boolean; removedMembers: { userId: number; projectRole: string | null }[] }>(
      await graphql(print(BulkUnassignProjectMembersWithUndoDocument), { input: { ...input, maxAffectedMembers: preview['members'] } }),
      'bulkUnassignProjectMembers',
    );
    expect(unassigned).toMatchObject({ unassignments: 6, removedMembersExact: true });
    expect(unassigned.removedMembers.map(({ userId }) => userId)).toEqual([2, 3, 4, 5, 6, 7]);

    const undo = {
      projectId: RADIOLOGY,
      all: false,
      included: unassigned.removedMembers.map(({ userId }) => userId),
      roles: unassigned.removedMembers.flatMap(({ userId, projectRole }) => (projectRole ? [{ userId, role: projectRole }] : [])),
    };
    expect(data(await graphql(print(BulkAssignProjectMembersDocument), { input: undo }), 'bulkAssignProjectMembers')).toMatchObject({ assignments: 6 });
    expect(await list()).toEqual(before);
  });

  it('guards an unassign of picked rows by the exact count its preview gave, though no page says `next`', async () => {
    const input = { projectId: RADIOLOGY, all: false, included: [3, 4, 99] };
    const preview = data(await graphql(print(PreviewBulkUnassignProjectMembersDocument), { input }), 'previewBulkUnassignProjectMembers');
    expect(preview).toMatchObject({ members: 2, exact: true });

    const result = await graphql(print(BulkUnassignProjectMembersWithUndoDocument), { input: { ...input, maxAffectedMembers: preview['members'] } });

    expect(data(result, 'bulkUnassignProjectMembers')).toMatchObject({ unassignments: 2, removedMembersExact: true });
  });

  it('gives back a project role it could not assign again as null, with its code', async () => {
    const radiology = simulator.data.projects.find((project) => project.id === RADIOLOGY);
    const viewer = radiology?.members.find((member) => member.userId === 7) as unknown as Record<string, unknown>;
    viewer['role'] = 'VO';

    const result = await graphql(print(BulkUnassignProjectMembersWithUndoDocument), { input: { projectId: RADIOLOGY, all: false, included: [7] } });

    expect(data(result, 'bulkUnassignProjectMembers')).toMatchObject({ removedMembers: [{ userId: 7, projectRole: null, projectRoleCode: 'VO' }], removedMembersExact: true });
  });

  it('previews an organization assign filtered by VIEW_ONLY exactly', async () => {
    const preview = data(
      await graphql(print(PreviewBulkAssignOrgMemberTagsDocument), { input: { organizationId: 1, all: true, tags: [1], filter: { roles: ['VIEW_ONLY'] } } }),
      'previewBulkAssignOrgMemberTags',
    );

    expect(preview).toMatchObject({ members: 1, exact: true, sample: [{ userId: 7 }] });
  });

  it('warns once per code it does not know, with the field and the code and no member data, and counts each sighting', async () => {
    for (let read = 0; read < 3; read += 1) data(await graphql(print(OrganizationMembersDocument), { organizationId: 1 }), 'organizationMembers');

    const warnings = facade.logs.filter((line) => line.includes('service_account'));
    expect(warnings).toHaveLength(1);
    expect(JSON.parse(warnings[0] ?? '{}')).toMatchObject({ level: 40, field: 'user_type', code: 'service_account' });
    expect(warnings[0]).not.toMatch(/ann2|acme\.test|Andre/);
    const metrics = await (await fetch(`${facade.url}/metrics`)).text();
    expect(metrics).toMatch(/label_studio_unknown_codes_total\{field="user_type",code="service_account"\} [3-9]/);
  });

  it('refuses VIEW_ONLY as a project role to give, at the field, before any call', async () => {
    const result = await graphql(print(BulkAssignProjectMembersDocument), {
      input: { projectId: RADIOLOGY, all: false, included: [8], roles: [{ userId: 8, role: 'VIEW_ONLY' }] },
    });

    expect(result.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(JSON.stringify(result.body.errors?.[0])).toContain('input.roles[0].role');
    expect(simulator.requests).toEqual([]);
  });
});

describe("a Label Studio sending an integer beyond GraphQL's Int", () => {
  it.each([
    { name: 'a page count', rewrite: ((page) => void (page['count'] = 2 ** 31)) satisfies PageRewrite },
    { name: 'a user id', rewrite: ((page) => void ((page.results[0]?.['user'] as Record<string, unknown>)['id'] = 2 ** 31)) satisfies PageRewrite },
    { name: "a member's tag id", rewrite: ((page) => void (page.results[0]!['tags'] = [{ id: 2 ** 31, label: 'Senior' }])) satisfies PageRewrite },
  ])('answers $name as an answer it could not read (UPSTREAM_ERROR, HTTP 200), never a 500', async ({ rewrite }) => {
    alsoRewrite = rewrite;

    const result = await graphql(print(OrganizationMembersDocument), { organizationId: 1 });

    expect(result.status).toBe(200);
    expect(result.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('could not read'), extensions: { code: 'UPSTREAM_ERROR' } });
  });

  // Each count is an Int; their sum is not, and the preview could not give it.
  it('answers a tag deletion preview whose counts add up beyond Int with UPSTREAM_ERROR, HTTP 200', async () => {
    alsoRewrite = (page) => void (page['count'] = 2 ** 30);

    const result = await graphql(print(PreviewDeleteMemberTagsDocument), { input: { organizationId: 1, tagIds: [1, 2] } });

    expect(result.status).toBe(200);
    expect(result.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('could not read'), extensions: { code: 'UPSTREAM_ERROR' } });
  });
});
