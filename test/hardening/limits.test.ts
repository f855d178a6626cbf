import { afterEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const unassignMany = (count: number) =>
  `mutation { ${Array.from({ length: count }, (_, i) => `m${i}: bulkUnassignProjectMembers(input: {projectId: 101, all: false, included: [${i + 1}]}) { unassignments }`).join(' ')} }`;

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${stack?.facade.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      // The GraphQL-over-HTTP media type: request errors are then 4xx (with plain application/json they are 200).
      accept: 'application/graphql-response+json',
      authorization: 'Token demo-admin-token',
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('mutation fan-out', () => {
  it('allows GRAPHQL_MAX_ROOT_MUTATIONS mutations in one operation, each one call', async () => {
    stack = await startStack();

    const result = await post({ query: unassignMany(5) });

    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(stack.simulator.requests).toHaveLength(5);
  });

  it('follows a configured limit', async () => {
    stack = await startStack({ GRAPHQL_MAX_ROOT_MUTATIONS: '1' });

    const result = await post({ query: unassignMany(2) });

    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_MUTATIONS');
    expect(stack.simulator.requests).toHaveLength(0);
  });
});

describe('batched requests', () => {
  it('are accepted up to GRAPHQL_BATCH_LIMIT when enabled', async () => {
    stack = await startStack({ GRAPHQL_BATCH_LIMIT: '2' });
    const query = { query: '{ bulkLimits { maxBulkIds } }' };

    const two = await post([query, query]);
    const three = await post([query, query, query]);

    expect(two.status).toBe(200);
    expect(two.body).toHaveLength(2);
    expect(three.status).toBe(413);
  });
});

describe('GRAPHQL_INTROSPECTION=false', () => {
  it('refuses introspection but still answers the gateway’s _service query', async () => {
    stack = await startStack({ GRAPHQL_INTROSPECTION: 'false' });

    const introspection = await post({ query: '{ __schema { types { name } } }' });
    const service = await post({ query: '{ _service { sdl } }' });

    expect(introspection.status).toBe(400);
    expect(introspection.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(service.status).toBe(200);
  });

  it('gives no field suggestions', async () => {
    stack = await startStack({ GRAPHQL_INTROSPECTION: 'false' });

    const result = await post({ query: '{ bulkLimit { maxBulkIds } }' });

    expect(result.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('does not serve GraphiQL, which needs introspection', async () => {
    stack = await startStack({ GRAPHQL_INTROSPECTION: 'false' });

    const response = await fetch(`${stack.facade.url}/graphql`, { headers: { accept: 'text/html' } });

    expect(await response.text()).not.toContain('graphiql');
  });

  it('suggests fields while introspection is on', async () => {
    stack = await startStack();

    const result = await post({ query: '{ bulkLimit { maxBulkIds } }' });

    expect(result.body.errors?.[0]?.message).toMatch(/Did you mean "bulkLimits"/);
  });
});

describe('CSRF prevention', () => {
  it('lets a simple-content-type request through with the x-graphql-yoga-csrf header', async () => {
    stack = await startStack();
    const response = await fetch(`${stack.facade.url}/graphql?query=${encodeURIComponent('{ bulkLimits { maxBulkIds } }')}`, {
      headers: { 'x-graphql-yoga-csrf': '1', accept: 'application/json' },
    });

    expect(response.status).toBe(200);
  });
});

describe('MAX_BODY_BYTES', () => {
  const chunked = (text: string) =>
    fetch(`${stack?.facade.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: 'Token demo-admin-token' },
      // A stream body is sent chunked, without Content-Length: the limit must count what arrives.
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(text));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);

  it('refuses a chunked body over the limit with 413', async () => {
    stack = await startStack({ MAX_BODY_BYTES: '1000' });

    const response = await chunked(JSON.stringify({ query: `{ bulkLimits { maxBulkIds } } ${' '.repeat(2_000)}` }));

    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('accepts a chunked body under the limit', async () => {
    stack = await startStack({ MAX_BODY_BYTES: '1000' });

    const response = await chunked(JSON.stringify({ query: '{ bulkLimits { maxBulkIds } }' }));

    expect(await response.json()).toEqual({ data: { bulkLimits: { maxBulkIds: 50_000 } } });
  });
});
