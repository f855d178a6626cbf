import { z } from 'zod';
import type { RoleCode } from './codes.js';

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
const roleCode = z.enum(['OW', 'AD', 'MA', 'RE', 'AN', 'DI', 'NO'] as const satisfies readonly RoleCode[]);

/** A project member: the user, and their project role (null: the organization role applies), which an undo gives back. */
const projectMember = userFields
  .extend({ project_role: roleCode.nullish() })
  .transform(({ project_role, ...user }) => ({ ...toListedUser(user), projectRole: project_role ?? null }));

/** `GET /api/projects/{id}/members/paginated/`: each result is the user itself. */
export const projectMemberPage = z.object({ count, next, results: z.array(projectMember) });

export type ListedMember = z.output<typeof listedUser>;
export type ListedProjectMember = z.output<typeof projectMember>;
export type MemberPage = z.output<typeof organizationMemberPage>;
export type ProjectMemberPage = z.output<typeof projectMemberPage>;

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
