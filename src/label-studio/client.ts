import ky, { type Options } from 'ky';
import type { ZodType } from 'zod';
import type { Logger } from '../logger.js';
import { createCredentials } from './credentials.js';
import { Deadline, type OnCallerGone } from './deadline.js';
import { deadlineFailure, LabelStudioError, type LabelStudioFailure } from './errors.js';
import { createNodeHttpFetch, TransportError, type TransportControl } from './node-http-fetch.js';
import { createCalls, type LabelStudioCalls, type Send } from './operation-calls.js';
import {
  assignMemberTagsHttp,
  refreshAccessTokenHttp,
  unassignProjectMembersHttp,
  type AssignMemberTagsRequest,
  type FitsRequestLine,
  type HttpRequestSpec,
  type UnassignProjectMembersRequest,
} from './requests.js';
import { accessTokenResponse, assignedResponse, errorBody, parseRetryAfter, unassignmentsResponse } from './responses.js';
import { retryDelayMs, type AttemptOutcome } from './retry-policy.js';

export interface LabelStudioClientOptions {
  baseUrl: string;
  /** Budget for a whole operation: token exchange, every attempt, backoff and body reads. */
  timeoutMs: number;
  /** The front proxy's request-line limit (nginx: 8 KB); longer id lists move to the JSON body. */
  maxRequestLineBytes: number;
  /** Stand-in credentials for callers that send none. */
  serviceApiKey?: string;
  logger: Logger;
  /** Told about every attempt, for metrics. */
  onAttempt?: (attempt: UpstreamAttempt) => void;
}

export interface UpstreamAttempt {
  method: string;
  route: string;
  status: number | 'network' | 'timeout' | 'cancelled';
  attempt: number;
  durationMs: number;
}

/** Per call: the caller's Authorization header, unchanged, how to learn it has gone away, and tracing ids. */
export interface CallOptions {
  authorization: string | undefined;
  onCallerGone?: OnCallerGone;
  requestId?: string;
  /** Trace context for each attempt; the client knows nothing of what produces it. */
  trace?: AttemptTracer;
}

/** Told when each attempt starts and how it ended; gives the headers (traceparent, tracestate) it carries. */
export interface AttemptTracer {
  start(attempt: { method: string; route: string; attempt: number }): TracedAttempt;
}

export interface TracedAttempt {
  headers: Record<string, string>;
  end(status: UpstreamAttempt['status']): void;
}

// Label Studio's answers here are a few dozen bytes; anything near this is not a real answer.
const MAX_RESPONSE_BYTES = 1024 * 1024;
// Keep-alive connections to Label Studio per instance; more waiting requests queue for one.
const MAX_SOCKETS = 64;

type Attempt<T> = { value: T } | { failure: LabelStudioFailure; outcome?: AttemptOutcome };

export type LabelStudioClient = ReturnType<typeof createLabelStudioClient>;

