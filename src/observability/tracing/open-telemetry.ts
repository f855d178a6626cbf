import { diag, DiagLogLevel, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span, type TextMapGetter, type TextMapSetter } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace';
import {
  ATTR_ERROR_TYPE,
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_REQUEST_RESEND_COUNT,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_SERVICE_NAME,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { TracingConfig } from '../../config.js';
import type { AttemptObserver, AttemptStart, WatchedAttempt } from '../../label-studio/attempts.js';
import type { Logger } from '../../logger.js';
import { operationOf } from '../request-telemetry.js';
import type { RequestTracing } from './request-tracing.js';

// Incubating semantic conventions, named here as OpenTelemetry advises rather than imported from its
// unstable entry point.
const ATTR_GRAPHQL_OPERATION_TYPE = 'graphql.operation.type';
const ATTR_GRAPHQL_OPERATION_NAME = 'graphql.operation.name';
const ATTR_URL_TEMPLATE = 'url.template';
// The service's own: the root fields say which bulk change ran; the attempt, which try this was.
const ATTR_GRAPHQL_ROOT_FIELDS = 'graphql.root_fields';
const ATTR_GRAPHQL_ERROR_CODE = 'graphql.error.code';
const ATTR_ATTEMPT = 'label_studio.attempt';

const GRAPHQL_PATH = '/graphql';
const noop = () => undefined;

interface RequestSpans {
  server: Span;
  /** The caller's context with the server span in it. */
  context: Context;
}

/**
 * One per GraphQL operation (the context factory makes one for each, batched ones too): attempts go
 * under the operation span once it exists, else under the server span.
 */
class OperationAttemptTracer implements AttemptObserver {
  constructor(
    public parent: Context,
    private readonly startAttempt: (parent: Context, attempt: AttemptStart) => WatchedAttempt,
  ) {}

  start(attempt: AttemptStart): WatchedAttempt {
    return this.startAttempt(this.parent, attempt);
  }
}

const headerGetter: TextMapGetter<Headers> = {
  keys: (headers) => [...headers.keys()],
  get: (headers, key) => headers.get(key) ?? undefined,
};
const recordSetter: TextMapSetter<Record<string, string>> = { set: (carrier, key, value) => (carrier[key] = value) };

async function createExporter({ url, protocol }: TracingConfig): Promise<SpanExporter> {
  // The exporter reads its transport tuning (headers, timeout, compression, certificates) from OTEL_* itself.
  const { OTLPTraceExporter } =
    protocol === 'http/json' ? await import('@opentelemetry/exporter-trace-otlp-http') : await import('@opentelemetry/exporter-trace-otlp-proto');
  return new OTLPTraceExporter({ url });
}

/**
 * Spans for each GraphQL request, sent over OTLP/HTTP in batches: the server span continues the caller's
 * W3C trace context, the operation span names the operation type and root fields, and each Label Studio
 * attempt gets a client span whose context is what Label Studio receives. No provider, propagator or
 * context manager is registered globally: contexts are passed explicitly, so several apps in one process
 * keep their traces apart. Only OpenTelemetry's diagnostics (failed exports) go to the service's log.
 * Attributes carry templates and counts only, never header values, variables, ids or search text.
 */
export async function openTelemetryTracing(config: TracingConfig, logger: Logger, exporter?: SpanExporter): Promise<RequestTracing> {
  // Without this a wrong endpoint or a collector that is down would go unnoticed until shutdown. The
  // message alone is logged: it names the failure, and nothing the SDK adds can leak a header.
  const report = (message: string) => logger.warn({ otel: message }, 'opentelemetry');
  diag.setLogger({ error: report, warn: report, info: noop, debug: noop, verbose: noop }, { logLevel: DiagLogLevel.WARN, suppressOverrideMessage: true });
  const provider = new TracerProvider({
    resource: defaultResource().merge(resourceFromAttributes({ [ATTR_SERVICE_NAME]: config.serviceName })),
    spanProcessors: [new BatchSpanProcessor({ exporter: exporter ?? (await createExporter(config)) })],
  });
  const tracer = provider.getTracer(config.serviceName);
  const propagator = new W3CTraceContextPropagator();
  const spans = new WeakMap<Request, RequestSpans>();

  const plugin: Plugin = {
    onRequest({ request, url }) {
      if (url.pathname !== GRAPHQL_PATH) return;
      const callerContext = propagator.extract(ROOT_CONTEXT, request.headers, headerGetter);
      const server = tracer.startSpan(
        `${request.method} ${GRAPHQL_PATH}`,
        { kind: SpanKind.SERVER, attributes: { [ATTR_HTTP_REQUEST_METHOD]: request.method, [ATTR_URL_PATH]: GRAPHQL_PATH, [ATTR_HTTP_ROUTE]: GRAPHQL_PATH } },
        callerContext,
      );
      spans.set(request, { server, context: trace.setSpan(callerContext, server) });
    },
    onExecute({ args }) {
      const { request, caller } = args.contextValue as { request: Request; caller?: { observers?: AttemptObserver[] } };
      const state = spans.get(request);
      if (!state) return;
      const attempts = caller?.observers?.find((observer) => observer instanceof OperationAttemptTracer);
      const operation = operationOf(args.document, args.operationName);
      const type = operation?.type ?? 'unknown';
      const span = tracer.startSpan(
        `${type} ${operation?.rootFields.join(',') ?? ''}`.trim(),
        {
          kind: SpanKind.INTERNAL,
          attributes: {
            [ATTR_GRAPHQL_OPERATION_TYPE]: type,
            ...(operation?.name ? { [ATTR_GRAPHQL_OPERATION_NAME]: operation.name } : {}),
            ...(operation ? { [ATTR_GRAPHQL_ROOT_FIELDS]: operation.rootFields } : {}),
          },
        },
        state.context,
      );
      if (attempts) attempts.parent = trace.setSpan(state.context, span);
      return {
        onExecuteDone({ result }) {
          const code = (result as ExecutionResult).errors?.[0]?.extensions?.['code'];
          if ((result as ExecutionResult).errors?.length) {
            span.setStatus({ code: SpanStatusCode.ERROR });
            span.setAttribute(ATTR_GRAPHQL_ERROR_CODE, typeof code === 'string' ? code : 'ERROR');
          }
          span.end();
        },
      };
    },
    onResponse({ request, response }) {
      const state = spans.get(request);
      if (!state) return;
      state.server.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, response.status);
      if (response.status >= 500) state.server.setStatus({ code: SpanStatusCode.ERROR });
      state.server.end();
    },
  };

  const startAttempt = (parent: Context, { method, route, attempt }: AttemptStart): WatchedAttempt => {
    const span = tracer.startSpan(
      `${method} ${route}`,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          [ATTR_HTTP_REQUEST_METHOD]: method,
          [ATTR_URL_TEMPLATE]: route,
          [ATTR_ATTEMPT]: attempt,
          ...(attempt > 1 ? { [ATTR_HTTP_REQUEST_RESEND_COUNT]: attempt - 1 } : {}),
        },
      },
      parent,
    );
    const headers: Record<string, string> = {};
    // The caller's tracestate travels in the span context, so it reaches Label Studio unchanged.
    propagator.inject(trace.setSpan(parent, span), headers, recordSetter);
    return {
      headers,
      end({ status }) {
        if (typeof status === 'number') span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, status);
        else span.setAttribute(ATTR_ERROR_TYPE, status);
        if (typeof status !== 'number' || status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
      },
    };
  };

  const forRequest = (request: Request): AttemptObserver | undefined => {
    const state = spans.get(request);
    return state && new OperationAttemptTracer(state.context, startAttempt);
  };

  return { plugins: [plugin], forRequest, shutdown: () => provider.shutdown() };
}
