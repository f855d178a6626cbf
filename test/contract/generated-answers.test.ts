import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { knownRole, knownUserType, ROLES, USER_TYPES } from '../../src/label-studio/codes.js';
import { startFacade } from '../support/stack.js';
import type { Json } from './definition.js';
import { answersArbitrary, resultsOf, type Item } from './generated.js';
import { startStub, type Stub, type StubAnswers } from './stub.js';

// Any answer Label Studio's definition allows, put in front of the service by a stub: every list, both
// previews, the guard and the unassign's capture read it without an error, and pass the codes on as
// Label Studio sent them. Answers come from the definition itself (arbitrary.ts), so a field it makes
// optional is sometimes missing or null, a code is sometimes one this service does not know, and extra
// fields come along.

const RUNS = { numRuns: 30 };

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

  it('guards both changes with maxAffectedMembers, and reports the counts Label Studio sent', () =>
    withAnswers(async (answers) => {
      const assign = await graphql('mutation ($input: BulkAssignOrgMemberTagsInput!) { bulkAssignOrgMemberTags(input: $input) { assigned } }', {
        input: { organizationId: 1, all: true, excluded: [1], tags: [1], maxAffectedMembers: 1_000_000 },
      });
      expect(assign['bulkAssignOrgMemberTags']).toEqual({ assigned: (answers.assigned as Item)['assigned'] });
      const unassign = await graphql('mutation ($input: BulkUnassignProjectMembersInput!) { bulkUnassignProjectMembers(input: $input) { unassignments } }', {
        input: { projectId: 1, all: true, excluded: [1], maxAffectedMembers: 1_000_000 },
      });
      expect(unassign['bulkUnassignProjectMembers']).toEqual({ unassignments: (answers.unassignments as Item)['unassignments'] });
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
});
