import { assignableRole, ROLES } from '../../../label-studio/codes.js';
import type { LabelStudioCalls } from '../../../label-studio/operation-calls.js';
import type { UnassignProjectMembersRequest } from '../../../label-studio/requests.js';
import { changeWithCapture, type UnassignOutcome as CaptureOutcome } from '../../undo-capture.js';

/** Whom an unassign removed, as `bulkAssignProjectMembers` takes them back. */
export interface RemovedMember {
  userId: number;
  /** As Label Studio sent it; null: the organization role applied. */
  projectRoleCode: string | null;
}

export type UnassignOutcome = CaptureOutcome<RemovedMember>;

/**
 * An unassign that gives back whom it removed. Just before the DELETE, in the same operation, it reads
 * every explicit member the change selects (what its preview counts), page after page; the same read
 * serves `maxAffectedMembers` (undo-capture.ts).
 */
export async function unassignWithUndo(
  calls: LabelStudioCalls,
  request: UnassignProjectMembersRequest,
  maxAffectedMembers: number | null | undefined,
  captureLimit: number,
): Promise<UnassignOutcome> {
  const { projectId, selection, filters } = request;
  // The bulk endpoint applies no filter to `included`; under `all: true` the excluded that match are read too, and left out of the record.
  const read = await calls.readProjectMembers(
    selection.all ? { projectId, filters, implicit: false } : { projectId, filters: {}, implicit: false, ids: selection.included ?? [] },
    captureLimit + new Set(selection.excluded).size,
  );
  return changeWithCapture({
    read,
    selection,
    route: 'api/projects/{id}/members/paginated/',
    maxAffectedMembers,
    captureLimit,
    removed: ({ userId, projectRoleCode }) => ({ userId, projectRoleCode }),
    shown: ({ userId, projectRoleCode }) => {
      const role = assignableRole(projectRoleCode);
      return { userId, projectRole: role === null ? null : ROLES[role].name, projectRoleCode };
    },
    unassign: async () => (await calls.unassignProjectMembers(request)).unassignments,
  });
}
