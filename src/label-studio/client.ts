import ky, { HTTPError, type Hooks, type NormalizedOptions, type Options, type RetryOptions } from 'ky';
import type { ZodType } from 'zod';
import type { Logger } from '../logger.js';
import { attemptLog, statusLabel, type AttemptObserver, type AttemptOutcome, type WatchedAttempt } from './attempts.js';
import { createCredentials, type UpstreamCredential } from './credentials.js';
import { Deadline, type OnCallerGone } from './deadline.js';
import { deadlineFailure, LabelStudioError } from './errors.js';
import { bodyText, createNodeHttpFetch, TransportError, type TransportControl } from './node-http-fetch.js';
import { LabelStudioCalls } from './operation-calls.js';
import { refreshAccessTokenHttp, requestLineBudget, type HttpRequestSpec } from './requests.js';
import { accessTokenResponse, errorBody, parseRetryAfter, unknownCodesIn } from './responses.js';
import { MAX_ATTEMPTS, retryDelayMs } from './retry-policy.js';

export interface LabelStudioClientOptions {
  baseUrl: string;
  /** Budget for a whole operation: token exchange, every attempt, backoff and body reads. */
  timeoutMs: number;
  /** The front proxy's request-line limit (nginx: 8 KB); longer id lists move to the JSON body. */
  maxRequestLineBytes: number;
  /** Stand-in credentials for callers that send none. */
  serviceApiKey?: string;
  logger: Logger;
  /** Told about every attempt, whoever it is for (metrics); the client's own log is added to them. */
  observers?: AttemptObserver[];
  /** The transport's idle keep-alive socket timeout; tests shorten it to show it never cuts a request in flight. */
  idleSocketMs?: number;
}

/** Per operation: the caller's Authorization header, unchanged, how to learn it has gone away, and who observes its attempts. */
export interface CallOptions {
  authorization: string | undefined;
  onCallerGone?: OnCallerGone;
  requestId?: string;
  /** This caller's observers (its request log, its spans); the token exchange, shared between callers, is not theirs. */
  observers?: AttemptObserver[];
}

/** What every request of one operation shares. */
interface Operation {
  deadline: Deadline;
  observers: readonly AttemptObserver[];
  requestId?: string;
  /** The Authorization header its requests carry; changed once the access token of a PAT is renewed. */
  authorization?: string;
  credential?: UpstreamCredential;
  renewed?: Promise<string>;
}

// Label Studio's answers here are a few dozen bytes; anything near this is not a real answer.
const MAX_RESPONSE_BYTES = 1024 * 1024;
// Keep-alive connections to Label Studio per instance; more waiting requests queue for one.
const MAX_SOCKETS = 64;

// What ky retries at all; the policy (retry-policy.ts) decides which outcomes of each.
const RETRIED_METHODS = ['get', 'post', 'patch', 'delete'];

/**
 * One request through ky, however many attempts it takes. It travels as the `transport` option: ky
 * hands it to `fetch` (the body and the Deadline) and to its hooks. Its `retry` options put the retry
 * policy (retry-policy.ts) and the operation's Deadline in ky's hands, so ky makes every retry and
 * waits before each.
 */
class Call implements TransportControl {
  private attempt = 0;
  private started = 0;
  /** The watchers of the attempt in flight, until it has ended. */
  private watched: WatchedAttempt[] | undefined;
  /** The header the attempt in flight carries. */
  private sentAuthorization: string | undefined;
  /** A refused access token was renewed and the request sent again (not one of the policy's attempts). */
  private renewed = false;
  private retryInMs = 0;

  readonly jsonBody: string | undefined;

  constructor(
    readonly spec: HttpRequestSpec,
    readonly operation: Operation,
  ) {
    this.sentAuthorization = operation.authorization;
    this.jsonBody = spec.json === undefined ? undefined : JSON.stringify(spec.json);
  }

  get deadline(): Deadline {
    return this.operation.deadline;
  }

