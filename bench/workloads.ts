import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  BulkAssignOrgMemberTagsDocument,
  BulkUnassignProjectMembersDocument,
  BulkUnassignProjectMembersWithUndoDocument,
  PreviewBulkAssignOrgMemberTagsDocument,
  PreviewBulkUnassignProjectMembersDocument,
  ProjectMembersDocument,
  ProjectWithMembersDocument,
} from '../client/generated/graphql.js';

/** One request, sent again and again: an operation of client/operations/ with fixed variables. */
export interface Workload {
  name: string;
  /** The POST /graphql body. */
  body: string;
  /** The peers serve it too; otherwise only the facade (and facade-base) can, so it has no peer rows. */
  peers: boolean;
}

const workload = <V>(name: string, document: TypedDocumentNode<unknown, V>, variables: V, peers = false): Workload => ({
  name,
  body: JSON.stringify({ query: print(document), variables }),
  peers,
});

// Only ids 5 and 6 exist; the others still go through validation, past the request line into the JSON-body
// form of the DELETE, and through the simulator.
const ids = (length: number) => Array.from({ length }, (_, index) => 1000 + index);

// A new row is one line here; `peers: true` only when peers/apollo-peer.ts and bench/yoga-peer.ts resolve it.
export const WORKLOADS: Workload[] = [
  workload('assign', BulkAssignOrgMemberTagsDocument, { input: { organizationId: 1, all: false, included: [5, 6], tags: [4], overwrite: false } }, true),
  workload('unassign', BulkUnassignProjectMembersDocument, { input: { projectId: 100, all: false, included: [5, 6] } }, true),
  workload('unassign-5000', BulkUnassignProjectMembersDocument, { input: { projectId: 100, all: false, included: ids(5000) } }, true),
  // `maxAffectedMembers` makes the facade preview (one GET) before the DELETE.
  workload('unassign-guarded', BulkUnassignProjectMembersDocument, { input: { projectId: 100, all: false, included: [5, 6], maxAffectedMembers: 2 } }),
  // 5,000 ids do not fit one request line: the preview counts them in several GETs.
  // `excluded` makes the assign preview walk every page of the organization's member list.
  workload('preview-assign-scan', PreviewBulkAssignOrgMemberTagsDocument, { input: { organizationId: 1, all: true, excluded: [5], tags: [4] }, sampleSize: 10 }),
  // One page of a member screen's list: one GET.
  workload('project-members-page', ProjectMembersDocument, { projectId: 100, first: 30 }),
  // The same page read from the Project entity (`project(id:) { members }`): one GET, as above.
  workload('project-entity-members-page', ProjectWithMembersDocument, { projectId: 100, first: 30 }),
  // Selecting `removedMembers` reads the members the change selects (one GET) before the DELETE.
  workload('unassign-with-undo', BulkUnassignProjectMembersWithUndoDocument, { input: { projectId: 100, all: false, included: [5, 6] } }),
  workload('preview-unassign-5000', PreviewBulkUnassignProjectMembersDocument, { input: { projectId: 100, all: false, included: ids(5000) }, sampleSize: 10 }),
];

export const WORKLOAD_NAMES = WORKLOADS.map((known) => known.name);
