// The simulator's in-memory picture of a Label Studio Enterprise instance. Field placement follows
// Label Studio's own models: last activity lives on the user (hence the `user__last_activity__*`
// filter names), while role, user type, the deleted flag and member tags belong to the membership.

// Label Studio's OrganizationRoleEnum; `VO` (view only) came in July 2026.
export const ORG_ROLES = ['OW', 'AD', 'MA', 'RE', 'AN', 'DI', 'NO', 'VO'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

// AssignableOrganizationRoleEnum: the roles a write may give. The definition leaves `VO` out of it;
// the simulator assumes Label Studio refuses it where a role is given (a project role here).
export const ASSIGNABLE_ROLES = ['OW', 'AD', 'MA', 'RE', 'AN', 'DI', 'NO'] as const satisfies readonly OrgRole[];
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

/** The user types Label Studio names (AssignableUserTypeEnum), which its filters take. */
export const USER_TYPES = ['standard', 'flex', 'viewonly'] as const;
export type UserType = (typeof USER_TYPES)[number];

export interface User {
  id: number;
  email: string;
  username: string;
  firstName: string;
  lastName: string;
  /** ISO 8601 instant, or null for a user who never signed in. */
  lastActivity: string | null;
  /** ISO 8601 instant; optional so that a test can add a user in one line (the lists then answer null). */
  dateJoined?: string;
}

export interface MemberTag {
  id: number;
  label: string;
  /** The user who created the tag. */
  createdBy: number;
  /** ISO 8601 instant. */
  createdAt: string;
}

export interface OrganizationMember {
  userId: number;
  /**
   * null: a membership without a role, which the list answers' optional `role` allows. The seed has
   * none; tests add one to serve it.
   */
  role: OrgRole | null;
  /**
   * Answers carry `user_type` as a free string (service accounts, April 2026, have a type the SDK does
   * not name), so a test may give a member a type outside USER_TYPES.
   */
  userType: UserType | (string & {});
  isDeleted: boolean;
  tagIds: number[];
}

export interface Organization {
  id: number;
  title: string;
  memberTags: MemberTag[];
  members: OrganizationMember[];
}

export interface Workspace {
  id: number;
  organizationId: number;
  title: string;
  memberIds: number[];
}

export interface ProjectMember {
  userId: number;
  /** null means the member acts with their organization role. */
  role: AssignableRole | null;
}

export interface Project {
  id: number;
  organizationId: number;
  title: string;
  members: ProjectMember[];
}

/** A legacy API key, sent as `Authorization: Token <key>`. */
export interface ApiToken {
  key: string;
  userId: number;
}

export interface SimulatorData {
  users: User[];
  organizations: Organization[];
  workspaces: Workspace[];
  projects: Project[];
  apiTokens: ApiToken[];
}
