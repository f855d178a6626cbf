import { projectFor } from './data-access.js';
import {
  addValidationError,
  hasValidationErrors,
  validationError,
  type LabelStudioError,
  type ValidationErrors,
} from './errors.js';
import type { OrgRole, SimulatorData } from './model.js';
import { matchingProjectMembers, projectMemberViews } from './project-members.js';
import { booleanParam, intListParam } from './query-params.js';
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

/** `DELETE /api/projects/{id}/members/bulk/`: validates, then removes memberships from `data` in place. */
export function unassignProjectMembers(
  data: SimulatorData,
  request: UnassignProjectMembersRequest,
): UnassignProjectMembersResult {
  const target = projectFor(data, request.projectId, request.actorUserId, ROLES_ALLOWED_TO_UNASSIGN);
  if (!target.ok) return target;
  const { project, organization } = target;

  const parsedBody = bodyObject(request.body);
  if (!parsedBody.ok) return parsedBody;
  const errors: ValidationErrors = {};
  // The legacy body form replaces the query selectors wholesale rather than merging with them.
  const selection =
    parsedBody.value === undefined
      ? selectionFromQuery(request.query, errors)
      : selectionFromBody(parsedBody.value, errors);
  // Only explicit memberships can be removed: owners and administrators reach every project implicitly.
  const matched = matchingProjectMembers(projectMemberViews(data, organization, project, false), request.query, errors).map((member) => member.userId);
  if (hasValidationErrors(errors) || selection.all === undefined) return { ok: false, error: validationError(errors) };

  const excluded = new Set(selection.excluded);
  const targets = new Set(selection.all ? matched.filter((id) => !excluded.has(id)) : selection.included);
  const before = project.members.length;
  project.members = project.members.filter((member) => !targets.has(member.userId));
  return { ok: true, unassignments: before - project.members.length };
}
