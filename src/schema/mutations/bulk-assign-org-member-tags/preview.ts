import type { LabelStudioCalls } from '../../../label-studio/operation-calls.js';
import type { AssignMemberTagsRequest } from '../../../label-studio/requests.js';
import type { ListedMember } from '../../../label-studio/responses.js';
import type { BulkChangePreview } from '../../preview.js';

/**
 * Whom the assign would tag. The organization list filters like the bulk endpoint but cannot filter by
 * user id: `all: true` alone is its count, exact; `included` or `excluded` are intersected with the
 * matching members when there are at most `scanLimit` of them, exact, and beyond that `members` is an
 * upper bound (`exact: false`).
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
    return { members: page.count, exact: true, sample: page.results.slice(0, sampleSize) };
  }
  const included = new Set(body.included);
  const left = new Set(excluded);
  // The bulk endpoint applies no filter to `included`.
  const scan = await calls.scanOrganizationMembers({ organizationId, filters: body.all ? filters : {} }, scanLimit);
  const reached = distinct(scan.results.filter((member) => (body.all ? !left.has(member.userId) : included.has(member.userId))));
  const sample = reached.slice(0, sampleSize);
  if (scan.complete) return { members: reached.length, exact: true, sample };
  return { members: body.all ? scan.count : included.size, exact: false, sample };
}

/** A member who moved between pages while they were read would otherwise count twice. */
function distinct(members: ListedMember[]): ListedMember[] {
  const seen = new Set<number>();
  return members.filter((member) => !seen.has(member.userId) && seen.add(member.userId));
}
