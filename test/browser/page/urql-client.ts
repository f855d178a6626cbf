import { Client, fetchExchange } from '@urql/core';
import { cacheExchange } from '@urql/exchange-graphcache';
import { persistedExchange } from '@urql/exchange-persisted';
import type { DocumentNode } from 'graphql';

// urql as a team would set it up against the facade: the generated documents, sent by id only.
// Runs in Chromium (bundled by esbuild), not in Node. urql sends persisted queries as GETs, and a GET must carry
// the CSRF header; it is one the facade's CORS allows, so the preflight lets it through.

const hashOf = (document: DocumentNode) => (document as DocumentNode & { __meta__?: { hash?: string } }).__meta__?.hash ?? '';

export function client(url: string, authorization?: string): Client {
  return new Client({
    url: `${url}/graphql`,
    preferGetMethod: false,
    fetchOptions: { headers: { 'x-graphql-yoga-csrf': 'true', ...(authorization ? { authorization } : {}) } },
    exchanges: [persistedExchange({ enforcePersistedQueries: true, enableForMutation: true, generateHash: async (_query, document) => hashOf(document) }), fetchExchange],
  });
}

/**
 * The types without an identity of their own, which a normalized cache stores inside whatever holds them:
 * connections, edges and page info, previews, payloads and the limits. Every other type has an `id`
 * (member nodes, member tags, organizations, projects, workspaces), by which the cache keys it.
 */
export const EMBEDDED_TYPES = [
  'OrganizationMemberConnection',
  'OrganizationMemberEdge',
  'ProjectMemberConnection',
  'ProjectMemberEdge',
  'MemberTagConnection',
  'MemberTagEdge',
  'WorkspaceMemberConnection',
  'WorkspaceMemberEdge',
  'PageInfo',
  'BulkChangePreview',
  'PreviewMember',
  'BulkAssignOrgMemberTagsPayload',
  'BulkUnassignProjectMembersPayload',
  'RemovedMember',
  'BulkAssignProjectMembersPayload',
  'BulkAssignWorkspaceMembersPayload',
  'BulkUnassignWorkspaceMembersPayload',
  'RemovedWorkspaceMember',
  'DeleteMemberTagsPayload',
  'RemovedMemberTag',
  'DeleteMemberTagsPreview',
  'MemberTagReach',
  'BulkLimits',
] as const;

/**
 * The interfaces the documents spread fragments on (`MemberFields` on `Member`), with the types that
 * implement them: without this, Graphcache can only guess whether such a fragment matches, and warns.
 */
export const POSSIBLE_TYPES = {
  Member: ['OrganizationMember', 'ProjectMember', 'WorkspaceMember'],
  Node: ['OrganizationMember', 'ProjectMember', 'WorkspaceMember'],
};

/**
 * urql with Graphcache, configured as the README shows: which types to embed, and which types implement
 * the interfaces. The documents go as text, because Graphcache adds `__typename` to each before it is sent.
 */
export function cachedClient(url: string, authorization?: string): Client {
  return new Client({
    url: `${url}/graphql`,
    preferGetMethod: false,
    fetchOptions: { headers: { 'x-graphql-yoga-csrf': 'true', ...(authorization ? { authorization } : {}) } },
    exchanges: [cacheExchange({ keys: Object.fromEntries(EMBEDDED_TYPES.map((type) => [type, () => null])), possibleTypes: POSSIBLE_TYPES }), fetchExchange],
  });
}
