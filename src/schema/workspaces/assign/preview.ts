import type { LabelStudioCalls } from '../../../label-studio/operation-calls.js';
import type { AssignWorkspaceMembersRequest } from '../../../label-studio/requests.js';
import type { BulkChangePreview } from '../../preview.js';

/**
 * How many members the workspace assign (`all: false`) could add: the distinct `included` minus those
 * already members, which it leaves alone. An upper bound: no workspace read tells which of the others
 * belong to the workspace's organization (Label Studio adds only those). Exact only at zero. No sample:
 * the workspace list shows members, not those it would add.
 */
export async function boundWorkspaceAssign(calls: LabelStudioCalls, { workspaceId, selection }: AssignWorkspaceMembersRequest): Promise<BulkChangePreview> {
  const included = [...new Set(selection.included)];
  const present = await calls.workspaceMembers({ workspaceId, ids: included, pageSize: 1 });
  // A count above what was asked about is not an answer to it: subtract nothing rather than too much.
  const members = present.count <= included.length ? included.length - present.count : included.length;
  return { members, exact: members === 0, sample: [] };
}
