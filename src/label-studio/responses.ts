import { z } from 'zod';
import { knownRole, knownUserType } from './codes.js';

/**
 * Every integer read here is passed on as a GraphQL Int (32-bit signed): one beyond it could not be
 * serialized, so an answer holding one is an answer the service cannot read, refused here.
 */
const int32 = z.int32();
const count = int32.nonnegative();

export const assignedResponse = z.object({ assigned: count });
/** `DELETE .../member-tags/bulk`: how many tags were deleted. */
export const deletedResponse = z.object({ deleted: count });
/** `POST .../memberships/bulk/` of a workspace: memberships created. */
export const workspaceAssignmentsResponse = z.object({ assignments: count });
export const unassignmentsResponse = z.object({ unassignments: count });
/**
 * `skipped_user_ids` came with API versions of mid-2026: null when Label Studio does not report it. The ids
 * are passed on as sent (the definition says only "integer"; any a GraphQL Int holds): they are reported, never used for a call.
 */
export const assignmentsResponse = z
  .object({ assignments: count, skipped_user_ids: z.array(int32).nullish() })
  .transform(({ assignments, skipped_user_ids }) => ({ assignments, skippedUserIds: skipped_user_ids ?? null }));

export const accessTokenResponse = z.object({ access: z.string().min(1) });

const userId = int32.positive();
// Label Studio may leave a name empty or null; either way there is nothing to show.
const text = z
  .string()
  .nullish()
  .transform((value) => value || null);
// Role and user-type codes are open in Label Studio's definition: kept as sent, whatever they are (codes.ts).
const code = z
  .string()
  .nullish()
  .transform((value) => value || null);

// `next` only says whether there is more (paging.ts): pages are asked for by number, never by following it.
// The definition makes it optional; missing, it says nothing, and a walk reads on to an empty page or one past the end.
const next = z.string().nullish();

const tagId = int32.positive();
/**
 * A tag as a member carries it: its label, and its id as sent (null where Label Studio leaves it out). Only
 * shown, never sent back, so any integer a GraphQL Int holds is read; a tag list's ids are strict (memberTag).
 */
const memberTagLabel = z.object({ id: int32.nullish(), label: z.string() }).transform(({ id, label }) => ({ id: id ?? null, label }));
// null: the list did not say which tags a member has (never "none").
const memberTagLabels = z
  .array(memberTagLabel)
  .nullish()
  .transform((tags) => tags ?? null);
// Django writes microseconds and an offset. RFC 3339 with its offset, as the definition's `date-time` is, or
// no answer to show: `Date` alone would read "1" as a day in 2001, and a time without an offset names no instant.
const dateTime = z.iso.datetime({ offset: true });
const lastActivity = z
  .union([dateTime, z.literal('')])
  .nullish()
  .transform((value) => (value ? new Date(value) : null));

// One schema per answer, read the same way by the lists, the previews, the guard and the capture. Only
// what the service cannot honestly do without fails a read: a user without an id, a tag without one, a
// missing `count`. Extra fields are dropped unread; optional ones may be null or missing.

/** The user, as every member list gives one. */
const user = z.object({ id: userId, email: text, username: text, first_name: text, last_name: text, last_activity: lastActivity });
/** The organization membership, as the project and workspace lists nest it when they include it. */
const membership = z.object({ role: code, user_type: code }).nullish();

/** A member in the facade's terms: the user, and what the list says of the membership (tags null: the list does not say). */
function member<Said extends { roleCode: string | null; userTypeCode: string | null; tags: MemberTagLabel[] | null }>(
  { id, email, username, first_name, last_name, last_activity }: z.output<typeof user>,
  said: Said,
) {
  return { userId: id, email, username, firstName: first_name, lastName: last_name, lastActivity: last_activity, ...said };
}

/** `LseOrganizationMemberList`: the membership, with its user nested. */
const organizationMember = z
  .object({ role: code, user_type: code, tags: memberTagLabels, user })
  .transform(({ role, user_type, tags, user }) => member(user, { roleCode: role, userTypeCode: user_type, tags }));

/** `PaginatedProjectMember`: flat, with the organization membership nested. */
const projectMember = user
  .extend({ implicit_member: z.boolean().nullish(), project_role: code, user_type: code, tags: memberTagLabels, organization_membership: membership })
  .transform(({ implicit_member, project_role, user_type, tags, organization_membership, ...user }) => ({
    ...member(user, {
      roleCode: organization_membership?.role ?? null,
      // The flat `user_type` is the membership's; the nested one stands in when a version leaves it out.
      userTypeCode: user_type ?? organization_membership?.user_type ?? null,
      tags,
    }),
    /** null: the organization role applies. */
    projectRoleCode: project_role,
    /** null: Label Studio did not say. */
    implicit: implicit_member ?? null,
  }));

