import type { Builder } from '../../builder.js';
import { callLabelStudio } from '../../context.js';
import type { SchemaLimits } from '../../limits.js';
import { CALLS_UPSTREAM } from '../../preview.js';
import { selectsField } from '../../selected-fields.js';
import { deleteWithUndo, guardedDeletion, type DeleteOutcome, type RemovedTag } from './capture.js';
import { defineInput, toDeleteMemberTagsRequest } from './input.js';
import { previewDeleteTags, type DeleteMemberTagsPreview, type TagReach } from './preview.js';

export function addDeleteMemberTags(builder: Builder, { undoCaptureLimit }: SchemaLimits) {
  const Input = defineInput(builder);

  const RemovedMemberTag = builder.objectRef<RemovedTag>('RemovedMemberTag').implement({
    description: 'A member tag a deletion removed, and who carried it: to undo, `createMemberTag` with the label, then `bulkAssignOrgMemberTags` to those members.',
    fields: (t) => ({
      tagId: t.exposeInt('tagId', { description: "The deleted tag's id (gone: the tag created again gets a new one)." }),
      label: t.exposeString('label', { description: "The deleted tag's label." }),
      userIds: t.exposeIntList('userIds', { description: 'The members who carried it, read just before the deletion: `included` of the assign that gives it back.' }),
    }),
  });

  const Payload = builder.objectRef<DeleteOutcome>('DeleteMemberTagsPayload').implement({
    description: 'What Label Studio reported for a member tag deletion, and, when asked for, what it removed.',
    fields: (t) => ({
      deleted: t.exposeInt('deleted', { description: 'Number of member tags Label Studio deleted.' }),
      removedTags: t.field({
        type: [RemovedMemberTag],
        nullable: true,
        description:
          'Each tag the deletion selected, with the members who carried it, read just before it ran. Selecting this field makes the service read them first, ' +
          'at most UNDO_CAPTURE_LIMIT members in all (a larger deletion is refused with UNDO_CAPTURE_TOO_LARGE, nothing changed). null when not selected.',
        resolve: (outcome) => outcome.removedTags ?? null,
      }),
      removedTagsExact: t.boolean({
        nullable: true,
        description:
          'true: every tag and every member carrying it was read whole, and Label Studio deleted as many tags as were read. false: the carriers of a tag took ' +
          'more than one page of the organization list (which cannot be checked by user id), a list could not be read whole or changed while it was read, or Label Studio deleted fewer tags, so the record may be incomplete. Label Studio counts tags, ' +
          'not assignments: a member tagged in the milliseconds between the read and the deletion cannot show. null when `removedTags` is not selected.',
        resolve: (outcome) => outcome.removedTagsExact ?? null,
      }),
    }),
  });

  const TagReachType = builder.objectRef<TagReach>('MemberTagReach').implement({
    description: 'A member tag a deletion would remove, and how many members carry it now.',
    fields: (t) => ({
      tagId: t.exposeInt('tagId', { description: 'The member-tag id.' }),
      label: t.exposeString('label', { description: "The tag's label." }),
      members: t.exposeInt('members', { description: 'How many organization members carry it now, as Label Studio counts them.' }),
    }),
  });

  const Preview = builder.objectRef<DeleteMemberTagsPreview>('DeleteMemberTagsPreview').implement({
    description:
      'What `deleteMemberTags` would take off members if it ran now, read from Label Studio without changing anything. ' +
      'Pass `assignments` as `maxAffectedAssignments` to the mutation so that it refuses to remove more than were confirmed.',
    fields: (t) => ({
      assignments: t.exposeInt('assignments', { description: 'How many tag assignments the deletion would remove: the sum of the tags\' `members`.' }),
      exact: t.exposeBoolean('exact', { description: 'true: `assignments` is the exact count Label Studio gave. false: an upper bound.' }),
      tags: t.field({ type: [TagReachType], description: 'Each tag the deletion selects, once.', resolve: (preview) => preview.tags }),
    }),
  });

  builder.mutationField('deleteMemberTags', (t) =>
    t.field({
      type: Payload,
      description:
        'Deletes member tags, taking them off every member who has them (Label Studio `DELETE /api/organizations/{id}/member-tags/bulk?ids=`). ' +
        'With `maxAffectedAssignments`, counts first and refuses a larger deletion. Selecting `removedTags` reads who carries each tag first, to undo it. ' +
        'Never repeated once it may have run. Needs an Authorization header.',
      args: { input: t.arg({ type: Input, required: true, description: 'The tags, and the guard.' }) },
      resolve: (_root, { input }, context, info): Promise<DeleteOutcome> => {
        const request = toDeleteMemberTagsRequest(input);
        const limit = input.maxAffectedAssignments;
        return callLabelStudio(context, (calls) => {
          if (selectsField(info, 'removedTags')) return deleteWithUndo(calls, request, limit, undoCaptureLimit);
          return guardedDeletion(limit, () => previewDeleteTags(calls, request), () => calls.deleteMemberTags(request));
        });
      },
    }),
  );

  builder.queryField('previewDeleteMemberTags', (t) =>
    t.field({
      type: Preview,
      extensions: { [CALLS_UPSTREAM]: true },
      description:
        'What `deleteMemberTags` with this input would remove if it ran now: each tag and how many members carry it. Changes nothing. ' +
        'A tag that does not exist is NOT_FOUND. Needs an Authorization header, like the mutation.',
      args: { input: t.arg({ type: Input, required: true, description: 'Exactly the input the mutation would get.' }) },
      resolve: (_root, { input }, context) => callLabelStudio(context, (calls) => previewDeleteTags(calls, toDeleteMemberTagsRequest(input))),
    }),
  );
}
