import type { AssignMemberTagsRequest } from '../../label-studio/requests.js';
import type { Builder } from '../builder.js';
import type { Enums } from '../enums.js';
import type { SchemaLimits } from '../limits.js';
import { activityRangeRules, id, idList } from '../validation.js';

// One filter type for the assign, its preview and the organization member list, mapped to Label
// Studio's parameters in one place: a screen that lists with a filter and then assigns with `all: true`
// and the same filter reaches the members it showed.

export function addOrganizationMemberFilter(builder: Builder, { MemberRole, UserType }: Enums, { maxBulkIds }: SchemaLimits) {
  return builder.inputType('OrganizationMemberFilter', {
    description: 'Narrows which organization members `all: true` reaches. Every given condition must hold; omitted ones do not filter.',
    fields: (t) => ({
      roles: t.field({ type: [MemberRole], description: "Only members whose organization role is one of these." }),
      tags: t.intList({ description: 'Only members that currently have at least one of these member-tag ids.', validate: { schema: idList(maxBulkIds) } }),
      userTypes: t.field({ type: [UserType], description: 'Only members with one of these user types.' }),
      isDeleted: t.boolean({ description: 'Only members whose membership is (true) or is not (false) marked deleted.' }),
      excludeProjectId: t.int({ description: 'Leave out members of this project.', validate: { schema: id } }),
      excludeWorkspaceId: t.int({ description: 'Leave out members of this workspace.', validate: { schema: id } }),
      lastActivityGte: t.field({ type: 'DateTime', description: 'Only members last active at or after this instant.' }),
      lastActivityLte: t.field({ type: 'DateTime', description: 'Only members last active at or before this instant.' }),
    }),
    validate: { schema: activityRangeRules },
  });
}

export type OrganizationMemberFilter = ReturnType<typeof addOrganizationMemberFilter>;
export type OrganizationMemberFilterInput = OrganizationMemberFilter['$inferInput'];

/** The filter (already validated) -> Label Studio's query parameters, as the bulk assign and the list both take them. */
export function toOrganizationMemberFilters(filter: OrganizationMemberFilterInput | null | undefined): AssignMemberTagsRequest['filters'] {
  return {
    role: filter?.roles ?? undefined,
    tags: filter?.tags ?? undefined,
    user_type: filter?.userTypes ?? undefined,
    is_deleted: filter?.isDeleted ?? undefined,
    exclude_project_id: filter?.excludeProjectId ?? undefined,
    exclude_workspace_id: filter?.excludeWorkspaceId ?? undefined,
    user__last_activity__gte: filter?.lastActivityGte ?? undefined,
    user__last_activity__lte: filter?.lastActivityLte ?? undefined,
  };
}
