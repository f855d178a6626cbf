import { defineConfig } from '@graphql-hive/gateway';

/**
 * Hive Gateway in front of the facade, as the README tells users to run it: the caller's Authorization
 * header (and request id and trace context) are propagated to this subgraph on every request.
 */
export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization'),
      'x-request-id': request.headers.get('x-request-id'),
      traceparent: request.headers.get('traceparent'),
      tracestate: request.headers.get('tracestate'),
    }),
  },
});
