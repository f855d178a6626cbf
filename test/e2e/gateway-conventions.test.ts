import { describe, expect, it } from 'vitest';
import { ASSIGN, useStack } from '../support/stack.js';

const stack = useStack();

const assignInput = { input: { organizationId: 1, all: false, included: [5], tags: [4] } };

function post(headers: Record<string, string> = {}) {
  return fetch(`${stack.facade.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Token demo-admin-token', ...headers },
    body: JSON.stringify({ query: ASSIGN, variables: assignInput }),
  }).then((response) => response.json() as Promise<{ data?: unknown; extensions?: Record<string, unknown> }>);
}

describe('Apollo inline traces (ftv1)', () => {
  it('answers with extensions.ftv1 when the request carries apollo-federation-include-trace: ftv1', async () => {
    const body = await post({ 'apollo-federation-include-trace': 'ftv1' });

    expect(body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 1 } });
    expect(body.extensions?.['ftv1']).toMatch(/^[A-Za-z0-9+/]+=*$/);
  });

  it('adds nothing to an ordinary request', async () => {
    const body = await post();

    expect(body).toEqual({ data: { bulkAssignOrgMemberTags: { assigned: 1 } } });
  });
});

describe("Apollo Router's health check", () => {
  it('answers GET /graphql?query={__typename} with apollo-require-preflight: true, without credentials', async () => {
    const response = await fetch(`${stack.facade.url}/graphql?query=${encodeURIComponent('{__typename}')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
