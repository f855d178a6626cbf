import { describe, expect, it } from 'vitest';
import { ASSIGN, startStack, UNASSIGN, useStack } from '../support/stack.js';

// A small limit keeps the over-the-limit case cheap; the rule is the same at 50,000.
const MAX_BULK_IDS = 3;

const stack = useStack({ MAX_BULK_IDS: String(MAX_BULK_IDS) });

const assign = (input: Record<string, unknown>) => ({ query: ASSIGN, input: { organizationId: 1, all: false, included: [5], tags: [4], ...input } });
const unassign = (input: Record<string, unknown>) => ({ query: UNASSIGN, input: { projectId: 100, all: false, included: [5], ...input } });

interface Case {
  rule: string;
  request: { query: string; input: Record<string, unknown> };
  path: string;
}

const cases: Case[] = [
  { rule: 'an organization id must be positive', request: assign({ organizationId: 0 }), path: 'input.organizationId' },
  { rule: 'a project id must be positive', request: unassign({ projectId: -5 }), path: 'input.projectId' },
  { rule: 'included ids must be positive', request: assign({ included: [5, 0] }), path: 'input.included[1]' },
  { rule: 'excluded ids must be positive', request: unassign({ all: true, included: null, excluded: [-1] }), path: 'input.excluded[0]' },
  { rule: 'tag ids must be positive', request: assign({ tags: [-2] }), path: 'input.tags[0]' },
  { rule: 'filter tag ids must be positive', request: assign({ all: true, included: null, filter: { tags: [0] } }), path: 'input.filter.tags[0]' },
  { rule: 'excludeProjectId must be positive', request: assign({ all: true, included: null, filter: { excludeProjectId: 0 } }), path: 'input.filter.excludeProjectId' },
  { rule: 'excludeWorkspaceId must be positive', request: assign({ all: true, included: null, filter: { excludeWorkspaceId: -1 } }), path: 'input.filter.excludeWorkspaceId' },
  { rule: 'all: false needs included (assign)', request: assign({ included: null }), path: 'input.included' },
  { rule: 'all: false needs a non-empty included (unassign)', request: unassign({ included: [] }), path: 'input.included' },
  { rule: 'all: false does not allow excluded', request: unassign({ excluded: [6] }), path: 'input.excluded' },
  { rule: 'all: false does not allow a filter (assign)', request: assign({ filter: { roles: ['ANNOTATOR'] } }), path: 'input.filter' },
  { rule: 'all: false does not allow a filter (unassign)', request: unassign({ filter: {} }), path: 'input.filter' },
  { rule: 'all: true does not allow included (assign)', request: assign({ all: true, included: [5] }), path: 'input.included' },
  { rule: 'all: true does not allow included (unassign)', request: unassign({ all: true, included: [5] }), path: 'input.included' },
  {
    rule: 'lastActivityGte may not be after lastActivityLte (organization filter)',
    request: assign({ all: true, included: null, filter: { lastActivityGte: '2026-11-02T00:00:00Z', lastActivityLte: '2026-11-01T00:00:00Z' } }),
    path: 'input.filter.lastActivityGte',
  },
  {
    rule: 'lastActivityGte may not be after lastActivityLte (project filter)',
    request: unassign({ all: true, included: null, filter: { lastActivityGte: '2026-11-01T10:00:00+00:00', lastActivityLte: '2026-11-01T11:00:00+02:00' } }),
    path: 'input.filter.lastActivityGte',
  },
  { rule: 'assign needs tags without overwrite', request: assign({ tags: null }), path: 'input.tags' },
  { rule: 'assign needs non-empty tags without overwrite', request: assign({ tags: [], overwrite: false }), path: 'input.tags' },
  { rule: 'included holds at most MAX_BULK_IDS ids', request: assign({ included: [1, 2, 3, 4] }), path: 'input.included' },
  { rule: 'excluded holds at most MAX_BULK_IDS ids', request: unassign({ all: true, included: null, excluded: [1, 2, 3, 4] }), path: 'input.excluded' },
  { rule: 'tags hold at most MAX_BULK_IDS ids', request: assign({ tags: [1, 2, 3, 4] }), path: 'input.tags' },
  { rule: 'search is at most 255 characters', request: unassign({ all: true, included: null, filter: { search: 'a'.repeat(256) } }), path: 'input.filter.search' },
  { rule: 'search has no control characters', request: unassign({ all: true, included: null, filter: { search: 'ann\u0000one' } }), path: 'input.filter.search' },
  { rule: 'search has no C1 control characters either', request: unassign({ all: true, included: null, filter: { search: 'ann\u0085one' } }), path: 'input.filter.search' },
  // Once answered 200 INTERNAL_SERVER_ERROR "Unexpected error.": encodeURIComponent threw after validation.
  { rule: 'search has no unpaired high surrogate', request: unassign({ all: true, included: null, filter: { search: 'ann\ud800' } }), path: 'input.filter.search' },
  { rule: 'search has no unpaired low surrogate', request: unassign({ all: true, included: null, filter: { search: '\udc00ann' } }), path: 'input.filter.search' },
  { rule: 'search has no surrogates in the wrong order', request: unassign({ all: true, included: null, filter: { search: 'a\udc00\ud800b' } }), path: 'input.filter.search' },
];

