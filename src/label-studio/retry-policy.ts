import type { AttemptOutcome } from './attempts.js';
import type { HttpRequestSpec } from './requests.js';

export type RetriedMethod = HttpRequestSpec['method'];

export const MAX_ATTEMPTS = 3;
const BASE_DELAY_MS = 100;
// Not worth retrying with less time left than this for the attempt itself.
const MIN_ATTEMPT_MS = 100;

/**
 * Never repeat what Label Studio may have executed. A GET (the member lists) changes nothing: retried
 * after any connection failure, even one mid-answer, and after a timeout or gateway error. A change (POST,
 * DELETE) is retried only when it certainly was not processed: refused connection, 503, or 429 with
 * Retry-After. Not even the DELETE after a gateway error: a repeated DELETE answers with what was left to
 * remove, not with what the first attempt removed, so its count would be wrong. An unusable answer, or an
 * operation out of time or abandoned by its caller, is never retried.
 */
export function isRetryable(method: RetriedMethod, outcome: AttemptOutcome): boolean {
  const read = method === 'GET';
  switch (outcome.kind) {
    case 'refused':
      return true;
    case 'network':
    case 'interrupted':
      return read;
    case 'http':
      if (outcome.status === 503) return true;
      if (outcome.status === 429) return outcome.retryAfterSeconds !== undefined;
      return read && (outcome.status === 408 || outcome.status === 502 || outcome.status === 504);
    default:
      return false;
  }
}

/**
 * How long to wait before attempt `attempt + 1`, or undefined to give up: not retryable, out of
 * attempts, or the wait (Retry-After, else jittered exponential backoff) would not fit the budget.
 */
export function retryDelayMs(
  method: RetriedMethod,
  outcome: AttemptOutcome,
  attempt: number,
  remainingMs: number,
  random: () => number = Math.random,
): number | undefined {
  if (attempt >= MAX_ATTEMPTS || !isRetryable(method, outcome)) return undefined;
  const retryAfter = outcome.kind === 'http' ? outcome.retryAfterSeconds : undefined;
  const delay = retryAfter !== undefined ? retryAfter * 1000 : BASE_DELAY_MS * 2 ** (attempt - 1) * (0.5 + random() / 2);
  return delay + MIN_ATTEMPT_MS <= remainingMs ? delay : undefined;
}
