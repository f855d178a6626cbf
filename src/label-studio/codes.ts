// Label Studio's role and user-type codes, spelled once: the reader, the requests and the GraphQL enums
// all derive from these lists. Label Studio's definition treats both as open (the SDK types them
// `Literal[...] | Any`), so an answer may carry a code that is not here: readers keep it as sent.

/** `OrganizationRoleEnum`, each code with its name as the GraphQL enum spells it. */
export const ROLES = {
  OW: { name: 'OWNER', description: 'Owner of the organization' },
  AD: { name: 'ADMINISTRATOR', description: 'Administrator' },
  MA: { name: 'MANAGER', description: 'Manager' },
  RE: { name: 'REVIEWER', description: 'Reviewer' },
  AN: { name: 'ANNOTATOR', description: 'Annotator' },
  DI: { name: 'DEACTIVATED', description: 'Deactivated member' },
  NO: { name: 'NOT_ACTIVATED', description: 'Invited but not yet activated' },
  VO: { name: 'VIEW_ONLY', description: 'View-only seat; filters take it, but Label Studio never assigns it as a project role' },
} as const;

export type RoleCode = keyof typeof ROLES;

/** `AssignableOrganizationRoleEnum`: the roles a write may give (a project role among them). */
export type AssignableRoleCode = Exclude<RoleCode, 'VO'>;
export const isAssignableRole = (code: RoleCode): code is AssignableRoleCode => code !== 'VO';

/** The user types Label Studio names (`AssignableUserTypeEnum`); answers may carry others. */
export const USER_TYPES = {
  standard: { name: 'STANDARD', description: 'A standard seat' },
  flex: { name: 'FLEX', description: 'A flex seat' },
  viewonly: { name: 'VIEWONLY', description: 'A view-only seat' },
} as const;

export type UserTypeCode = keyof typeof USER_TYPES;

/** The role a code stands for; null for none, or for a code this service does not know. */
export const knownRole = (code: string | null): RoleCode | null => (code !== null && Object.hasOwn(ROLES, code) ? (code as RoleCode) : null);

/** The role a code stands for when Label Studio would give it in a write; null otherwise. */
export const assignableRole = (code: string | null): AssignableRoleCode | null => {
  const role = knownRole(code);
  return role && isAssignableRole(role) ? role : null;
};

/** The user type a code stands for; null for none, or for a code this service does not know. */
export const knownUserType = (code: string | null): UserTypeCode | null => (code !== null && Object.hasOwn(USER_TYPES, code) ? (code as UserTypeCode) : null);
