import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/server.js';
import { eventually } from '../support/eventually.js';
import { ASSIGN, postGraphQL, startFacade, UNASSIGN } from '../support/stack.js';

let simulator: Simulator;
let facade: Awaited<ReturnType<typeof startFacade>>;
beforeAll(async () => {
  simulator = await startSimulator();
  facade = await startFacade({ LABEL_STUDIO_URL: simulator.url, UPSTREAM_TIMEOUT_MS: '3000' });
});
afterAll(async () => {
  await facade.close();
  await simulator.close();
});

const assign = (userId: number) =>
  postGraphQL(facade.url, {
    query: ASSIGN,
    variables: { input: { organizationId: 1, all: false, included: [userId], tags: [4] } },
    authorization: 'Token demo-admin-token',
  });
const unassign = () =>
  postGraphQL(facade.url, { query: UNASSIGN, variables: { input: { projectId: 101, all: false, included: [5] } }, authorization: 'Token demo-admin-token' });
const codeOf = (result: Awaited<ReturnType<typeof assign>>) => result.body.errors?.[0]?.extensions?.['code'] ?? 'ok';

describe('Label Studio killed and restarted under traffic', () => {
  it('fails what was in flight with mapped errors, then serves again without restarting the facade', async () => {
    const port = new URL(simulator.url).port;
    // Slow answers, so that five mutations are in flight when Label Studio dies.
    simulator.injectFault({ route: 'assign', delayMs: 2_000, times: 5 });
    const inFlight = Promise.all([1, 2, 3, 5, 6].map(assign));
    await eventually(() => simulator.requests.length === 5);

    await simulator.close();
    const interrupted = await inFlight;
    const whileDown = await Promise.all([assign(7), unassign()]);

    simulator = await startSimulator({ port: Number(port) });
    const afterRestart = await Promise.all([assign(5), unassign()]);

    expect(interrupted.map(codeOf)).toEqual(Array(5).fill('UPSTREAM_UNAVAILABLE'));
    expect(whileDown.map(codeOf)).toEqual(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE']);
    expect(afterRestart.map((result) => result.body)).toEqual([
      { data: { bulkAssignOrgMemberTags: { assigned: 1 } } },
      { data: { bulkUnassignProjectMembers: { unassignments: 1 } } },
    ]);
  });
});
