import { knownRole, knownUserType } from '../label-studio/codes.js';
import type { MemberTagLabel, OrganizationMember } from '../label-studio/responses.js';
import type { Builder } from './builder.js';
import type { Enums } from './enums.js';
import type { Identified, NodeInterface } from './node.js';

/** What a member is in any list, whatever else its list adds; `tags` null where a list does not say (a workspace's always). */
export type Member = OrganizationMember & Identified;

/** The `Member` interface both member lists' node types implement, and the tag type they carry. */
export function addMemberInterface(builder: Builder, { MemberRole, UserType }: Enums, Node: NodeInterface) {
  const MemberTagLabel = builder.objectRef<MemberTagLabel>('MemberTagLabel').implement({
    description: 'A member tag as a member carries it.',
    fields: (t) => ({
      id: t.exposeInt('id', { nullable: true, description: 'The member-tag id, as the bulk assign takes it in `tags`; null when Label Studio leaves it out.' }),
      label: t.exposeString('label', { description: "The tag's label." }),
    }),
  });

  const Member = builder.interfaceRef<Member>('Member').implement({
    description: 'A Label Studio user as a member list shows them.',
    interfaces: [Node],
    fields: (t) => ({
      userId: t.exposeInt('userId', { description: 'The Label Studio user id, as the bulk changes take it in `included` and `excluded`.' }),
      email: t.exposeString('email', { nullable: true, description: "The user's email address, when Label Studio gives one." }),
      username: t.exposeString('username', { nullable: true, description: "The user's username, when Label Studio gives one." }),
      firstName: t.exposeString('firstName', { nullable: true, description: "The user's first name, when set." }),
      lastName: t.exposeString('lastName', { nullable: true, description: "The user's last name, when set." }),
      role: t.field({
        type: MemberRole,
        nullable: true,
        description:
          "The member's organization role; null when Label Studio gives none (a workspace list gives it only with the membership) or one this service does not know (see `roleCode`).",
        resolve: (member) => knownRole(member.roleCode),
      }),
      roleCode: t.exposeString('roleCode', { nullable: true, description: "The member's organization role code as Label Studio sent it; null when it sent none." }),
      userType: t.field({
        type: UserType,
        nullable: true,
        description: "The membership's user type; null when Label Studio gives none or one this service does not know (see `userTypeCode`).",
        resolve: (member) => knownUserType(member.userTypeCode),
      }),
      userTypeCode: t.exposeString('userTypeCode', {
        nullable: true,
        description: "The membership's user type as Label Studio sent it (`standard`, `flex`, `viewonly`, or a newer one such as a service account's); null when it sent none.",
      }),
      tags: t.field({
        type: [MemberTagLabel],
        nullable: true,
        description:
          'The member tags the member has now; null when the list does not say (a workspace list never does; the others when Label Studio leaves `tags` out).',
        resolve: (member) => member.tags,
      }),
      lastActivity: t.field({
        type: 'DateTime',
        nullable: true,
        description: 'When the user was last active; null if never.',
        resolve: (member) => member.lastActivity,
      }),
    }),
  });
  return Member;
}

export type MemberInterface = ReturnType<typeof addMemberInterface>;

/** The interfaces a member node type implements. */
export interface MemberInterfaces {
  Node: NodeInterface;
  Member: MemberInterface;
}
