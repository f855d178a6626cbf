import { LabelStudioError } from '../../../label-studio/errors.js';
import type { LabelStudioCalls } from '../../../label-studio/operation-calls.js';
import type { DeleteMemberTagsRequest } from '../../../label-studio/requests.js';
import { keepingRecord, tooManyAssignments, undoCaptureTooLarge } from '../../errors.js';
import type { DeleteMemberTagsPreview } from './preview.js';

/** A tag a deletion removed, and who carried it: create the label again and assign it to them to undo the deletion. */
export interface RemovedTag {
  tagId: number;
  label: string;
  userIds: number[];
}

/** What the deletion payload resolves from: the count, and what it removed when the client asked. */
export interface DeleteOutcome {
  deleted: number;
  removedTags?: RemovedTag[];
  removedTagsExact?: boolean;
}

/** The deletion guarded by `maxAffectedAssignments`: refused before any change when `preview` says it reaches more. */
export async function guardedDeletion<T>(limit: number | null | undefined, preview: () => Promise<Pick<DeleteMemberTagsPreview, 'assignments' | 'exact'>>, change: () => Promise<T>): Promise<T> {
  if (limit == null) return change();
  const { assignments, exact } = await preview();
  if (assignments > limit) throw tooManyAssignments({ assignments, exact, maxAffectedAssignments: limit });
  return change();
}

/**
 * A deletion that gives back what it removed. Just before the DELETE, in the same operation, it reads
 * each tag and every member carrying it, with the one paging routine, at most `captureLimit` members in
 * all (more, and it refuses before changing anything); the same read serves `maxAffectedAssignments`.
 * `removedTagsExact` only when every walk was shown complete and Label Studio deleted every tag read.
 * Label Studio's answer counts tags, not assignments, so a member tagged between the read and the DELETE
 * (milliseconds) cannot show: the same window the guard leaves.
 */
export async function deleteWithUndo(
  calls: LabelStudioCalls,
  request: DeleteMemberTagsRequest,
  maxAffectedAssignments: number | null | undefined,
  captureLimit: number,
): Promise<DeleteOutcome> {
  const read = await calls.readTagCarriers(request.organizationId, request.tagIds, captureLimit);
  const removedTags = read.map(({ tag, carriers }) => ({ tagId: tag.id, label: tag.label, userIds: carriers.results.map((member) => member.userId) }));
  // Over the limit the read stopped at that tag, and the tags after it were never read: no count, not even a
  // bound, for the guard to hold, so this refusal comes first.
  if (read.some(({ carriers }) => carriers.overLimit)) throw undoCaptureTooLarge(captureLimit);
  // A walk not shown complete may have missed carriers the DELETE untags: the limit holds the guard's bound.
  if (reach(read).assignments > captureLimit) throw undoCaptureTooLarge(captureLimit);
  const complete = read.every(({ carriers }) => carriers.complete);

  const change = async (): Promise<DeleteOutcome> => {
    const { deleted } = await calls.deleteMemberTags(request).catch((error: unknown) => keepingRecord(error, { removedTags, removedTagsExact: false }));
    return { deleted, removedTags, removedTagsExact: complete && deleted === removedTags.length };
  };
  return guardedDeletion(maxAffectedAssignments, () => Promise.resolve(reach(read)), change);
}

/**
 * What the guard holds against `maxAffectedAssignments`, from the capture's read: the members read when
 * every walk was shown complete; else, per tag, the largest count its list gave, a bound whatever the
 * list did; or an error where a list held more members than its count, which bounds nothing.
 */
function reach(read: Awaited<ReturnType<LabelStudioCalls['readTagCarriers']>>): Pick<DeleteMemberTagsPreview, 'assignments' | 'exact'> {
  let assignments = 0;
  let exact = true;
  for (const { carriers } of read) {
    if (!carriers.consistent) throw new LabelStudioError({ kind: 'count-exceeded' }, 'api/organizations/{id}/memberships');
    assignments += carriers.complete ? carriers.results.length : carriers.count;
    exact &&= carriers.complete;
  }
  return { assignments, exact };
}
