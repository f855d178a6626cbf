import type { LabelStudioCalls } from '../../../label-studio/operation-calls.js';
import { LIST_PAGE_SIZE, type UnassignWorkspaceMembersRequest } from '../../../label-studio/requests.js';
import type { BulkChangePreview } from '../../preview.js';

/** Who the workspace unassign would remove, always exact: the workspace list selects like the bulk endpoint, and by user id. */
export async function previewWorkspaceUnassign(calls: LabelStudioCalls, { workspaceId, selection, filters }: UnassignWorkspaceMembersRequest, sampleSize: number): Promise<BulkChangePreview> {
  const pageSize = Math.max(1, sampleSize);
  if (!selection.all) {
    // The bulk endpoint applies no search to `included`.
    const page = await calls.workspaceMembers({ workspaceId, ids: selection.included ?? [], pageSize });
    return { members: page.count, exact: true, sample: page.results.slice(0, sampleSize) };
  }
  const excluded = selection.excluded ?? [];
  const [matching, kept] = await Promise.all([
    // A page that holds the sample even when some of it is excluded, where one page can; no sample, a page of one.
    calls.workspaceMembers({ workspaceId, search: filters.search, pageSize: sampleSize === 0 ? 1 : Math.min(LIST_PAGE_SIZE, sampleSize + excluded.length) }),
    // The excluded that match are the ones the change leaves in place.
    calls.workspaceMembers({ workspaceId, search: filters.search, ids: excluded, pageSize: 1 }),
  ]);
  const keep = new Set(excluded);
  return { members: matching.count - kept.count, exact: true, sample: matching.results.filter((member) => !keep.has(member.userId)).slice(0, sampleSize) };
}
