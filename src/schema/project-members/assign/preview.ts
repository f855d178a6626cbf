import type { LabelStudioCalls } from '../../../label-studio/operation-calls.js';
import type { AssignProjectMembersRequest } from '../../../label-studio/requests.js';
import type { BulkChangePreview } from '../../preview.js';

/**
 * How many members the project assign (`all: false`) could add: the distinct `included` minus those
 * already explicit members, which it leaves alone. An upper bound: no project read tells which of the
 * others belong to the project's organization (those that do not are skipped). Exact only at zero.
 */
export async function boundAssign(calls: LabelStudioCalls, { projectId, selection }: AssignProjectMembersRequest): Promise<BulkChangePreview> {
  const included = [...new Set(selection.included)];
  const explicit = await calls.projectMembers({ projectId, filters: {}, implicit: false, ids: included, pageSize: 1 });
  // A count above what was asked about is not an answer to it: subtract nothing rather than too much.
  const members = explicit.count <= included.length ? included.length - explicit.count : included.length;
  return { members, exact: members === 0, sample: [] };
}
