import autocannon, { type RawResult } from 'autocannon';

export interface LoadSpec {
  url: string;
  method: 'POST' | 'DELETE';
  headers: Record<string, string>;
  body?: string;
  connections: number;
  seconds: number;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  completed: number;
  non2xx: number;
  /** Connection errors and timeouts (autocannon counts timeouts among errors). */
  errors: number;
  /** 2xx answers that carried GraphQL `errors`. */
  graphqlErrors: number;
  statusCodes: Record<string, number>;
}

/** A round's numbers plus autocannon's raw result, kept so rounds can be merged into one latency histogram. */
export interface LoadRound {
  result: LoadResult;
  raw: RawResult;
}

// GraphQL reports resolver failures with a 200, so a status count alone would call a broken run clean.
const hasNoGraphQLErrors = (body: string) => !body.includes('"errors"');

export async function runLoad(spec: LoadSpec): Promise<LoadRound> {
  const raw = await autocannon({
    url: spec.url,
    method: spec.method,
    headers: spec.headers,
    body: spec.body,
    connections: spec.connections,
    duration: spec.seconds,
    timeout: 10,
    verifyBody: hasNoGraphQLErrors,
    skipAggregateResult: true,
  });
  const result = autocannon.aggregateResult([raw], { url: spec.url, connections: spec.connections });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]));
  return {
    raw,
    result: {
      // Total over elapsed time rather than the mean of 1 s samples, which drops the partial last second.
      requestsPerSecond: result.requests.total / result.duration,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      completed: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
      graphqlErrors: result.mismatches,
      statusCodes,
    },
  };
}

/** p50 and p99 over every response of every round: a mean of per-round p99s would let one bad round hide or dominate. */
export function mergedLatency(rounds: LoadRound[]): { p50Ms: number; p99Ms: number } {
  // aggregateResult validates its options as if for a new run, so it wants a URL; merging never uses it.
  const merged = autocannon.aggregateResult(
    rounds.map((round) => round.raw),
    { url: 'http://127.0.0.1' },
  );
  return { p50Ms: merged.latency.p50, p99Ms: merged.latency.p99 };
}
