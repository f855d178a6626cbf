import type { Builder } from '../../builder.js';
import { callLabelStudio } from '../../context.js';
import { badUserInput } from '../../errors.js';
import { CALLS_UPSTREAM, guarded, type PreviewTypes } from '../../preview.js';
import { toAssignWorkspaceMembersRequest, type defineInputs } from '../input.js';
import { boundWorkspaceAssign } from './preview.js';

export function addBulkAssignWorkspaceMembers(builder: Builder, Input: ReturnType<typeof defineInputs>['Assign'], { BulkChangePreview }: PreviewTypes) {
  const Payload = builder.objectRef<{ assignments: number }>('BulkAssignWorkspaceMembersPayload').implement({
    description: 'What Label Studio reported for a bulk workspace assignment.',
    fields: (t) => ({
      assignments: t.exposeInt('assignments', { description: 'Number of workspace memberships Label Studio created (members already there are not counted).' }),
    }),
  });

  builder.mutationField('bulkAssignWorkspaceMembers', (t) =>
    t.field({
      type: Payload,
      description:
        'Adds many organization members to a workspace at once (Label Studio `POST /api/workspaces/{id}/memberships/bulk/`); the way back from ' +
        '`bulkUnassignWorkspaceMembers` (see its `removedMembers`). Never repeated once it may have run. Needs an Authorization header.',
      args: { input: t.arg({ type: Input, required: true, description: 'Targets.' }) },
      resolve: (_root, { input }, context) => {
        const request = toAssignWorkspaceMembersRequest(input);
        return callLabelStudio(context, (calls) =>
          guarded(input.maxAffectedMembers, () => boundWorkspaceAssign(calls, request), () => calls.assignWorkspaceMembers(request)),
        );
      },
    }),
  );

  builder.queryField('previewBulkAssignWorkspaceMembers', (t) =>
    t.field({
      type: BulkChangePreview,
      extensions: { [CALLS_UPSTREAM]: true },
      description:
        'How many members `bulkAssignWorkspaceMembers` with this input (`all: false` only) could add if it ran now: the `included` not yet members, an upper bound ' +
        '(`exact: false` unless none), with no sample. `all: true` is refused: it reaches organization members no workspace read shows. Changes nothing. ' +
        'Needs an Authorization header, like the mutation.',
      args: {
        input: t.arg({ type: Input, required: true, description: 'Exactly the input the mutation would get.' }),
      },
      resolve: (_root, { input }, context) => {
        if (input.all) throw badUserInput('input.all', 'must be false for a preview: with all true the service cannot count the organization members the change would add');
        return callLabelStudio(context, (calls) => boundWorkspaceAssign(calls, toAssignWorkspaceMembersRequest(input)));
      },
    }),
  );
}
