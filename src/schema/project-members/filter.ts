import type { UnassignProjectMembersRequest } from '../../label-studio/requests.js';
import type { Builder } from '../builder.js';
import type { Enums } from '../enums.js';
import { MAX_SEARCH_LENGTH, type SchemaLimits } from '../limits.js';
import { activityRangeRules, idList, searchText } from '../validation.js';

// One filter type for every project endpoint (the unassign, the project assign), sent the same way by each,
// so a change with `all: true` reaches what the same filter selected elsewhere.

export function addProjectMemberFilter(builder: Builder, { MemberRole, UserType }: Enums, { maxBulkIds }: SchemaLimits) {
  return builder.inputType('ProjectMemberFilter', {
    description: 'Narrows which project members `all: true` reaches. Every given condition must hold; omitted ones do not filter.',
    fields: (t) => ({
      search: t.string({
        description: `Name, email or username contains this text (trimmed; at most ${MAX_SEARCH_LENGTH} characters, no control characters).`,
        validate: { schema: searchText },
      }),
      roles: t.field({ type: [MemberRole], description: 'Only members whose project role (or, without one, organization role) is one of these.' }),
      tags: t.intList({ description: 'Only members that currently have at least one of these member-tag ids.', validate: { schema: idList(maxBulkIds) } }),
      userTypes: t.field({ type: [UserType], description: 'Only members with one of these user types.' }),
      lastActivityGte: t.field({ type: 'DateTime', description: 'Only members last active at or after this instant.' }),
      lastActivityLte: t.field({ type: 'DateTime', description: 'Only members last active at or before this instant.' }),
    }),
    validate: { schema: activityRangeRules },
  });
}

export type ProjectMemberFilter = ReturnType<typeof addProjectMemberFilter>;
export type ProjectMemberFilterInput = ProjectMemberFilter['$inferInput'];

/** The filter (already validated) -> the query parameters the project endpoints document. */
export function toProjectMemberFilters(filter: ProjectMemberFilterInput | null | undefined): UnassignProjectMembersRequest['filters'] {
  return {
    search: filter?.search ?? undefined,
    role: filter?.roles ?? undefined,
    tags: filter?.tags ?? undefined,
    user_type: filter?.userTypes ?? undefined,
    last_activity__gte: filter?.lastActivityGte ?? undefined,
    last_activity__lte: filter?.lastActivityLte ?? undefined,
  };
}
