import { Client, fetchExchange } from '@urql/core';
import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';
import { BulkAssignOrgMemberTagsDocument } from '../../../client/generated/graphql.js';

// A frontend as a team would write it: urql with the generated documents, sent by id only.
// Bundled by esbuild for the cross-origin browser test; runs in Chromium, not in Node.

const hashOf = (document: DocumentNode) => (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash ?? '';

function client(url: string, authorization?: string) {
  return new Client({
    url: `${url}/graphql`,
    preferGetMethod: false,
    fetchOptions: { headers: authorization ? { authorization } : {} },
    exchanges: [persistedExchange({ enforcePersistedQueries: true, enableForMutation: true, generateHash: async (_query, document) => hashOf(document) }), fetchExchange],
  });
}

async function assignTags(url: string, authorization?: string): Promise<{ assigned?: number; error?: string }> {
  const result = await client(url, authorization)
    .mutation(BulkAssignOrgMemberTagsDocument, { input: { organizationId: 1, all: false, included: [5, 6], tags: [4] } })
    .toPromise();
  return result.error ? { error: result.error.message } : { assigned: result.data?.bulkAssignOrgMemberTags.assigned };
}

Object.assign(globalThis, { frontend: { assignTags } });
