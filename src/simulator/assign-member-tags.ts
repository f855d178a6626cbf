import { findMember, organizationFor } from './data-access.js';
import {
  addValidationError,
  hasValidationErrors,
  validationError,
  type LabelStudioError,
  type ValidationErrors,
} from './errors.js';
import type { OrgRole, SimulatorData } from './model.js';
import { matchingOrganizationMembers } from './organization-members.js';
import { bodyObject, booleanField, intListField, type RequestBody } from './request-body.js';

export interface AssignMemberTagsRequest {
  organizationId: number;
  actorUserId: number;
  query: URLSearchParams;
  body: RequestBody;
}

export type AssignMemberTagsResult = { ok: true; assigned: number } | { ok: false; error: LabelStudioError };

const ROLES_ALLOWED_TO_ASSIGN: readonly OrgRole[] = ['OW', 'AD'];

function checkIdsBelong(ids: number[], known: (id: number) => boolean, field: string, errors: ValidationErrors): void {
  for (const id of new Set(ids)) {
    if (!known(id)) addValidationError(errors, field, `Invalid pk "${id}" - object does not exist.`);
  }
}

/** `POST /api/organizations/{id}/member-tags/assignments`: validates, then mutates `data` in place. */
export function assignMemberTags(data: SimulatorData, request: AssignMemberTagsRequest): AssignMemberTagsResult {
  const target = organizationFor(data, request.organizationId, request.actorUserId, ROLES_ALLOWED_TO_ASSIGN);
  if (!target.ok) return target;
  const { organization } = target;

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
  const candidates = matchingOrganizationMembers(data, organization, request.query, errors);
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
