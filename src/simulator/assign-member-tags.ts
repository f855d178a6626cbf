import { activeRole, findMember, findOrganization, findProject } from './data-access.js';
import {
  addValidationError,
  hasValidationErrors,
  validationError,
  type LabelStudioError,
  type ValidationErrors,
} from './errors.js';
import { matchesMemberFilters, parseMemberFilters } from './member-filters.js';
import type { Organization, OrganizationMember, OrgRole, SimulatorData } from './model.js';
import { booleanParam, integerParam } from './query-params.js';
import { bodyObject, booleanField, intListField, type RequestBody } from './request-body.js';

export interface AssignMemberTagsRequest {
  organizationId: number;
  actorUserId: number;
  query: URLSearchParams;
  body: RequestBody;
}

export type AssignMemberTagsResult = { ok: true; assigned: number } | { ok: false; error: LabelStudioError };

const ROLES_ALLOWED_TO_ASSIGN: readonly OrgRole[] = ['OW', 'AD'];

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

function matchingMembers(
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

function checkIdsBelong(ids: number[], known: (id: number) => boolean, field: string, errors: ValidationErrors): void {
  for (const id of new Set(ids)) {
    if (!known(id)) addValidationError(errors, field, `Invalid pk "${id}" - object does not exist.`);
  }
}

/** `POST /api/organizations/{id}/member-tags/assignments`: validates, then mutates `data` in place. */
export function assignMemberTags(data: SimulatorData, request: AssignMemberTagsRequest): AssignMemberTagsResult {
  const organization = findOrganization(data, request.organizationId);
  if (organization === undefined) return { ok: false, error: { status: 404, detail: 'Not found.' } };
  const actorRole = activeRole(organization, request.actorUserId);
  if (actorRole === undefined || !ROLES_ALLOWED_TO_ASSIGN.includes(actorRole)) {
    return { ok: false, error: { status: 403, detail: 'You do not have permission to perform this action.' } };
  }

  const parsedBody = bodyObject(request.body);
  if (!parsedBody.ok) return parsedBody;
  // DRF hands an empty body to the serializer as {}, which then reports the missing `all`.
  const body = parsedBody.value ?? {};
  const errors: ValidationErrors = {};
  const all = booleanField(body, 'all', errors, { required: true });
  const included = intListField(body, 'included', errors) ?? [];
  const excluded = new Set(intListField(body, 'excluded', errors));
  const overwrite = booleanField(body, 'overwrite', errors, { required: false }) ?? false;
  const tagIds = [...new Set(intListField(body, 'tags', errors))];
  const candidates = matchingMembers(data, organization, request.query, errors);
  checkIdsBelong(included, (id) => findMember(organization, id) !== undefined, 'included', errors);
  checkIdsBelong(tagIds, (id) => organization.memberTags.some((tag) => tag.id === id), 'tags', errors);
  if (hasValidationErrors(errors) || all === undefined) return { ok: false, error: validationError(errors) };

  const targets = all
    ? candidates.filter((member) => !excluded.has(member.userId))
    : [...new Set(included)].map((id) => findMember(organization, id)).filter((member) => member !== undefined);

  let assigned = 0;
  for (const member of targets) {
    if (overwrite) member.tagIds = member.tagIds.filter((tagId) => tagIds.includes(tagId));
    for (const tagId of tagIds) {
      if (member.tagIds.includes(tagId)) continue;
      member.tagIds.push(tagId);
      assigned += 1;
    }
  }
  return { ok: true, assigned };
}
