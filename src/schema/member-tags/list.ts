import type { MemberTag } from '../../label-studio/responses.js';
import type { Builder } from '../builder.js';
import { connectionArgs, readPage, type Args } from '../connections.js';
import { callLabelStudio, type GraphQLContext } from '../context.js';
import type { OrganizationRef } from '../organizations/index.js';
import { CALLS_UPSTREAM } from '../preview.js';
import { id, searchText } from '../validation.js';

const LIST = 'memberTags';

interface ListArgs {
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

/** `memberTags` and `Organization.memberTags`, one list: what the tag ids that `bulkAssignOrgMemberTags` and the filters take stand for. */
export function addMemberTags(builder: Builder, Organization: OrganizationRef) {
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

  const listArgs = (arg: Args) => ({
    search: arg.string({ description: 'Label contains this text (trimmed), case-insensitively.', validate: { schema: searchText } }),
    ...connectionArgs(arg, LIST),
  });

  // The one resolver of the list, wherever it is read from.
  const read = (organizationId: number, args: ListArgs, context: GraphQLContext) => {
    const request = { organizationId, search: args.search ?? undefined };
    return readPage(LIST, args, (window) => callLabelStudio(context, (calls) => calls.memberTagWindow(request, window)));
  };

  builder.queryField(LIST, (t) =>
    t.field({
      type: Connection,
      extensions: { [CALLS_UPSTREAM]: true },
      description: "An organization's member tags, a page at a time (Label Studio `GET /api/organizations/{id}/member-tags`). Needs an Authorization header.",
      args: {
        organizationId: t.arg.int({ required: true, description: 'The Label Studio organization id.', validate: { schema: id } }),
        ...listArgs(t.arg),
      },
      resolve: (_root, { organizationId, ...args }, context) => read(organizationId, args, context),
    }),
  );

  builder.objectField(Organization, 'memberTags', (t) =>
    t.field({
      type: Connection,
      extensions: { [CALLS_UPSTREAM]: true },
      description: "The organization's member tags, a page at a time: `Query.memberTags` for this organization, its cursors included. Needs an Authorization header.",
      args: listArgs(t.arg),
      resolve: (organization, args, context) => read(organization.id, args, context),
    }),
  );
}
