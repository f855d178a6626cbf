import type { AssignmentsResponse } from '../../../label-studio/responses.js';
import type { Builder } from '../../builder.js';
import { callLabelStudio } from '../../context.js';
import type { Enums } from '../../enums.js';
import type { SchemaLimits } from '../../limits.js';
import { guarded } from '../../preview.js';
import type { ProjectMemberFilter } from '../filter.js';
import { defineInput, toAssignProjectMembersRequest } from './input.js';
import { boundAssign } from './preview.js';

export function addBulkAssignProjectMembers(builder: Builder, enums: Enums, ProjectMemberFilter: ProjectMemberFilter, limits: SchemaLimits) {
  const Input = defineInput(builder, enums, ProjectMemberFilter, limits);

  const Payload = builder.objectRef<AssignmentsResponse>('BulkAssignProjectMembersPayload').implement({
    description: 'What Label Studio reported for a bulk project assignment.',
    fields: (t) => ({
      assignments: t.exposeInt('assignments', { description: 'Number of project memberships Label Studio created (members already explicit are not counted).' }),
      skippedUserIds: t.exposeIntList('skippedUserIds', {
        nullable: true,
        description:
          'Users Label Studio could not add (for example not members of the organization). null: this Label Studio does not report them, ' +
          'so `assignments` is all there is to compare with what was asked.',
      }),
    }),
  });

  builder.mutationField('bulkAssignProjectMembers', (t) =>
    t.field({
      type: Payload,
      description:
        'Adds many organization members to a project at once, with project roles (Label Studio `POST /api/projects/{id}/members/bulk/`); ' +
        'the way back from `bulkUnassignProjectMembers` (see its `removedMembers`). Needs an Authorization header.',
      args: { input: t.arg({ type: Input, required: true, description: 'Targets, roles and filters.' }) },
      resolve: (_root, { input }, context) => {
        const request = toAssignProjectMembersRequest(input);
        const limit = input.maxAffectedMembers;
        return callLabelStudio(context, (calls) =>
          guarded(limit, () => boundAssign(calls, request), () => calls.assignProjectMembers(request)),
        );
      },
    }),
  );
}
