import { BulkAssignOrgMemberTagsDocument } from '../../../client/generated/graphql.js';
import { client } from './urql-client.js';

// A frontend as a team would write it: urql with the generated documents, sent by id only.
// Bundled by esbuild for the cross-origin browser test; runs in Chromium, not in Node.

async function assignTags(url: string, authorization?: string): Promise<{ assigned?: number; error?: string }> {
  const result = await client(url, authorization)
    .mutation(BulkAssignOrgMemberTagsDocument, { input: { organizationId: 1, all: false, included: [5, 6], tags: [4] } })
    .toPromise();
  return result.error ? { error: result.error.message } : { assigned: result.data?.bulkAssignOrgMemberTags.assigned };
}

Object.assign(globalThis, { frontend: { assignTags } });
