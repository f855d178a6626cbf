import { ROLES_ALLOWED_TO_CHANGE_WORKSPACE, ROLES_ALLOWED_TO_LIST_WORKSPACE } from './assumptions.js';
import { findMember, findOrganization } from './data-access.js';
import { addValidationError, hasValidationErrors, validationError, type LabelStudioError, type ValidationErrors } from './errors.js';
import type { Listed, ListMembersRequest } from './list-members.js';
import { matchesNameOrEmailSearch } from './member-filters.js';
import type { Organization, OrgRole, SimulatorData, Workspace } from './model.js';
import { paginate } from './pagination.js';
import { booleanParam, intListParam, lastParam } from './query-params.js';
import { bodyObject, booleanField, intListField, type RequestBody } from './request-body.js';

// The workspace membership endpoints of section 7: the paginated list, the bulk assign and the bulk
// unassign. What they assume where the reference is silent is in assumptions.ts.

export interface WorkspaceChangeRequest {
  workspaceId: number;
  actorUserId: number;
  query: URLSearchParams;
  body: RequestBody;
}

type Refused = { ok: false; error: LabelStudioError };

/** The workspace and its organization, checked as Label Studio checks them: 404 when unknown, 403 unless the actor's active role is allowed. */
function workspaceFor(data: SimulatorData, workspaceId: number, actorUserId: number, allowed: readonly OrgRole[]): { ok: true; workspace: Workspace; organization: Organization } | Refused {
  const workspace = data.workspaces.find((candidate) => candidate.id === workspaceId);
  const organization = workspace && findOrganization(data, workspace.organizationId);
  if (!workspace || !organization) return { ok: false, error: { status: 404, detail: 'Not found.' } };
  const actor = findMember(organization, actorUserId);
  if (!actor || actor.isDeleted || actor.role === null || !allowed.includes(actor.role)) return { ok: false, error: { status: 403, detail: 'You do not have permission to perform this action.' } };
  return { ok: true, workspace, organization };
}

/** The workspace members `search` and `ids` select, in user id order: the list and the DELETE with `all: true` select alike. */
function matchingWorkspaceMembers(data: SimulatorData, workspace: Workspace, query: URLSearchParams, errors: ValidationErrors): number[] {
  const search = lastParam(query, 'search')?.trim() || undefined;
  const ids = intListParam(query, 'ids', errors);
  const wanted = ids && new Set(ids);
  const usersById = new Map(data.users.map((user) => [user.id, user]));
  return [...workspace.memberIds]
    .sort((a, b) => a - b)
    .filter((userId) => (wanted === undefined || wanted.has(userId)) && matchesNameOrEmailSearch(usersById.get(userId), search));
}

/** `GET /api/workspaces/{id}/memberships/paginated/`: each member as `LseUser`. */
export function listWorkspaceMembers(data: SimulatorData, workspaceId: number, request: ListMembersRequest): Listed {
  const target = workspaceFor(data, workspaceId, request.actorUserId, ROLES_ALLOWED_TO_LIST_WORKSPACE);
  if (!target.ok) return target;
  const { workspace, organization } = target;
  const errors: ValidationErrors = {};
  const matched = matchingWorkspaceMembers(data, workspace, request.query, errors);
  if (hasValidationErrors(errors)) return { ok: false, error: validationError(errors) };
  const page = paginate(matched, request.query, request.pageUrl);
  if (!page.ok) return page;
  const results = page.page.results.map((userId) => {
    const user = data.users.find((candidate) => candidate.id === userId);
    const membership = findMember(organization, userId);
    return {
      id: userId,
      email: user?.email,
      username: user?.username,
      first_name: user?.firstName,
      last_name: user?.lastName,
      last_activity: user?.lastActivity ?? null,
      date_joined: user?.dateJoined ?? null,
      avatar: null,
      initials: user ? `${user.firstName.charAt(0)}${user.lastName.charAt(0)}`.toUpperCase() : null,
      // `OrganizationMembership` requires a role: a membership without one has none to nest.
      organization_membership:
        membership && membership.role !== null
          ? { role: membership.role, user_type: membership.userType, active: !membership.isDeleted, organization_id: organization.id }
          : null,
    };
  });
  return { ok: true, page: { ...page.page, results } };
}

/** `POST /api/workspaces/{id}/memberships/bulk/`: adds the selected organization members not yet in the workspace. */
export function assignWorkspaceMembers(data: SimulatorData, request: WorkspaceChangeRequest): { ok: true; assignments: number } | Refused {
  const target = workspaceFor(data, request.workspaceId, request.actorUserId, ROLES_ALLOWED_TO_CHANGE_WORKSPACE);
  if (!target.ok) return target;
  const { workspace, organization } = target;
  const parsed = bodyObject(request.body);
  if (!parsed.ok) return parsed;
  const body = parsed.value ?? {};
  const errors: ValidationErrors = {};
  const all = booleanField(body, 'all', errors, { required: true });
  const included = intListField(body, 'included', errors) ?? [];
  const excluded = new Set(intListField(body, 'excluded', errors));
  if (hasValidationErrors(errors) || all === undefined) return { ok: false, error: validationError(errors) };
  const addable = new Set(organization.members.filter((member) => !member.isDeleted).map((member) => member.userId));
  const targets = all ? [...addable].filter((userId) => !excluded.has(userId)) : [...new Set(included)].filter((userId) => addable.has(userId));
  const present = new Set(workspace.memberIds);
  const added = targets.filter((userId) => !present.has(userId));
  workspace.memberIds.push(...added);
  return { ok: true, assignments: added.length };
}

/** `DELETE /api/workspaces/{id}/memberships/bulk/`: removes the selected workspace members. */
export function unassignWorkspaceMembers(data: SimulatorData, request: WorkspaceChangeRequest): { ok: true; unassignments: number } | Refused {
  const target = workspaceFor(data, request.workspaceId, request.actorUserId, ROLES_ALLOWED_TO_CHANGE_WORKSPACE);
  if (!target.ok) return target;
  const { workspace } = target;
  const parsed = bodyObject(request.body);
  if (!parsed.ok) return parsed;
  const errors: ValidationErrors = {};
  const fromBody = parsed.value;
  const all = fromBody ? booleanField(fromBody, 'all', errors, { required: true }) : booleanParam(request.query, 'all', errors);
  if (!fromBody && all === undefined && errors['all'] === undefined) addValidationError(errors, 'all', 'This field is required.');
  const included = (fromBody ? intListField(fromBody, 'included', errors) : intListParam(request.query, 'included', errors)) ?? [];
  const excluded = new Set(fromBody ? intListField(fromBody, 'excluded', errors) : intListParam(request.query, 'excluded', errors));
  const matched = matchingWorkspaceMembers(data, workspace, request.query, errors);
  if (hasValidationErrors(errors) || all === undefined) return { ok: false, error: validationError(errors) };
  const targets = new Set(all ? matched.filter((userId) => !excluded.has(userId)) : included);
  const before = workspace.memberIds.length;
  workspace.memberIds = workspace.memberIds.filter((userId) => !targets.has(userId));
  return { ok: true, unassignments: before - workspace.memberIds.length };
}
