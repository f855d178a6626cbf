import { ROLES_ALLOWED_TO_CHANGE_TAGS } from './assumptions.js';
import { organizationFor } from './data-access.js';
import { addValidationError, hasValidationErrors, validationError, type LabelStudioError, type ValidationErrors } from './errors.js';
import { ROLES_ALLOWED_TO_LIST } from './list-members.js';
import { memberTagJson } from './member-tags.js';
import type { MemberTag, Organization, SimulatorData } from './model.js';
import { intListParam } from './query-params.js';
import { bodyObject, intListField, type RequestBody } from './request-body.js';

// The member tag changes of section 7: create, read one, rename, delete in bulk. What they assume where
// the reference is silent is in assumptions.ts.

export interface MemberTagChangeRequest {
  organizationId: number;
  actorUserId: number;
  body: RequestBody;
}

export type TagResult = { ok: true; tag: Record<string, unknown> } | { ok: false; error: LabelStudioError };
export type DeletedResult = { ok: true; deleted: number } | { ok: false; error: LabelStudioError };

const MAX_LABEL_LENGTH = 255;
const NOT_FOUND = { ok: false as const, error: { status: 404, detail: 'Not found.' } };

/** The label a body carries, trimmed, or the reasons it is refused; `self` is a tag whose own label is no conflict. */
function labelField(body: Record<string, unknown>, organization: Organization, errors: ValidationErrors, self?: MemberTag): string | undefined {
  const value = body['label'];
  if (value === undefined) {
    addValidationError(errors, 'label', 'This field is required.');
    return undefined;
  }
  if (typeof value !== 'string') {
    addValidationError(errors, 'label', value === null ? 'This field may not be null.' : 'Not a valid string.');
    return undefined;
  }
  const label = value.trim();
  if (label === '') addValidationError(errors, 'label', 'This field may not be blank.');
  // Django's max_length counts characters (code points), not UTF-16 code units: an emoji is one.
  else if ([...label].length > MAX_LABEL_LENGTH) addValidationError(errors, 'label', `Ensure this field has no more than ${MAX_LABEL_LENGTH} characters.`);
  else if (organization.memberTags.some((tag) => tag !== self && tag.label.toLowerCase() === label.toLowerCase())) {
    addValidationError(errors, 'label', 'Member tag with this label already exists in this organization.');
  }
  return label;
}

/** The next id of the global sequence, which a deleted tag's id never comes back from. */
function nextTagId(data: SimulatorData): number {
  // A tag a test put into the data by hand counts as handed out.
  const largest = Math.max(data.lastMemberTagId, ...data.organizations.flatMap((organization) => organization.memberTags.map((tag) => tag.id)));
  data.lastMemberTagId = largest + 1;
  return data.lastMemberTagId;
}

/** `POST /api/organizations/{id}/member-tags`. */
export function createMemberTag(data: SimulatorData, request: MemberTagChangeRequest): TagResult {
  const target = organizationFor(data, request.organizationId, request.actorUserId, ROLES_ALLOWED_TO_CHANGE_TAGS);
  if (!target.ok) return target;
  const { organization } = target;
  const parsed = bodyObject(request.body);
  if (!parsed.ok) return parsed;
  const errors: ValidationErrors = {};
  const label = labelField(parsed.value ?? {}, organization, errors);
  if (hasValidationErrors(errors) || label === undefined) return { ok: false, error: validationError(errors) };
  const tag: MemberTag = { id: nextTagId(data), label, createdBy: request.actorUserId, createdAt: new Date().toISOString() };
  organization.memberTags.push(tag);
  return { ok: true, tag: memberTagJson(data, organization, tag) };
}

/** `GET /api/organizations/{id}/member-tags/{tag_pk}`. */
export function getMemberTag(data: SimulatorData, request: Omit<MemberTagChangeRequest, 'body'> & { tagId: number }): TagResult {
  const target = organizationFor(data, request.organizationId, request.actorUserId, ROLES_ALLOWED_TO_LIST);
  if (!target.ok) return target;
  const tag = target.organization.memberTags.find((candidate) => candidate.id === request.tagId);
  return tag ? { ok: true, tag: memberTagJson(data, target.organization, tag) } : NOT_FOUND;
}

/** `PATCH /api/organizations/{id}/member-tags/{tag_pk}`: `label` is the one field a rename changes. */
export function renameMemberTag(data: SimulatorData, request: MemberTagChangeRequest & { tagId: number }): TagResult {
  const target = organizationFor(data, request.organizationId, request.actorUserId, ROLES_ALLOWED_TO_CHANGE_TAGS);
  if (!target.ok) return target;
  const { organization } = target;
  const tag = organization.memberTags.find((candidate) => candidate.id === request.tagId);
  if (!tag) return NOT_FOUND;
  const parsed = bodyObject(request.body);
  if (!parsed.ok) return parsed;
  const body = parsed.value ?? {};
  // A PATCH without `label` changes nothing.
  if (body['label'] === undefined) return { ok: true, tag: memberTagJson(data, organization, tag) };
  const errors: ValidationErrors = {};
  const label = labelField(body, organization, errors, tag);
  if (hasValidationErrors(errors) || label === undefined) return { ok: false, error: validationError(errors) };
  tag.label = label;
  tag.updatedAt = new Date().toISOString();
  return { ok: true, tag: memberTagJson(data, organization, tag) };
}

/** `DELETE /api/organizations/{id}/member-tags/bulk`: deletes the organization's tags among `ids`, and takes them off every membership. */
export function deleteMemberTags(data: SimulatorData, request: MemberTagChangeRequest & { query: URLSearchParams }): DeletedResult {
  const target = organizationFor(data, request.organizationId, request.actorUserId, ROLES_ALLOWED_TO_CHANGE_TAGS);
  if (!target.ok) return target;
  const { organization } = target;
  const errors: ValidationErrors = {};
  // Repeated `ids=1&ids=2` and `ids=1,2` both name tags.
  const fromQuery = request.query.getAll('ids').flatMap((value) => intListParam(new URLSearchParams({ ids: value }), 'ids', errors) ?? []);
  let ids = fromQuery;
  if (fromQuery.length === 0) {
    const parsed = bodyObject(request.body);
    if (!parsed.ok) return parsed;
    ids = intListField(parsed.value ?? {}, 'ids', errors) ?? [];
  }
  if (hasValidationErrors(errors)) return { ok: false, error: validationError(errors) };
  const doomed = new Set(organization.memberTags.filter((tag) => ids.includes(tag.id)).map((tag) => tag.id));
  organization.memberTags = organization.memberTags.filter((tag) => !doomed.has(tag.id));
  for (const member of organization.members) member.tagIds = member.tagIds.filter((tagId) => !doomed.has(tagId));
  return { ok: true, deleted: doomed.size };
}
