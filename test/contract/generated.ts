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
 * name a member by (one per member, as Label Studio's ids are), an id on each tag, and the counts of the
 * bulk answers (optional in the SDK, always sent by Label Studio). Issue 25: an answer without them
 * fails, on purpose; everything else is as generated.
 */
function usable(answers: StubAnswers, counts: { assigned: number; unassignments: number }): StubAnswers {
  const tagIds = (tags: Json | undefined) => (Array.isArray(tags) ? (tags as Item[]).map((tag, index) => ({ ...tag, id: index + 1 })) : tags ?? null);
  const withResults = (generated: Item, fix: (item: Item, index: number) => Item) => ({ ...generated, results: resultsOf(generated).map(fix) });
  return {
    organizationMembers: withResults(answers.organizationMembers, (member, index) => ({
      ...member,
      ...('tags' in member ? { tags: tagIds(member['tags']) } : {}),
      user: { ...(member['user'] as Item), id: index + 1 },
    })),
    projectMembers: withResults(answers.projectMembers, (member, index) => ({ ...member, ...('tags' in member ? { tags: tagIds(member['tags']) } : {}), id: index + 1 })),
    memberTags: withResults(answers.memberTags, (tag, index) => ({ ...tag, id: index + 1 })),
    assigned: { ...(answers.assigned as Item), assigned: counts.assigned },
    unassignments: { ...(answers.unassignments as Item), unassignments: counts.unassignments },
    projectAssign: answers.projectAssign,
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
  })
  .chain((answers) => fc.record({ assigned: fc.nat(10_000), unassignments: fc.nat(10_000) }).map((counts) => usable(answers, counts)));

