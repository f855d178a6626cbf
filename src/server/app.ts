import type { IncomingMessage, ServerResponse } from 'node:http';
import { useApolloInlineTrace } from '@graphql-yoga/plugin-apollo-inline-trace';
import type { GraphQLSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';
import type { Config } from '../config.js';
import { createLabelStudioClient } from '../label-studio/client.js';
import { createReachabilityProbe } from '../label-studio/probe.js';
import type { Logger } from '../logger.js';
import { createMetrics, observeAttempts, useMetricsEndpoint } from '../observability/metrics.js';
import { useReadinessEndpoint } from '../observability/readiness.js';
import { useRequestTelemetry } from '../observability/request-telemetry.js';
import { passThroughTracing, type RequestTracing } from '../observability/tracing/request-tracing.js';
import type { GraphQLContext } from '../schema/context.js';
import { maskError } from '../schema/errors.js';
import { buildSchema } from '../schema/index.js';
import { whenResponseCloses } from './caller-gone.js';
import { graphiqlOptions } from './graphiql.js';
import { CSRF_HEADER, limitPlugins } from './plugins/document/limits.js';
import { loadTrustedDocuments, useTrustedDocuments } from './plugins/document/trusted-documents.js';
import { useCompiledExecution } from './plugins/execution/compiled-execution.js';
import { useAdmissionControl } from './plugins/http/admission.js';
import { useBodySizeLimit } from './plugins/http/body-size-limit.js';
import { useCors } from './plugins/http/cors.js';
import { useJsonBodiesOnly } from './plugins/http/json-bodies-only.js';
import { useSingleAuthorization } from './plugins/http/single-authorization.js';

export interface AppOptions {
  config: Config;
  logger: Logger;
  /** Pre-fills GraphiQL's Authorization header; the demo passes its token. */
  graphiqlAuthorization?: string;
  /** Set `draining` on shutdown: /ready then answers 503 so load balancers stop sending traffic. */
  lifecycle?: { draining: boolean };
  /** `graphql-js` executes without graphql-jit: the differential test runs the same documents through both. */
  executor?: 'graphql-jit' | 'graphql-js';
  /** Spans (src/observability/tracing) or, by default, the caller's trace context passed through to Label Studio. */
  tracing?: RequestTracing;
  /** The Label Studio client's idle keep-alive socket timeout, which tests shorten. */
  upstreamIdleSocketMs?: number;
}

/**
 * The whole service as a fetch/node request handler; listening is someone else's job. Throws a
 * ConfigError when the TRUSTED_DOCUMENTS manifest does not fit the schema.
 */
export function createApp({
  config,
  logger,
  graphiqlAuthorization,
  lifecycle = { draining: false },
  executor = 'graphql-jit',
  tracing = passThroughTracing(),
  upstreamIdleSocketMs,
}: AppOptions) {
  const metrics = createMetrics();
  const telemetry = useRequestTelemetry({ logger, metrics });
  const isReachable = createReachabilityProbe({ baseUrl: config.labelStudioUrl });
  const labelStudio = createLabelStudioClient({
    baseUrl: config.labelStudioUrl,
    timeoutMs: config.upstreamTimeoutMs,
    maxRequestLineBytes: config.upstreamMaxRequestLineBytes,
    serviceApiKey: config.labelStudioApiKey,
    logger,
    observers: [observeAttempts(metrics)],
    idleSocketMs: upstreamIdleSocketMs,
  });
  const schemaLimits = { maxBulkIds: config.maxBulkIds, previewScanLimit: config.previewScanLimit, undoCaptureLimit: config.undoCaptureLimit };
  const schema = buildSchema(schemaLimits);
  const trustedDocuments = config.trustedDocuments === undefined ? undefined : loadTrustedDocuments(config.trustedDocuments, schema);
  const bodyLimit = useBodySizeLimit(config.limits.maxBodyBytes);
  // One instance of each plugin that keeps state (admission's budget, telemetry, metrics), whichever Yoga runs the request.
  const plugins = [
    telemetry.plugin,
    ...tracing.plugins,
    useCors({ origins: config.corsOrigins, csrfHeader: CSRF_HEADER }),
    useJsonBodiesOnly(),
    bodyLimit.plugin,
    useSingleAuthorization(),
    useAdmissionControl({ maxInFlightBodyBytes: config.limits.maxInFlightBodyBytes, maxWaitMs: config.upstreamTimeoutMs, bodyBytes: bodyLimit.bodyBytes }),
    ...limitPlugins(config.limits),
    ...(trustedDocuments ? useTrustedDocuments(trustedDocuments) : []),
    useMetricsEndpoint(metrics.registry),
    useReadinessEndpoint(async () => !lifecycle.draining && (await isReachable())),
  ];

  const yogaFor = (forSchema: GraphQLSchema, extraPlugins: ReturnType<typeof useApolloInlineTrace>[] = []) =>
    createYoga<{ req: IncomingMessage; res: ServerResponse }, GraphQLContext>({
      schema: forSchema,
      graphqlEndpoint: '/graphql',
      context: ({ request, res }) => {
        const info = telemetry.requestInfo(request);
        const traced = tracing.forRequest(request);
        const observers = info ? (traced ? [info.attempts, traced] : [info.attempts]) : traced && [traced];
        return {
          labelStudio,
          caller: {
            authorization: request.headers.get('authorization') ?? undefined,
            onCallerGone: whenResponseCloses(res),
            requestId: info?.id,
            observers,
          },
        };
      },
      maskedErrors: { maskError },
      // Yoga's default GraphiQL loads from a CDN; this one is inlined from the npm package and works offline.
      // Loaded on the first page view: the inlined bundle alone takes heap a production instance may never need.
      renderGraphiQL: async (options) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
      // GraphiQL needs introspection: both go off together in production.
      graphiql: config.limits.introspection ? graphiqlOptions(graphiqlAuthorization) : false,
      // useBodySizeLimit (below) does this job at a fraction of the cost.
      maxRequestBodySize: false,
      batching: config.limits.batchLimit > 0 ? { limit: config.limits.batchLimit } : false,
      // useCors (below) answers cross-origin requests; Yoga's own would allow every origin. Multipart is
      // refused by useJsonBodiesOnly anyway: without its parser Yoga need not match each request against it.
      cors: false,
      multipart: false,
      extraParamNames: trustedDocuments ? ['documentId'] : undefined,
      landingPage: false,
      logging: logger,
      // graphql-jit's compiled code is cached by document, and belongs to the schema it was compiled against.
      plugins: [...plugins, ...(executor === 'graphql-jit' ? useCompiledExecution(logger) : []), ...extraPlugins],
    });

  const yoga = yogaFor(schema);
  // Apollo Router and GraphOS ask for an inline trace with `apollo-federation-include-trace: ftv1`. Its plugin
  // wraps every field resolver of its schema, which cost every request CPU even when it did not ask for a
  // trace (docs/performance.md). So those requests alone go to a second Yoga over a schema of
  // its own, made on the first such request; every other request gets nothing added and pays nothing.
  let traced: typeof yoga | undefined;
  const tracedYoga = () => (traced ??= yogaFor(buildSchema(schemaLimits), [useApolloInlineTrace()]));
  return (req: IncomingMessage, res: ServerResponse) =>
    req.headers['apollo-federation-include-trace'] === 'ftv1' ? tracedYoga()(req, res) : yoga(req, res);
}
