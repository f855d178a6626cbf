import { isDeepStrictEqual } from 'node:util';
import type { RecordedRequest } from '../src/simulator/server.js';
import { graphqlRequest } from './measure.js';
import type { Simulator, Target } from './targets.js';
import type { Workload } from './workloads.js';

/** A recorded call as Label Studio reads it: `included=5,6` and `included=5%2C6` are the same query. */
const comparable = ({ method, path, query, body, authorization }: RecordedRequest) => ({ method, path, query: [...new URLSearchParams(query)], body, authorization });

const describe = (calls: RecordedRequest[]) => calls.map(({ method, path, query }) => `${method} ${path}${query ? `?${query.slice(0, 80)}` : ''}`).join(', ') || 'none';

/** One request to `target`: the upstream calls it caused, or why its answer does not count. */
export async function callsFor(target: Target, workload: Workload, simulator: Simulator): Promise<RecordedRequest[]> {
  const take = async () => (await fetch(`${simulator.requestLogUrl}/take`, { method: 'POST' })).json() as Promise<RecordedRequest[]>;
  await take();
  const { url, ...init } = graphqlRequest(target, workload, simulator.adminToken);
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  if (response.status !== 200 || !text.includes('"data":{') || text.includes('"errors"')) {
    throw new Error(`${target.name} failed the ${workload.name} check: HTTP ${response.status} ${text.slice(0, 300)}`);
  }
  return take();
}

/**
 * Before any load, each target answers the workload once with data, and the simulator must have seen the
 * same upstream calls the facade made for it: a fast target that answers errors, or makes a cheaper call,
 * would otherwise win the table. The ceiling answers the same calls with no features around them.
 */
export async function checkAgainstFacade(facadeCalls: RecordedRequest[], target: Target, workload: Workload, simulator: Simulator): Promise<void> {
  const calls = await callsFor(target, workload, simulator);
  if (!isDeepStrictEqual(calls.map(comparable), facadeCalls.map(comparable))) {
    throw new Error(`${target.name} failed the ${workload.name} check: upstream calls ${describe(calls)}, the facade's ${describe(facadeCalls)}`);
  }
}
