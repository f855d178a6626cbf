import { LabelStudioError } from '../../../label-studio/errors.js';
import type { LabelStudioCalls } from '../../../label-studio/operation-calls.js';
import type { AssignMemberTagsRequest } from '../../../label-studio/requests.js';
import type { BulkChangePreview } from '../../preview.js';

/**
 * Whom the assign would tag. The organization list filters like the bulk endpoint but cannot filter by
 * user id: `all: true` alone is its count, exact; `included` or `excluded` are intersected with the
 * matching members, read page by page, and that is exact only when the walk showed that it saw every
 * one of them (paging.ts), which over that list only one page can. Otherwise, several pages, too many
 * members or a list that changed while it was read,
 * `members` is a bound that holds whatever the list did: the distinct `included`, or for `all: true` the
 * largest count seen, nobody subtracted. A list that held more members than its count has no such bound.
 */
export async function previewAssign(
  calls: LabelStudioCalls,
  { organizationId, filters, body }: AssignMemberTagsRequest,
  sampleSize: number,
  scanLimit: number,
): Promise<BulkChangePreview> {
  const excluded = body.excluded ?? [];
  if (body.all && excluded.length === 0) {
    const page = await calls.organizationMembers({ organizationId, filters, page: 1, pageSize: Math.max(1, sampleSize) });
    if (page.results.length > page.count) throw new LabelStudioError({ kind: 'count-exceeded' });
    return { members: page.count, exact: true, sample: page.results.slice(0, sampleSize) };
  }
  const included = new Set(body.included);
  const left = new Set(excluded);
  // The bulk endpoint applies no filter to `included`.
  const scan = await calls.scanOrganizationMembers({ organizationId, filters: body.all ? filters : {} }, scanLimit);
  const reached = scan.results.filter((member) => (body.all ? !left.has(member.userId) : included.has(member.userId)));
  const sample = reached.slice(0, sampleSize);
  if (scan.complete) return { members: reached.length, exact: true, sample };
  if (!body.all) return { members: included.size, exact: false, sample };
  if (!scan.consistent) throw new LabelStudioError({ kind: 'count-exceeded' });
  return { members: scan.count, exact: false, sample };
}
