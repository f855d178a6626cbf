import type { Plugin } from 'graphql-yoga';
import type { AttemptObserver, WatchedAttempt } from '../../label-studio/attempts.js';

/** How the app joins each GraphQL request to the caller's trace, and what its Label Studio attempts carry. */
export interface RequestTracing {
  plugins: Plugin[];
  /** What the attempts made on behalf of `request` carry and record (the context factory hands it to the client). */
  forRequest(request: Request): AttemptObserver | undefined;
  /** Sends what is still buffered; the service calls it once, on the way out. */
  shutdown(): Promise<void>;
}

// Checked here rather than with @opentelemetry/core's parser: with tracing off no OpenTelemetry package
// is loaded at all (a test checks), and these two patterns are the whole of what the pass-through needs.
const TRACEPARENT = /^(?!ff)[\da-f]{2}-(?!0{32})[\da-f]{32}-(?!0{16})[\da-f]{16}-[\da-f]{2}$/;
// W3C: at most 32 members of 256 characters or so; printable ASCII keeps it a safe header value.
const TRACESTATE = /^[\x20-\x7e]{1,512}$/;
const noop = () => undefined;

/**
 * Tracing off: no spans, no SDK loaded. The caller's valid `traceparent` and `tracestate` go to Label
 * Studio unchanged, so a trace still joins up across this service if the hops around it record.
 */
export function passThroughTracing(): RequestTracing {
  return {
    plugins: [],
    forRequest(request) {
      const traceparent = request.headers.get('traceparent')?.toLowerCase();
      if (!traceparent || !TRACEPARENT.test(traceparent)) return undefined;
      const tracestate = request.headers.get('tracestate');
      // A tracestate means nothing without its traceparent, so it is only ever passed on beside one.
      const attempt: WatchedAttempt = { headers: tracestate && TRACESTATE.test(tracestate) ? { traceparent, tracestate } : { traceparent }, end: noop };
      return { start: () => attempt };
    },
    shutdown: () => Promise.resolve(),
  };
}
