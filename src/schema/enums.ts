import type { RoleCode, UserTypeCode } from '../label-studio/codes.js';
import type { Builder } from './builder.js';

export function addEnums(builder: Builder) {
  // Enum values resolve to Label Studio's own codes, so resolvers pass them through untouched.
  const MemberRole = builder.enumType('MemberRole', {
    description: "A member's role in an organization or project.",
    values: {
      OWNER: { value: 'OW', description: 'Owner of the organization (Label Studio code OW).' },
      ADMINISTRATOR: { value: 'AD', description: 'Administrator (AD).' },
      MANAGER: { value: 'MA', description: 'Manager (MA).' },
      REVIEWER: { value: 'RE', description: 'Reviewer (RE).' },
      ANNOTATOR: { value: 'AN', description: 'Annotator (AN).' },
      DEACTIVATED: { value: 'DI', description: 'Deactivated member (DI).' },
      NOT_ACTIVATED: { value: 'NO', description: 'Invited but not yet activated (NO).' },
    } as const satisfies Record<string, { value: RoleCode; description: string }>,
  });

  const UserType = builder.enumType('UserType', {
    description: 'The kind of seat a user holds.',
    values: {
      STANDARD: { value: 'standard', description: 'A standard seat.' },
      FLEX: { value: 'flex', description: 'A flex seat.' },
      VIEWONLY: { value: 'viewonly', description: 'A view-only seat.' },
    } as const satisfies Record<string, { value: UserTypeCode; description: string }>,
  });

  return { MemberRole, UserType };
}

export type Enums = ReturnType<typeof addEnums>;
