import { knownRole } from '../../../label-studio/codes.js';
import type { OrganizationMember } from '../../../label-studio/responses.js';
import type { Builder } from '../../builder.js';
import { connectionArgs, readPage } from '../../connections.js';
import type { Enums } from '../../enums.js';
import { callLabelStudio } from '../../context.js';
import type { MemberInterface } from '../../members.js';
import { toOrganizationMemberFilters, type OrganizationMemberFilter } from '../../organization-member-filter.js';
import { CALLS_UPSTREAM } from '../../preview.js';
import { id, searchText } from '../../validation.js';

const LIST = 'organizationMembers';

/** `organizationMembers`: the members the assign's filter selects, as the assign with `all: true` reaches them. */
export function addOrganizationMembers(builder: Builder, { MemberRole }: Enums, Member: MemberInterface, OrganizationMemberFilter: OrganizationMemberFilter) {
  const OrganizationMember = builder.objectRef<OrganizationMember>('OrganizationMember').implement({
    description: 'A member of an organization.',
    interfaces: [Member],
    fields: (t) => ({
      role: t.field({
        type: MemberRole,
        nullable: true,
        description: "The member's organization role; null when Label Studio gives none or one this service does not know (see `roleCode`).",
        resolve: (member) => knownRole(member.roleCode),
      }),
      roleCode: t.exposeString('roleCode', { nullable: true, description: "The member's organization role code as Label Studio sent it; null when it sent none." }),
    }),
  });

  const Connection = builder.connectionObject(
    { type: OrganizationMember, name: 'OrganizationMemberConnection', description: 'A page of organization members.' },
    { description: 'One of a page of organization members, with its position.' },
  );

  builder.queryField(LIST, (t) =>
    t.field({
      type: Connection,
      extensions: { [CALLS_UPSTREAM]: true },
      description:
        'Members of an organization, a page at a time (Label Studio `GET /api/organizations/{id}/memberships`). `filter` selects exactly ' +
        'the members `bulkAssignOrgMemberTags` with `all: true` and the same filter reaches. Needs an Authorization header.',
      args: {
        organizationId: t.arg.int({ required: true, description: 'The Label Studio organization id.', validate: { schema: id } }),
        filter: t.arg({ type: OrganizationMemberFilter, description: "The bulk assign's own filter, sent as the assign sends it." }),
        search: t.arg.string({
          description: 'Name, email or username contains this text (trimmed). A list-only condition: the bulk assign has no search.',
          validate: { schema: searchText },
        }),
        ...connectionArgs(t.arg, LIST),
      },
      resolve: (_root, args, context) => {
        const request = { organizationId: args.organizationId, filters: toOrganizationMemberFilters(args.filter), search: args.search ?? undefined };
        return readPage(LIST, args, (window) => callLabelStudio(context, (calls) => calls.organizationMemberWindow(request, window)));
      },
    }),
  );
}
