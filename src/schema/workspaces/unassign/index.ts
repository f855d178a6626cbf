import type { Builder } from '../../builder.js';
import { callLabelStudio } from '../../context.js';
import { CALLS_UPSTREAM, DEFAULT_SAMPLE_SIZE, guarded, sampleSizeArg, type PreviewTypes } from '../../preview.js';
import { selectsField } from '../../selected-fields.js';
import { toUnassignWorkspaceMembersRequest, type defineInputs } from '../input.js';
import { unassignWorkspaceWithUndo, type RemovedWorkspaceMember, type WorkspaceUnassignOutcome } from './capture.js';
import { previewWorkspaceUnassign } from './preview.js';

export function addBulkUnassignWorkspaceMembers(
  builder: Builder,
  Input: ReturnType<typeof defineInputs>['Unassign'],
  { BulkChangePreview }: PreviewTypes,
  undoCaptureLimit: number,
) {
  const RemovedMember = builder.objectRef<RemovedWorkspaceMember>('RemovedWorkspaceMember').implement({
    description: 'A member a workspace unassign removed, as `bulkAssignWorkspaceMembers` takes them back.',
    fields: (t) => ({ userId: t.exposeInt('userId', { description: 'The Label Studio user id.' }) }),
  });

  const Payload = builder.objectRef<WorkspaceUnassignOutcome>('BulkUnassignWorkspaceMembersPayload').implement({
    description: 'What Label Studio reported for a bulk workspace unassignment, and, when asked for, whom it removed.',
    fields: (t) => ({
      unassignments: t.exposeInt('unassignments', { description: 'Number of workspace memberships Label Studio removed.' }),
      removedMembers: t.field({
        type: [RemovedMember],
        nullable: true,
        description:
          'The members the change selected, read just before it ran: pass their ids to `bulkAssignWorkspaceMembers` (`all: false`, `included`) to undo it. ' +
          'Selecting this field makes the service read them first, at most UNDO_CAPTURE_LIMIT members (a larger change is refused with UNDO_CAPTURE_TOO_LARGE, ' +
          'nothing changed). null when not selected.',
        resolve: (outcome) => outcome.removedMembers ?? null,
      }),
      removedMembersExact: t.boolean({
        nullable: true,
        description:
          'true: `removedMembers` is exactly whom the change removed (the read was complete and Label Studio removed as many). false: the workspace changed ' +
          'between the read and the change (or the list could not be read whole). null when `removedMembers` is not selected.',
        resolve: (outcome) => outcome.removedMembersExact ?? null,
      }),
    }),
  });

  builder.mutationField('bulkUnassignWorkspaceMembers', (t) =>
    t.field({
      type: Payload,
      description:
        'Removes many members from a workspace at once (Label Studio `DELETE /api/workspaces/{id}/memberships/bulk/`). With `maxAffectedMembers`, previews ' +
        'first and refuses a larger change. Selecting `removedMembers` reads whom it removes first, to undo it. Never repeated once it may have run. ' +
        'Needs an Authorization header.',
      args: { input: t.arg({ type: Input, required: true, description: 'Targets and search.' }) },
      resolve: (_root, { input }, context, info): Promise<WorkspaceUnassignOutcome> => {
        const request = toUnassignWorkspaceMembersRequest(input);
        const limit = input.maxAffectedMembers;
        return callLabelStudio(context, (calls) => {
          if (selectsField(info, 'removedMembers')) return unassignWorkspaceWithUndo(calls, request, limit, undoCaptureLimit);
          return guarded(limit, () => previewWorkspaceUnassign(calls, request, 0), () => calls.unassignWorkspaceMembers(request));
        });
      },
    }),
  );

  builder.queryField('previewBulkUnassignWorkspaceMembers', (t) =>
    t.field({
      type: BulkChangePreview,
      extensions: { [CALLS_UPSTREAM]: true },
      description:
        'Who `bulkUnassignWorkspaceMembers` with this input would remove if it ran now, exactly, and a sample of them. Changes nothing. ' +
        'Needs an Authorization header, like the mutation.',
      args: {
        input: t.arg({ type: Input, required: true, description: 'Exactly the input the mutation would get.' }),
        sampleSize: sampleSizeArg(t.arg),
      },
      resolve: (_root, { input, sampleSize }, context) =>
        callLabelStudio(context, (calls) => previewWorkspaceUnassign(calls, toUnassignWorkspaceMembersRequest(input), sampleSize ?? DEFAULT_SAMPLE_SIZE)),
    }),
  );
}
