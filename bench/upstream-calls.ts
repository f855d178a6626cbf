import { isDeepStrictEqual } from 'node:util';
import type { RecordedRequest } from '../src/simulator/server.js';
import type { RestRequest } from './rest-shape.js';

/** The simulator's request log as bench/simulator.ts serves it. */
export async function takeRecordedRequests(requestLogUrl: string): Promise<RecordedRequest[]> {
  const response = await fetch(`${requestLogUrl}/take`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
  if (response.status !== 200) throw new Error(`simulator request log answered ${response.status}`);
  return (await response.json()) as RecordedRequest[];
}

// Decoded and in order of appearance: `included=5,6` (the facade's literal commas) and `included=5%2C6`
// (URLSearchParams, as RESTDataSource writes it) are the same query to Label Studio.
const queryPairs = (query: string) => [...new URLSearchParams(query)];

const describe = (call: RecordedRequest) => `${call.method} ${call.path}${call.query === '' ? '' : `?${call.query.slice(0, 80)}`}`;

/**
 * Why the upstream calls one GraphQL request caused differ from the facade's one call, or undefined when
 * they match: same method, path, decoded query, JSON body (key order aside) and the caller's credentials.
 * `expected` undefined means no call at all (the `yoga-noop` ceiling).
 */
export function upstreamCallMismatch(calls: RecordedRequest[], expected: RestRequest | undefined, authorization: string): string | undefined {
  const wanted = expected === undefined ? 0 : 1;
  if (calls.length !== wanted) return `made ${calls.length} upstream calls, expected ${wanted}${calls.length > 0 ? `: ${calls.map(describe).join(', ')}` : ''}`;
  const [call] = calls;
  if (call === undefined || expected === undefined) return undefined;
  const mark = expected.target.indexOf('?');
  const path = mark === -1 ? expected.target : expected.target.slice(0, mark);
  const query = mark === -1 ? '' : expected.target.slice(mark + 1);
  const problems = [
    call.method === expected.method ? undefined : `method ${call.method}, expected ${expected.method}`,
    call.path === path ? undefined : `path ${call.path}, expected ${path}`,
    isDeepStrictEqual(queryPairs(call.query), queryPairs(query)) ? undefined : `query "${call.query.slice(0, 200)}", expected "${query.slice(0, 200)}"`,
    isDeepStrictEqual(call.body, expected.body === undefined ? undefined : JSON.parse(expected.body)) ? undefined : `body ${JSON.stringify(call.body)?.slice(0, 200)}, expected ${expected.body?.slice(0, 200)}`,
    call.authorization === authorization ? undefined : 'not the caller\'s Authorization header',
  ].filter((problem) => problem !== undefined);
  return problems.length === 0 ? undefined : `${describe(call)}: ${problems.join('; ')}`;
}
