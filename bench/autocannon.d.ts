// autocannon ships no types and there is no @types package among the pinned dependencies;
// this declares only the slice of its programmatic API the bench uses.
declare module 'autocannon' {
  export interface Options {
    url: string;
    method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    /** Seconds. */
    duration?: number;
    /** Per-request timeout in seconds. */
    timeout?: number;
    /** A response whose body fails this is counted in `mismatches`. */
    verifyBody?: (body: string) => boolean;
    /** Resolve with the raw round (histograms still encoded), so several rounds can be merged later. */
    skipAggregateResult?: boolean;
    /** Requests each connection cycles through, in order; `onResponse` sees every answer. */
    requests?: RequestSpec[];
  }

  export interface RequestSpec {
    method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    onResponse?: (status: number, body: string) => void;
  }

  export interface Histogram {
    average: number;
    mean: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
  }

  export interface Result {
    /** Seconds actually spent. */
    duration: number;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    resets: number;
    statusCodeStats: Record<string, { count: number }>;
    /** Milliseconds, whole-millisecond resolution. */
    latency: Histogram;
    /** Per-second samples; `total` is every completed response. */
    requests: Histogram & { sent: number };
  }

  /** One run before aggregation; only what `aggregateResult` needs is spelled out. */
  export interface RawResult {
    latencies: string;
    totalCompletedRequests: number;
    duration: number;
  }

  export interface Instance<T> extends PromiseLike<T> {
    stop(): void;
  }

  function autocannon(options: Options & { skipAggregateResult: true }): Instance<RawResult>;
  function autocannon(options: Options): Instance<Result>;
  namespace autocannon {
    /** Merges raw runs into one result: percentiles over every response of every run. */
    function aggregateResult(results: RawResult[], options: { url: string; connections?: number }): Result;
  }
  export default autocannon;
}
