import { countIn, requestFor } from './requests.js';
import type { Target } from './stack.js';
import type { Workload } from './workloads.js';

/** One request before any measuring: a fast target that answers errors would otherwise win the table. */
export async function checkTarget(target: Target, workload: Workload, adminToken: string): Promise<number> {
  const { url, method, headers, body } = requestFor(target, workload, adminToken);
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
  return count;
}
