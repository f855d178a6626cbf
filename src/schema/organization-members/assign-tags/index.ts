import type { AssignedResponse } from '../../../label-studio/responses.js';
import type { Builder } from '../../builder.js';
import { callLabelStudio } from '../../context.js';
import type { SchemaLimits } from '../../limits.js';
import type { OrganizationMemberFilter } from '../filter.js';
import { CALLS_UPSTREAM, DEFAULT_SAMPLE_SIZE, guarded, sampleSizeArg, type PreviewTypes } from '../../preview.js';
import { defineInput, toAssignMemberTagsRequest } from './input.js';
import { previewAssign } from './preview.js';

export function addBulkAssignOrgMemberTags(builder: Builder, OrganizationMemberFilter: OrganizationMemberFilter, { BulkChangePreview }: PreviewTypes, limits: SchemaLimits) {
  const Input = defineInput(builder, OrganizationMemberFilter, limits);
  const { previewScanLimit } = limits;

  const Payload = builder.objectRef<AssignedResponse>('BulkAssignOrgMemberTagsPayload').implement({
    description: 'What Label Studio reported for a bulk tag assignment.',
    fields: (t) => ({
      assigned: t.exposeInt('assigned', { description: 'Number of (member, tag) assignments Label Studio created.' }),
    }),
  });

  builder.mutationField('bulkAssignOrgMemberTags', (t) =>
    t.field({
      type: Payload,
      description:
        'Assigns member tags to many organization members at once (Label Studio `POST /api/organizations/{id}/member-tags/assignments`). ' +
        'With `maxAffectedMembers`, previews first and refuses a larger change. Needs an Authorization header.',
      args: { input: t.arg({ type: Input, required: true, description: 'Targets, tags and filters.' }) },
      resolve: (_root, { input }, context) => {
        const request = toAssignMemberTagsRequest(input);
        const limit = input.maxAffectedMembers;
        return callLabelStudio(context, (calls) =>
          guarded(limit, () => previewAssign(calls, request, 0, previewScanLimit), () => calls.assignMemberTags(request)),
        );
      },
    }),
  );

  builder.queryField('previewBulkAssignOrgMemberTags', (t) =>
    t.field({
      type: BulkChangePreview,
      extensions: { [CALLS_UPSTREAM]: true },
      description:
        'Which members `bulkAssignOrgMemberTags` with this input would tag if it ran now, and a sample of them; ' +
        'exact unless `exact` says otherwise. Changes nothing. Needs an Authorization header, like the mutation.',
      args: {
        input: t.arg({ type: Input, required: true, description: 'Exactly the input the mutation would get.' }),
        sampleSize: sampleSizeArg(t.arg),
      },
      resolve: (_root, { input, sampleSize }, context) =>
        callLabelStudio(context, (calls) => previewAssign(calls, toAssignMemberTagsRequest(input), sampleSize ?? DEFAULT_SAMPLE_SIZE, previewScanLimit)),
    }),
  );
}
