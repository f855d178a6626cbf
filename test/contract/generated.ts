import fc from 'fast-check';
import { arbitraryFor } from './arbitrary.js';
import { contract, type Json, type JsonSchema } from './definition.js';
import type { StubAnswers } from './stub.js';

// Answers to every call of the service, generated from Label Studio's definition.

export const open = contract({ closed: false });
export type Item = { [key: string]: Json };

const answerSchema = (method: string, template: string): JsonSchema => {
  const response = open.definition.paths[template]?.[method]?.responses['200'];
  const schema = response && !('$ref' in response) ? response.content?.['application/json']?.schema : undefined;
  if (!schema) throw new Error(`no 200 answer for ${method} ${template}`);
  return schema;
};

/** Each call the service makes, as a concrete request, and the schema of its answer. */
export const CALLS = {
  organizationMembers: { method: 'GET', path: '/api/organizations/1/memberships' },
  projectMembers: { method: 'GET', path: '/api/projects/1/members/paginated/' },
  memberTags: { method: 'GET', path: '/api/organizations/1/member-tags' },
  assigned: { method: 'POST', path: '/api/organizations/1/member-tags/assignments' },
  unassignments: { method: 'DELETE', path: '/api/projects/1/members/bulk/' },
  projectAssign: { method: 'POST', path: '/api/projects/1/members/bulk/' },
  workspaceMembers: { method: 'GET', path: '/api/workspaces/1/memberships/paginated/' },
  workspaceAssignments: { method: 'POST', path: '/api/workspaces/1/memberships/bulk/' },
  workspaceUnassignments: { method: 'DELETE', path: '/api/workspaces/1/memberships/bulk/' },
  // One `OrganizationMemberTag`, as the read of one tag, the create (201) and the rename answer it.
  memberTag: { method: 'GET', path: '/api/organizations/1/member-tags/1' },
  deleted: { method: 'DELETE', path: '/api/organizations/1/member-tags/bulk' },
} as const;

export const SCHEMAS = Object.fromEntries(
  Object.entries(CALLS).map(([name, { method, path }]) => {
    const template = open.operationFor(method, path)?.template ?? '';
    return [name, answerSchema(method.toLowerCase(), template)];
  }),
) as Record<keyof typeof CALLS, JsonSchema>;

export const page = (schema: JsonSchema) => arbitraryFor(schema, open.definition, { maxItems: 12 }) as fc.Arbitrary<Item>;

const asItems = (value: Json | undefined): Item[] => (Array.isArray(value) ? (value as Item[]) : []);
export const resultsOf = (generated: Item) => asItems(generated['results']);

/**
 * What the service needs to use an answer at all, which the definition leaves optional: a user id to
 * name a member by (one per member, as Label Studio's ids are), the id of each tag a tag list or a tag
 * answer gives (what the filters and changes take), and the counts of the bulk answers (optional in the
 * SDK, always sent by Label Studio). An answer without them fails, on purpose; everything else, the tags a
 * member carries included, is as generated.
 */
function usable(answers: StubAnswers, counts: Record<'assigned' | 'unassignments' | 'deleted' | 'workspaceAssignments' | 'workspaceUnassignments', number>): StubAnswers {
  const withResults = (generated: Item, fix: (item: Item, index: number) => Item) => ({ ...generated, results: resultsOf(generated).map(fix) });
  return {
    organizationMembers: withResults(answers.organizationMembers, (member, index) => ({ ...member, user: { ...(member['user'] as Item), id: index + 1 } })),
    projectMembers: withResults(answers.projectMembers, (member, index) => ({ ...member, id: index + 1 })),
    memberTags: withResults(answers.memberTags, (tag, index) => ({ ...tag, id: index + 1 })),
    assigned: { ...(answers.assigned as Item), assigned: counts.assigned },
    unassignments: { ...(answers.unassignments as Item), unassignments: counts.unassignments },
    projectAssign: answers.projectAssign,
    workspaceMembers: withResults(answers.workspaceMembers, (member, index) => ({ ...member, id: index + 1 })),
    workspaceAssignments: { ...(answers.workspaceAssignments as Item), assignments: counts.workspaceAssignments },
    workspaceUnassignments: { ...(answers.workspaceUnassignments as Item), unassignments: counts.workspaceUnassignments },
    memberTag: { ...(answers.memberTag as Item), id: 1 },
    deleted: { ...(answers.deleted as Item), deleted: counts.deleted },
  };
}

export const answersArbitrary = fc
  .record({
    organizationMembers: page(SCHEMAS.organizationMembers),
    projectMembers: page(SCHEMAS.projectMembers),
    memberTags: page(SCHEMAS.memberTags),
    assigned: page(SCHEMAS.assigned),
    unassignments: page(SCHEMAS.unassignments),
    projectAssign: page(SCHEMAS.projectAssign),
    workspaceMembers: page(SCHEMAS.workspaceMembers),
    workspaceAssignments: page(SCHEMAS.workspaceAssignments),
    workspaceUnassignments: page(SCHEMAS.workspaceUnassignments),
    memberTag: page(SCHEMAS.memberTag),
    deleted: page(SCHEMAS.deleted),
  })
  .chain((answers) =>
    fc
      .record({ assigned: fc.nat(10_000), unassignments: fc.nat(10_000), deleted: fc.nat(100), workspaceAssignments: fc.nat(10_000), workspaceUnassignments: fc.nat(10_000) })
      .map((counts) => usable(answers, counts)),
  );

