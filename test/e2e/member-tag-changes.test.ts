import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  BulkAssignOrgMemberTagsDocument,
  CreateMemberTagDocument,
  DeleteMemberTagsDocument,
  DeleteMemberTagsWithUndoDocument,
  OrganizationMembersDocument,
  PreviewDeleteMemberTagsDocument,
  RenameMemberTagDocument,
} from '../../client/generated/graphql.js';
import { useStack } from '../support/stack.js';

const CREATE = print(CreateMemberTagDocument);
const RENAME = print(RenameMemberTagDocument);
const DELETE = print(DeleteMemberTagsDocument);
const DELETE_WITH_UNDO = print(DeleteMemberTagsWithUndoDocument);
const PREVIEW = print(PreviewDeleteMemberTagsDocument);

const stack = useStack();
// Tag 2 (Medical) is on users 3 and 4, tag 3 (Night shift) on users 4 and 6: four assignments; a limit of 3 holds fewer.
const small = useStack({ UNDO_CAPTURE_LIMIT: '3' });

const calls = () => stack.simulator.requests.map((request) => `${request.method} ${request.path}${request.query ? `?${request.query}` : ''}`);
const acme = () => stack.simulator.data.organizations.find((organization) => organization.id === 1);
const tagsOf = (userId: number) => acme()?.members.find((member) => member.userId === userId)?.tagIds;

