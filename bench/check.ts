import { countIn, requestFor } from './requests.js';
import type { Target } from './stack.js';
import { takeRecordedRequests, upstreamCallMismatch } from './upstream-calls.js';
import type { Workload } from './workloads.js';

/**
 * One request before any measuring: a fast target that answers errors would otherwise win the table, and
 * one that made a cheaper (or a second) upstream call would be measuring something else. So the answer
 * must carry a count, and the simulator must have seen exactly the facade's REST call (none for the
 * `yoga-noop` ceiling, which makes no hop by design).
 */
export async function checkTarget(target: Target, workload: Workload, adminToken: string, requestLogUrl: string): Promise<number> {
  const { url, method, headers, body } = requestFor(target, workload, adminToken);
  await takeRecordedRequests(requestLogUrl);
  const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(10_000) });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const count = countIn(target, workload, parsed);
  const graphqlErrors = typeof parsed === 'object' && parsed !== null && 'errors' in parsed;
  if (response.status !== 200 || count === undefined || graphqlErrors) {
    throw new Error(`${target.name} failed the ${workload.name} check: HTTP ${response.status} ${text.slice(0, 500)}`);
  }
  // A workload without one REST call of its own (previews, the guard) runs on the facade alone: nothing to compare.
  if (!workload.rest) return count;
  const expected = target.name === 'yoga-noop' ? undefined : workload.rest;
  const mismatch = upstreamCallMismatch(await takeRecordedRequests(requestLogUrl), expected, headers['authorization'] ?? '');
  if (mismatch !== undefined) throw new Error(`${target.name} failed the ${workload.name} check: ${mismatch}`);
  return count;
}
