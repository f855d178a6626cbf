import { findMember } from './data-access.js';
import type { ValidationErrors } from './errors.js';
import { matchesMemberFilters, matchesSearch, parseMemberFilters } from './member-filters.js';
import type { Organization, OrganizationMember, OrgRole, Project, SimulatorData, User } from './model.js';
import { lastParam } from './query-params.js';

// Which project members the query's filters select. The bulk unassign and the member list both call
// this, so a preview counted from the list is what the unassign then removes.

/** A project member with what the filters and the list look at, resolved once. */
export interface ProjectMemberView {
  userId: number;
  user: User | undefined;
  membership: OrganizationMember | undefined;
  /** The project role, or null when the member acts with their organization role. */
  projectRole: OrgRole | null;
  /** Not added to the project directly: reaches it through the organization role. */
  implicit: boolean;
}

// Owners and administrators see every project of their organization without being added to it.
const IMPLICIT_ROLES: readonly (OrgRole | null)[] = ['OW', 'AD'];

/** Explicit members, and with `withImplicit` the organization's owners and administrators who are not. */
export function projectMemberViews(data: SimulatorData, organization: Organization, project: Project, withImplicit: boolean): ProjectMemberView[] {
  const usersById = new Map(data.users.map((user) => [user.id, user]));
  const explicit = project.members.map((member) => ({
    userId: member.userId,
    user: usersById.get(member.userId),
    membership: findMember(organization, member.userId),
    projectRole: member.role,
    implicit: false,
  }));
  if (!withImplicit) return explicit;
  const explicitIds = new Set(project.members.map((member) => member.userId));
  const implicit = organization.members
    .filter((member) => !member.isDeleted && IMPLICIT_ROLES.includes(member.role) && !explicitIds.has(member.userId))
    .map((member) => ({ userId: member.userId, user: usersById.get(member.userId), membership: member, projectRole: null, implicit: true }));
  return [...explicit, ...implicit].sort((a, b) => a.userId - b.userId);
}

export function matchingProjectMembers(members: ProjectMemberView[], query: URLSearchParams, errors: ValidationErrors): ProjectMemberView[] {
  const filters = parseMemberFilters(
    query,
    {
      role: 'role',
      tags: 'tags',
      userType: 'user_type',
      lastActivityGte: 'last_activity__gte',
      lastActivityLte: 'last_activity__lte',
    },
    errors,
  );
  const search = lastParam(query, 'search')?.trim() || undefined;
  return members.filter(
    (member) =>
      matchesSearch(member.user, search) &&
      matchesMemberFilters(filters, {
        role: member.projectRole ?? member.membership?.role,
        userType: member.membership?.userType,
        tagIds: member.membership?.tagIds ?? [],
        lastActivity: member.user?.lastActivity ?? null,
      }),
  );
}
