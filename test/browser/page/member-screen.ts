import type { AnyVariables, OperationResult } from '@urql/core';
import {
  BulkAssignOrgMemberTagsDocument,
  BulkAssignProjectMembersDocument,
  BulkAssignWorkspaceMembersDocument,
  BulkUnassignProjectMembersWithUndoDocument,
  BulkUnassignWorkspaceMembersWithUndoDocument,
  CreateMemberTagDocument,
  DeleteMemberTagsWithUndoDocument,
  OrganizationMembersDocument,
  PreviewBulkAssignOrgMemberTagsDocument,
  PreviewBulkUnassignProjectMembersDocument,
  PreviewBulkUnassignWorkspaceMembersDocument,
  PreviewDeleteMemberTagsDocument,
  ProjectMembersDocument,
  WorkspaceMembersDocument,
  type BulkUnassignProjectMembersWithUndoMutation,
  type BulkUnassignWorkspaceMembersInput,
  type DeleteMemberTagsWithUndoMutation,
  type OrganizationMemberFilter,
  type ProjectMemberFilter,
} from '../../../client/generated/graphql.js';
import { cachedClient, client } from './urql-client.js';

// A member screen as a team would write it with urql and the generated documents: list a project's members
// with a filter, preview removing them, remove them guarded by what the preview showed while keeping what
// was removed, and put them back; the same for a member tag (create, assign, delete, and back) and for a
// workspace's members. Bundled by esbuild for the browser test; runs in Chromium, not in Node, loaded
// as a classic script: it exports nothing but its type, and puts the screen on globalThis.

type RemovedMember = NonNullable<BulkUnassignProjectMembersWithUndoMutation['bulkUnassignProjectMembers']['removedMembers']>[number];
type RemovedTag = NonNullable<DeleteMemberTagsWithUndoMutation['deleteMemberTags']['removedTags']>[number];

/** What a screen keeps from one call: the data, or the error urql reported (a failed step stops the test). */
function dataOf<Data>(result: OperationResult<Data, AnyVariables>): Data {
  if (result.error || !result.data) throw new Error(result.error?.message ?? 'no data');
  return result.data;
}

