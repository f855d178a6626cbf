import { randomUUID } from 'node:crypto';
import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { AttemptObserver, EndedAttempt } from '../label-studio/attempts.js';
import type { Logger } from '../logger.js';
import type { Metrics } from './metrics.js';

/** What the service knows about one HTTP request, from arrival to answer. */
export interface RequestInfo {
  id: string;
  started: number;
  operationName?: string;
  /** `mutation bulkAssignOrgMemberTags`: bounded by the schema, unlike client-chosen operation names. */
  operation?: string;
  outcome?: string;
  /** Its Label Studio attempts, added up as they end. */
  upstream: UpstreamTally;
  /** Adds up `upstream` (the context factory hands it to the client). */
  attempts: AttemptObserver;
}

/** A request's upstream work so far, as its log line sums it up. */
export interface UpstreamTally {
  /** Requests sent, each counted once however often it was retried. */
  calls: number;
  attempts: number;
  /** How the latest attempt ended. */
  status: EndedAttempt['status'] | undefined;
  /** The attempts' durations added up, backoff not included. */
  durationMs: number;
}

function tallying(tally: UpstreamTally): AttemptObserver {
  const watched = {
    end({ attempt, status, durationMs }: EndedAttempt) {
      if (attempt === 1) tally.calls += 1;
      tally.attempts += 1;
      tally.status = status;
      tally.durationMs += durationMs;
    },
  };
  return { start: () => watched };
}

// A caller's id is echoed into logs and upstream headers: keep it short and printable.
const SAFE_REQUEST_ID = /^[\w.:-]{1,128}$/;
const MAX_LOGGED_NAME = 128;

/**
 * Request ids, one log line and one metric sample per GraphQL request. The line sums up the request's
 * upstream work, so that at info a request that went well is one line, not one plus one per attempt. The `requestInfo` map is how the
 * context factory hands the id on to upstream calls. (Trace context is src/observability/tracing's.)
 */
export function useRequestTelemetry({ logger, metrics }: { logger: Logger; metrics: Metrics }) {
  const requestInfo = new WeakMap<Request, RequestInfo>();
  // The line's keys are this module's own and its values ids, names and counts, so no redact path (logger.ts)
  // can match it; yet those paths' wildcards would run the redactor on each of its fields, on every request,
  // at a cost of a few percent of a small mutation's CPU (docs/performance.md). Its test holds it to its keys.
  const requestLog = logger.child({}, { redact: [] });

  const plugin: Plugin = {
    onRequest({ request }) {
      const given = request.headers.get('x-request-id');
      const upstream: UpstreamTally = { calls: 0, attempts: 0, status: undefined, durationMs: 0 };
      requestInfo.set(request, {
        id: given && SAFE_REQUEST_ID.test(given) ? given : randomUUID(),
        started: performance.now(),
        upstream,
        attempts: tallying(upstream),
      });
    },
    onParams({ request, params }) {
      const info = requestInfo.get(request);
      if (!info || typeof params.operationName !== 'string') return;
      const name = params.operationName;
      // A name is one token of the document, so the token limit does not bound it: a 1 MB one would be a 1 MB log line.
      info.operationName = name.length > MAX_LOGGED_NAME ? `${name.slice(0, MAX_LOGGED_NAME)}…` : name;
    },
    onExecute({ args }) {
      const info = requestInfo.get((args.contextValue as { request: Request }).request);
      if (info) info.operation = describeOperation(args.document, args.operationName);
    },
    onResultProcess({ request, result }) {
      const info = requestInfo.get(request);
      if (!info || Array.isArray(result) || !('errors' in result || 'data' in result)) return;
      const code = result.errors?.[0]?.extensions?.['code'];
      info.outcome = result.errors?.length ? (typeof code === 'string' ? code : 'ERROR') : 'ok';
    },
    onResponse({ request, response }) {
      const info = requestInfo.get(request);
      if (!info) return;
      response.headers.set('x-request-id', info.id);
      // Only GraphQL requests are logged and measured: not /health, /ready, /metrics or GraphiQL's page.
      if (info.outcome === undefined && info.operation === undefined) return;
      const seconds = (performance.now() - info.started) / 1000;
      const operation = info.operation ?? 'invalid';
      const outcome = info.outcome ?? `HTTP_${response.status}`;
      metrics.graphqlRequests.observe({ operation, outcome }, seconds);
      requestLog.info(
        {
          requestId: info.id,
          operationName: info.operationName,
          operation,
          outcome,
          status: response.status,
          durationMs: Math.round(seconds * 1000),
          upstream: info.upstream.calls > 0 ? info.upstream : undefined,
        },
        'graphql request',
      );
    },
  };
  return { plugin, requestInfo: (request: Request) => requestInfo.get(request) };
}

function describeOperation(document: DocumentNode, operationName?: string | null): string {
  const operation = operationOf(document, operationName);
  return operation ? `${operation.type} ${operation.rootFields.join(',')}` : 'invalid';
}

/** The operation's type and its root fields, sorted: what may be said about a request without its data. */
export function operationOf(document: DocumentNode, operationName?: string | null) {
  const operation = getOperationAST(document, operationName);
  if (!operation) return undefined;
  const rootFields = operation.selectionSet.selections.map((selection) => (selection.kind === 'Field' ? selection.name.value : '…'));
  return { type: operation.operation, name: operation.name?.value, rootFields: rootFields.sort() };
}
