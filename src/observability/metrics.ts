import type { Plugin } from 'graphql-yoga';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { AttemptObserver, WatchedAttempt } from '../label-studio/attempts.js';

// Latency buckets in seconds, from a fast loopback hop to the default 10 s upstream budget.
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** One registry per app instance, so tests and several apps in one process never share counters. */
export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    graphqlRequests: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL requests by operation (type and root fields) and outcome (ok or the first error code); _count is the request count.',
      labelNames: ['operation', 'outcome'] as const,
      buckets: BUCKETS,
      registers: [registry],
    }),
    upstreamCalls: new Histogram({
      name: 'label_studio_request_duration_seconds',
      help: 'Calls to Label Studio by method, route template and status (or network/timeout/cancelled); one per attempt.',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: BUCKETS,
      registers: [registry],
    }),
    unknownCodes: new Counter({
      name: 'label_studio_unknown_codes_total',
      help: 'Role and user-type codes in Label Studio answers that this service does not know (read as null, passed through), by field and code.',
      labelNames: ['field', 'code'] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

// Distinct codes with a label of their own; the codes come from Label Studio, so the series must not grow without end.
const MAX_CODE_LABELS = 50;
const OTHER_CODE = '(other)';

/** Each Label Studio attempt, once ended, as one sample of the upstream histogram; each unknown code it carried, counted. */
export function observeAttempts({ upstreamCalls, unknownCodes }: Metrics): AttemptObserver {
  const labelled = new Set<string>();
  const codeLabel = (code: string) => {
    if (labelled.has(code)) return code;
    if (labelled.size >= MAX_CODE_LABELS || !/^[\w.-]{1,32}$/.test(code)) return OTHER_CODE;
    labelled.add(code);
    return code;
  };
  const watched: WatchedAttempt = {
    end: ({ method, route, status, durationMs, outcome }) => {
      upstreamCalls.observe({ method, route, status: String(status) }, durationMs / 1000);
      if (outcome.kind === 'http' && outcome.unknownCodes) for (const { field, code } of outcome.unknownCodes) unknownCodes.inc({ field, code: codeLabel(code) });
    },
  };
  return { start: () => watched };
}

/** Serves the registry at GET /metrics in Prometheus' text format. */
export function useMetricsEndpoint(registry: Registry): Plugin {
  return {
    // Not async: an async hook would put a promise in the path of every GraphQL request too.
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== '/metrics' || request.method !== 'GET') return;
      return registry.metrics().then((text) => endResponse(new fetchAPI.Response(text, { headers: { 'content-type': registry.contentType } })));
    },
  };
}