/** The screen, on urql alone (documents by id) or with Graphcache (`cached`). */
function memberScreen(url: string, authorization: string, cached = false) {
  const urql = cached ? cachedClient(url, authorization) : client(url, authorization);
  return {
    /** Read from Label Studio each time: a bulk change moves members in and out of a filtered list, which no cache can work out. */
    async listMembers(projectId: number, filter: ProjectMemberFilter) {
      const { projectMembers } = dataOf(await urql.query(ProjectMembersDocument, { projectId, filter }, { requestPolicy: 'network-only' }).toPromise());
      return projectMembers;
    },

    async previewUnassign(projectId: number, filter: ProjectMemberFilter) {
      const input = { projectId, all: true, filter };
      return dataOf(await urql.query(PreviewBulkUnassignProjectMembersDocument, { input }).toPromise()).previewBulkUnassignProjectMembers;
    },

    /** Confirmed: removes the members the preview counted, and no more (`maxAffectedMembers`). */
    async unassign(projectId: number, filter: ProjectMemberFilter, previewedMembers: number) {
      const input = { projectId, all: true, filter, maxAffectedMembers: previewedMembers };
      return dataOf(await urql.mutation(BulkUnassignProjectMembersWithUndoDocument, { input }).toPromise()).bulkUnassignProjectMembers;
    },

    /** Undo: the removed members, one by one, each with the project role they had (none: the organization role applies). */
    async undoUnassign(projectId: number, removedMembers: RemovedMember[]) {
      const input = {
        projectId,
        all: false,
        included: removedMembers.map((member) => member.userId),
        roles: removedMembers.flatMap(({ userId, projectRole }) => (projectRole ? [{ userId, role: projectRole }] : [])),
      };
      return dataOf(await urql.mutation(BulkAssignProjectMembersDocument, { input }).toPromise()).bulkAssignProjectMembers;
    },

    async listOrganizationMembers(organizationId: number, filter: OrganizationMemberFilter) {
      const { organizationMembers } = dataOf(await urql.query(OrganizationMembersDocument, { organizationId, filter }, { requestPolicy: 'network-only' }).toPromise());
      return organizationMembers;
    },

    async createTag(organizationId: number, label: string) {
      return dataOf(await urql.mutation(CreateMemberTagDocument, { input: { organizationId, label } }).toPromise()).createMemberTag;
    },

    async previewTagAssign(organizationId: number, userIds: number[], tagId: number) {
      const input = { organizationId, all: false, included: userIds, tags: [tagId] };
      return dataOf(await urql.query(PreviewBulkAssignOrgMemberTagsDocument, { input }).toPromise()).previewBulkAssignOrgMemberTags;
    },

    /** Confirmed: tags the selected members, and no more than the preview counted (`maxAffectedMembers`). */
    async assignTag(organizationId: number, userIds: number[], tagId: number, previewedMembers: number) {
      const input = { organizationId, all: false, included: userIds, tags: [tagId], maxAffectedMembers: previewedMembers };
      return dataOf(await urql.mutation(BulkAssignOrgMemberTagsDocument, { input }).toPromise()).bulkAssignOrgMemberTags;
    },

    async previewDeleteTags(organizationId: number, tagIds: number[]) {
      return dataOf(await urql.query(PreviewDeleteMemberTagsDocument, { input: { organizationId, tagIds } }).toPromise()).previewDeleteMemberTags;
    },

    /** Confirmed: deletes the tags, taking off no more assignments than the preview counted, and keeps who carried them. */
    async deleteTags(organizationId: number, tagIds: number[], previewedAssignments: number) {
      const input = { organizationId, tagIds, maxAffectedAssignments: previewedAssignments };
      return dataOf(await urql.mutation(DeleteMemberTagsWithUndoDocument, { input }).toPromise()).deleteMemberTags;
    },

    /** Undo: each label created again (a new id) and assigned to the members who carried it. */
    async undoDeleteTags(organizationId: number, removedTags: RemovedTag[]) {
      const restored: { tagId: number; label: string; assigned: number }[] = [];
      for (const { label, userIds } of removedTags) {
        const tag = dataOf(await urql.mutation(CreateMemberTagDocument, { input: { organizationId, label } }).toPromise()).createMemberTag;
        const input = { organizationId, all: false, included: userIds, tags: [tag.id] };
        const { assigned } = dataOf(await urql.mutation(BulkAssignOrgMemberTagsDocument, { input }).toPromise()).bulkAssignOrgMemberTags;
        restored.push({ tagId: tag.id, label: tag.label, assigned });
      }
      return restored;
    },

    async listWorkspaceMembers(workspaceId: number) {
      const { workspaceMembers } = dataOf(await urql.query(WorkspaceMembersDocument, { workspaceId }, { requestPolicy: 'network-only' }).toPromise());
      return workspaceMembers;
    },

    async previewWorkspaceUnassign(input: BulkUnassignWorkspaceMembersInput) {
      return dataOf(await urql.query(PreviewBulkUnassignWorkspaceMembersDocument, { input }).toPromise()).previewBulkUnassignWorkspaceMembers;
    },

    /** Confirmed: removes the members the preview counted, and no more, keeping whom it removed. */
    async unassignWorkspace(input: BulkUnassignWorkspaceMembersInput, previewedMembers: number) {
      const guarded = { ...input, maxAffectedMembers: previewedMembers };
      return dataOf(await urql.mutation(BulkUnassignWorkspaceMembersWithUndoDocument, { input: guarded }).toPromise()).bulkUnassignWorkspaceMembers;
    },

    async undoWorkspaceUnassign(workspaceId: number, removedUserIds: number[]) {
      const input = { workspaceId, all: false, included: removedUserIds };
      return dataOf(await urql.mutation(BulkAssignWorkspaceMembersDocument, { input }).toPromise()).bulkAssignWorkspaceMembers;
    },
  };
}

export type MemberScreen = ReturnType<typeof memberScreen>;

Object.assign(globalThis, { memberScreen });