describe('createMemberTag and renameMemberTag', () => {
  it('creates a tag with a trimmed label and answers it as Label Studio holds it', async () => {
    const result = await stack.graphql({ query: CREATE, variables: { input: { organizationId: 1, label: '  Radiology  ' } } });

    expect(result.body).toEqual({ data: { createMemberTag: { id: 6, label: 'Radiology', memberCount: 0 } } });
    expect(stack.simulator.requests.map(({ method, path, body }) => ({ method, path, body }))).toEqual([
      { method: 'POST', path: '/api/organizations/1/member-tags', body: { label: 'Radiology' } },
    ]);
  });

  it('creates a tag whose label is 200 emoji: 200 characters, though 400 UTF-16 code units', async () => {
    const label = '🩺'.repeat(200);

    const result = await stack.graphql({ query: CREATE, variables: { input: { organizationId: 1, label } } });

    expect(result.body).toEqual({ data: { createMemberTag: { id: 6, label, memberCount: 0 } } });
  });

  it('renames a tag: its id and its members stay', async () => {
    const result = await stack.graphql({ query: RENAME, variables: { input: { organizationId: 1, tagId: 2, label: 'Clinical' } } });

    expect(result.body).toEqual({ data: { renameMemberTag: { id: 2, label: 'Clinical', memberCount: 2 } } });
    expect(calls()).toEqual(['PATCH /api/organizations/1/member-tags/2']);
  });

  it.each([
    ['empty after trimming', '   ', 'must not be empty'],
    ['longer than 255 characters', 'x'.repeat(256), 'must be at most 255 characters'],
    ['holding a control character', 'night\tshift', 'must not contain control characters'],
    ['holding an unpaired surrogate', 'tag \ud800', 'must be well-formed Unicode (no unpaired surrogate)'],
  ])('refuses a label %s with BAD_USER_INPUT at the field, before any call', async (_case, label, message) => {
    for (const [query, input] of [
      [CREATE, { organizationId: 1, label }],
      [RENAME, { organizationId: 1, tagId: 2, label }],
    ] as const) {
      const result = await stack.graphql({ query, variables: { input } });

      expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'input.label', message }] });
    }
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it("maps Label Studio's 400 for a label it has already to BAD_USER_INPUT with its message at the field", async () => {
    const result = await stack.graphql({ query: CREATE, variables: { input: { organizationId: 1, label: 'medical' } } });

    expect(result.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      upstreamStatus: 400,
      validationErrors: { label: ['Member tag with this label already exists in this organization.'] },
      issues: [{ path: 'input.label', message: 'Member tag with this label already exists in this organization.' }],
    });
    expect(acme()?.memberTags).toHaveLength(4);
  });

  it('maps the other refusals as every call does: 403, 404', async () => {
    const forbidden = await stack.graphql({ query: CREATE, variables: { input: { organizationId: 1, label: 'x' } }, authorization: `Token ${stack.simulator.tokens.annotator}` });
    const missing = await stack.graphql({ query: RENAME, variables: { input: { organizationId: 1, tagId: 99, label: 'x' } } });

    expect(forbidden.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', upstreamStatus: 403 });
    expect(missing.body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', upstreamStatus: 404 });
  });

  it('never repeats the POST or the PATCH once they may have run: a 502 or a reset is one attempt', async () => {
    stack.simulator.injectFault({ route: 'create-member-tag', status: 502 });
    const created = await stack.graphql({ query: CREATE, variables: { input: { organizationId: 1, label: 'Once' } } });
    stack.simulator.injectFault({ route: 'rename-member-tag', destroySocket: true });
    const renamed = await stack.graphql({ query: RENAME, variables: { input: { organizationId: 1, tagId: 2, label: 'Once' } } });

    expect(created.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(renamed.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(calls()).toEqual(['POST /api/organizations/1/member-tags', 'PATCH /api/organizations/1/member-tags/2']);
  });

  it('retries the POST when Label Studio certainly did not process it (503)', async () => {
    stack.simulator.injectFault({ route: 'create-member-tag', status: 503 });

    const result = await stack.graphql({ query: CREATE, variables: { input: { organizationId: 1, label: 'Retried' } } });

    expect(result.body.data).toEqual({ createMemberTag: { id: 6, label: 'Retried', memberCount: 0 } });
    expect(calls()).toEqual(['POST /api/organizations/1/member-tags', 'POST /api/organizations/1/member-tags']);
  });
});

describe('deleteMemberTags', () => {
  it('deletes the tags with their ids in the query and takes them off every member', async () => {
    const result = await stack.graphql({ query: DELETE, variables: { input: { organizationId: 1, tagIds: [2, 3, 2] } } });

    expect(result.body).toEqual({ data: { deleteMemberTags: { deleted: 2 } } });
    expect(calls()).toEqual(['DELETE /api/organizations/1/member-tags/bulk?ids=2,3']);
    expect([tagsOf(3), tagsOf(4), tagsOf(6)]).toEqual([[], [], []]);
  });

  it.each([
    [{ tagIds: [] }, 'input.tagIds', 'must list at least one tag id'],
    [{ tagIds: [0] }, 'input.tagIds[0]', 'must be a positive id'],
    [{ tagIds: Array.from({ length: 101 }, (_, index) => index + 1) }, 'input.tagIds', 'must hold at most 100 ids'],
    [{ tagIds: [2], maxAffectedAssignments: -1 }, 'input.maxAffectedAssignments', 'must be at least 0'],
  ])('refuses %j before any call', async (input, path, message) => {
    const result = await stack.graphql({ query: DELETE, variables: { input: { organizationId: 1, ...input } } });

    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path, message }] });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('previews each tag with how many members carry it, and changes nothing', async () => {
    const result = await stack.graphql({ query: PREVIEW, variables: { input: { organizationId: 1, tagIds: [2, 3] } } });

    expect(result.body.data).toEqual({
      previewDeleteMemberTags: {
        assignments: 4,
        exact: true,
        tags: [
          { tagId: 2, label: 'Medical', members: 2 },
          { tagId: 3, label: 'Night shift', members: 2 },
        ],
      },
    });
    expect(acme()?.memberTags).toHaveLength(4);
    expect(calls().every((call) => call.startsWith('GET '))).toBe(true);
  });

  it('refuses a deletion larger than maxAffectedAssignments with TOO_MANY_ASSIGNMENTS, before any change', async () => {
    const refused = await stack.graphql({ query: DELETE, variables: { input: { organizationId: 1, tagIds: [2, 3], maxAffectedAssignments: 3 } } });

    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_ASSIGNMENTS', assignments: 4, exact: true, maxAffectedAssignments: 3 });
    expect(calls().some((call) => call.startsWith('DELETE'))).toBe(false);
    expect(acme()?.memberTags).toHaveLength(4);

    const allowed = await stack.graphql({ query: DELETE, variables: { input: { organizationId: 1, tagIds: [2, 3], maxAffectedAssignments: 4 } } });
    expect(allowed.body.data).toEqual({ deleteMemberTags: { deleted: 2 } });
  });

  it('gives back each removed tag with who carried it, read before the DELETE, and one undo (create, assign) restores the members', async () => {
    const result = await stack.graphql({ query: DELETE_WITH_UNDO, variables: { input: { organizationId: 1, tagIds: [2, 3], maxAffectedAssignments: 4 } } });

    expect(result.body.data).toEqual({
      deleteMemberTags: {
        deleted: 2,
        removedTags: [
          { tagId: 2, label: 'Medical', userIds: [3, 4] },
          { tagId: 3, label: 'Night shift', userIds: [4, 6] },
        ],
        removedTagsExact: true,
      },
    });
    const sequence = calls();
    expect(sequence.at(-1)).toBe('DELETE /api/organizations/1/member-tags/bulk?ids=2,3');
    expect(sequence.slice(0, -1).every((call) => call.startsWith('GET '))).toBe(true);

    for (const { label, userIds } of [
      { label: 'Medical', userIds: [3, 4] },
      { label: 'Night shift', userIds: [4, 6] },
    ]) {
      const created = await stack.graphql({ query: CREATE, variables: { input: { organizationId: 1, label } } });
      const tagId = (created.body.data?.['createMemberTag'] as { id: number }).id;
      const assigned = await stack.graphql({ query: print(BulkAssignOrgMemberTagsDocument), variables: { input: { organizationId: 1, all: false, included: userIds, tags: [tagId] } } });
      expect(assigned.body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 2 } });
    }
    const listed = await stack.graphql({ query: print(OrganizationMembersDocument), variables: { organizationId: 1 } });
    const labels = (listed.body.data?.['organizationMembers'] as { nodes: { userId: number; tags: { label: string }[] }[] }).nodes
      .filter((member) => [3, 4, 6].includes(member.userId))
      .map((member) => ({ userId: member.userId, labels: member.tags.map((tag) => tag.label).sort() }));
    expect(labels).toEqual([
      { userId: 3, labels: ['Medical'] },
      { userId: 4, labels: ['Medical', 'Night shift'] },
      { userId: 6, labels: ['Night shift'] },
    ]);
  });

  it('says removedTagsExact: false when a read was not shown complete, its count within the limit', async () => {
    // A cache answering its first page of one for every page: Medical's carriers read as user 3 alone, of a count of two.
    stack.simulator.injectFault({ route: 'organization-members', list: { page: 1, pageSize: 1 }, times: 5 });

    const result = await stack.graphql({ query: DELETE_WITH_UNDO, variables: { input: { organizationId: 1, tagIds: [2] } } });

    expect(result.body.data).toEqual({ deleteMemberTags: { deleted: 1, removedTags: [{ tagId: 2, label: 'Medical', userIds: [3] }], removedTagsExact: false } });
  });

  it('refuses a deletion, guarded or not, when a list held more carriers than its count: no limit or guard then holds', async () => {
    // The list of Medical's carriers reports one fewer than its page holds.
    for (const maxAffectedAssignments of [null, 10]) {
      stack.simulator.reset();
      stack.simulator.injectFault({ route: 'organization-members', list: { undercount: 1 } });

      const result = await stack.graphql({ query: DELETE_WITH_UNDO, variables: { input: { organizationId: 1, tagIds: [2], maxAffectedAssignments } } });

      expect(result.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
      expect(calls().some((call) => call.startsWith('DELETE'))).toBe(false);
    }
  });

  it('answers UPSTREAM_ERROR, not a capture limit, when a list held more carriers than its count before the last tags were read', async () => {
    small.simulator.injectFault({ route: 'organization-members', list: { undercount: 1 } });

    const result = await small.graphql({ query: DELETE_WITH_UNDO, variables: { input: { organizationId: 1, tagIds: [2, 3] } } });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    expect(small.simulator.requests.some((request) => request.method === 'DELETE')).toBe(false);
  });

  it('refuses with UNDO_CAPTURE_TOO_LARGE when a walk not shown whole read within the limit but its count passes it', async () => {
    // Pages of one, each the first: one carrier read per tag, of counts two and two, against a limit of 3.
    small.simulator.injectFault({ route: 'organization-members', list: { page: 1, pageSize: 1 }, times: 10 });

    const result = await small.graphql({ query: DELETE_WITH_UNDO, variables: { input: { organizationId: 1, tagIds: [2, 3] } } });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UNDO_CAPTURE_TOO_LARGE', undoCaptureLimit: 3 });
    expect(small.simulator.requests.some((request) => request.method === 'DELETE')).toBe(false);
  });

  it('refuses with UNDO_CAPTURE_TOO_LARGE, before any change, when more members carry the tags than UNDO_CAPTURE_LIMIT', async () => {
    const result = await small.graphql({ query: DELETE_WITH_UNDO, variables: { input: { organizationId: 1, tagIds: [2, 3] } } });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UNDO_CAPTURE_TOO_LARGE', undoCaptureLimit: 3 });
    expect(small.simulator.requests.some((request) => request.method === 'DELETE')).toBe(false);
    expect(small.simulator.data.organizations[0]?.memberTags).toHaveLength(4);
  });

  it('refuses with UNDO_CAPTURE_TOO_LARGE rather than a guard count when the read stopped at the limit before the last tags', async () => {
    // Tags 2 and 3 hold four assignments, over the limit of 3: tag 1 (three more) is never read, so no count holds.
    const input = { organizationId: 1, tagIds: [2, 3, 1], maxAffectedAssignments: 3 };
    const result = await small.graphql({ query: DELETE_WITH_UNDO, variables: { input } });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UNDO_CAPTURE_TOO_LARGE', undoCaptureLimit: 3 });
    expect(small.simulator.requests.some((request) => request.method === 'DELETE')).toBe(false);
  });

  it('answers NOT_FOUND for a tag that does not exist when it reads first, before any change', async () => {
    const result = await stack.graphql({ query: DELETE_WITH_UNDO, variables: { input: { organizationId: 1, tagIds: [2, 99] } } });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', upstreamStatus: 404 });
    expect(calls().some((call) => call.startsWith('DELETE'))).toBe(false);
  });

  it('never repeats the DELETE once it may have run: a 504 is one attempt, UPSTREAM_UNAVAILABLE saying it may have run', async () => {
    stack.simulator.injectFault({ route: 'delete-member-tags', status: 504 });

    const result = await stack.graphql({ query: DELETE, variables: { input: { organizationId: 1, tagIds: [2] } } });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 504, mayHaveRun: true });
    expect(calls()).toEqual(['DELETE /api/organizations/1/member-tags/bulk?ids=2']);
  });

  it('keeps who carried the tags on the error when a deletion that may have run fails, the only way back then', async () => {
    stack.simulator.injectFault({ route: 'delete-member-tags', status: 504 });

    const result = await stack.graphql({ query: DELETE_WITH_UNDO, variables: { input: { organizationId: 1, tagIds: [2] } } });

    expect(result.body.errors?.[0]?.extensions).toEqual({
      code: 'UPSTREAM_UNAVAILABLE',
      upstreamStatus: 504,
      mayHaveRun: true,
      removedTags: [{ tagId: 2, label: 'Medical', userIds: [3, 4] }],
      removedTagsExact: false,
    });
  });

  it('gives no record on an error when the deletion certainly did not run', async () => {
    stack.simulator.injectFault({ route: 'delete-member-tags', status: 403 });

    const result = await stack.graphql({ query: DELETE_WITH_UNDO, variables: { input: { organizationId: 1, tagIds: [2] } } });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', upstreamStatus: 403 });
  });

  it('answers UPSTREAM_ERROR, never a 5xx, for a 500 or an answer without a count', async () => {
    stack.simulator.injectFault({ route: 'delete-member-tags', status: 200, body: '{"deleted":"two"}' });
    const garbled = await stack.graphql({ query: DELETE, variables: { input: { organizationId: 1, tagIds: [2] } } });
    stack.simulator.injectFault({ route: 'delete-member-tags', status: 500 });
    const failed = await stack.graphql({ query: DELETE, variables: { input: { organizationId: 1, tagIds: [2] } } });

    expect(garbled.status).toBe(200);
    expect(garbled.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_ERROR', upstreamStatus: 200, mayHaveRun: true });
    expect(failed.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_ERROR', upstreamStatus: 500 });
    expect(JSON.stringify(failed.body)).not.toContain('Traceback');
  });
});
