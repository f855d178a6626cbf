import type { AssignMemberTagsRequest } from '../../../label-studio/requests.js';
import type { Builder } from '../../builder.js';
import type { SchemaLimits } from '../../limits.js';
import { MAX_AFFECTED_MEMBERS_DESCRIPTION } from '../../preview.js';
import { z } from 'zod';
import { withSelectionRules } from '../../selection-rules.js';
import { hasItems, id, idList, intList, memberLimit } from '../../validation.js';
import { toOrganizationMemberFilters, type OrganizationMemberFilter } from '../filter.js';

/** The assign adds one rule to the selection's: without `overwrite`, there must be tags to add. */
const assignRules = withSelectionRules({ tags: intList.nullish(), overwrite: z.boolean().nullish() }, (input, issue) => {
  if (!input.overwrite && !hasItems(input.tags)) issue('tags', 'must list at least one tag id unless overwrite is true');
});

export function defineInput(builder: Builder, OrganizationMemberFilter: OrganizationMemberFilter, { maxBulkIds }: SchemaLimits) {
  const ids = { schema: idList(maxBulkIds) };

  return builder.inputType('BulkAssignOrgMemberTagsInput', {
    description: 'Which organization members get which member tags.',
    fields: (t) => ({
      organizationId: t.int({ required: true, description: 'The Label Studio organization id.', validate: { schema: id } }),
      all: t.boolean({
        required: true,
        description: 'true: every member matching `filter`, minus `excluded`. false: exactly the users in `included`.',
      }),
      included: t.intList({
        description: `User ids to tag when \`all\` is false (required then, at most \`Query.bulkLimits.maxBulkIds\`; not allowed when \`all\` is true). Duplicates are ignored.`,
        validate: ids,
      }),
      excluded: t.intList({
        description: `User ids to leave out when \`all\` is true (at most \`Query.bulkLimits.maxBulkIds\`; only with \`all: true\`). Duplicates are ignored.`,
        validate: ids,
      }),
      tags: t.intList({
        description: 'Member-tag ids to assign. Required (non-empty) unless `overwrite` is true, where an empty list clears the targets\' tags.',
        validate: ids,
      }),
      overwrite: t.boolean({
        defaultValue: false,
        description: "true replaces each targeted member's tags with `tags`; false (default) only adds them.",
      }),
      filter: t.field({ type: OrganizationMemberFilter, description: 'Conditions on members; only with `all: true`.' }),
      maxAffectedMembers: t.int({ description: MAX_AFFECTED_MEMBERS_DESCRIPTION, validate: { schema: memberLimit } }),
    }),
    validate: { schema: assignRules },
  });
}

export type BulkAssignOrgMemberTagsInput = ReturnType<typeof defineInput>['$inferInput'];

/** GraphQL input (already validated) -> the REST request Label Studio documents. */
export function toAssignMemberTagsRequest(input: BulkAssignOrgMemberTagsInput): AssignMemberTagsRequest {
  return {
    organizationId: input.organizationId,
    filters: toOrganizationMemberFilters(input.filter),
    body: {
      all: input.all,
      included: input.included ?? undefined,
      excluded: input.excluded ?? undefined,
      overwrite: input.overwrite ?? false,
      tags: input.tags ?? [],
    },
  };
}