  readonly retry: RetryOptions = {
    // One more than the policy's attempts: room for the retry with a renewed access token.
    limit: MAX_ATTEMPTS,
    methods: RETRIED_METHODS,
    shouldRetry: async ({ error }) => {
      const { deadline } = this.operation;
      const outcome = outcomeOf(error, deadline);
      if (!outcome) return false;
      if (outcome.kind === 'http' && outcome.status === 401 && (await this.renew(outcome))) return true;
      const wait = retryDelayMs(this.spec.method, outcome, this.attempt - (this.renewed ? 1 : 0), deadline.remainingMs());
      this.end(outcome, wait);
      if (wait === undefined) return false;
      this.retryInMs = wait;
      return true;
    },
    delay: () => this.retryInMs,
  };

  /**
   * An access token from a PAT can be revoked or expire early: exchange once more (once per operation)
   * and try once more, at once. Here rather than in an `afterResponse` hook returning `ky.retry()`, as
   * ky documents it, because ky clones every answer for such a hook, and only failures reach this.
   */
  private async renew(outcome: AttemptOutcome): Promise<boolean> {
    const { operation } = this;
    const renew = operation.credential?.renew;
    if (this.renewed || !renew) return false;
    this.end(outcome);
    operation.renewed ??= renew(operation.deadline);
    const renewed = await operation.renewed;
    if (renewed === this.sentAuthorization) return false;
    operation.authorization = renewed;
    this.renewed = true;
    this.retryInMs = 0;
    return true;
  }

  /** An attempt starts: observers are told, and it gets the headers they add (trace context) and a renewed token. */
  begin(headers: Headers) {
    const { spec, operation } = this;
    this.attempt += 1;
    this.started = performance.now();
    if (operation.authorization !== this.sentAuthorization && operation.authorization) headers.set('authorization', operation.authorization);
    this.sentAuthorization = operation.authorization;
    const attempt = { method: spec.method, route: spec.route, attempt: this.attempt };
    this.watched = operation.observers.map((observer) => {
      const watched = observer.start(attempt);
      if (watched.headers) for (const [name, value] of Object.entries(watched.headers)) headers.set(name, value);
      return watched;
    });
  }

  /** The attempt in flight has ended (a second report of the same attempt is ignored). */
  end(outcome: AttemptOutcome, retryInMs?: number) {
    const watched = this.watched;
    if (!watched) return;
    this.watched = undefined;
    const { method, route } = this.spec;
    const ended = { method, route, attempt: this.attempt, outcome, status: statusLabel(outcome), durationMs: Math.round(performance.now() - this.started), retryInMs };
    for (const watcher of watched) watcher.end(ended);
  }
}

const callOf = (options: NormalizedOptions) => (options as NormalizedOptions & { transport: Call }).transport;

export type LabelStudioClient = ReturnType<typeof createLabelStudioClient>;

