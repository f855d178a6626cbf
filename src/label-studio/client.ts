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
  /** The transport's idle keep-alive socket timeout; tests shorten it to show it never cuts a request in flight. */
  idleSocketMs?: number;
}

/** A caller's upstream work so far: the client adds each attempt as it ends, the caller reports the sum. */
export interface UpstreamTally {
  /** Requests sent, each counted once however often it was retried. */
  calls: number;
  attempts: number;
  /** How the latest attempt ended. */
  status: UpstreamAttempt['status'] | undefined;
  /** The attempts' durations added up, backoff not included. */
  durationMs: number;
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
  /** Where this caller's attempts are added up (the token exchange, shared between callers, is not). */
  tally?: UpstreamTally;
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

type Attempt<T> = ({ value: T } | { failure: LabelStudioFailure; outcome?: AttemptOutcome }) & { upstream: UpstreamAttempt };

const CALL_MESSAGE = 'label studio call';

export type LabelStudioClient = ReturnType<typeof createLabelStudioClient>;

export function createLabelStudioClient({ baseUrl, timeoutMs, maxRequestLineBytes, serviceApiKey, logger, onAttempt, idleSocketMs }: LabelStudioClientOptions) {
  const transport = createNodeHttpFetch({ maxResponseBytes: MAX_RESPONSE_BYTES, maxSockets: MAX_SOCKETS, idleSocketMs });
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
        return { failure: deadlineFailure(deadline.timedOut), upstream: ended(spec, n, started, deadline.timedOut ? 'timeout' : 'cancelled', traced) };
      }
      const transportError = error instanceof TransportError ? error : undefined;
      const upstream = ended(spec, n, started, transportError?.status ?? 'network', traced);
      switch (transportError?.failure) {
        case 'refused':
          return { failure: { kind: 'network' }, outcome: { kind: 'refused' }, upstream };
        case 'body-too-large':
        case 'unusable-status':
          return { failure: { kind: 'invalid-response', status: transportError.status ?? 0, reason: transportError.failure }, upstream };
        case 'interrupted':
          // The answer had begun: whatever happened upstream happened; only a read may be repeated.
          return { failure: { kind: 'network' }, outcome: { kind: 'interrupted' }, upstream };
        default:
          return { failure: { kind: 'network' }, outcome: { kind: 'network' }, upstream };
      }
    }
    const upstream = ended(spec, n, started, response.status, traced);

    if (!response.ok) {
      const failure = httpFailure(response, text);
      return { failure, outcome: failure.kind === 'http' ? { kind: 'http', status: failure.status, retryAfterSeconds: failure.retryAfterSeconds } : undefined, upstream };
    }
    const parsed = schema.safeParse(parseJson(text));
    return parsed.success
      ? { value: parsed.data, upstream }
      : { failure: { kind: 'invalid-response', status: response.status, reason: 'not the expected JSON' }, upstream };
  }

  /**
   * Metrics, the caller's tally and the log for an attempt that has ended. At info and above the log
   * shows only attempts worth an operator's attention: failed ones (no answer, 5xx, an unusable answer)
   * and every attempt of a retried call. The rest are debug lines; the request's own line sums them up.
   */
  function report(upstream: UpstreamAttempt, failure: LabelStudioFailure | undefined, retryInMs: number | undefined, tally: UpstreamTally | undefined) {
    onAttempt?.(upstream);
    if (tally) {
      if (upstream.attempt === 1) tally.calls += 1;
      tally.attempts += 1;
      tally.status = upstream.status;
      tally.durationMs += upstream.durationMs;
    }
    const failed = failure !== undefined && !(failure.kind === 'http' && failure.status < 500);
    if (failed || retryInMs !== undefined || upstream.attempt > 1) logger.warn({ upstream, retryInMs: retryInMs && Math.round(retryInMs) }, CALL_MESSAGE);
    // Checked first: the line's object would be built for nothing on every call at info.
    else if (logger.isLevelEnabled('debug')) logger.debug({ upstream }, CALL_MESSAGE);
  }

  async function call<T>(spec: HttpRequestSpec, headers: Record<string, string>, schema: ZodType<T>, deadline: Deadline, caller?: CallOptions): Promise<T> {
    const bytes = requestLineBytes(spec.method, spec.path, spec.query.length);
    if (bytes > maxRequestLineBytes) throw new LabelStudioError({ kind: 'request-too-large', bytes, limit: maxRequestLineBytes }, spec.route);
    for (let n = 1; ; n += 1) {
      const result = await attempt(spec, headers, schema, deadline, n, caller?.trace);
      if ('value' in result) {
        report(result.upstream, undefined, undefined, caller?.tally);
        return result.value;
      }
      const delay = result.outcome && retryDelayMs(spec.method, result.outcome, n, deadline.remainingMs());
      report(result.upstream, result.failure, delay, caller?.tally);
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
          return await call(spec, { ...tracing, authorization }, schema, deadline, caller);
        } catch (error) {
          // An access token from a PAT can be revoked or expire early: exchange once more, try once more.
          const rejected = error instanceof LabelStudioError && error.failure.kind === 'http' && error.failure.status === 401;
          if (!rejected || !credential.renew) throw error;
          renewed ??= credential.renew(deadline);
          const renewedHeader = await renewed;
          if (renewedHeader === authorization) throw error;
          return await call(spec, { ...tracing, authorization: renewedHeader }, schema, deadline, caller);
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

/** The attempt as metrics and logs see it: the route template, never the path or query (ids are data). */
function ended(spec: HttpRequestSpec, attempt: number, started: number, status: UpstreamAttempt['status'], traced: TracedAttempt | undefined): UpstreamAttempt {
  const upstream = { method: spec.method, route: spec.route, status, attempt, durationMs: Math.round(performance.now() - started) };
  traced?.end(status);
  return upstream;
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
