import type { Logger } from '../logger.js';
import type { HttpRequestSpec } from './requests.js';
import type { UnknownCode } from './responses.js';

/**
 * How one attempt at a Label Studio request ended: the one word the retry policy, the error mapping
 * and every observer of attempts share.
 */
export type AttemptOutcome =
  // an answer, read whole; `unknownCodes`: role or user-type codes in it that codes.ts does not know (read all the same)
  | { kind: 'http'; status: number; retryAfterSeconds?: number; validationErrors?: Record<string, string[]>; unknownCodes?: UnknownCode[] }
  | { kind: 'refused' } // no connection: the request certainly never reached Label Studio
  | { kind: 'network' } // the connection failed before any answer: it may have been executed
  | { kind: 'interrupted'; status?: number } // the answer had begun, then the connection failed: it was executed
  | { kind: 'invalid-response'; status: number; reason: string; read?: boolean } // an answer no caller can use
  | { kind: 'timeout' } // the operation's budget ran out
  | { kind: 'cancelled' }; // the caller went away

/** An attempt as observers see it: the route template, never the path or query (ids are data). */
export interface AttemptStart {
  method: HttpRequestSpec['method'];
  route: string;
  /** 1 for the first try of a request, 2 for its first retry, and so on. */
  attempt: number;
}

export interface EndedAttempt extends AttemptStart {
  outcome: AttemptOutcome;
  /** The outcome as a metric label: the HTTP status when there was one, else why not. */
  status: number | 'network' | 'timeout' | 'cancelled';
  durationMs: number;
  /** Set when the request is tried again after this wait. */
  retryInMs?: number;
}

/** Told how an attempt it saw start has ended; may add headers (trace context) to that attempt. */
export interface WatchedAttempt {
  headers?: Record<string, string>;
  end(attempt: EndedAttempt): void;
}

/** The one channel through which attempts are observed: metrics, the request log, spans and the client's log subscribe. */
export interface AttemptObserver {
  start(attempt: AttemptStart): WatchedAttempt;
}

export function statusLabel(outcome: AttemptOutcome): EndedAttempt['status'] {
  switch (outcome.kind) {
    case 'http':
    case 'invalid-response':
      return outcome.status;
    case 'interrupted':
      return outcome.status ?? 'network';
    case 'refused':
    case 'network':
      return 'network';
    default:
      return outcome.kind;
  }
}

const CALL_MESSAGE = 'label studio call';
// Distinct unknown codes warned about, at most: the codes come from Label Studio, so the set must not grow without end.
const MAX_WARNED_CODES = 100;

/**
 * The client's own log of attempts. At info and above it shows only attempts worth an operator's
 * attention: failed ones (no answer, 5xx, an unusable answer) and every attempt of a retried request.
 * The rest are debug lines; the request's own line sums them up. Each role or user-type code this
 * service does not know is a warning once, with its field and the route, never the member it came with.
 */
export function attemptLog(logger: Logger): AttemptObserver {
  const warned = new Set<string>();
  const warnUnknown = (route: string, { field, code }: UnknownCode) => {
    const key = `${field}\u0000${code}`;
    if (warned.has(key) || warned.size >= MAX_WARNED_CODES) return;
    warned.add(key);
    logger.warn({ upstream: { route }, field, code: code.slice(0, 64) }, 'label studio sent a code this service does not know; read as null, its code passed through');
  };
  const watched: WatchedAttempt = {
    end({ outcome, retryInMs, method, route, status, attempt, durationMs }) {
      const failed = !(outcome.kind === 'http' && outcome.status < 500);
      if (failed || retryInMs !== undefined || attempt > 1) {
        logger.warn({ upstream: { method, route, status, attempt, durationMs }, retryInMs: retryInMs && Math.round(retryInMs) }, CALL_MESSAGE);
      }
      // Checked first: the line's object would be built for nothing on every call at info.
      else if (logger.isLevelEnabled('debug')) logger.debug({ upstream: { method, route, status, attempt, durationMs } }, CALL_MESSAGE);
      if (outcome.kind === 'http' && outcome.unknownCodes) for (const unknown of outcome.unknownCodes) warnUnknown(route, unknown);
    },
  };
  return { start: () => watched };
}
