import { ROLES, USER_TYPES, type RoleCode, type UserTypeCode } from '../label-studio/codes.js';
import type { Builder } from './builder.js';

/** A GraphQL enum's values from a table of Label Studio codes: each value resolves to its code, so resolvers pass codes through untouched. */
function valuesOf<Code extends string>(codes: Record<Code, { name: string; description: string }>) {
  const entries = Object.entries(codes) as [Code, { name: string; description: string }][];
  return Object.fromEntries(
    entries.map(([code, { name, description }]) => [name, { value: code, description: `${description} (Label Studio code \`${code}\`).` }]),
  ) as Record<string, { value: Code; description: string }>;
}

export function addEnums(builder: Builder) {
  const MemberRole = builder.enumType('MemberRole', {
    description: "A member's role in an organization or project. Label Studio may send codes this service does not know: the `...Code` fields beside each role show them.",
    values: valuesOf<RoleCode>(ROLES),
  });

  const UserType = builder.enumType('UserType', {
    description: 'The kind of seat a user holds. Label Studio may send others (service accounts): `userTypeCode` shows them.',
    values: valuesOf<UserTypeCode>(USER_TYPES),
  });

  return { MemberRole, UserType };
}

export type Enums = ReturnType<typeof addEnums>;
