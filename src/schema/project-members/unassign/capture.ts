import { LabelStudioError } from '../../../label-studio/errors.js';
import type { LabelStudioCalls } from '../../../label-studio/operation-calls.js';
import type { AllPages } from '../../../label-studio/paging.js';
import type { UnassignProjectMembersRequest } from '../../../label-studio/requests.js';
import type { ProjectMember } from '../../../label-studio/responses.js';
import { undoCaptureTooLarge } from '../../errors.js';
import { guarded, type BulkChangePreview } from '../../preview.js';

/** Whom an unassign removed, as `bulkAssignProjectMembers` takes them back. */
export interface RemovedMember {
  userId: number;
  /** As Label Studio sent it; null: the organization role applied. */
  projectRoleCode: string | null;
}

/** What the unassign payload resolves from: the count, and whom it removed when the client asked. */
export interface UnassignOutcome {
  unassignments: number;
  removedMembers?: RemovedMember[];
  removedMembersExact?: boolean;
}

/**
 * An unassign that gives back whom it removed. Just before the DELETE, in the same operation, it reads
 * every explicit member the change selects (what its preview counts), page after page; the same read
 * serves `maxAffectedMembers`. More than `captureLimit` of them, and it refuses before changing anything.
 * `removedMembersExact` only when the read was shown complete and Label Studio removed as many as were
 * read: otherwise the project changed between the read and the DELETE.
 */
export async function unassignWithUndo(
  calls: LabelStudioCalls,
  request: UnassignProjectMembersRequest,
  maxAffectedMembers: number | null | undefined,
  captureLimit: number,
): Promise<UnassignOutcome> {
  const { projectId, selection, filters } = request;
  const excluded = new Set(selection.excluded);
  // The bulk endpoint applies no filter to `included`; under `all: true` the excluded that match are read too, and left out here.
  const read = await calls.readProjectMembers(
    selection.all ? { projectId, filters, implicit: false } : { projectId, filters: {}, implicit: false, ids: selection.included ?? [] },
    captureLimit + excluded.size,
  );
  const removedMembers = read.results.filter((member) => !excluded.has(member.userId)).map(({ userId, projectRoleCode }) => ({ userId, projectRoleCode }));

  const change = async (): Promise<UnassignOutcome> => {
    if (read.overLimit || removedMembers.length > captureLimit) throw undoCaptureTooLarge(captureLimit);
    const { unassignments } = await calls.unassignProjectMembers(request);
    return { unassignments, removedMembers, removedMembersExact: read.complete && removedMembers.length === unassignments };
  };
  return guarded(maxAffectedMembers, () => Promise.resolve(reach(read, removedMembers.length, selection)), change);
}

/**
 * What the guard holds against `maxAffectedMembers`, from the capture's read: the members read when the
 * read was shown complete; else a bound that holds whatever the list did while it was read (the distinct
 * `included`; under `all: true` the largest count seen), or an error where none does.
 */
function reach(read: AllPages<ProjectMember>, selected: number, selection: UnassignProjectMembersRequest['selection']): BulkChangePreview {
  if (read.complete) return { members: selected, exact: true, sample: [] };
  if (!selection.all) return { members: new Set(selection.included).size, exact: false, sample: [] };
  if (read.consistent) return { members: read.count, exact: false, sample: [] };
  throw new LabelStudioError(
    { kind: 'invalid-response', status: 200, reason: 'a member list held more members than its count', read: true },
    'api/projects/{id}/members/paginated/',
  );
}
