import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/server.js';
import { ASSIGN, startFacade, UNASSIGN } from '../support/stack.js';
import { hostileCases, sendHostile, type HostileCase } from './hostile-corpus.js';

// The documents the e2e suites send that the hostile corpus does not: valid mutations, schema queries,
// GET queries, and the operation types and names this schema lacks.
const validCases: HostileCase[] = [
  { name: 'assign', body: { query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [5, 6], tags: [4] } } }, status: 200, code: '' },
  { name: 'unassign with a filter', body: { query: UNASSIGN, variables: { input: { projectId: 100, all: true, excluded: [2], filter: { roles: ['ANNOTATOR'] } } } }, status: 200, code: '' },
  { name: 'five aliased mutations', body: { query: `mutation { ${[1, 2, 3, 4, 5].map((i) => `m${i}: bulkUnassignProjectMembers(input: {projectId: 101, all: false, included: [${i}]}) { unassignments }`).join(' ')} }` }, status: 200, code: '' },
  { name: 'an upstream 404', body: { query: UNASSIGN, variables: { input: { projectId: 999_999, all: true } } }, status: 200, code: '' },
  { name: 'bulkLimits', body: { query: '{ bulkLimits { maxBulkIds maxSearchLength } }' }, status: 200, code: '' },
  { name: 'the gateway’s _service', body: { query: '{ _service { sdl } }' }, status: 200, code: '' },
  { name: 'introspection', body: { query: '{ __schema { types { name } } }' }, status: 200, code: '' },
  { name: 'a query over GET', method: 'GET', headers: { 'x-graphql-yoga-csrf': '1' }, search: { query: '{ bulkLimits { maxBulkIds } }' }, status: 200, code: '' },
  { name: 'a subscription over GET', method: 'GET', headers: { 'x-graphql-yoga-csrf': '1' }, search: { query: 'subscription { bulkLimits { maxBulkIds } }' }, status: 400, code: '' },
  { name: 'a subscription with variables', body: { query: 'subscription S($x: Int) { bulkLimits { maxBulkIds } }', variables: { x: 'no' } }, status: 400, code: '' },
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

async function outcome(baseUrl: string, request: HostileCase) {
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
