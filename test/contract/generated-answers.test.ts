import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownRole, knownUserType, ROLES, USER_TYPES } from '../../src/label-studio/codes.js';
import { startFacade } from '../support/stack.js';
import type { Json } from './definition.js';
import { answersArbitrary, resultsOf, type Item } from './generated.js';
import { propertyRuns } from '../support/property-runs.js';
import { startStub, type Stub, type StubAnswers } from './stub.js';

// Any answer Label Studio's definition allows, put in front of the service by a stub: every list, both
// previews, the guard and the unassign's capture read it without an error, and pass the codes on as
// Label Studio sent them. Answers come from the definition itself (arbitrary.ts), so a field it makes
// optional is sometimes missing or null, a code is sometimes one this service does not know, and extra
// fields come along.

const RUNS = propertyRuns(30);

/** A code as Label Studio sent it, as the service shows it: an empty or missing one is none. */
const code = (value: Json | undefined) => (typeof value === 'string' && value !== '' ? value : null);
const roleName = (value: Json | undefined) => {
  const known = knownRole(code(value));
  return known === null ? null : ROLES[known].name;
};
const userTypeName = (value: Json | undefined) => {
  const known = knownUserType(code(value));
  return known === null ? null : USER_TYPES[known].name;
};

describe('the service reads any answer the definition allows', () => {
  let stub: Stub;
  let facade: Awaited<ReturnType<typeof startFacade>>;
  beforeAll(async () => {
    stub = await startStub();
    facade = await startFacade({ LABEL_STUDIO_URL: stub.url });
  });
  afterAll(async () => {
    await facade.close();
    await stub.close();
  });

  async function graphql(query: string, variables: Record<string, unknown>) {
    const response = await fetch(`${facade.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Token generated' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data ?? {};
  }

  /** Each property runs against answers the stub serves until the next case. */
  const withAnswers = (check: (answers: StubAnswers) => Promise<void>) =>
    fc.assert(
      fc.asyncProperty(answersArbitrary, async (answers) => {
        stub.answers = answers;
        await check(answers);
      }),
      RUNS,
    );

  const MEMBER = 'userId email username firstName lastName userType userTypeCode tags { id label } lastActivity';

  it('lists organization members, every page, with their codes as sent', () =>
    withAnswers(async (answers) => {
      const results = resultsOf(answers.organizationMembers);
      const data = await graphql(
        `query ($after: String) { organizationMembers(organizationId: 1, first: 7, after: $after) { totalCount nodes { ${MEMBER} role roleCode } } }`,
        { after: null },
      );
      const list = data['organizationMembers'] as { totalCount: number; nodes: Item[] };
      expect(list.totalCount).toBe(results.length);
      for (const node of list.nodes) {
        const sent = results[(node['userId'] as number) - 1] ?? {};
        expect(node['roleCode']).toBe(code(sent['role']));
        expect(node['role']).toBe(roleName(sent['role']));
        expect(node['userTypeCode']).toBe(code(sent['user_type']));
        expect(node['userType']).toBe(userTypeName(sent['user_type']));
      }
    }));

  it('lists project members with their codes as sent', () =>
    withAnswers(async (answers) => {
      const results = resultsOf(answers.projectMembers);
      const data = await graphql(`{ projectMembers(projectId: 1, first: 12) { totalCount nodes { ${MEMBER} role roleCode projectRole projectRoleCode implicit } } }`, {});
      const list = data['projectMembers'] as { totalCount: number; nodes: Item[] };
      expect(list.totalCount).toBe(results.length);
      for (const node of list.nodes) {
        const sent = results[(node['userId'] as number) - 1] ?? {};
        const membership = (sent['organization_membership'] ?? {}) as Item;
        expect(node['roleCode']).toBe(code(membership['role']));
        expect(node['projectRoleCode']).toBe(code(sent['project_role']));
        expect(node['projectRole']).toBe(roleName(sent['project_role']));
        expect(node['userTypeCode']).toBe(code(sent['user_type']) ?? code(membership['user_type']));
        expect(node['implicit']).toBe(sent['implicit_member'] ?? null);
      }
    }));

  it('lists member tags, with their member count when Label Studio gives one', () =>
    withAnswers(async (answers) => {
      const results = resultsOf(answers.memberTags);
      const data = await graphql('{ memberTags(organizationId: 1, first: 12) { totalCount nodes { id label memberCount } } }', {});
      const list = data['memberTags'] as { totalCount: number; nodes: Item[] };
      expect(list.totalCount).toBe(results.length);
      for (const node of list.nodes) expect(node['memberCount']).toBe(results[(node['id'] as number) - 1]?.['member_count'] ?? null);
    }));

  const PREVIEW = 'members exact sample { userId email username firstName lastName }';
  const ids = (generated: Item) => resultsOf(generated).map((_member, index) => index + 1);

  it('previews a tag assign, to listed members and to everyone but some', () =>
    withAnswers(async (answers) => {
      const everyone = ids(answers.organizationMembers);
      const query = `query ($input: BulkAssignOrgMemberTagsInput!) { previewBulkAssignOrgMemberTags(input: $input) { ${PREVIEW} } }`;
      await graphql(query, { input: { organizationId: 1, all: false, included: [...everyone, 999_999], tags: [1] } });
      await graphql(query, { input: { organizationId: 1, all: true, excluded: everyone.slice(0, 2).concat(999_999), tags: [1] } });
    }));

  it('previews an unassign, of listed members and of everyone but some', () =>
    withAnswers(async (answers) => {
      const everyone = ids(answers.projectMembers);
      const query = `query ($input: BulkUnassignProjectMembersInput!) { previewBulkUnassignProjectMembers(input: $input) { ${PREVIEW} } }`;
      await graphql(query, { input: { projectId: 1, all: false, included: [...everyone, 999_999] } });
      await graphql(query, { input: { projectId: 1, all: true, excluded: everyone.slice(0, 2) } });
    }));

  it('guards both changes with maxAffectedMembers set to what their previews counted, and reports the counts Label Studio sent', () =>
    withAnswers(async (answers) => {
      const previewed = async (field: string, inputType: string, input: Record<string, unknown>) =>
        ((await graphql(`query ($input: ${inputType}!) { ${field}(input: $input) { members } }`, { input }))[field] as { members: number }).members;
      const assignInput = { organizationId: 1, all: true, excluded: [1], tags: [1] };
      const unassignInput = { projectId: 1, all: true, excluded: [1] };
      const assign = await graphql('mutation ($input: BulkAssignOrgMemberTagsInput!) { bulkAssignOrgMemberTags(input: $input) { assigned } }', {
        input: { ...assignInput, maxAffectedMembers: await previewed('previewBulkAssignOrgMemberTags', 'BulkAssignOrgMemberTagsInput', assignInput) },
      });
      expect(assign['bulkAssignOrgMemberTags']).toEqual({ assigned: (answers.assigned as Item)['assigned'] });
      const unassign = await graphql('mutation ($input: BulkUnassignProjectMembersInput!) { bulkUnassignProjectMembers(input: $input) { unassignments } }', {
        input: { ...unassignInput, maxAffectedMembers: await previewed('previewBulkUnassignProjectMembers', 'BulkUnassignProjectMembersInput', unassignInput) },
      });
      expect(unassign['bulkUnassignProjectMembers']).toEqual({ unassignments: (answers.unassignments as Item)['unassignments'] });
      // Picked rows, one of them no member: the guard holds the preview's exact count, with or without `next` on the pages.
      const picked = { projectId: 1, all: false, included: [...ids(answers.projectMembers).slice(0, 3), 999_999] };
      const members = await previewed('previewBulkUnassignProjectMembers', 'BulkUnassignProjectMembersInput', picked);
      await graphql('mutation ($input: BulkUnassignProjectMembersInput!) { bulkUnassignProjectMembers(input: $input) { unassignments removedMembers { userId } } }', {
        input: { ...picked, maxAffectedMembers: members },
      });
    }));

  it('captures whom an unassign removes, with their project role codes as sent', () =>
    withAnswers(async (answers) => {
      const results = resultsOf(answers.projectMembers);
      const data = await graphql(
        'mutation ($input: BulkUnassignProjectMembersInput!) { bulkUnassignProjectMembers(input: $input) { unassignments removedMembers { userId projectRole projectRoleCode } removedMembersExact } }',
        { input: { projectId: 1, all: true, maxAffectedMembers: 1_000_000 } },
      );
      const removed = (data['bulkUnassignProjectMembers'] as { removedMembers: Item[] }).removedMembers;
      expect(removed.map((member) => member['userId'])).toEqual(ids(answers.projectMembers));
      for (const member of removed) {
        const sent = results[(member['userId'] as number) - 1] ?? {};
        expect(member['projectRoleCode']).toBe(code(sent['project_role']));
        // Never another role than the one sent; whether a code it cannot assign (VO) shows is the schema's to say.
        expect([null, roleName(sent['project_role'])]).toContain(member['projectRole']);
      }
    }));

  it('assigns project members, reporting the assignments and skipped ids as sent, guarded by what it counted', () =>
    withAnswers(async (answers) => {
      const sent = answers.projectAssign as Item;
      const data = await graphql('mutation ($input: BulkAssignProjectMembersInput!) { bulkAssignProjectMembers(input: $input) { assignments skippedUserIds } }', {
        input: { projectId: 1, all: false, included: [...ids(answers.projectMembers).slice(0, 2), 999_999], maxAffectedMembers: 3 },
      });
      expect(data['bulkAssignProjectMembers']).toEqual({ assignments: sent['assignments'], skippedUserIds: sent['skipped_user_ids'] });
    }));

  it('lists workspace members with the codes of their organization membership as sent', () =>
    withAnswers(async (answers) => {
      const results = resultsOf(answers.workspaceMembers);
      const data = await graphql(`{ workspaceMembers(workspaceId: 1, first: 12) { totalCount nodes { ${MEMBER} role roleCode } } }`, {});
      const list = data['workspaceMembers'] as { totalCount: number; nodes: Item[] };
      expect(list.totalCount).toBe(results.length);
      for (const node of list.nodes) {
        const membership = (results[(node['userId'] as number) - 1]?.['organization_membership'] ?? {}) as Item;
        expect(node['roleCode']).toBe(code(membership['role']));
        expect(node['role']).toBe(roleName(membership['role']));
        expect(node['userTypeCode']).toBe(code(membership['user_type']));
        expect(node['tags']).toBeNull();
      }
    }));

  it('previews and changes workspace membership, guarded, capturing whom an unassign removes', () =>
    withAnswers(async (answers) => {
      const everyone = ids(answers.workspaceMembers);
      await graphql(`query ($input: BulkUnassignWorkspaceMembersInput!) { previewBulkUnassignWorkspaceMembers(input: $input) { ${PREVIEW} } }`, {
        input: { workspaceId: 1, all: true, excluded: everyone.slice(0, 2) },
      });
      await graphql(`query ($input: BulkAssignWorkspaceMembersInput!) { previewBulkAssignWorkspaceMembers(input: $input) { ${PREVIEW} } }`, {
        input: { workspaceId: 1, all: false, included: [...everyone, 999_999] },
      });
      const assign = await graphql('mutation ($input: BulkAssignWorkspaceMembersInput!) { bulkAssignWorkspaceMembers(input: $input) { assignments } }', {
        input: { workspaceId: 1, all: false, included: [999_999], maxAffectedMembers: 1 },
      });
      expect(assign['bulkAssignWorkspaceMembers']).toEqual({ assignments: (answers.workspaceAssignments as Item)['assignments'] });
      const unassign = await graphql(
        'mutation ($input: BulkUnassignWorkspaceMembersInput!) { bulkUnassignWorkspaceMembers(input: $input) { unassignments removedMembers { userId } removedMembersExact } }',
        { input: { workspaceId: 1, all: true, maxAffectedMembers: 1_000_000 } },
      );
      const removed = unassign['bulkUnassignWorkspaceMembers'] as { unassignments: number; removedMembers: Item[] };
      expect(removed.unassignments).toBe((answers.workspaceUnassignments as Item)['unassignments']);
      expect(removed.removedMembers.map((member) => member['userId'])).toEqual(everyone);
    }));

  it('creates and renames a tag, answering it as sent', () =>
    withAnswers(async (answers) => {
      const sent = answers.memberTag as Item;
      const expected = { id: 1, label: sent['label'], memberCount: sent['member_count'] ?? null };
      const created = await graphql('mutation ($input: CreateMemberTagInput!) { createMemberTag(input: $input) { id label memberCount } }', { input: { organizationId: 1, label: 'New' } });
      const renamed = await graphql('mutation ($input: RenameMemberTagInput!) { renameMemberTag(input: $input) { id label memberCount } }', { input: { organizationId: 1, tagId: 1, label: 'New' } });
      expect(created['createMemberTag']).toEqual(expected);
      expect(renamed['renameMemberTag']).toEqual(expected);
    }));

  it('previews a tag deletion and deletes, guarded, capturing who carried the tag', () =>
    withAnswers(async (answers) => {
      const carriers = ids(answers.organizationMembers);
      const preview = await graphql('query ($input: DeleteMemberTagsInput!) { previewDeleteMemberTags(input: $input) { assignments exact tags { tagId label members } } }', {
        input: { organizationId: 1, tagIds: [1] },
      });
      expect(preview['previewDeleteMemberTags']).toEqual({ assignments: carriers.length, exact: true, tags: [{ tagId: 1, label: (answers.memberTag as Item)['label'], members: carriers.length }] });
      const deleted = await graphql(
        'mutation ($input: DeleteMemberTagsInput!) { deleteMemberTags(input: $input) { deleted removedTags { tagId label userIds } removedTagsExact } }',
        { input: { organizationId: 1, tagIds: [1], maxAffectedAssignments: 1_000_000 } },
      );
      const outcome = deleted['deleteMemberTags'] as { deleted: number; removedTags: Item[] };
      expect(outcome.deleted).toBe((answers.deleted as Item)['deleted']);
      expect(outcome.removedTags.map((tag) => tag['userIds'])).toEqual([carriers]);
    }));
});
