import type { UnassignmentsResponse } from '../../../label-studio/responses.js';
import type { Builder } from '../../builder.js';
import { toGraphQLError } from '../../errors.js';
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
      resolve: (_root, { input }, { labelStudio, caller }) => {
        const request = toUnassignProjectMembersRequest(input);
        const limit = input.maxAffectedMembers;
        // Unguarded: the one bulk call, nothing before it.
        if (limit == null) return labelStudio.unassignProjectMembers(request, caller).catch(toGraphQLError);
        return labelStudio
          .operation(caller, (calls) => guarded(limit, () => previewUnassign(calls, request, 0), () => calls.unassignProjectMembers(request)))
          .catch(toGraphQLError);
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
      resolve: (_root, { input, sampleSize }, { labelStudio, caller }) =>
        labelStudio
          .operation(caller, (calls) => previewUnassign(calls, toUnassignProjectMembersRequest(input), sampleSize ?? DEFAULT_SAMPLE_SIZE))
          .catch(toGraphQLError),
    }),
  );
}
