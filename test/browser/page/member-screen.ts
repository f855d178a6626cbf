import type { AnyVariables, OperationResult } from '@urql/core';
import {
  BulkAssignProjectMembersDocument,
  BulkUnassignProjectMembersWithUndoDocument,
  PreviewBulkUnassignProjectMembersDocument,
  ProjectMembersDocument,
  type BulkUnassignProjectMembersWithUndoMutation,
  type ProjectMemberFilter,
} from '../../../client/generated/graphql.js';
import { cachedClient, client } from './urql-client.js';

// A member screen as a team would write it with urql and the generated documents: list a project's members
// with a filter, preview removing them, remove them guarded by what the preview showed while keeping what
// was removed, and put them back. Bundled by esbuild for the browser test; runs in Chromium, not in Node, loaded
// as a classic script: it exports nothing but its type, and puts the screen on globalThis.

type RemovedMember = NonNullable<BulkUnassignProjectMembersWithUndoMutation['bulkUnassignProjectMembers']['removedMembers']>[number];

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
  };
}

export type MemberScreen = ReturnType<typeof memberScreen>;

Object.assign(globalThis, { memberScreen });
