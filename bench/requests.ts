import type { Target } from './stack.js';
import type { Workload } from './workloads.js';

export interface HttpRequestSpec {
  url: string;
  method: 'POST' | 'DELETE';
  headers: Record<string, string>;
  body?: string;
}

/** What a target gets for a workload: the GraphQL mutation, or for `upstream` the equivalent REST call. */
export function requestFor(target: Target, workload: Workload, adminToken: string): HttpRequestSpec {
  const authorization = `Token ${adminToken}`;
  if (target.name === 'upstream') {
    if (!workload.rest) throw new Error(`${workload.name} has no single REST equivalent to send upstream`);
    const { method, target: path, body } = workload.rest;
    const headers: Record<string, string> = { authorization, accept: 'application/json' };
    if (body !== undefined) headers['content-type'] = 'application/json';
    return { url: `${target.url}${path}`, method, headers, body };
  }
  return {
    url: `${target.url}/graphql`,
    method: 'POST',
    headers: { authorization, accept: 'application/json', 'content-type': 'application/json' },
    body: workload.graphqlBody,
  };
}

/** The count in an answer, or undefined when the answer has none (GraphQL: data[field][countKey]). */
export function countIn(target: Target, workload: Workload, body: unknown): number | undefined {
  const pick = (value: unknown, key: string): unknown =>
    typeof value === 'object' && value !== null && key in value ? (value as Record<string, unknown>)[key] : undefined;
  const count =
    target.name === 'upstream'
      ? pick(body, workload.countKey)
      : pick(pick(pick(body, 'data'), workload.field), workload.countKey);
  return Number.isInteger(count) ? (count as number) : undefined;
}
