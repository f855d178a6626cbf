import { z } from 'zod';
import type { AssignWorkspaceMembersRequest, UnassignWorkspaceMembersRequest } from '../../label-studio/requests.js';
import type { Builder } from '../builder.js';
import type { SchemaLimits } from '../limits.js';
import { MAX_AFFECTED_MEMBERS_DESCRIPTION } from '../preview.js';
import { withSelectionRules } from '../selection-rules.js';
import { id, idList, memberLimit, searchText } from '../validation.js';

/**
 * The workspace assign adds one rule to the selection's: `maxAffectedMembers` only with `all: false`. With
 * `all: true` the change reaches organization members no workspace read shows (and the workspace's
 * organization is not known from its id), so there is no count, not even a bound, to hold the limit against.
 */
const assignRules = withSelectionRules({ maxAffectedMembers: z.number().nullish() }, (input, issue) => {
  if (input.all && input.maxAffectedMembers != null) {
    issue('maxAffectedMembers', 'is only allowed when all is false: with all true the service cannot count the organization members the change would add');
  }
});

/** The workspace unassign adds one: `search` selects only with `all: true`, as the filters do elsewhere. */
const unassignRules = withSelectionRules({ search: z.string().nullish() }, (input, issue) => {
  if (!input.all && input.search) issue('search', 'is only allowed when all is true');
});

export function defineInputs(builder: Builder, { maxBulkIds }: SchemaLimits) {
  const ids = { schema: idList(maxBulkIds) };

  const Assign = builder.inputType('BulkAssignWorkspaceMembersInput', {
    description: 'Which organization members to add to a workspace.',
    fields: (t) => ({
      workspaceId: t.int({ required: true, description: 'The Label Studio workspace id.', validate: { schema: id } }),
      all: t.boolean({
        required: true,
        description:
          'true: Label Studio\'s "apply to all", minus `excluded`; Label Studio does not document whom it reaches (the simulator assumes every member ' +
          "of the workspace's organization). false: exactly the users in `included`.",
      }),
      included: t.intList({
        description: 'User ids to add when `all` is false (required then, at most `Query.bulkLimits.maxBulkIds`; not allowed when `all` is true). Users already in the workspace are left alone.',
        validate: ids,
      }),
      excluded: t.intList({ description: 'User ids to leave out when `all` is true (at most `Query.bulkLimits.maxBulkIds`; only with `all: true`).', validate: ids }),
      maxAffectedMembers: t.int({
        description:
          'Refuse the change (error TOO_MANY_MEMBERS, nothing changed) if it could add more members than this; at least 0; only with `all: false`. ' +
          'The service counts `included` minus those already members (one read of the workspace list with `ids=`), an upper bound (`exact: false`) ' +
          "as it cannot tell which of them belong to the workspace's organization.",
        validate: { schema: memberLimit },
      }),
    }),
    validate: { schema: assignRules },
  });

  const Unassign = builder.inputType('BulkUnassignWorkspaceMembersInput', {
    description: 'Which members to remove from a workspace.',
    fields: (t) => ({
      workspaceId: t.int({ required: true, description: 'The Label Studio workspace id.', validate: { schema: id } }),
      all: t.boolean({ required: true, description: 'true: every workspace member `search` selects, minus `excluded`. false: exactly the users in `included`.' }),
      included: t.intList({
        description: 'User ids to remove when `all` is false (required then, at most `Query.bulkLimits.maxBulkIds`; not allowed when `all` is true). Ids that are not members are ignored.',
        validate: ids,
      }),
      excluded: t.intList({ description: 'User ids to keep when `all` is true (at most `Query.bulkLimits.maxBulkIds`; only with `all: true`).', validate: ids }),
      search: t.string({ description: 'Name or email contains this text (trimmed; at most 255 characters, no control characters); only with `all: true`.', validate: { schema: searchText } }),
      maxAffectedMembers: t.int({ description: MAX_AFFECTED_MEMBERS_DESCRIPTION, validate: { schema: memberLimit } }),
    }),
    validate: { schema: unassignRules },
  });

  return { Assign, Unassign };
}

type Inputs = ReturnType<typeof defineInputs>;
export type BulkAssignWorkspaceMembersInput = Inputs['Assign']['$inferInput'];
export type BulkUnassignWorkspaceMembersInput = Inputs['Unassign']['$inferInput'];

/** GraphQL input (already validated) -> the REST request Label Studio documents. */
export function toAssignWorkspaceMembersRequest(input: BulkAssignWorkspaceMembersInput): AssignWorkspaceMembersRequest {
  return { workspaceId: input.workspaceId, selection: { all: input.all, included: input.included ?? undefined, excluded: input.excluded ?? undefined } };
}

export function toUnassignWorkspaceMembersRequest(input: BulkUnassignWorkspaceMembersInput): UnassignWorkspaceMembersRequest {
  return {
    workspaceId: input.workspaceId,
    selection: { all: input.all, included: input.included ?? undefined, excluded: input.excluded ?? undefined },
    filters: { search: input.search || undefined },
  };
}
