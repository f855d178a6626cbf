import { assignableRole } from '../../../label-studio/codes.js';
import type { Builder } from '../../builder.js';
import type { Enums } from '../../enums.js';
import { callLabelStudio } from '../../context.js';
import type { SchemaLimits } from '../../limits.js';
import type { ProjectMemberFilter } from '../filter.js';
import { selectsField } from '../../selected-fields.js';
import { unassignWithUndo, type RemovedMember, type UnassignOutcome } from './capture.js';
import { CALLS_UPSTREAM, DEFAULT_SAMPLE_SIZE, guarded, sampleSizeArg, type PreviewTypes } from '../../preview.js';
import { defineInput, toUnassignProjectMembersRequest } from './input.js';
import { previewUnassign } from './preview.js';

export function addBulkUnassignProjectMembers(
  builder: Builder,
  { MemberRole }: Enums,
  ProjectMemberFilter: ProjectMemberFilter,
  { BulkChangePreview }: PreviewTypes,
  limits: SchemaLimits,
) {
  const Input = defineInput(builder, ProjectMemberFilter, limits);
  const { undoCaptureLimit } = limits;

  const RemovedMember = builder.objectRef<RemovedMember>('RemovedMember').implement({
    description: 'A member an unassign removed, as `bulkAssignProjectMembers` takes them back.',
    fields: (t) => ({
      userId: t.exposeInt('userId', { description: 'The Label Studio user id.' }),
      projectRole: t.field({
        type: MemberRole,
        nullable: true,
        description:
          'Their project role before the change, to give back in `roles`; null when their organization role applied (`projectRoleCode` null: give ' +
          'them no `roles` entry) or Label Studio sent a code this service does not know or cannot assign (`projectRoleCode` says which).',
        resolve: (member) => assignableRole(member.projectRoleCode),
      }),
      projectRoleCode: t.exposeString('projectRoleCode', {
        nullable: true,
        description: 'Their project role code before the change, as Label Studio sent it; null: their organization role applied.',
      }),
    }),
  });

  const Payload = builder.objectRef<UnassignOutcome>('BulkUnassignProjectMembersPayload').implement({
    description: 'What Label Studio reported for a bulk project unassignment, and, when asked for, whom it removed.',
    fields: (t) => ({
      unassignments: t.exposeInt('unassignments', { description: 'Number of project memberships Label Studio removed.' }),
      removedMembers: t.field({
        type: [RemovedMember],
        nullable: true,
        description:
          'The explicit members the change selected, read just before it ran, with their project roles: pass them to `bulkAssignProjectMembers` ' +
          '(`all: false`, `included`, `roles` from the non-null `projectRole`s) to undo it. Selecting this field makes the service read them first, ' +
          'at most UNDO_CAPTURE_LIMIT members (a larger change is refused with UNDO_CAPTURE_TOO_LARGE, nothing changed). null when not selected.',
        resolve: (outcome) => outcome.removedMembers ?? null,
      }),
      removedMembersExact: t.boolean({
        nullable: true,
        description:
          'true: `removedMembers` is exactly whom the change removed (the read was complete and Label Studio removed as many). ' +
          'false: the project changed between the read and the change (or the list could not be read whole), so the list may hold members ' +
          'that were not removed or miss some that were. null when `removedMembers` is not selected.',
        resolve: (outcome) => outcome.removedMembersExact ?? null,
      }),
    }),
  });

  builder.mutationField('bulkUnassignProjectMembers', (t) =>
    t.field({
      type: Payload,
      description:
        'Removes many members from a project at once (Label Studio `DELETE /api/projects/{id}/members/bulk/`). ' +
        'With `maxAffectedMembers`, previews first and refuses a larger change. Selecting `removedMembers` reads whom it removes first, to undo it. ' +
        'Needs an Authorization header.',
      args: { input: t.arg({ type: Input, required: true, description: 'Targets and filters.' }) },
      resolve: (_root, { input }, context, info): Promise<UnassignOutcome> => {
        const request = toUnassignProjectMembersRequest(input);
        const limit = input.maxAffectedMembers;
        return callLabelStudio(context, (calls) => {
          if (selectsField(info, 'removedMembers')) return unassignWithUndo(calls, request, limit, undoCaptureLimit);
          return guarded(limit, () => previewUnassign(calls, request, 0), () => calls.unassignProjectMembers(request));
        });
      },
    }),
  );

  builder.queryField('previewBulkUnassignProjectMembers', (t) =>
    t.field({
      type: BulkChangePreview,
      extensions: { [CALLS_UPSTREAM]: true },
      description:
        'Who `bulkUnassignProjectMembers` with this input would remove if it ran now, exactly, and a sample of them. ' +
        'Changes nothing. Needs an Authorization header, like the mutation.',
      args: {
        input: t.arg({ type: Input, required: true, description: 'Exactly the input the mutation would get.' }),
        sampleSize: sampleSizeArg(t.arg),
      },
      resolve: (_root, { input, sampleSize }, context) =>
        callLabelStudio(context, (calls) => previewUnassign(calls, toUnassignProjectMembersRequest(input), sampleSize ?? DEFAULT_SAMPLE_SIZE)),
    }),
  );
}
