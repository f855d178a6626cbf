import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadGateways, LOAD_GATEWAYS_TIMEOUT_MS, type RunningGateway } from '../support/gateway-peers.js';
import { startStack, type GraphQLResult, type Stack } from '../support/stack.js';
import { startCompanySubgraph } from './company-subgraph.js';

// The facade in a supergraph beside a company's own service, which owns Organization and Project: both
// gateways join a project's name from that service with its members from this one.

const AUTHORIZATION = 'Token demo-admin-token';
let stack: Stack;
let company: Awaited<ReturnType<typeof startCompanySubgraph>>;
const gateways: Record<string, RunningGateway> = {};
let peers: Awaited<ReturnType<typeof loadGateways>>;
beforeAll(async () => {
  peers = await loadGateways();
}, LOAD_GATEWAYS_TIMEOUT_MS);
beforeAll(async () => {
  const { startGateway, startHiveGateway } = peers;
  [stack, company] = await Promise.all([startStack(), startCompanySubgraph()]);
  const subgraphUrl = `${stack.facade.url}/graphql`;
  const others = [{ name: 'company', url: company.url }];
  [gateways['@apollo/gateway'], gateways['Hive Gateway']] = await Promise.all([startGateway(subgraphUrl, others), startHiveGateway(subgraphUrl, others)]);
}, 60_000);
afterAll(async () => {
  await Promise.all(Object.values(gateways).map((gateway) => gateway.stop()));
  await Promise.all([stack?.close(), company?.close()]);
});
beforeEach(() => stack.simulator.reset());

async function viaGateway(gateway: RunningGateway, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult> {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: AUTHORIZATION },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as GraphQLResult['body'], text };
}

const sdlOf = async (url: string) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
  return ((await response.json()) as { data: { _service: { sdl: string } } }).data._service.sdl;
};

describe('composed with a company subgraph that owns Organization and Project', () => {
  it('composes with no errors', async () => {
    const services = [
      { name: 'label-studio-bulk', url: `${stack.facade.url}/graphql`, typeDefs: parse(await sdlOf(`${stack.facade.url}/graphql`)) },
      { name: 'company', url: company.url, typeDefs: parse(await sdlOf(company.url)) },
    ];

    const composed = composeServices(services);

    expect(composed.errors).toBeUndefined();
    expect(composed.supergraphSdl).toMatch(/type Project[\s\S]*name: String![\s\S]*members\(/);
  });
});

describe.each(['@apollo/gateway', 'Hive Gateway'])('behind a real %s', (name) => {
  const gateway = () => gateways[name] as RunningGateway;

  it("reads a project's name from the company's service and its members from this one, in one query", async () => {
    const direct = await stack.graphql({ query: '{ projectMembers(projectId: 100, first: 30) { totalCount nodes { id userId } } }' });
    stack.simulator.reset();

    const result = await viaGateway(gateway(), '{ project(id: 100) { id name members(first: 30) { totalCount nodes { id userId } } } }');

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data).toEqual({ project: { id: 100, name: 'Radiology', members: direct.body.data?.['projectMembers'] } });
    expect(stack.simulator.requests.map((request) => request.authorization)).toEqual([AUTHORIZATION]);
  });

  it("joins the company's projects with their members through _entities, one list read per project", async () => {
    const result = await viaGateway(gateway(), '{ companyProjects(count: 2) { name members(first: 1) { totalCount } } }');

    expect(result.body.errors).toBeUndefined();
    expect((result.body.data?.['companyProjects'] as { name: string }[]).map((project) => project.name)).toEqual(['Radiology', 'Oncology']);
    expect(stack.simulator.requests).toHaveLength(2);
  });

  it('makes no Label Studio call for a hundred projects when no list is read', async () => {
    const result = await viaGateway(gateway(), '{ companyProjects(count: 100) { id name } }');

    expect(result.body.data?.['companyProjects']).toHaveLength(100);
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it("refuses a hundred projects' members at the cap, with no Label Studio call", async () => {
    const result = await viaGateway(gateway(), '{ companyProjects(count: 100) { name members(first: 1) { totalCount } } }');

    expect(result.body.errors?.map((error) => error.extensions?.code)).toContain('TOO_MANY_PREVIEWS');
    expect(stack.simulator.requests).toHaveLength(0);
  });
});
