// The simulator's in-memory picture of a Label Studio Enterprise instance. Field placement follows
// Label Studio's own models: last activity lives on the user (hence the `user__last_activity__*`
// filter names), while role, user type, the deleted flag and member tags belong to the membership.

export const ORG_ROLES = ['OW', 'AD', 'MA', 'RE', 'AN', 'DI', 'NO', 'VO'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

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
  /** ISO 8601 instant of the last rename; absent: never renamed. */
  updatedAt?: string;
}

export interface OrganizationMember {
  userId: number;
  role: OrgRole;
  userType: UserType;
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
  role: OrgRole | null;
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
