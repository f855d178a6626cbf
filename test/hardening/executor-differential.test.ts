import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/server.js';
import { ASSIGN, startFacade, UNASSIGN } from '../support/stack.js';
import { hostileCases, sendHostile, type HostileRequest } from './hostile-corpus.js';

// The documents the e2e suites send that the hostile corpus does not: valid mutations, schema queries,
// GET queries, and the operation types and names this schema lacks.
const validCases: HostileRequest[] = [
  { name: 'assign', body: { query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [5, 6], tags: [4] } } } },
  { name: 'unassign with a filter', body: { query: UNASSIGN, variables: { input: { projectId: 100, all: true, excluded: [2], filter: { roles: ['ANNOTATOR'] } } } } },
  { name: 'five aliased mutations', body: { query: `mutation { ${[1, 2, 3, 4, 5].map((i) => `m${i}: bulkUnassignProjectMembers(input: {projectId: 101, all: false, included: [${i}]}) { unassignments }`).join(' ')} }` } },
  { name: 'an upstream 404', body: { query: UNASSIGN, variables: { input: { projectId: 999_999, all: true } } } },
  { name: 'bulkLimits', body: { query: '{ bulkLimits { maxBulkIds maxSearchLength } }' } },
  { name: 'the gateway’s _service', body: { query: '{ _service { sdl } }' } },
  { name: 'introspection', body: { query: '{ __schema { types { name } } }' } },
  { name: 'a query over GET', method: 'GET', headers: { 'x-graphql-yoga-csrf': '1' }, search: { query: '{ bulkLimits { maxBulkIds } }' } },
  { name: 'an inline input with a DateTime literal', body: { query: 'mutation { bulkUnassignProjectMembers(input: {projectId: 100, all: true, filter: {lastActivityGte: "2020-01-01T00:00:00Z", roles: [ANNOTATOR]}}) { unassignments } }' } },
  { name: 'a bad DateTime literal', body: { query: 'mutation { bulkUnassignProjectMembers(input: {projectId: 100, all: true, filter: {lastActivityGte: "yesterday"}}) { unassignments } }' } },
  { name: 'fragments, __typename and @skip with a variable', body: { query: 'query Q($hide: Boolean!) { ...L __typename } fragment L on Query { bulkLimits { maxBulkIds @skip(if: $hide) maxSearchLength __typename } }', variables: { hide: true } } },
  { name: 'a variable with a default, omitted', body: { query: 'mutation U($all: Boolean = true) { bulkUnassignProjectMembers(input: {projectId: 100, all: $all}) { unassignments } }' } },
  { name: 'a subscription over GET', method: 'GET', headers: { 'x-graphql-yoga-csrf': '1' }, search: { query: 'subscription { bulkLimits { maxBulkIds } }' } },
  { name: 'a subscription with variables', body: { query: 'subscription S($x: Int) { bulkLimits { maxBulkIds } }', variables: { x: 'no' } } },
];

let simulator: Simulator;
let jit: Awaited<ReturnType<typeof startFacade>>;
let js: Awaited<ReturnType<typeof startFacade>>;
beforeAll(async () => {
  simulator = await startSimulator();
  [jit, js] = await Promise.all([
    startFacade({ LABEL_STUDIO_URL: simulator.url }, { executor: 'graphql-jit' }),
    startFacade({ LABEL_STUDIO_URL: simulator.url }, { executor: 'graphql-js' }),
  ]);
});
afterAll(async () => {
  await Promise.all([jit.close(), js.close()]);
  await simulator.close();
});

async function outcome(baseUrl: string, request: HostileRequest) {
  simulator.reset();
  const response = await sendHostile(baseUrl, request);
  const body = JSON.parse(await response.text()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
  return { status: response.status, data: body.data, codes: body.errors?.map((error) => error.extensions?.code), upstreamCalls: simulator.requests.length };
}

describe('graphql-jit and graphql-js answer alike', () => {
  it.each([...validCases, ...hostileCases])('$name: same status, data, error codes and upstream calls', async (request) => {
    const compiled = await outcome(jit.url, request);
    const interpreted = await outcome(js.url, request);

    expect(compiled).toEqual(interpreted);
    expect(compiled.status).toBeLessThan(500);
  });
});
