import type { UnassignProjectMembersRequest } from '../../../label-studio/requests.js';
import type { Builder } from '../../builder.js';
import type { SchemaLimits } from '../../limits.js';
import { MAX_AFFECTED_MEMBERS_DESCRIPTION } from '../../preview.js';
import { toProjectMemberFilters, type ProjectMemberFilter } from '../filter.js';
import { selectionRules } from '../../selection-rules.js';
import { id, idList, memberLimit } from '../../validation.js';

export function defineInput(builder: Builder, ProjectMemberFilter: ProjectMemberFilter, { maxBulkIds }: SchemaLimits) {
  const ids = { schema: idList(maxBulkIds) };

  return builder.inputType('BulkUnassignProjectMembersInput', {
    description: 'Which members to remove from a project.',
    fields: (t) => ({
      projectId: t.int({ required: true, description: 'The Label Studio project id.', validate: { schema: id } }),
      all: t.boolean({
        required: true,
        description: 'true: every project member matching `filter`, minus `excluded`. false: exactly the users in `included`.',
      }),
      included: t.intList({
        description: `User ids to remove when \`all\` is false (required then, at most \`Query.bulkLimits.maxBulkIds\`; not allowed when \`all\` is true). Ids that are not project members are ignored.`,
        validate: ids,
      }),
      excluded: t.intList({
        description: `User ids to keep when \`all\` is true (at most \`Query.bulkLimits.maxBulkIds\`; only with \`all: true\`).`,
        validate: ids,
      }),
      filter: t.field({ type: ProjectMemberFilter, description: 'Conditions on members; only with `all: true`.' }),
      maxAffectedMembers: t.int({ description: MAX_AFFECTED_MEMBERS_DESCRIPTION, validate: { schema: memberLimit } }),
    }),
    validate: { schema: selectionRules },
  });
}

export type BulkUnassignProjectMembersInput = ReturnType<typeof defineInput>['$inferInput'];

/** GraphQL input (already validated) -> the REST request Label Studio documents. */
export function toUnassignProjectMembersRequest(input: BulkUnassignProjectMembersInput): UnassignProjectMembersRequest {
  return {
    projectId: input.projectId,
    selection: { all: input.all, included: input.included ?? undefined, excluded: input.excluded ?? undefined },
    filters: toProjectMemberFilters(input.filter),
  };
}
