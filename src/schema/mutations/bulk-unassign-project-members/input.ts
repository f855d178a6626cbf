import type { UnassignProjectMembersRequest } from '../../../label-studio/requests.js';
import type { Builder } from '../../builder.js';
import type { Enums } from '../../enums.js';
import type { SchemaLimits } from '../../limits.js';
import { MAX_SEARCH_LENGTH } from '../../limits.js';
import { MAX_AFFECTED_MEMBERS_DESCRIPTION } from '../../preview.js';
import { activityRangeRules, id, idList, memberLimit, searchText, selectionRules } from '../../validation.js';

export function defineInput(builder: Builder, { MemberRole, UserType }: Enums, { maxBulkIds }: SchemaLimits) {
  const ids = { schema: idList(maxBulkIds) };

  const ProjectMemberFilter = builder.inputType('ProjectMemberFilter', {
    description: 'Narrows which project members `all: true` reaches. Every given condition must hold; omitted ones do not filter.',
    fields: (t) => ({
      search: t.string({
        description: `Name, email or username contains this text (trimmed; at most ${MAX_SEARCH_LENGTH} characters, no control characters).`,
        validate: { schema: searchText },
      }),
      roles: t.field({ type: [MemberRole], description: 'Only members whose project role (or, without one, organization role) is one of these.' }),
      tags: t.intList({ description: 'Only members that currently have at least one of these member-tag ids.', validate: ids }),
      userTypes: t.field({ type: [UserType], description: 'Only members with one of these user types.' }),
      lastActivityGte: t.field({ type: 'DateTime', description: 'Only members last active at or after this instant.' }),
      lastActivityLte: t.field({ type: 'DateTime', description: 'Only members last active at or before this instant.' }),
    }),
    validate: { schema: activityRangeRules },
  });

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
  const filter = input.filter ?? {};
  return {
    projectId: input.projectId,
    selection: { all: input.all, included: input.included ?? undefined, excluded: input.excluded ?? undefined },
    filters: {
      search: filter.search ?? undefined,
      role: filter.roles ?? undefined,
      tags: filter.tags ?? undefined,
      user_type: filter.userTypes ?? undefined,
      last_activity__gte: filter.lastActivityGte ?? undefined,
      last_activity__lte: filter.lastActivityLte ?? undefined,
    },
  };
}
