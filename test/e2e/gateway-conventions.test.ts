import { describe, expect, it } from 'vitest';
import { ASSIGN, useStack } from '../support/stack.js';

const stack = useStack({ LOG_LEVEL: 'info' });

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

  it('holds a request that asks for a trace to the same rules and records it the same way', async () => {
    const asking = { 'content-type': 'text/plain', 'apollo-federation-include-trace': 'ftv1' };
    const refused = await fetch(`${stack.facade.url}/graphql`, { method: 'POST', headers: asking, body: JSON.stringify({ query: ASSIGN, variables: assignInput }) });
    const invalid = await fetch(`${stack.facade.url}/graphql`, {
      method: 'POST',
      headers: { ...asking, 'content-type': 'application/json', authorization: 'Token demo-admin-token' },
      body: JSON.stringify({ query: ASSIGN, variables: { input: { organizationId: 1, all: false, tags: [4] } } }),
    });

    expect(refused.status).toBe(415);
    expect(((await invalid.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(stack.simulator.requests).toHaveLength(0);
    await post({ 'apollo-federation-include-trace': 'ftv1' });
    const lines = stack.logs.map((line) => JSON.parse(line) as { msg: string; outcome?: string }).filter((line) => line.msg === 'graphql request');
    expect(lines.map((line) => line.outcome)).toContain('ok');
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
