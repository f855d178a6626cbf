import type { DeleteMemberTagsRequest } from '../../../label-studio/requests.js';
import type { Builder } from '../../builder.js';
import { id, idList, memberLimit } from '../../validation.js';

/**
 * The most tags one deletion takes. Its preview, guard and undo record read each tag and who carries it
 * (two reads a tag at least): a bound on the tags is a bound on those reads.
 */
export const MAX_DELETED_TAGS = 100;

const tagIds = idList(MAX_DELETED_TAGS).refine((ids) => ids.length > 0, 'must list at least one tag id');

export function defineInput(builder: Builder) {
  return builder.inputType('DeleteMemberTagsInput', {
    description: "Which of an organization's member tags to delete; deleting a tag takes it off every member who has it.",
    fields: (t) => ({
      organizationId: t.int({ required: true, description: 'The Label Studio organization id.', validate: { schema: id } }),
      tagIds: t.intList({
        required: true,
        description: `The member-tag ids to delete: at least one, at most ${MAX_DELETED_TAGS}; duplicates are ignored.`,
        validate: { schema: tagIds },
      }),
      maxAffectedAssignments: t.int({
        description:
          'Refuse the deletion (error TOO_MANY_ASSIGNMENTS, nothing changed) if it would take more tag assignments off members than this; at least 0. ' +
          'The service then counts first, as `previewDeleteMemberTags` does. Set it to the `assignments` a confirmed preview showed. Ignored by the preview.',
        validate: { schema: memberLimit },
      }),
    }),
  });
}

export type DeleteMemberTagsInput = ReturnType<typeof defineInput>['$inferInput'];

/** GraphQL input (already validated) -> the REST request Label Studio documents. */
export function toDeleteMemberTagsRequest(input: DeleteMemberTagsInput): DeleteMemberTagsRequest {
  return { organizationId: input.organizationId, tagIds: input.tagIds };
}
