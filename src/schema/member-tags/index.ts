import type { MemberTag } from '../../label-studio/responses.js';
import type { Builder } from '../builder.js';
import { connectionArgs, readPage } from '../connections.js';
import { callLabelStudio } from '../context.js';
import { CALLS_UPSTREAM } from '../preview.js';
import { id, searchText } from '../validation.js';

const LIST = 'memberTags';

/** `memberTags`: what the tag ids that `bulkAssignOrgMemberTags` and the filters take stand for. */
export function addMemberTags(builder: Builder) {
  const MemberTag = builder.objectRef<MemberTag>('MemberTag').implement({
    description: "A member tag of an organization, as Label Studio lists it.",
    fields: (t) => ({
      id: t.exposeInt('id', { description: 'The member-tag id, as `bulkAssignOrgMemberTags` takes it in `tags` and the filters in `tags`.' }),
      label: t.exposeString('label', { description: "The tag's label." }),
      memberCount: t.exposeInt('memberCount', {
        nullable: true,
        description: 'How many members carry the tag, as Label Studio counts them; null when Label Studio does not say.',
      }),
    }),
  });

  const Connection = builder.connectionObject(
    { type: MemberTag, name: 'MemberTagConnection', description: 'A page of member tags.' },
    { description: 'One of a page of member tags, with its position.' },
  );

  builder.queryField(LIST, (t) =>
    t.field({
      type: Connection,
      extensions: { [CALLS_UPSTREAM]: true },
      description: "An organization's member tags, a page at a time (Label Studio `GET /api/organizations/{id}/member-tags`). Needs an Authorization header.",
      args: {
        organizationId: t.arg.int({ required: true, description: 'The Label Studio organization id.', validate: { schema: id } }),
        search: t.arg.string({ description: 'Label contains this text (trimmed), case-insensitively.', validate: { schema: searchText } }),
        ...connectionArgs(t.arg, LIST),
      },
      resolve: (_root, args, context) => {
        const request = { organizationId: args.organizationId, search: args.search ?? undefined };
        return readPage(LIST, args, (window) => callLabelStudio(context, (calls) => calls.memberTagWindow(request, window)));
      },
    }),
  );
}
