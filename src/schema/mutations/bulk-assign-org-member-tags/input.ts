import type { AssignMemberTagsRequest } from '../../../label-studio/requests.js';
import type { Builder } from '../../builder.js';
import type { Enums } from '../../enums.js';
import type { SchemaLimits } from '../../limits.js';
import { MAX_AFFECTED_MEMBERS_DESCRIPTION } from '../../preview.js';
import { activityRangeRules, assignRules, id, idList, memberLimit } from '../../validation.js';

export function defineInput(builder: Builder, { MemberRole, UserType }: Enums, { maxBulkIds }: SchemaLimits) {
  const ids = { schema: idList(maxBulkIds) };

  const OrganizationMemberFilter = builder.inputType('OrganizationMemberFilter', {
    description: 'Narrows which organization members `all: true` reaches. Every given condition must hold; omitted ones do not filter.',
    fields: (t) => ({
      roles: t.field({ type: [MemberRole], description: "Only members whose organization role is one of these." }),
      tags: t.intList({ description: 'Only members that currently have at least one of these member-tag ids.', validate: ids }),
      userTypes: t.field({ type: [UserType], description: 'Only members with one of these user types.' }),
      isDeleted: t.boolean({ description: 'Only members whose membership is (true) or is not (false) marked deleted.' }),
      excludeProjectId: t.int({ description: 'Leave out members of this project.', validate: { schema: id } }),
      excludeWorkspaceId: t.int({ description: 'Leave out members of this workspace.', validate: { schema: id } }),
      lastActivityGte: t.field({ type: 'DateTime', description: 'Only members last active at or after this instant.' }),
      lastActivityLte: t.field({ type: 'DateTime', description: 'Only members last active at or before this instant.' }),
    }),
    validate: { schema: activityRangeRules },
  });

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
  const filter = input.filter ?? {};
  return {
    organizationId: input.organizationId,
    filters: {
      role: filter.roles ?? undefined,
      tags: filter.tags ?? undefined,
      user_type: filter.userTypes ?? undefined,
      is_deleted: filter.isDeleted ?? undefined,
      exclude_project_id: filter.excludeProjectId ?? undefined,
      exclude_workspace_id: filter.excludeWorkspaceId ?? undefined,
      user__last_activity__gte: filter.lastActivityGte ?? undefined,
      user__last_activity__lte: filter.lastActivityLte ?? undefined,
    },
    body: {
      all: input.all,
      included: input.included ?? undefined,
      excluded: input.excluded ?? undefined,
      overwrite: input.overwrite ?? false,
      tags: input.tags ?? [],
    },
  };
}
