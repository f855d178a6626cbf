import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { printSchemaSdl } from '../../src/schema/print.js';
import { ASSIGN, startStack, UNASSIGN, type GraphQLResult, type Stack } from '../support/stack.js';
import { startGateway } from './gateway.js';

let stack: Stack;
let gateway: Awaited<ReturnType<typeof startGateway>>;
beforeAll(async () => {
  stack = await startStack();
  gateway = await startGateway(`${stack.facade.url}/graphql`);
});
afterAll(async () => {
  await gateway.stop();
  await stack.close();
});
beforeEach(() => stack.simulator.reset());

async function viaGateway(query: string, variables: Record<string, unknown>, authorization?: string): Promise<GraphQLResult> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as GraphQLResult['body'], text };
}

describe('Apollo Federation v2 subgraph', () => {
  it('serves its SDL at _service without credentials, linked to federation v2', async () => {
    const result = await stack.graphql({ query: '{ _service { sdl } }', authorization: null });

    const sdl = (result.body.data?.['_service'] as { sdl: string } | undefined)?.sdl ?? '';
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.6"');
    expect(`${sdl}\n`).toBe(printSchemaSdl());
  });

  it('composes into a supergraph with no errors and no hints', async () => {
    const result = await stack.graphql({ query: '{ _service { sdl } }', authorization: null });
    const sdl = (result.body.data?.['_service'] as { sdl: string }).sdl;

    const composed = composeServices([{ name: 'label-studio-bulk', url: `${stack.facade.url}/graphql`, typeDefs: parse(sdl) }]);

    expect(composed.errors).toBeUndefined();
    expect(composed.hints).toEqual([]);
  });

  it('runs bulkAssignOrgMemberTags through a real gateway, with the caller’s Authorization reaching Label Studio', async () => {
    const result = await viaGateway(ASSIGN, { input: { organizationId: 1, all: false, included: [5, 6], tags: [4] } }, 'Token demo-admin-token');

    expect(result.body).toEqual({ data: { bulkAssignOrgMemberTags: { assigned: 2 } } });
    expect(stack.simulator.requests.map((request) => request.authorization)).toEqual(['Token demo-admin-token']);
  });

  it('runs bulkUnassignProjectMembers through a real gateway, with the caller’s Authorization reaching Label Studio', async () => {
    const bearer = `Bearer ${stack.simulator.issueAccessToken(2)}`;

    const result = await viaGateway(UNASSIGN, { input: { projectId: 101, all: false, included: [5, 6] } }, bearer);

    expect(result.body).toEqual({ data: { bulkUnassignProjectMembers: { unassignments: 2 } } });
    expect(stack.simulator.requests.map((request) => request.authorization)).toEqual([bearer]);
  });

  it('passes the mapped error codes through the gateway', async () => {
    const result = await viaGateway(UNASSIGN, { input: { projectId: 101, all: false, included: [5] } });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
