import type { Builder } from '../builder.js';
import { callLabelStudio } from '../context.js';
import { id } from '../validation.js';
import { LABEL_DESCRIPTION, LABEL_FIELD, memberTagLabel } from './label.js';
import type { MemberTagRef } from './list.js';

/** `createMemberTag` and `renameMemberTag`: one tag at a time, answered with the tag as Label Studio then holds it. */
export function addMemberTagChanges(builder: Builder, MemberTag: MemberTagRef) {
  const CreateInput = builder.inputType('CreateMemberTagInput', {
    description: 'A new member tag of an organization.',
    fields: (t) => ({
      organizationId: t.int({ required: true, description: 'The Label Studio organization id.', validate: { schema: id } }),
      label: t.string({ required: true, description: LABEL_DESCRIPTION, validate: { schema: memberTagLabel } }),
    }),
  });

  const RenameInput = builder.inputType('RenameMemberTagInput', {
    description: 'A new label for a member tag; its id, and the members carrying it, stay.',
    fields: (t) => ({
      organizationId: t.int({ required: true, description: 'The Label Studio organization id.', validate: { schema: id } }),
      tagId: t.int({ required: true, description: 'The member-tag id.', validate: { schema: id } }),
      label: t.string({ required: true, description: LABEL_DESCRIPTION, validate: { schema: memberTagLabel } }),
    }),
  });

  builder.mutationField('createMemberTag', (t) =>
    t.field({
      type: MemberTag,
      description:
        'Creates a member tag (Label Studio `POST /api/organizations/{id}/member-tags`), to assign with `bulkAssignOrgMemberTags`. ' +
        'Never repeated once it may have run. Needs an Authorization header.',
      args: { input: t.arg({ type: CreateInput, required: true, description: 'The organization and the label.' }) },
      resolve: (_root, { input }, context) => callLabelStudio(context, (calls) => calls.createMemberTag(input), LABEL_FIELD),
    }),
  );

  builder.mutationField('renameMemberTag', (t) =>
    t.field({
      type: MemberTag,
      description:
        'Gives a member tag a new label (Label Studio `PATCH /api/organizations/{id}/member-tags/{tag_pk}`). Never repeated once it may have run. ' +
        'Needs an Authorization header.',
      args: { input: t.arg({ type: RenameInput, required: true, description: 'The tag and its new label.' }) },
      resolve: (_root, { input }, context) => callLabelStudio(context, (calls) => calls.renameMemberTag(input), LABEL_FIELD),
    }),
  );
}
