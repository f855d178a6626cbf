import { z } from 'zod';
import { MAX_SEARCH_LENGTH } from './limits.js';

const POSITIVE_ID = 'must be a positive id';

// GraphQL's Int already bounds ids to 32 bits; Label Studio ids also start at 1.
export const id = z.number().int().min(1, POSITIVE_ID);

// GraphQL has already made every item of an id list an Int: zod need not look at the items one by one
// (per-item parses were a large share of a long list's CPU; docs/performance.md), only at the list.
export const intList = z.custom<number[]>((value) => Array.isArray(value));

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

export const hasItems = (list: readonly unknown[] | null | undefined) => (list?.length ?? 0) > 0;

/**
 * A cross-field rule for an input object. plugin-zod types an input's `schema` by that input's whole
 * inferred shape, which a rule shared by two inputs cannot name; so the rule accepts the value as is
 * (z.any() keeps each input's own inferred type intact) and narrows just the fields it reads with zod.
 */
export function inputRule<Shape extends z.ZodRawShape>(
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
