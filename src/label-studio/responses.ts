import { z } from 'zod';
import type { RoleCode, UserTypeCode } from './codes.js';

const count = z.number().int().nonnegative();

export const assignedResponse = z.object({ assigned: count });
export const unassignmentsResponse = z.object({ unassignments: count });
/** `skipped_user_ids` came with API versions of mid-2026: null when Label Studio does not report it. */
export const assignmentsResponse = z
  .object({ assignments: count, skipped_user_ids: z.array(z.number().int().positive()).nullish() })
  .transform(({ assignments, skipped_user_ids }) => ({ assignments, skippedUserIds: skipped_user_ids ?? null }));

export const accessTokenResponse = z.object({ access: z.string().min(1) });

const userId = z.number().int().positive();
// Label Studio may leave a name empty or null; either way there is nothing to show.
const text = z
  .string()
  .nullish()
  .transform((value) => value || null);

const userFields = z.object({ id: userId, email: text, username: text, first_name: text, last_name: text });
const toListedUser = ({ id, email, username, first_name, last_name }: z.output<typeof userFields>) => ({
  userId: id,
  email,
  username,
  firstName: first_name,
  lastName: last_name,
});

/** A user as both lists describe one, in the facade's terms. */
const listedUser = userFields.transform(toListedUser);

// `next` only says whether there is more (paging.ts): pages are asked for by number, never by following it.
// Django REST Framework always sends it, so a page without it is not Label Studio's.
const next = z.string().nullable();

/** `GET /api/organizations/{id}/memberships`: each result nests its user. */
export const organizationMemberPage = z.object({ count, next, results: z.array(z.object({ user: listedUser }).transform(({ user }) => user)) });

const ROLE_CODES = ['OW', 'AD', 'MA', 'RE', 'AN', 'DI', 'NO'] as const satisfies readonly RoleCode[];
const USER_TYPE_CODES = ['standard', 'flex', 'viewonly'] as const satisfies readonly UserTypeCode[];
const role = z.enum(ROLE_CODES);

/** A project member as the preview and the undo read one: the user, and their project role (null: the organization role applies), which an undo gives back. */
const listedProjectMember = userFields
  .extend({ project_role: role.nullish() })
  .transform(({ project_role, ...user }) => ({ ...toListedUser(user), projectRole: project_role ?? null }));

/** `GET /api/projects/{id}/members/paginated/`: each result is the user itself. */
export const projectMemberPage = z.object({ count, next, results: z.array(listedProjectMember) });

export type ListedMember = z.output<typeof listedUser>;
export type ListedProjectMember = z.output<typeof listedProjectMember>;
export type MemberPage = z.output<typeof organizationMemberPage>;
export type ProjectMemberPage = z.output<typeof projectMemberPage>;

// The member and tag lists as a screen shows them: every field the connections' node types expose.
// The previews above read only the user, so a field they do not show can never fail a preview.

const userType = z.enum(USER_TYPE_CODES).nullish().transform((value) => value ?? null);
const tagId = z.number().int().positive();
/** A tag as a member carries it: its id and label. */
const memberTagLabel = z.object({ id: tagId, label: z.string() });
const memberTagLabels = z
  .array(memberTagLabel)
  .nullish()
  .transform((tags) => tags ?? []);
// Django writes microseconds and an offset; a value that is no instant is no answer to show.
const lastActivity = z
  .string()
  .nullish()
  .transform((value, ctx) => {
    if (!value) return null;
    const instant = new Date(value);
    if (Number.isNaN(instant.getTime())) {
      ctx.addIssue({ code: 'custom', message: 'not a date-time' });
      return z.NEVER;
    }
    return instant;
  });

/** `LseOrganizationMemberList`: the membership, with its user nested. */
const organizationMember = z
  .object({
    role,
    user_type: userType,
    tags: memberTagLabels,
    user: z.object({ id: userId, email: text, username: text, first_name: text, last_name: text, last_activity: lastActivity }),
  })
  .transform(({ role, user_type, tags, user }) => ({
    userId: user.id,
    email: user.email,
    username: user.username,
    firstName: user.first_name,
    lastName: user.last_name,
    role,
    userType: user_type,
    tags,
    lastActivity: user.last_activity,
  }));

/** `PaginatedProjectMember`: flat, with the organization membership nested. */
const projectMember = z
  .object({
    id: userId,
    email: text,
    username: text,
    first_name: text,
    last_name: text,
    implicit_member: z.boolean(),
    project_role: role.nullish().transform((value) => value ?? null),
    user_type: userType,
    tags: memberTagLabels,
    last_activity: lastActivity,
    organization_membership: z.object({ role: role.nullish(), user_type: userType }).nullish(),
  })
  .transform((member) => ({
    userId: member.id,
    email: member.email,
    username: member.username,
    firstName: member.first_name,
    lastName: member.last_name,
    role: member.organization_membership?.role ?? null,
    // The flat `user_type` is the membership's; the nested one stands in when a version leaves it out.
    userType: member.user_type ?? member.organization_membership?.user_type ?? null,
    tags: member.tags,
    lastActivity: member.last_activity,
    projectRole: member.project_role,
    implicit: member.implicit_member,
  }));

/** `OrganizationMemberTag`. */
const memberTag = z
  .object({ id: tagId, label: z.string(), member_count: count })
  .transform(({ id, label, member_count }) => ({ id, label, memberCount: member_count }));

/** `GET /api/organizations/{id}/memberships`, every field the `OrganizationMember` type shows. */
export const organizationMemberListPage = z.object({ count, next, results: z.array(organizationMember) });
/** `GET /api/projects/{id}/members/paginated/`, every field the `ProjectMember` type shows. */
export const projectMemberListPage = z.object({ count, next, results: z.array(projectMember) });
/** `GET /api/organizations/{id}/member-tags`. */
export const memberTagPage = z.object({ count, next, results: z.array(memberTag) });

export type MemberTagLabel = z.output<typeof memberTagLabel>;
export type OrganizationMember = z.output<typeof organizationMember>;
export type ProjectMember = z.output<typeof projectMember>;
export type MemberTag = z.output<typeof memberTag>;

export type AssignedResponse = z.output<typeof assignedResponse>;
export type UnassignmentsResponse = z.output<typeof unassignmentsResponse>;
export type AssignmentsResponse = z.output<typeof assignmentsResponse>;

const message = z.string().transform((text) => text.slice(0, 500));

/**
 * Only the field-level messages of Label Studio's error body are kept, bounded in number and length
 * (a message per rejected id would otherwise flow to the caller); the rest is dropped unread.
 */
export const errorBody = z.object({
  validation_errors: z
    .record(z.string(), z.array(message).or(message.transform((text) => [text])))
    .transform((errors) => Object.fromEntries(Object.entries(errors).slice(0, 20).map(([field, texts]) => [field, texts.slice(0, 5)])))
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
