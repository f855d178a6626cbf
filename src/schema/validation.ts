import { z } from 'zod';
import { MAX_SEARCH_LENGTH } from './limits.js';

const POSITIVE_ID = 'must be a positive id';

// GraphQL's Int already bounds ids to 32 bits; Label Studio ids also start at 1.
export const id = z.number().int().min(1, POSITIVE_ID);

// GraphQL has already made every item of an id list an Int: zod need not look at the items one by one
// (per-item parses were a large share of a long list's CPU; docs/performance.md), only at the list.
const intList = z.custom<number[]>((value) => Array.isArray(value));

/**
 * An id list: every id positive, at most `maxBulkIds` of them, duplicates dropped before sending.
 * One loop checks every id.
 */
export function idList(maxBulkIds: number) {
  return intList
    .superRefine((ids, ctx) => {
      if (ids.length > maxBulkIds) {
        ctx.addIssue({ code: 'custom', message: `must hold at most ${maxBulkIds} ids` });
        return;
      }
      ids.forEach((value, index) => {
        if (value < 1) ctx.addIssue({ code: 'custom', path: [index], message: POSITIVE_ID });
      });
    })
    .transform((ids) => (hasDuplicates(ids) ? [...new Set(ids)] : ids));
}

/** Sorting a typed copy finds duplicates faster than filling a Set (docs/performance.md). */
function hasDuplicates(ids: number[]): boolean {
  const sorted = Int32Array.from(ids).sort();
  for (let index = 1; index < sorted.length; index += 1) {
    if (sorted[index] === sorted[index - 1]) return true;
  }
  return false;
}

/**
 * Text that goes into Label Studio's query string. Beyond length and control characters it must be
 * well-formed UTF-16: an unpaired surrogate (which JSON can carry as `\ud800`) has no UTF-8 encoding,
 * so encodeURIComponent would throw on it after validation, as a server fault.
 */
export const searchText = z
  .string()
  .trim()
  .max(MAX_SEARCH_LENGTH, `must be at most ${MAX_SEARCH_LENGTH} characters`)
  .regex(/^\P{Cc}*$/u, 'must not contain control characters')
  .refine((text) => text.isWellFormed(), 'must be well-formed Unicode (no unpaired surrogate)');

const hasItems = (list: readonly unknown[] | null | undefined) => (list?.length ?? 0) > 0;

/**
 * A cross-field rule for an input object. plugin-zod types an input's `schema` by that input's whole
 * inferred shape, which a rule shared by two inputs cannot name; so the rule accepts the value as is
 * (z.any() keeps each input's own inferred type intact) and narrows just the fields it reads with zod.
 */
function inputRule<Shape extends z.ZodRawShape>(
  shape: Shape,
  check: (input: z.output<z.ZodObject<Shape>>, issue: (field: keyof Shape & string, message: string, within?: PropertyKey[]) => void) => void,
) {
  const narrow = z.looseObject(shape);
  return z.any().superRefine((value, ctx) => {
    const parsed = narrow.safeParse(value);
    // GraphQL has already checked these types, so a mismatch is a bug here: fail loudly, never skip the rule.
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, code: 'custom' });
      return;
    }
    check(parsed.data, (field, message, within = []) => ctx.addIssue({ code: 'custom', path: [field, ...within], message }));
  });
}

const optionalIds = intList.nullish();
const selectionShape = { all: z.boolean(), included: optionalIds, excluded: optionalIds, filter: z.unknown().optional() };

function checkSelection(s: z.output<z.ZodObject<typeof selectionShape>>, issue: (field: keyof typeof selectionShape, message: string) => void) {
  if (s.all) {
    if (hasItems(s.included)) issue('included', 'is not allowed when all is true (use excluded to leave users out)');
    return;
  }
  if (!hasItems(s.included)) issue('included', 'must list at least one user id when all is false');
  if (hasItems(s.excluded)) issue('excluded', 'is only allowed when all is true');
  if (s.filter != null) issue('filter', 'is only allowed when all is true');
}

/** How `all` governs `included`, `excluded` and `filter`. */
export const selectionRules = inputRule(selectionShape, checkSelection);

/** The assign input adds one rule: without `overwrite`, there must be tags to add. */
export const assignRules = inputRule({ ...selectionShape, tags: optionalIds, overwrite: z.boolean().nullish() }, (input, issue) => {
  checkSelection(input, issue);
  if (!input.overwrite && !hasItems(input.tags)) issue('tags', 'must list at least one tag id unless overwrite is true');
});

/**
 * The project assign adds two rules. Each `roles` entry names a user the change targets, once: a role
 * for anyone else would be silently dropped. And `maxAffectedMembers` only with `all: false`: with
 * `all: true` the change reaches organization members that no read of the project shows, so the service
 * has no count, not even a bound, to hold the limit against.
 */
export const projectAssignRules = inputRule(
  { ...selectionShape, roles: z.array(z.looseObject({ userId: z.number() })).nullish(), maxAffectedMembers: z.number().nullish() },
  (input, issue) => {
    checkSelection(input, issue);
    if (input.all && input.maxAffectedMembers != null) {
      issue('maxAffectedMembers', 'is only allowed when all is false: with all true the service cannot count the organization members the change would add');
    }
    const included = new Set(input.included);
    const excluded = new Set(input.excluded);
    const named = new Set<number>();
    input.roles?.forEach(({ userId }, index) => {
      const targeted = input.all ? !excluded.has(userId) : included.has(userId);
      if (!targeted) issue('roles', input.all ? 'names a user in excluded, whom the change leaves out' : 'names a user not in included, whom the change does not add', [index, 'userId']);
      else if (named.has(userId)) issue('roles', 'names a user a second time', [index, 'userId']);
      named.add(userId);
    });
  },
);

/** At most `maxBulkIds` role entries, like any list of users. */
export function roleList<Entry>(maxBulkIds: number) {
  return z.custom<Entry[]>((value) => Array.isArray(value)).refine((entries) => entries.length <= maxBulkIds, `must hold at most ${maxBulkIds} entries`);
}

export const activityRangeRules = inputRule(
  { lastActivityGte: z.date().nullish(), lastActivityLte: z.date().nullish() },
  ({ lastActivityGte: from, lastActivityLte: to }, issue) => {
    if (from && to && from.getTime() > to.getTime()) issue('lastActivityGte', 'must not be later than lastActivityLte');
  },
);

/** `maxAffectedMembers`: a count of members, so zero (refuse any change that reaches someone) is allowed. */
export const memberLimit = z.number().int().min(0, 'must be at least 0');

export const MAX_SAMPLE_SIZE = 50;

export const sampleSize = z.number().int().min(0, 'must be at least 0').max(MAX_SAMPLE_SIZE, `must be at most ${MAX_SAMPLE_SIZE}`);
