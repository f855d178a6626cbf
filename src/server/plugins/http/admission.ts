import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface AdmissionOptions {
  /** Request body bytes that may be in flight at once; a request waits while admitting it would exceed this. */
  maxInFlightBodyBytes: number;
  /** How long a request may wait for admission before it is refused with 503. */
  maxWaitMs: number;
  /** The size of a request's body once it has arrived (useBodySizeLimit's `bodyBytes`). */
  bodyBytes: (request: Request) => number;
}

// Every request weighs at least this much, so that a flood of tiny requests is bounded too.
const MIN_WEIGHT = 1024;

/**
 * Bounds the memory requests in flight can take. A parsed and validated request holds many times its
 * body (docs/performance.md has the figures), so many concurrent large requests could take far more
 * memory than their bodies suggest. Requests are admitted while their body sizes fit a budget, in
 * arrival order; the rest wait, and give up with 503 (and Retry-After) after `maxWaitMs`.
 *
 * A request is weighed only once its whole body has arrived and been read: a body still trickling in
 * holds no budget, so a slow client cannot shut out complete requests (it is cut off instead by the
 * server's body deadline, BODY_TIMEOUT_MS). The price is that a waiting request holds its raw body,
 * once, not the many times larger working set admission protects. Small requests weigh 1 KB each and
 * rarely wait.
 */
export function useAdmissionControl({ maxInFlightBodyBytes, maxWaitMs, bodyBytes }: AdmissionOptions): Plugin {
  let inFlight = 0;
  const waiting: { weight: number; admit: () => void }[] = [];
  const admitted = new WeakMap<Request, number>();

  function admitWaiting() {
    while (waiting.length > 0) {
      const next = waiting[0];
      if (!next || (inFlight > 0 && inFlight + next.weight > maxInFlightBodyBytes)) return;
      waiting.shift();
      inFlight += next.weight;
      next.admit();
    }
  }

  // Not async: admitted at once (the usual case), a request costs no promise here.
  function admit(request: Request): Promise<void> | undefined {
    const weight = Math.max(MIN_WEIGHT, bodyBytes(request));
    if (inFlight === 0 || (waiting.length === 0 && inFlight + weight <= maxInFlightBodyBytes)) {
      inFlight += weight;
      admitted.set(request, weight);
      return;
    }
    return new Promise<void>((resolve, reject) => {
      const entry = {
        weight,
        admit: () => {
          clearTimeout(timer);
          admitted.set(request, weight);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(entry), 1);
        reject(
          createGraphQLError('The service is busy: retry shortly.', {
            extensions: { code: 'OVERLOADED', http: { status: 503, headers: { 'retry-after': '1' } } },
          }),
        );
      }, maxWaitMs);
      waiting.push(entry);
    });
  }

  return {
    // Yoga calls onRequestParseDone once the parser has read the whole body and parsed it.
    onRequestParse: ({ request }) => ({ onRequestParseDone: () => admit(request) }),
    onResponse({ request }) {
      const weight = admitted.get(request);
      if (weight === undefined) return;
      admitted.delete(request);
      inFlight -= weight;
      admitWaiting();
    },
  };
}