export function createLabelStudioClient({ baseUrl, timeoutMs, maxRequestLineBytes, serviceApiKey, logger, observers = [], idleSocketMs }: LabelStudioClientOptions) {
  const line = requestLineBudget(baseUrl, maxRequestLineBytes);
  const everyone = [...observers, attemptLog(logger)];

  const hooks: Hooks = {
    beforeRequest: [(request, options) => callOf(options).begin(request.headers)],
    // A caller that left during the wait ends the request here.
    beforeRetry: [
      ({ options }) => {
        const { operation, spec } = callOf(options);
        if (operation.deadline.ended) throw new LabelStudioError(deadlineFailure(operation.deadline.timedOut), spec.route);
      },
    ],
  };
  const http = ky.create({
    prefixUrl: `${baseUrl}/`,
    fetch: createNodeHttpFetch({ maxResponseBytes: MAX_RESPONSE_BYTES, maxSockets: MAX_SOCKETS, idleSocketMs }) as typeof fetch,
    // The operation's Deadline bounds its attempts, waits and body reads together; ky's timeout would stop at the headers.
    timeout: false,
    hooks,
  });

  async function send<T>(spec: HttpRequestSpec, schema: ZodType<T>, operation: Operation): Promise<T> {
    const bytes = line.bytes(spec.method, spec.path, spec.query.length);
    if (bytes > line.limit) throw new LabelStudioError({ kind: 'request-too-large', bytes, limit: line.limit }, spec.route);
    const call = new Call(spec, operation);
    let response: Response;
    try {
      // The query goes into the path: ky's `searchParams` would build the Request twice. Few options, the
      // headers and retry only here: ky's merge of a request's options with the instance's copies its
      // result once per key and merges a key set on both once more, a cost that grows with every key.
      const options: Options & { transport: Call } = {
        method: spec.method,
        headers: operation.requestId
          ? { accept: 'application/json', authorization: operation.authorization, 'x-request-id': operation.requestId }
          : { accept: 'application/json', authorization: operation.authorization },
        retry: call.retry,
        transport: call,
      };
      response = await http(spec.query ? `${spec.path}?${spec.query}` : spec.path, options);
    } catch (error) {
      if (error instanceof LabelStudioError) throw error;
      const outcome = outcomeOf(error, operation.deadline) ?? { kind: 'network' };
      call.end(outcome);
      throw new LabelStudioError(readOnly(spec, outcome), spec.route, spec.method);
    }
    const parsed = schema.safeParse(parseJson(bodyText(response)));
    if (parsed.success) {
      const unknownCodes = unknownCodesIn(parsed.data);
      call.end(unknownCodes.length > 0 ? { kind: 'http', status: response.status, unknownCodes } : { kind: 'http', status: response.status });
      return parsed.data;
    }
    const outcome: AttemptOutcome = { kind: 'invalid-response', status: response.status, reason: 'not the expected JSON' };
    call.end(outcome);
    throw new LabelStudioError(readOnly(spec, outcome), spec.route, spec.method);
  }

  const credentials = createCredentials({
    serviceApiKey,
    exchange: async (pat) => {
      const deadline = new Deadline(timeoutMs);
      try {
        return (await send(refreshAccessTokenHttp(pat), accessTokenResponse, { deadline, observers: everyone })).access;
      } catch (error) {
        if (!(error instanceof LabelStudioError)) throw error;
        const refused = error.failure.kind === 'http' && (error.failure.status === 400 || error.failure.status === 401);
        if (refused) throw new LabelStudioError({ kind: 'unauthenticated', reason: 'refresh-refused' }, 'api/token/refresh/');
        // The exchange is a POST that changes nothing a caller asked for: its failure is never a change that may have run.
        throw new LabelStudioError(error.failure, error.route);
      } finally {
        deadline.dispose();
      }
    },
  });

  return {
    /**
     * Runs `work` as one operation: one Deadline for all its requests, the credentials resolved once, and
     * a personal access token whose access token is refused exchanged at most once more.
     */
    async operation<T>(caller: CallOptions, work: (calls: LabelStudioCalls) => Promise<T>): Promise<T> {
      const deadline = new Deadline(timeoutMs, caller.onCallerGone);
      try {
        const credential = await credentials.resolve(caller.authorization, deadline);
        const operation: Operation = {
          deadline,
          observers: caller.observers ? [...everyone, ...caller.observers] : everyone,
          requestId: caller.requestId,
          authorization: credential.header,
          credential,
        };
        return await work(new LabelStudioCalls((spec, schema) => send(spec, schema, operation), line));
      } finally {
        deadline.dispose();
      }
    },
  };
}

/** How an attempt ended, from what ky threw; undefined for what is no attempt's end (a hook's own error). */
function outcomeOf(error: unknown, deadline: Deadline): AttemptOutcome | undefined {
  if (error instanceof HTTPError) return answerOutcome(error.response, bodyText(error.response));
  if (error instanceof LabelStudioError) return undefined;
  if (deadline.ended) return deadlineFailure(deadline.timedOut);
  return error instanceof TransportError ? error.outcome : { kind: 'network' };
}

/** An answer ky treats as a failure: a status this client does not expect, or an HTTP error. */
function answerOutcome(response: Response, text: string): AttemptOutcome {
  const { status } = response;
  if (status < 400) return { kind: 'invalid-response', status, reason: `unexpected HTTP ${status}` };
  const body = status === 400 ? errorBody.safeParse(parseJson(text)) : undefined;
  return {
    kind: 'http',
    status,
    validationErrors: body?.success ? body.data.validation_errors : undefined,
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
  };
}

/** An unusable answer to a GET changed nothing, which is worth telling the caller. */
function readOnly(spec: HttpRequestSpec, outcome: AttemptOutcome): AttemptOutcome {
  return spec.method === 'GET' && outcome.kind === 'invalid-response' ? { ...outcome, read: true } : outcome;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
