import { findProject } from './data-access.js';
import type { ValidationErrors } from './errors.js';
import { matchesMemberFilters, parseMemberFilters } from './member-filters.js';
import type { Organization, OrganizationMember, SimulatorData } from './model.js';
import { booleanParam, integerParam } from './query-params.js';

// Which organization members the query's filters select. The bulk assign and the member list both call
// this, so a preview counted from the list is what the assign then reaches.

interface OrganizationScope {
  isDeleted?: boolean;
  excludeProjectId?: number;
  excludeWorkspaceId?: number;
}

function parseScope(query: URLSearchParams, errors: ValidationErrors): OrganizationScope {
  return {
    isDeleted: booleanParam(query, 'is_deleted', errors),
    excludeProjectId: integerParam(query, 'exclude_project_id', errors),
    excludeWorkspaceId: integerParam(query, 'exclude_workspace_id', errors),
  };
}

/** Ids of users the scope leaves out; an unknown project or workspace leaves out nobody. */
function excludedByScope(data: SimulatorData, scope: OrganizationScope): Set<number> {
  const excluded = new Set<number>();
  if (scope.excludeProjectId !== undefined) {
    findProject(data, scope.excludeProjectId)?.members.forEach((member) => excluded.add(member.userId));
  }
  if (scope.excludeWorkspaceId !== undefined) {
    const workspace = data.workspaces.find((candidate) => candidate.id === scope.excludeWorkspaceId);
    workspace?.memberIds.forEach((userId) => excluded.add(userId));
  }
  return excluded;
}

export function matchingOrganizationMembers(
  data: SimulatorData,
  organization: Organization,
  query: URLSearchParams,
  errors: ValidationErrors,
): OrganizationMember[] {
  const filters = parseMemberFilters(
    query,
    {
      role: 'role',
      tags: 'tags',
      userType: 'user_type',
      lastActivityGte: 'user__last_activity__gte',
      lastActivityLte: 'user__last_activity__lte',
    },
    errors,
  );
  const scope = parseScope(query, errors);
  const excluded = excludedByScope(data, scope);
  const lastActivityOf = new Map(data.users.map((user) => [user.id, user.lastActivity]));
  return organization.members.filter(
    (member) =>
      (scope.isDeleted === undefined || member.isDeleted === scope.isDeleted) &&
      !excluded.has(member.userId) &&
      matchesMemberFilters(filters, {
        role: member.role,
        userType: member.userType,
        tagIds: member.tagIds,
        lastActivity: lastActivityOf.get(member.userId) ?? null,
      }),
  );
}
