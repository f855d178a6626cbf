import type { LabelStudioCalls } from '../../../label-studio/operation-calls.js';
import type { UnassignWorkspaceMembersRequest } from '../../../label-studio/requests.js';
import { changeWithCapture, type UnassignOutcome } from '../../undo-capture.js';

/** Whom a workspace unassign removed, as `bulkAssignWorkspaceMembers` takes them back. */
export interface RemovedWorkspaceMember {
  userId: number;
}

export type WorkspaceUnassignOutcome = UnassignOutcome<RemovedWorkspaceMember>;

/**
 * A workspace unassign that gives back whom it removed. Just before the DELETE, in the same operation, it
 * reads every member the change selects (what its preview counts), page after page; the same read serves
 * `maxAffectedMembers` (undo-capture.ts).
 */
export async function unassignWorkspaceWithUndo(
  calls: LabelStudioCalls,
  request: UnassignWorkspaceMembersRequest,
  maxAffectedMembers: number | null | undefined,
  captureLimit: number,
): Promise<WorkspaceUnassignOutcome> {
  const { workspaceId, selection, filters } = request;
  // The bulk endpoint applies no search to `included`; under `all: true` the excluded that match are read too, and left out of the record.
  const read = await calls.readWorkspaceMembers(
    selection.all ? { workspaceId, search: filters.search } : { workspaceId, ids: selection.included ?? [] },
    captureLimit + new Set(selection.excluded).size,
  );
  return changeWithCapture({
    read,
    selection,
    route: 'api/workspaces/{id}/memberships/paginated/',
    maxAffectedMembers,
    captureLimit,
    removed: ({ userId }) => ({ userId }),
    shown: (removed) => removed,
    unassign: async () => (await calls.unassignWorkspaceMembers(request)).unassignments,
  });
}
