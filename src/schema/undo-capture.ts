import { LabelStudioError } from '../label-studio/errors.js';
import type { AllPages } from '../label-studio/paging.js';
import type { UnassignProjectMembersRequest } from '../label-studio/requests.js';
import { keepingRecord, undoCaptureTooLarge } from './errors.js';
import { guarded, type BulkChangePreview } from './preview.js';

// What the project and workspace unassigns share when they give back whom they removed: the read made
// just before the DELETE (by the caller, with the one paging routine) serves the guard too, a read over
// UNDO_CAPTURE_LIMIT refuses before anything changes, and the record is exact only when shown to be.

/** What an unassign payload resolves from: the count, and whom it removed when the client asked. */
export interface UnassignOutcome<Removed> {
  unassignments: number;
  removedMembers?: Removed[];
  removedMembersExact?: boolean;
}

export interface CapturedChange<Member, Removed> {
  /** Every member the change selects, read through all pages within `captureLimit` plus the excluded (paging.ts). */
  read: AllPages<Member>;
  selection: UnassignProjectMembersRequest['selection'];
  /** The list the read came from, for an error that names it. */
  route: string;
  maxAffectedMembers: number | null | undefined;
  captureLimit: number;
  /** What the record keeps of each removed member. */
  removed: (member: Member) => Removed;
  /** A removed member as the payload's type shows it (enum names, not codes): how an error carries the record. */
  shown: (removed: Removed) => Record<string, unknown>;
  /** The DELETE; resolves to Label Studio's `unassignments`. */
  unassign: () => Promise<number>;
}

/**
 * The change, guarded by the read: more than `captureLimit` members (after leaving out the excluded,
 * which an `all: true` read includes) is refused before anything changes. A read not shown complete may
 * have missed members the DELETE removes, so the limit then holds the bound the guard holds, not what was
 * read. `removedMembersExact` only when the read was shown complete and Label Studio removed as many as
 * were read: otherwise the list changed between the read and the DELETE.
 */
export function changeWithCapture<Member extends { userId: number }, Removed>(change: CapturedChange<Member, Removed>): Promise<UnassignOutcome<Removed>> {
  const { read, selection, captureLimit } = change;
  const excluded = new Set(selection.excluded);
  const removedMembers = read.results.filter((member) => !excluded.has(member.userId)).map(change.removed);
  const reached = () => reach(read, removedMembers.length, selection, change.route);
  const run = async (): Promise<UnassignOutcome<Removed>> => {
    if (read.overLimit || reached().members > captureLimit) throw undoCaptureTooLarge(captureLimit);
    const unassignments = await change
      .unassign()
      .catch((error: unknown) => keepingRecord(error, { removedMembers: removedMembers.map(change.shown), removedMembersExact: false }));
    return { unassignments, removedMembers, removedMembersExact: read.complete && removedMembers.length === unassignments };
  };
  return guarded(change.maxAffectedMembers, () => Promise.resolve(reached()), run);
}

/**
 * What the guard holds against `maxAffectedMembers`, from the capture's read: the members read when the
 * read was shown complete; else a bound that holds whatever the list did while it was read (the distinct
 * `included`; under `all: true` the largest count seen), or an error where none does.
 */
function reach(read: AllPages<unknown>, selected: number, selection: UnassignProjectMembersRequest['selection'], route: string): BulkChangePreview {
  if (read.complete) return { members: selected, exact: true, sample: [] };
  if (!selection.all) return { members: new Set(selection.included).size, exact: false, sample: [] };
  if (read.consistent) return { members: read.count, exact: false, sample: [] };
  throw new LabelStudioError({ kind: 'invalid-response', status: 200, reason: 'a member list held more members than its count', read: true }, route);
}
