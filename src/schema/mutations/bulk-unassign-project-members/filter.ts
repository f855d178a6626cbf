import type { UnassignProjectMembersRequest } from '../../../label-studio/requests.js';
import type { Builder } from '../../builder.js';
import type { Enums } from '../../enums.js';
import { MAX_SEARCH_LENGTH, type SchemaLimits } from '../../limits.js';
import { activityRangeRules, idList, searchText } from '../../validation.js';

// One filter type for the project member changes, their previews and the project member list, mapped to
// Label Studio's parameters in one place: a screen that lists with a filter and then changes `all: true`
// with the same filter reaches the members it showed.

export function defineProjectMemberFilter(builder: Builder, { MemberRole, UserType }: Enums, { maxBulkIds }: SchemaLimits) {
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

export type ProjectMemberFilterRef = ReturnType<typeof defineProjectMemberFilter>;
export type ProjectMemberFilter = ProjectMemberFilterRef['$inferInput'];

/** The filter (already validated) -> Label Studio's query parameters, as the bulk endpoints and the list all take them. */
export function toProjectMemberFilters(filter: ProjectMemberFilter | null | undefined): UnassignProjectMembersRequest['filters'] {
  return {
    search: filter?.search ?? undefined,
    role: filter?.roles ?? undefined,
    tags: filter?.tags ?? undefined,
    user_type: filter?.userTypes ?? undefined,
    last_activity__gte: filter?.lastActivityGte ?? undefined,
    last_activity__lte: filter?.lastActivityLte ?? undefined,
  };
}
