import { isAssignableRole, type RoleCode } from '../../../label-studio/codes.js';
import type { AssignProjectMembersRequest } from '../../../label-studio/requests.js';
import type { Builder } from '../../builder.js';
import type { Enums } from '../../enums.js';
import type { SchemaLimits } from '../../limits.js';
import { toProjectMemberFilters, type ProjectMemberFilter } from '../filter.js';
import { z } from 'zod';
import { withSelectionRules } from '../../selection-rules.js';
import { id, idList, memberLimit } from '../../validation.js';

/**
 * The project assign adds two rules to the selection's. Each `roles` entry names a user the change targets, once: a role
 * for anyone else would be silently dropped. And `maxAffectedMembers` only with `all: false`: with
 * `all: true` the change reaches organization members that no read of the project shows, so the service
 * has no count, not even a bound, to hold the limit against.
 */
const projectAssignRules = withSelectionRules(
  { roles: z.array(z.looseObject({ userId: z.number() })).nullish(), maxAffectedMembers: z.number().nullish() },
  (input, issue) => {
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
function roleList<Entry>(maxBulkIds: number) {
  return z.custom<Entry[]>((value) => Array.isArray(value)).refine((entries) => entries.length <= maxBulkIds, `must hold at most ${maxBulkIds} entries`);
}

export function defineInput(builder: Builder, { MemberRole }: Enums, ProjectMemberFilter: ProjectMemberFilter, { maxBulkIds }: SchemaLimits) {
  const ids = { schema: idList(maxBulkIds) };

  const ProjectMemberRoleInput = builder.inputType('ProjectMemberRoleInput', {
    description: 'The project role one user gets when the assign adds them.',
    fields: (t) => ({
      userId: t.int({ required: true, description: 'A user the change targets.', validate: { schema: id } }),
      role: t.field({
        type: MemberRole,
        required: true,
        description: 'Their project role (without an entry, the organization role applies); any role but VIEW_ONLY, which Label Studio never assigns.',
        validate: [(role) => isAssignableRole(role), { message: 'must be a role Label Studio assigns: VIEW_ONLY is not one' }],
      }),
    }),
  });

  return builder.inputType('BulkAssignProjectMembersInput', {
    description: 'Which organization members to add to a project, and with which project roles.',
    fields: (t) => ({
      projectId: t.int({ required: true, description: 'The Label Studio project id.', validate: { schema: id } }),
      all: t.boolean({
        required: true,
        description: "true: every member of the project's organization matching `filter` (organization role for `roles`), minus `excluded`. false: exactly the users in `included`.",
      }),
      included: t.intList({
        description:
          'User ids to add when `all` is false (required then, at most `Query.bulkLimits.maxBulkIds`; not allowed when `all` is true). ' +
          'Users already explicit members are left as they are; users Label Studio cannot add come back in `skippedUserIds`.',
        validate: ids,
      }),
      excluded: t.intList({
        description: 'User ids to leave out when `all` is true (at most `Query.bulkLimits.maxBulkIds`; only with `all: true`).',
        validate: ids,
      }),
      roles: t.field({
        type: [ProjectMemberRoleInput],
        description:
          'Project roles for users the change adds: each entry names a user the change targets (in `included`, or with `all: true` not in `excluded`), once. ' +
          'At most `Query.bulkLimits.maxBulkIds` entries. To undo an unassign, pass the non-null `projectRole`s of its `removedMembers`.',
        validate: { schema: roleList<{ userId: number; role: RoleCode }>(maxBulkIds) },
      }),
      filter: t.field({ type: ProjectMemberFilter, description: 'Conditions on organization members; only with `all: true`.' }),
      maxAffectedMembers: t.int({
        description:
          'Refuse the change (error TOO_MANY_MEMBERS, nothing changed) if it could add more members than this; at least 0; only with `all: false`. ' +
          'The service counts `included` minus those already explicit members, an upper bound (`exact: false` in the error) as it cannot tell ' +
          "which of them belong to the project's organization.",
        validate: { schema: memberLimit },
      }),
    }),
    validate: { schema: projectAssignRules },
  });
}

export type BulkAssignProjectMembersInput = ReturnType<typeof defineInput>['$inferInput'];

/** GraphQL input (already validated) -> the REST request Label Studio documents. */
export function toAssignProjectMembersRequest(input: BulkAssignProjectMembersInput): AssignProjectMembersRequest {
  return {
    projectId: input.projectId,
    selection: { all: input.all, included: input.included ?? undefined, excluded: input.excluded ?? undefined },
    roles: (input.roles ?? []).map(({ userId, role }) => ({ user_id: userId, role })),
    filters: toProjectMemberFilters(input.filter),
  };
}
