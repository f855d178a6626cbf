import { activeRole, findMember, findOrganization, findProject } from './data-access.js';
import {
  addValidationError,
  hasValidationErrors,
  validationError,
  type LabelStudioError,
  type ValidationErrors,
} from './errors.js';
import { matchesMemberFilters, parseMemberFilters } from './member-filters.js';
import type { Organization, OrgRole, Project, SimulatorData, User } from './model.js';
import { booleanParam, intListParam, lastParam } from './query-params.js';
import { bodyObject, booleanField, intListField, type RequestBody } from './request-body.js';

export interface UnassignProjectMembersRequest {
  projectId: number;
  actorUserId: number;
  query: URLSearchParams;
  body: RequestBody;
}

export type UnassignProjectMembersResult =
  | { ok: true; unassignments: number }
  | { ok: false; error: LabelStudioError };

const ROLES_ALLOWED_TO_UNASSIGN: readonly OrgRole[] = ['OW', 'AD', 'MA'];

interface Selection {
  all: boolean | undefined;
  included: number[];
  excluded: number[];
}

function selectionFromQuery(query: URLSearchParams, errors: ValidationErrors): Selection {
  const all = booleanParam(query, 'all', errors);
  if (all === undefined && errors['all'] === undefined) addValidationError(errors, 'all', 'This field is required.');
  return {
    all,
    included: intListParam(query, 'included', errors) ?? [],
    excluded: intListParam(query, 'excluded', errors) ?? [],
  };
}

function selectionFromBody(body: Record<string, unknown>, errors: ValidationErrors): Selection {
  return {
    all: booleanField(body, 'all', errors, { required: true }),
    included: intListField(body, 'included', errors) ?? [],
    excluded: intListField(body, 'excluded', errors) ?? [],
  };
}

function matchesSearch(user: User | undefined, search: string | undefined): boolean {
  if (search === undefined) return true;
  if (user === undefined) return false;
  const needle = search.toLowerCase();
  const haystacks = [user.firstName, user.lastName, `${user.firstName} ${user.lastName}`, user.email, user.username];
  return haystacks.some((haystack) => haystack.toLowerCase().includes(needle));
}

function filteredMemberIds(
  data: SimulatorData,
  organization: Organization,
  project: Project,
  query: URLSearchParams,
  errors: ValidationErrors,
): number[] {
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
  const usersById = new Map(data.users.map((user) => [user.id, user]));
  return project.members
    .filter((projectMember) => {
      const orgMember = findMember(organization, projectMember.userId);
      const user = usersById.get(projectMember.userId);
      return (
        matchesSearch(user, search) &&
        matchesMemberFilters(filters, {
          role: projectMember.role ?? orgMember?.role,
          userType: orgMember?.userType,
          tagIds: orgMember?.tagIds ?? [],
          lastActivity: user?.lastActivity ?? null,
        })
      );
    })
    .map((projectMember) => projectMember.userId);
}

/** `DELETE /api/projects/{id}/members/bulk/`: validates, then removes memberships from `data` in place. */
export function unassignProjectMembers(
  data: SimulatorData,
  request: UnassignProjectMembersRequest,
): UnassignProjectMembersResult {
  const project = findProject(data, request.projectId);
  const organization = project && findOrganization(data, project.organizationId);
  if (project === undefined || organization === undefined) {
    return { ok: false, error: { status: 404, detail: 'Not found.' } };
  }
  const actorRole = activeRole(organization, request.actorUserId);
  if (actorRole === undefined || !ROLES_ALLOWED_TO_UNASSIGN.includes(actorRole)) {
    return { ok: false, error: { status: 403, detail: 'You do not have permission to perform this action.' } };
  }

  const parsedBody = bodyObject(request.body);
  if (!parsedBody.ok) return parsedBody;
  const errors: ValidationErrors = {};
  // The legacy body form replaces the query selectors wholesale rather than merging with them.
  const selection =
    parsedBody.value === undefined
      ? selectionFromQuery(request.query, errors)
      : selectionFromBody(parsedBody.value, errors);
  const matched = filteredMemberIds(data, organization, project, request.query, errors);
  if (hasValidationErrors(errors) || selection.all === undefined) return { ok: false, error: validationError(errors) };

  const excluded = new Set(selection.excluded);
  const targets = new Set(selection.all ? matched.filter((id) => !excluded.has(id)) : selection.included);
  const before = project.members.length;
  project.members = project.members.filter((member) => !targets.has(member.userId));
  return { ok: true, unassignments: before - project.members.length };
}