export function createLabelStudioClient({ baseUrl, timeoutMs, maxRequestLineBytes, serviceApiKey, logger, onAttempt }: LabelStudioClientOptions) {
  const transport = createNodeHttpFetch({ maxResponseBytes: MAX_RESPONSE_BYTES, maxSockets: MAX_SOCKETS });
  const http = ky.create({
    prefixUrl: `${baseUrl}/`,
    // node:http underneath: keep-alive, capped answers, no redirects (one could carry the caller's credentials elsewhere).
    fetch: transport.fetch as typeof fetch,
    // The Deadline bounds each operation as a whole, body included; ky's timeout stops at the headers.
    timeout: false,
    // Retries follow this client's own policy (retry-policy.ts), which knows what Label Studio may have executed.
    retry: 0,
    throwHttpErrors: false,
  });
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  // Queries are ASCII (percent-encoded), so their length is their size in bytes.
  const requestLineBytes = (method: string, path: string, queryLength: number) =>
    Buffer.byteLength(`${method} ${basePath}/${path} HTTP/1.1`) + (queryLength > 0 ? queryLength + 1 : 0);
  const fits: FitsRequestLine = (method, path, queryLength) => requestLineBytes(method, path, queryLength) <= maxRequestLineBytes;

  async function attempt<T>(spec: HttpRequestSpec, headers: Record<string, string>, schema: ZodType<T>, deadline: Deadline, n: number, trace?: AttemptTracer): Promise<Attempt<T>> {
    const started = performance.now();
    const traced = trace?.start({ method: spec.method, route: spec.route, attempt: n });
    // The route template, never the path or query: ids are data, and credentials never get near a log.
    const log = (status: UpstreamAttempt['status']) => {
      const upstream = { method: spec.method, route: spec.route, status, attempt: n, durationMs: Math.round(performance.now() - started) };
      logger[typeof status === 'number' && status < 500 ? 'info' : 'warn']({ upstream }, 'label studio call');
      onAttempt?.(upstream);
      traced?.end(status);
    };
    let response: Response;
    let text: string;
    try {
      // The query goes into the path: ky's `searchParams` would build the Request twice.
      const options: Options & TransportControl = {
        method: spec.method,
        headers: traced ? { accept: 'application/json', ...headers, ...traced.headers } : { accept: 'application/json', ...headers },
        deadline,
        jsonBody: spec.json === undefined ? undefined : JSON.stringify(spec.json),
      };
      response = await http(spec.query ? `${spec.path}?${spec.query}` : spec.path, options);
      text = transport.bodyText(response);
    } catch (error) {
      if (deadline.ended) {
        log(deadline.timedOut ? 'timeout' : 'cancelled');
        return { failure: deadlineFailure(deadline.timedOut) };
      }
      const transportError = error instanceof TransportError ? error : undefined;
      log(transportError?.status ?? 'network');
      switch (transportError?.failure) {
        case 'refused':
          return { failure: { kind: 'network' }, outcome: { kind: 'refused' } };
        case 'body-too-large':
        case 'unusable-status':
          return { failure: { kind: 'invalid-response', status: transportError.status ?? 0, reason: transportError.failure } };
        case 'interrupted':
          // The answer had begun: whatever happened upstream happened; only a read may be repeated.
          return { failure: { kind: 'network' }, outcome: { kind: 'interrupted' } };
        default:
          return { failure: { kind: 'network' }, outcome: { kind: 'network' } };
      }
    }
    log(response.status);

    if (!response.ok) {
      const failure = httpFailure(response, text);
      return { failure, outcome: failure.kind === 'http' ? { kind: 'http', status: failure.status, retryAfterSeconds: failure.retryAfterSeconds } : undefined };
    }
    const parsed = schema.safeParse(parseJson(text));
    return parsed.success ? { value: parsed.data } : { failure: { kind: 'invalid-response', status: response.status, reason: 'not the expected JSON' } };
  }

  async function call<T>(spec: HttpRequestSpec, headers: Record<string, string>, schema: ZodType<T>, deadline: Deadline, trace?: AttemptTracer): Promise<T> {
    const bytes = requestLineBytes(spec.method, spec.path, spec.query.length);
    if (bytes > maxRequestLineBytes) throw new LabelStudioError({ kind: 'request-too-large', bytes, limit: maxRequestLineBytes }, spec.route);
    for (let n = 1; ; n += 1) {
      const result = await attempt(spec, headers, schema, deadline, n, trace);
      if ('value' in result) return result.value;
      const delay = result.outcome && retryDelayMs(spec.method, result.outcome, n, deadline.remainingMs());
      if (delay === undefined) throw new LabelStudioError(readOnly(spec, result.failure), spec.route);
      await deadline.sleep(delay);
      if (deadline.ended) throw new LabelStudioError(deadlineFailure(deadline.timedOut), spec.route);
    }
  }

  const credentials = createCredentials({
    serviceApiKey,
    exchange: async (pat) => {
      const deadline = new Deadline(timeoutMs);
      try {
        return (await call(refreshAccessTokenHttp(pat), {}, accessTokenResponse, deadline)).access;
      } catch (error) {
        const refused = error instanceof LabelStudioError && error.failure.kind === 'http' && (error.failure.status === 400 || error.failure.status === 401);
        throw refused ? new LabelStudioError({ kind: 'unauthenticated', reason: 'refresh-refused' }, 'api/token/refresh/') : error;
      } finally {
        deadline.dispose();
      }
    },
  });

  /**
   * Runs `work` as one operation: one Deadline for all its requests, the credentials resolved once, and
   * a personal access token whose access token is refused exchanged at most once more.
   */
  async function operation<T>(caller: CallOptions, work: (send: Send) => Promise<T>): Promise<T> {
    const deadline = new Deadline(timeoutMs, caller.onCallerGone);
    const tracing: Record<string, string> = caller.requestId ? { 'x-request-id': caller.requestId } : {};
    try {
      const credential = await credentials.resolve(caller.authorization, deadline);
      let renewed: Promise<string> | undefined;
      const send: Send = async (spec, schema) => {
        const authorization = renewed ? await renewed : credential.header;
        try {
          return await call(spec, { ...tracing, authorization }, schema, deadline, caller.trace);
        } catch (error) {
          // An access token from a PAT can be revoked or expire early: exchange once more, try once more.
          const rejected = error instanceof LabelStudioError && error.failure.kind === 'http' && error.failure.status === 401;
          if (!rejected || !credential.renew) throw error;
          renewed ??= credential.renew(deadline);
          const renewedHeader = await renewed;
          if (renewedHeader === authorization) throw error;
          return await call(spec, { ...tracing, authorization: renewedHeader }, schema, deadline, caller.trace);
        }
      };
      return await work(send);
    } finally {
      deadline.dispose();
    }
  }

  return {
    // The unguarded mutations: one call each, nothing built that they do not use.
    assignMemberTags: (request: AssignMemberTagsRequest, options: CallOptions) =>
      operation(options, (send) => send(assignMemberTagsHttp(request), assignedResponse)),
    unassignProjectMembers: (request: UnassignProjectMembersRequest, options: CallOptions) =>
      operation(options, (send) => send(unassignProjectMembersHttp(request, fits), unassignmentsResponse)),
    /** Several calls as one operation (a preview, a guarded change): one Deadline, one set of credentials. */
    operation: <T>(options: CallOptions, work: (calls: LabelStudioCalls) => Promise<T>) =>
      operation(options, (send) => work(createCalls(send, { fits, bytes: requestLineBytes, limit: maxRequestLineBytes }))),
  };
}

/** An unusable answer to a GET changed nothing, which is worth telling the caller. */
function readOnly(spec: HttpRequestSpec, failure: LabelStudioFailure): LabelStudioFailure {
  return spec.method === 'GET' && failure.kind === 'invalid-response' ? { ...failure, read: true } : failure;
}

function httpFailure(response: Response, text: string): LabelStudioFailure {
  const { status } = response;
  if (status < 400) return { kind: 'invalid-response', status, reason: `unexpected HTTP ${status}` };
  const body = errorBody.safeParse(parseJson(text));
  return {
    kind: 'http',
    status,
    validationErrors: status === 400 && body.success ? body.data.validation_errors : undefined,
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