describe('input validation, before any upstream call', () => {
  it.each(cases)('$rule', async ({ request, path }) => {
    const result = await stack.graphql({ query: request.query, variables: { input: request.input } });

    expect(result.body.data).toBeNull();
    expect(result.body.errors).toHaveLength(1);
    const [error] = result.body.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect(error?.message).toContain(path);
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('applies the limit to the list as sent, duplicates included', async () => {
    const result = await stack.graphql({ query: ASSIGN, variables: { input: assign({ included: [5, 5, 5, 6] }).input } });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('accepts a list of exactly MAX_BULK_IDS ids', async () => {
    const result = await stack.graphql({ query: ASSIGN, variables: { input: assign({ included: [5, 6, 7] }).input } });

    expect(result.body.errors).toBeUndefined();
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it('accepts a search of exactly 255 characters', async () => {
    const result = await stack.graphql({ query: UNASSIGN, variables: { input: unassign({ all: true, included: null, filter: { search: 'a'.repeat(255) } }).input } });

    expect(result.body.errors).toBeUndefined();
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it('accepts a search with characters beyond the BMP (surrogate pairs) and sends them encoded', async () => {
    const result = await stack.graphql({ query: UNASSIGN, variables: { input: unassign({ all: true, included: null, filter: { search: 'ann 😀' } }).input } });

    expect(result.body.errors).toBeUndefined();
    expect(stack.simulator.requests[0]?.query).toContain('search=ann%20%F0%9F%98%80');
  });

  it('lists at most 20 issues however many ids are bad', async () => {
    const many = await startStack();
    try {
      const result = await many.graphql({ query: ASSIGN, variables: { input: assign({ included: Array.from({ length: 500 }, () => 0) }).input } });

      const [error] = result.body.errors ?? [];
      expect(error?.extensions?.issues).toHaveLength(20);
      expect(error?.message).toContain('and 480 more');
      expect(many.simulator.requests).toHaveLength(0);
    } finally {
      await many.close();
    }
  });
});

describe('GraphQL type errors, before any upstream call', () => {
  it.each([
    { name: 'an invalid DateTime', input: unassign({ all: true, included: null, filter: { lastActivityGte: '2026-11-01' } }) },
    { name: 'a DateTime without offset', input: unassign({ all: true, included: null, filter: { lastActivityLte: '2026-11-01T10:00:00' } }) },
    { name: 'an unknown role', input: unassign({ all: true, included: null, filter: { roles: ['SUPERUSER'] } }) },
    { name: 'an unknown user type', input: assign({ all: true, included: null, filter: { userTypes: ['ROBOT'] } }) },
    { name: 'an id beyond 32 bits', input: assign({ organizationId: 2 ** 31 }) },
    { name: 'a non-integer id', input: assign({ included: [1.5] }) },
    { name: 'a missing required field', input: { query: ASSIGN, input: { organizationId: 1, included: [5], tags: [4] } } },
  ])('answers $name in variables with HTTP 400 and BAD_USER_INPUT', async ({ input: request }) => {
    const result = await stack.graphql({ query: request.query, variables: { input: request.input } });

    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.simulator.requests).toHaveLength(0);
  });
});

describe('DateTime at the edges of what Label Studio reads (years 0001-9999 in UTC)', () => {
  it.each([
    { name: 'year 0000', value: '0000-06-01T00:00:00Z' },
    { name: 'year 0001 that an offset moves into year 0000', value: '0001-01-01T00:00:00+01:00' },
    { name: 'year 9999 that an offset moves into year 10000', value: '9999-12-31T23:30:00-01:00' },
  ])('refuses $name with HTTP 400 BAD_USER_INPUT naming the field, before any upstream call', async ({ value }) => {
    // Before, these reached Label Studio as 0000-12-31T23:00:00.000Z or +010000-01-01T00:30:00.000Z.
    const result = await stack.graphql({ query: UNASSIGN, variables: { input: unassign({ all: true, included: null, filter: { lastActivityGte: value } }).input } });

    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.message).toContain('input.filter.lastActivityGte');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('refuses an out-of-range DateTime written inline in the document', async () => {
    const result = await stack.graphql({
      query: 'mutation { bulkUnassignProjectMembers(input: {projectId: 100, all: true, filter: {lastActivityLte: "0000-01-01T00:00:00Z"}}) { unassignments } }',
    });

    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('accepts the first and the last instant and sends them as four-digit years', async () => {
    const filter = { lastActivityGte: '0001-01-01T00:00:00Z', lastActivityLte: '9999-12-31T23:59:59.999Z' };
    const result = await stack.graphql({ query: UNASSIGN, variables: { input: unassign({ all: true, included: null, filter }).input } });

    expect(result.body.errors).toBeUndefined();
    expect(stack.simulator.requests[0]?.query).toContain('last_activity__gte=0001-01-01T00%3A00%3A00.000Z');
    expect(stack.simulator.requests[0]?.query).toContain('last_activity__lte=9999-12-31T23%3A59%3A59.999Z');
  });
});

describe('credentials', () => {
  it.each([
    { name: 'no Authorization header', authorization: null },
    { name: 'an empty Authorization header', authorization: '' },
    { name: 'a scheme Label Studio does not accept', authorization: 'Basic dXNlcjpwYXNz' },
    { name: 'a scheme without a credential', authorization: 'Token' },
  ])('answers $name with UNAUTHENTICATED and no upstream call', async ({ authorization }) => {
    const result = await stack.graphql({ query: ASSIGN, variables: { input: assign({}).input }, authorization });

    expect(result.body.data).toBeNull();
    expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.body.errors?.[0]?.message).toMatch(/Authorization header/);
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('answers schema queries without an Authorization header', async () => {
    const result = await stack.graphql({ query: '{ bulkLimits { maxBulkIds maxSearchLength } }', authorization: null });

    expect(result.body).toEqual({ data: { bulkLimits: { maxBulkIds: MAX_BULK_IDS, maxSearchLength: 255 } } });
  });
});
