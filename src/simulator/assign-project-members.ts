import { findMember, projectFor } from './data-access.js';
import {
  addValidationError,
  hasValidationErrors,
  validationError,
  type LabelStudioError,
  type ValidationErrors,
} from './errors.js';
import { matchesMemberFilters, matchesSearch, parseMemberFilters } from './member-filters.js';
import { ASSIGNABLE_ROLES, type AssignableRole, type Organization, type OrganizationMember, type OrgRole, type SimulatorData } from './model.js';
import { lastParam } from './query-params.js';
import { bodyObject, booleanField, intListField, type RequestBody } from './request-body.js';

export interface AssignProjectMembersRequest {
  projectId: number;
  actorUserId: number;
  query: URLSearchParams;
  body: RequestBody;
}

export type AssignProjectMembersResult =
  | { ok: true; assignments: number; skippedUserIds: number[] }
  | { ok: false; error: LabelStudioError };

// Who may add members to a project: those who may remove them.
const ROLES_ALLOWED_TO_ASSIGN: readonly OrgRole[] = ['OW', 'AD', 'MA'];

// `roles[].role` is an AssignableOrganizationRoleEnum in the definition, which has no `VO`: the simulator
// assumes Label Studio refuses a view-only project role (a 400 on `roles`), as it refuses any other code.
const isAssignableRole = (value: unknown): value is AssignableRole => (ASSIGNABLE_ROLES as readonly unknown[]).includes(value);

/** `roles`: `[{"user_id": <int>, "role": "AN"}]`, as a map from user id to project role (a later entry for a user wins, as a dict built from the list would). */
function rolesField(body: Record<string, unknown>, errors: ValidationErrors): Map<number, AssignableRole> {
  const roles = new Map<number, AssignableRole>();
  const value = body['roles'];
  if (value === undefined) return roles;
  if (!Array.isArray(value)) {
    addValidationError(errors, 'roles', value === null ? 'This field may not be null.' : 'Expected a list of items.');
    return roles;
  }
  for (const entry of value as unknown[]) {
    const { user_id: userId, role } = (typeof entry === 'object' && entry !== null ? entry : {}) as Record<string, unknown>;
    if (!Number.isInteger(userId) || !isAssignableRole(role)) {
      addValidationError(errors, 'roles', 'Each entry needs an integer user_id and a valid role.');
      return roles;
    }
    roles.set(userId as number, role);
  }
  return roles;
}

/**
 * The organization members `all: true` reaches: the project endpoints' filters (same names as the
 * unassign's), applied to what the organization knows of each member, so `role` is the organization
 * role. Deleted memberships reach no project.
 */
function reachableOrganizationMembers(data: SimulatorData, organization: Organization, query: URLSearchParams, errors: ValidationErrors): OrganizationMember[] {
  const filters = parseMemberFilters(
    query,
    { role: 'role', tags: 'tags', userType: 'user_type', lastActivityGte: 'last_activity__gte', lastActivityLte: 'last_activity__lte' },
    errors,
  );
  const search = lastParam(query, 'search')?.trim() || undefined;
  const usersById = new Map(data.users.map((user) => [user.id, user]));
  return organization.members.filter((member) => {
    const user = usersById.get(member.userId);
    return (
      !member.isDeleted &&
      matchesSearch(user, search) &&
      matchesMemberFilters(filters, { role: member.role, userType: member.userType, tagIds: member.tagIds, lastActivity: user?.lastActivity ?? null })
    );
  });
}

/**
 * `POST /api/projects/{id}/members/bulk/`: validates, then adds memberships to `data` in place. Each
 * targeted organization member who is not yet an explicit member becomes one, with their `roles` entry
 * as project role (else none); explicit members are left as they are and not counted. `included` users
 * who are not (or no longer) members of the project's organization cannot be added: `skipped_user_ids`.
 */
export function assignProjectMembers(data: SimulatorData, request: AssignProjectMembersRequest): AssignProjectMembersResult {
  const target = projectFor(data, request.projectId, request.actorUserId, ROLES_ALLOWED_TO_ASSIGN);
  if (!target.ok) return target;
  const { project, organization } = target;

  const parsedBody = bodyObject(request.body);
  if (!parsedBody.ok) return parsedBody;
  const body = parsedBody.value ?? {};
  const errors: ValidationErrors = {};
  const all = booleanField(body, 'all', errors, { required: true });
  const included = [...new Set(intListField(body, 'included', errors))];
  const excluded = new Set(intListField(body, 'excluded', errors));
  const roles = rolesField(body, errors);
  // Filters only select with all=true, but a malformed one is refused either way, as the lists refuse it.
  const matched = reachableOrganizationMembers(data, organization, request.query, errors);
  if (hasValidationErrors(errors) || all === undefined) return { ok: false, error: validationError(errors) };

  const skippedUserIds: number[] = [];
  const targets = all
    ? matched.filter((member) => !excluded.has(member.userId)).map((member) => member.userId)
    : included.filter((userId) => {
        const member = findMember(organization, userId);
        const addable = member !== undefined && !member.isDeleted;
        if (!addable) skippedUserIds.push(userId);
        return addable;
      });

  const explicit = new Set(project.members.map((member) => member.userId));
  let assignments = 0;
  for (const userId of targets) {
    if (explicit.has(userId)) continue;
    project.members.push({ userId, role: roles.get(userId) ?? null });
    explicit.add(userId);
    assignments += 1;
  }
  return { ok: true, assignments, skippedUserIds };
}
