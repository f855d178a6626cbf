import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.js';

const stack = useStack();

describe('HTTP surface', () => {
  it('answers GET /health with 200', async () => {
    const response = await fetch(`${stack.facade.url}/health`);

    expect(response.status).toBe(200);
  });

  it('serves GraphiQL at GET /graphql to a browser, opening on both mutations', async () => {
    const response = await fetch(`${stack.facade.url}/graphql`, { headers: { accept: 'text/html' } });
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(html).toContain('mutation BulkAssignOrgMemberTags');
    expect(html).toContain('mutation BulkUnassignProjectMembers');
    expect(html).toContain('Authorization');
  });

  it('inlines GraphiQL instead of loading it from a CDN, so it works offline', async () => {
    const html = await (await fetch(`${stack.facade.url}/graphql`, { headers: { accept: 'text/html' } })).text();

    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+href="https?:/);
  });

  it('refuses a mutation over GET with 405, Allow: POST and a code', async () => {
    const query = encodeURIComponent('mutation { bulkUnassignProjectMembers(input: {projectId: 100, all: true}) { unassignments } }');
    const response = await fetch(`${stack.facade.url}/graphql?query=${query}`, {
      headers: { authorization: 'Token demo-admin-token', 'x-graphql-yoga-csrf': '1' },
    });

    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
