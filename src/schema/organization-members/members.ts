import type { OrganizationMember } from '../../label-studio/responses.js';
import type { Builder } from '../builder.js';
import { connectionArgs, readPage, type Args } from '../connections.js';
import { callLabelStudio, type GraphQLContext } from '../context.js';
import type { MemberInterfaces } from '../members.js';
import { identify, type Identified } from '../node.js';
import type { OrganizationRef } from '../organizations/index.js';
import { toOrganizationMemberFilters, type OrganizationMemberFilter, type OrganizationMemberFilterInput } from './filter.js';
import { CALLS_UPSTREAM } from '../preview.js';
import { id, searchText } from '../validation.js';

const LIST = 'organizationMembers';

interface ListArgs {
  filter?: OrganizationMemberFilterInput | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * `organizationMembers` and `Organization.members`, one list: the members the assign's filter selects, as
 * the assign with `all: true` reaches them.
 */
export function addOrganizationMembers(
  builder: Builder,
  { Node, Member }: MemberInterfaces,
  OrganizationMemberFilter: OrganizationMemberFilter,
  Organization: OrganizationRef,
) {
  const OrganizationMember = builder.objectRef<OrganizationMember & Identified>('OrganizationMember').implement({
    description: 'A member of an organization.',
    interfaces: [Node, Member],
  });

  const Connection = builder.connectionObject(
    { type: OrganizationMember, name: 'OrganizationMemberConnection', description: 'A page of organization members.' },
    { description: 'One of a page of organization members, with its position.' },
  );

  const listArgs = (arg: Args) => ({
    filter: arg({ type: OrganizationMemberFilter, description: "The bulk assign's own filter, sent as the assign sends it." }),
    search: arg.string({
      description: 'Name, email or username contains this text (trimmed). A list-only condition: the bulk assign has no search.',
      validate: { schema: searchText },
    }),
    ...connectionArgs(arg, LIST),
  });

  // The one resolver of the list, wherever it is read from.
  const read = (organizationId: number, args: ListArgs, context: GraphQLContext) => {
    const request = { organizationId, filters: toOrganizationMemberFilters(args.filter), search: args.search ?? undefined };
    return readPage(LIST, args, (window) =>
      callLabelStudio(context, (calls) => calls.organizationMemberWindow(request, window)).then((page) => identify('OrganizationMember', organizationId, page)),
    );
  };

  builder.queryField(LIST, (t) =>
    t.field({
      type: Connection,
      extensions: { [CALLS_UPSTREAM]: true },
      description:
        'Members of an organization, a page at a time (Label Studio `GET /api/organizations/{id}/memberships`). `filter` selects exactly ' +
        'the members `bulkAssignOrgMemberTags` with `all: true` and the same filter reaches. Needs an Authorization header.',
      args: {
        organizationId: t.arg.int({ required: true, description: 'The Label Studio organization id.', validate: { schema: id } }),
        ...listArgs(t.arg),
      },
      resolve: (_root, { organizationId, ...args }, context) => read(organizationId, args, context),
    }),
  );

  builder.objectField(Organization, 'members', (t) =>
    t.field({
      type: Connection,
      extensions: { [CALLS_UPSTREAM]: true },
      description: "The organization's members, a page at a time: `Query.organizationMembers` for this organization, its cursors included. Needs an Authorization header.",
      args: listArgs(t.arg),
      resolve: (organization, args, context) => read(organization.id, args, context),
    }),
  );
}
