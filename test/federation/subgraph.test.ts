import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { printSchemaSdl } from '../../src/schema/print.js';
import { loadGateways, LOAD_GATEWAYS_TIMEOUT_MS, type RunningGateway } from '../support/gateway-peers.js';
import { ASSIGN, startStack, UNASSIGN, type GraphQLResult, type Stack } from '../support/stack.js';

let stack: Stack;
const gateways: Record<string, RunningGateway> = {};
let peers: Awaited<ReturnType<typeof loadGateways>>;
beforeAll(async () => {
  peers = await loadGateways();
}, LOAD_GATEWAYS_TIMEOUT_MS);
beforeAll(async () => {
  const { startGateway, startHiveGateway } = peers;
  stack = await startStack();
  const subgraphUrl = `${stack.facade.url}/graphql`;
  [gateways['@apollo/gateway'], gateways['Hive Gateway']] = await Promise.all([startGateway(subgraphUrl), startHiveGateway(subgraphUrl)]);
}, 60_000);
afterAll(async () => {
  await Promise.all(Object.values(gateways).map((gateway) => gateway.stop()));
  await stack.close();
});
beforeEach(() => stack.simulator.reset());

async function viaGateway(gateway: RunningGateway, query: string, variables: Record<string, unknown>, authorization?: string): Promise<GraphQLResult> {
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
});

describe.each(['@apollo/gateway', 'Hive Gateway'])('behind a real %s', (name) => {
  const gateway = () => gateways[name] as RunningGateway;

  it('runs bulkAssignOrgMemberTags, with the caller’s Authorization reaching Label Studio', async () => {
    const result = await viaGateway(gateway(), ASSIGN, { input: { organizationId: 1, all: false, included: [5, 6], tags: [4] } }, 'Token demo-admin-token');

    expect(result.body).toEqual({ data: { bulkAssignOrgMemberTags: { assigned: 2 } } });
    expect(stack.simulator.requests.map((request) => request.authorization)).toEqual(['Token demo-admin-token']);
  });

  it('runs bulkUnassignProjectMembers, with the caller’s Authorization reaching Label Studio', async () => {
    const bearer = `Bearer ${stack.simulator.issueAccessToken(2)}`;

    const result = await viaGateway(gateway(), UNASSIGN, { input: { projectId: 101, all: false, included: [5, 6] } }, bearer);

    expect(result.body).toEqual({ data: { bulkUnassignProjectMembers: { unassignments: 2 } } });
    expect(stack.simulator.requests.map((request) => request.authorization)).toEqual([bearer]);
  });

  it('passes the mapped error codes through', async () => {
    const result = await viaGateway(gateway(), UNASSIGN, { input: { projectId: 101, all: false, included: [5] } });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(stack.simulator.requests).toHaveLength(0);
  });
});

describe('behind Hive Gateway, configured as the README shows', () => {
  it('propagates the caller’s request id and trace context to Label Studio too', async () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    await fetch((gateways['Hive Gateway'] as RunningGateway).url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Token demo-admin-token', 'x-request-id': 'via-hive-1', traceparent, tracestate: 'rojo=1' },
      body: JSON.stringify({ query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [5], tags: [4] } } }),
    });

    expect(stack.simulator.requests[0]?.headers).toMatchObject({ 'x-request-id': 'via-hive-1', traceparent, tracestate: 'rojo=1' });
  });
});
