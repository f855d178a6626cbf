import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.js';

// GRAPHQL_MAX_ROOT_MUTATIONS (default 5) caps previews in one query as it caps mutations: each is at least one call.
const stack = useStack();

const previews = (count: number, prefix = 'p') =>
  Array.from({ length: count }, (_, i) => `${prefix}${i}: previewBulkUnassignProjectMembers(input: {projectId: 100, all: false, included: [${i + 1}]}) { members }`).join(' ');

describe('preview fan-out', () => {
  it('allows five previews in one query, beside fields that call nobody', async () => {
    const result = await stack.graphql({ query: `query { bulkLimits { maxBulkIds } ${previews(5)} }` });

    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(stack.simulator.requests).toHaveLength(5);
  });

  it('refuses six, before any upstream call', async () => {
    const result = await stack.graphql({ query: `query { ${previews(6)} }` });

    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]).toMatchObject({
      message: 'An operation may hold at most 5 preview fields; this one holds 6.',
      extensions: { code: 'TOO_MANY_PREVIEWS' },
    });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('counts previews hidden in fragments', async () => {
    const result = await stack.graphql({ query: `query { ...A ...B } fragment A on Query { ${previews(3, 'a')} } fragment B on Query { ${previews(3, 'b')} }` });

    expect(result.body.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_PREVIEWS');
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