/** `OrganizationMemberTag`; `member_count` is optional in the definition (null: not said). */
const memberTag = z
  .object({ id: tagId, label: z.string(), member_count: count.nullish() })
  .transform(({ id, label, member_count }) => ({ id, label, memberCount: member_count ?? null }));

/**
 * `LseUser`, as a workspace's member list gives each member: the user, with their organization membership
 * nested when Label Studio includes it. No tags: a workspace list does not say which a member has.
 */
const workspaceMember = user
  .extend({ organization_membership: membership })
  .transform(({ organization_membership, ...user }) =>
    member(user, { roleCode: organization_membership?.role ?? null, userTypeCode: organization_membership?.user_type ?? null, tags: null }),
  );

/** `GET /api/workspaces/{id}/memberships/paginated/`. */
export const workspaceMemberPage = z.object({ count, next, results: z.array(workspaceMember) });
/** `POST .../member-tags` and `PATCH`/`GET .../member-tags/{tag_pk}`: one `OrganizationMemberTag`. */
export const memberTagResponse = memberTag;

/** `GET /api/organizations/{id}/memberships`. */
export const organizationMemberPage = z.object({ count, next, results: z.array(organizationMember) });
/** `GET /api/projects/{id}/members/paginated/`. */
export const projectMemberPage = z.object({ count, next, results: z.array(projectMember) });
/** `GET /api/organizations/{id}/member-tags`. */
export const memberTagPage = z.object({ count, next, results: z.array(memberTag) });

export type MemberTagLabel = z.output<typeof memberTagLabel>;
export type OrganizationMember = z.output<typeof organizationMember>;
export type ProjectMember = z.output<typeof projectMember>;
export type MemberTag = z.output<typeof memberTag>;
export type WorkspaceMember = z.output<typeof workspaceMember>;
export type MemberPage = z.output<typeof organizationMemberPage>;
export type ProjectMemberPage = z.output<typeof projectMemberPage>;
export type WorkspaceMemberPage = z.output<typeof workspaceMemberPage>;
/** What every member list says of a user, whatever else its list adds. */
export type ListedMember = Pick<OrganizationMember, 'userId' | 'email' | 'username' | 'firstName' | 'lastName'>;

/** A code in an answer that this service does not know, by the field Label Studio sent it in. */
export interface UnknownCode {
  field: 'role' | 'project_role' | 'user_type';
  code: string;
}

/** The codes a member page holds that codes.ts does not know; none for any other answer. */
export function unknownCodesIn(answer: unknown): UnknownCode[] {
  const results = (answer as { results?: unknown } | undefined)?.results;
  if (!Array.isArray(results)) return [];
  const unknown: UnknownCode[] = [];
  for (const member of results as Partial<ProjectMember>[]) {
    if (member.roleCode && !knownRole(member.roleCode)) unknown.push({ field: 'role', code: member.roleCode });
    if (member.projectRoleCode && !knownRole(member.projectRoleCode)) unknown.push({ field: 'project_role', code: member.projectRoleCode });
    if (member.userTypeCode && !knownUserType(member.userTypeCode)) unknown.push({ field: 'user_type', code: member.userTypeCode });
  }
  return unknown;
}

export type AssignedResponse = z.output<typeof assignedResponse>;
export type UnassignmentsResponse = z.output<typeof unassignmentsResponse>;
export type AssignmentsResponse = z.output<typeof assignmentsResponse>;

/** Text from Label Studio as a caller reads it: no control characters (C0, DEL, C1: no terminal escapes, no NULs), at most `length`. */
const shown = (text: string, length: number) => text.replace(/\p{Cc}/gu, '').slice(0, length);
const message = z.string().transform((text) => shown(text, 500));

/**
 * Only the field-level messages of Label Studio's error body are kept, bounded in number and length,
 * field names too (a message per rejected id would otherwise flow to the caller); the rest is dropped unread.
 */
export const errorBody = z.object({
  validation_errors: z
    .record(z.string(), z.array(message).or(message.transform((text) => [text])))
    .transform((errors) => Object.fromEntries(Object.entries(errors).slice(0, 20).map(([field, texts]) => [shown(field, 100), texts.slice(0, 5)])))
    .optional(),
});

/** `Retry-After` is either delay-seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
