import { assignRest, unassignRest, type RestRequest } from './rest-shape.js';

export const WORKLOAD_NAMES = ['assign', 'unassign', 'unassign-5000', 'unassign-50000', 'unassign-guarded', 'preview-unassign-5000'] as const;
export type WorkloadName = (typeof WORKLOAD_NAMES)[number];

export interface Workload {
  name: WorkloadName;
  /** The fixed GraphQL POST body. */
  graphqlBody: string;
  /** Where the count sits in a GraphQL answer: data[field][countKey]. */
  field: string;
  countKey: string;
  /**
   * The REST request the facade turns the mutation into; the baselines and the "upstream" ceiling row
   * send it directly. Absent where the facade makes more than one call (previews, the guard): those
   * have no baseline, only the facade row beside the unguarded mutation's.
   */
  rest?: RestRequest;
}

const ASSIGN = 'mutation($input: BulkAssignOrgMemberTagsInput!) { bulkAssignOrgMemberTags(input: $input) { assigned } }';
const UNASSIGN =
  'mutation($input: BulkUnassignProjectMembersInput!) { bulkUnassignProjectMembers(input: $input) { unassignments } }';

function assign(): Workload {
  const input = { organizationId: 1, all: false, included: [5, 6], tags: [4] };
  return {
    name: 'assign',
    graphqlBody: JSON.stringify({ query: ASSIGN, variables: { input } }),
    field: 'bulkAssignOrgMemberTags',
    countKey: 'assigned',
    rest: assignRest({ ...input, overwrite: false }),
  };
}

const PREVIEW_UNASSIGN =
  'query($input: BulkUnassignProjectMembersInput!) { previewBulkUnassignProjectMembers(input: $input, sampleSize: 10) { members exact sample { userId email } } }';

function unassign(name: WorkloadName, included: number[]): Workload {
  const input = { projectId: 100, all: false, included };
  return {
    name,
    graphqlBody: JSON.stringify({ query: UNASSIGN, variables: { input } }),
    field: 'bulkUnassignProjectMembers',
    countKey: 'unassignments',
    rest: unassignRest(input),
  };
}

// Only ids 5 and 6 exist; the others still go through validation, past the request-line cap into the
// JSON-body form of the DELETE, and through the simulator. 50,000 is the facade's default MAX_BULK_IDS.
const idsFrom1000 = (length: number) => Array.from({ length }, (_, index) => 1000 + index);

/** `maxAffectedMembers` makes the facade preview (one GET) before the DELETE. */
function guardedUnassign(): Workload {
  const input = { projectId: 100, all: false, included: [5, 6], maxAffectedMembers: 2 };
  return {
    name: 'unassign-guarded',
    graphqlBody: JSON.stringify({ query: UNASSIGN, variables: { input } }),
    field: 'bulkUnassignProjectMembers',
    countKey: 'unassignments',
  };
}

/** 5,000 ids do not fit one request line: the preview counts them in several GETs and sums them. */
function previewUnassign(): Workload {
  const input = { projectId: 100, all: false, included: idsFrom1000(5000) };
  return {
    name: 'preview-unassign-5000',
    graphqlBody: JSON.stringify({ query: PREVIEW_UNASSIGN, variables: { input } }),
    field: 'previewBulkUnassignProjectMembers',
    countKey: 'members',
  };
}

export function workload(name: WorkloadName): Workload {
  switch (name) {
    case 'assign':
      return assign();
    case 'unassign':
      return unassign(name, [5, 6]);
    case 'unassign-5000':
      return unassign(name, idsFrom1000(5000));
    case 'unassign-50000':
      return unassign(name, idsFrom1000(50_000));
    case 'unassign-guarded':
      return guardedUnassign();
    case 'preview-unassign-5000':
      return previewUnassign();
  }
}
