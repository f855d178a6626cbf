import { once } from 'node:events';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/server.js';
import { eventually } from '../support/eventually.js';
import { startServiceProcess } from '../support/service-process.js';
import { ASSIGN, postGraphQL } from '../support/stack.js';

let simulator: Simulator;
beforeAll(async () => {
  simulator = await startSimulator();
});
afterAll(() => simulator.close());
beforeEach(() => simulator.reset());

const startService = (env: Record<string, string> = {}) => startServiceProcess({ LABEL_STUDIO_URL: simulator.url, ...env });

describe('graceful shutdown', () => {
  it('on SIGTERM finishes the mutation in flight, refuses new connections and exits 0', async () => {
    const service = await startService();
    // Label Studio takes a while with this one: it is still running when SIGTERM arrives.
    simulator.injectFault({ route: 'assign', delayMs: 1_000 });
    const inFlight = postGraphQL(service.url, {
      query: ASSIGN,
      variables: { input: { organizationId: 1, all: false, included: [5], tags: [4] } },
      authorization: 'Token demo-admin-token',
    });
    await eventually(() => simulator.requests.length === 1);
    const exited = once(service.child, 'exit');

    service.child.kill('SIGTERM');
    await eventually(() => service.output().includes('"draining"'));
    const refused = await fetch(`${service.url}/health`).then(
      () => false,
      () => true,
    );

    expect((await inFlight).body).toEqual({ data: { bulkAssignOrgMemberTags: { assigned: 1 } } });
    expect(refused).toBe(true);
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
  });

  it('on SIGTERM answers /ready with 503 at once while still serving mutations; a second SIGTERM skips the delay', async () => {
    // A delay far beyond the test's timeout: only the second signal can end it in time.
    const service = await startService({ SHUTDOWN_DELAY_MS: '600000' });
    expect((await fetch(`${service.url}/ready`)).status).toBe(200);
    const exited = once(service.child, 'exit');

    service.child.kill('SIGTERM');
    await eventually(() => service.output().includes('"draining"'));
    const ready = await fetch(`${service.url}/ready`);
    const mutation = await postGraphQL(service.url, {
      query: ASSIGN,
      variables: { input: { organizationId: 1, all: false, included: [5], tags: [4] } },
      authorization: 'Token demo-admin-token',
    });
    service.child.kill('SIGTERM');

    expect(ready.status).toBe(503);
    expect(mutation.body).toEqual({ data: { bulkAssignOrgMemberTags: { assigned: 1 } } });
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(service.output()).toContain('"stopped"');
  }, 30_000);
});
