import type { ArgBuilder } from '@pothos/core';
import type { ListedMember } from '../label-studio/responses.js';
import type { Builder, BuilderTypes } from './builder.js';
import { tooManyMembers } from './errors.js';
import { MAX_SAMPLE_SIZE, sampleSize } from './validation.js';

// What both bulk changes share about previews: the output types, the `sampleSize` argument, the
// `maxAffectedMembers` input field and the guard that uses it. How each change counts lives with it.

/** What a preview found: the members a change would reach now, and a few of them. */
export interface BulkChangePreview {
  members: number;
  /** false: `members` is an upper bound. */
  exact: boolean;
  sample: ListedMember[];
}

export const DEFAULT_SAMPLE_SIZE = 10;

/** Marks a query field that calls Label Studio, so the root-field cap counts it like a mutation. */
export const CALLS_UPSTREAM = 'callsUpstream';

export function addPreviewTypes(builder: Builder) {
  const PreviewMember = builder.objectRef<ListedMember>('PreviewMember').implement({
    description: 'A member a bulk change would reach, as Label Studio describes them.',
    fields: (t) => ({
      userId: t.exposeInt('userId', { description: 'The Label Studio user id.' }),
      email: t.exposeString('email', { nullable: true, description: "The user's email address, when Label Studio gives one." }),
      username: t.exposeString('username', { nullable: true, description: "The user's username, when Label Studio gives one." }),
      firstName: t.exposeString('firstName', { nullable: true, description: "The user's first name, when set." }),
      lastName: t.exposeString('lastName', { nullable: true, description: "The user's last name, when set." }),
    }),
  });

  const BulkChangePreview = builder.objectRef<BulkChangePreview>('BulkChangePreview').implement({
    description:
      'Who a bulk change would reach if it ran now, read from Label Studio without changing anything. ' +
      'Pass `members` as `maxAffectedMembers` to the mutation so that it refuses to reach more than were confirmed.',
    fields: (t) => ({
      members: t.exposeInt('members', { description: 'How many members the change would reach now (an upper bound when `exact` is false).' }),
      exact: t.exposeBoolean('exact', {
        description:
          'true: `members` is the exact count, shown by reading every member. false: `members` is an upper bound, because the organization ' +
          'members to intersect with `included` or `excluded` take more than one page (a walk over that list cannot be checked by user id) ' +
          'or more than PREVIEW_SCAN_LIMIT, or the member list changed while it was read.',
      }),
      sample: t.field({
        type: [PreviewMember],
        description: 'At most `sampleSize` of the members the change would reach, never any of `excluded`.',
        resolve: (preview) => preview.sample,
      }),
    }),
  });

  return { BulkChangePreview };
}

export type PreviewTypes = ReturnType<typeof addPreviewTypes>;

/** The `sampleSize` argument of both previews. */
export const sampleSizeArg = (arg: ArgBuilder<PothosSchemaTypes.ExtendDefaultTypes<BuilderTypes>>) =>
  arg.int({
    defaultValue: DEFAULT_SAMPLE_SIZE,
    description: `How many of the members to return in \`sample\`: 0 to ${MAX_SAMPLE_SIZE}, default ${DEFAULT_SAMPLE_SIZE}; null means the default.`,
    validate: { schema: sampleSize },
  });

export const MAX_AFFECTED_MEMBERS_DESCRIPTION =
  'Refuse the change (error TOO_MANY_MEMBERS, nothing changed) if it would reach more members than this; at least 0. ' +
  'The service then previews first, as the matching preview query does, and refuses on an upper bound over the limit too. ' +
  'Set it to the `members` a confirmed preview showed. Ignored by the preview queries.';

/**
 * A change with `maxAffectedMembers`: preview first, and make the change only if it reaches at most
 * `limit` members. An upper bound over the limit refuses too: the safe side. Without a limit, the change
 * alone: nothing is read before it.
 */
export async function guarded<T>(limit: number | null | undefined, preview: () => Promise<BulkChangePreview>, change: () => Promise<T>): Promise<T> {
  if (limit == null) return change();
  const { members, exact } = await preview();
  if (members > limit) throw tooManyMembers({ members, exact, maxAffectedMembers: limit });
  return change();
}
