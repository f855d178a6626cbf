import type { UnassignmentsResponse } from '../../../label-studio/responses.js';
import type { Builder } from '../../builder.js';
import { callLabelStudio } from '../../context.js';
import type { SchemaLimits } from '../../limits.js';
import type { ProjectMemberFilter } from '../../project-member-filter.js';
import { CALLS_UPSTREAM, DEFAULT_SAMPLE_SIZE, guarded, sampleSizeArg, type PreviewTypes } from '../../preview.js';
import { defineInput, toUnassignProjectMembersRequest } from './input.js';
import { previewUnassign } from './preview.js';

export function addBulkUnassignProjectMembers(builder: Builder, ProjectMemberFilter: ProjectMemberFilter, { BulkChangePreview }: PreviewTypes, limits: SchemaLimits) {
  const Input = defineInput(builder, ProjectMemberFilter, limits);

  const Payload = builder.objectRef<UnassignmentsResponse>('BulkUnassignProjectMembersPayload').implement({
    description: 'What Label Studio reported for a bulk project unassignment.',
    fields: (t) => ({
      unassignments: t.exposeInt('unassignments', { description: 'Number of project memberships Label Studio removed.' }),
    }),
  });

  builder.mutationField('bulkUnassignProjectMembers', (t) =>
    t.field({
      type: Payload,
      description:
        'Removes many members from a project at once (Label Studio `DELETE /api/projects/{id}/members/bulk/`). ' +
        'With `maxAffectedMembers`, previews first and refuses a larger change. Needs an Authorization header.',
      args: { input: t.arg({ type: Input, required: true, description: 'Targets and filters.' }) },
      resolve: (_root, { input }, context) => {
        const request = toUnassignProjectMembersRequest(input);
        const limit = input.maxAffectedMembers;
        return callLabelStudio(context, (calls) =>
          // Unguarded: the one bulk call, nothing before it.
          limit == null ? calls.unassignProjectMembers(request) : guarded(limit, () => previewUnassign(calls, request, 0), () => calls.unassignProjectMembers(request)),
        );
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
