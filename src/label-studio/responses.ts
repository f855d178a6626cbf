import { z } from 'zod';

const count = z.number().int().nonnegative();

export const assignedResponse = z.object({ assigned: count });
export const unassignmentsResponse = z.object({ unassignments: count });

export const accessTokenResponse = z.object({ access: z.string().min(1) });

const userId = z.number().int().positive();
// Label Studio may leave a name empty or null; either way there is nothing to show.
const text = z
  .string()
  .nullish()
  .transform((value) => value || null);

/** A user as both lists describe one, in the facade's terms. */
const listedUser = z
  .object({ id: userId, email: text, username: text, first_name: text, last_name: text })
  .transform(({ id, email, username, first_name, last_name }) => ({ userId: id, email, username, firstName: first_name, lastName: last_name }));

// `next` only says whether there is more (paging.ts): pages are asked for by number, never by following it.
// Django REST Framework always sends it, so a page without it is not Label Studio's.
const next = z.string().nullable();

/** `GET /api/organizations/{id}/memberships`: each result nests its user. */
export const organizationMemberPage = z.object({ count, next, results: z.array(z.object({ user: listedUser }).transform(({ user }) => user)) });
/** `GET /api/projects/{id}/members/paginated/`: each result is the user itself. */
export const projectMemberPage = z.object({ count, next, results: z.array(listedUser) });

export type ListedMember = z.output<typeof listedUser>;
export type MemberPage = z.output<typeof projectMemberPage>;

export type AssignedResponse = z.output<typeof assignedResponse>;
export type UnassignmentsResponse = z.output<typeof unassignmentsResponse>;

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
