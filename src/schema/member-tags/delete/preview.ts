import { GRAPHQL_MAX_INT } from 'graphql';
import { LabelStudioError } from '../../../label-studio/errors.js';
import type { LabelStudioCalls } from '../../../label-studio/operation-calls.js';
import type { DeleteMemberTagsRequest } from '../../../label-studio/requests.js';

/** One tag a deletion would remove, and how many members carry it now. */
export interface TagReach {
  tagId: number;
  label: string;
  members: number;
}

/** What deleting tags would take off members: each tag's carriers, and their sum. */
export interface DeleteMemberTagsPreview {
  assignments: number;
  /** false: `assignments` is an upper bound. */
  exact: boolean;
  tags: TagReach[];
}

/**
 * How many tag assignments the deletion would remove: for each tag, the organization list's count of
 * members carrying it (`tags=<id>`), which is Label Studio's own count at the moment it answered, so the
 * sum is exact. A tag that does not exist is Label Studio's 404 (NOT_FOUND): there is nothing to preview.
 */
export async function previewDeleteTags(calls: LabelStudioCalls, { organizationId, tagIds }: DeleteMemberTagsRequest): Promise<DeleteMemberTagsPreview> {
  const reach = await calls.memberTagReach(organizationId, tagIds);
  const tags = reach.map(({ tag, members }) => ({ tagId: tag.id, label: tag.label, members }));
  const assignments = tags.reduce((total, tag) => total + tag.members, 0);
  // Each count is an Int; a sum no Int holds is one this service cannot give, so it reads as an unusable answer.
  if (assignments > GRAPHQL_MAX_INT) {
    throw new LabelStudioError({ kind: 'invalid-response', status: 200, reason: 'tag counts adding up beyond an Int', read: true }, 'api/organizations/{id}/memberships');
  }
  return { assignments, exact: true, tags };
}
