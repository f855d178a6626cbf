import type { AttemptOutcome } from './attempts.js';
import type { HttpRequestSpec } from './requests.js';

/** Why there are no usable credentials, in words a caller can act on. */
export type UnauthenticatedReason = 'missing' | 'malformed' | 'unsigned-jwt' | 'pat-expired' | 'pat-without-exp' | 'refresh-refused';

/**
 * Why a Label Studio call failed, in REST terms only; the GraphQL layer decides what callers see.
 * Nothing here carries upstream text beyond Label Studio's field-level validation messages:
 * `detail` and `exc_info` of a 5xx may hold exception text and tracebacks.
 */
export type LabelStudioFailure =
  | AttemptOutcome // how the request's last attempt ended
  | { kind: 'unauthenticated'; reason: UnauthenticatedReason }
  | { kind: 'count-exceeded' } // a member list held more members than its `count` said: no count it gave bounds it
  | { kind: 'request-too-large'; bytes: number; limit: number };

/** What an operation ended with when its Deadline ran out or its caller left. */
export const deadlineFailure = (timedOut: boolean): AttemptOutcome => (timedOut ? { kind: 'timeout' } : { kind: 'cancelled' });

export class LabelStudioError extends Error {
  override readonly name = 'LabelStudioError';

  constructor(
    readonly failure: LabelStudioFailure,
    readonly route?: string,
    /** The request's method, when a request was sent: a change (not a GET) may have run though it failed. */
    readonly method?: HttpRequestSpec['method'],
  ) {
    super(describe(failure, route));
  }

  /**
   * Whether Label Studio may have made the change this failure ended: the request was a change and it
   * reached Label Studio, but no whole, readable answer came back (a reset, a timeout, a success answer
   * that cannot be read, or a proxy's 408, 502 or 504). Label Studio's own refusals, a refused connection and a 503
   * (the retry policy's "certainly not run") say it did not.
   */
  get mayHaveRun(): boolean {
    if (this.method === undefined || this.method === 'GET') return false;
    switch (this.failure.kind) {
      case 'network':
      case 'timeout':
        return true;
      case 'interrupted':
        // The answer had begun: its status, when known, says whether Label Studio ran the change.
        return this.failure.status === undefined || ranOrMayHaveRun(this.failure.status);
      case 'invalid-response':
        // A success status with an answer no one can read: it ran. A redirect or another status: it did not say.
        return this.failure.status >= 200 && this.failure.status < 300;
      case 'http':
        return ranOrMayHaveRun(this.failure.status);
      default:
        return false;
    }
  }
}

/** A status after which a change ran (2xx) or may have (a proxy's 408, 502, 504). */
const ranOrMayHaveRun = (status: number) => (status >= 200 && status < 300) || status === 408 || status === 502 || status === 504;

function describe(failure: LabelStudioFailure, route: string | undefined): string {
  const where = route ? ` (${route})` : '';
  switch (failure.kind) {
    case 'unauthenticated':
      return `No usable credentials for Label Studio: ${failure.reason}`;
    case 'http':
      return `Label Studio answered HTTP ${failure.status}${where}`;
    case 'refused':
    case 'network':
    case 'interrupted':
      return `Label Studio could not be reached${where}`;
    case 'timeout':
      return `Label Studio did not answer in time${where}`;
    case 'cancelled':
      return `The caller went away before Label Studio answered${where}`;
    case 'invalid-response':
      return `Label Studio sent an unusable answer${where}: ${failure.reason}`;
    case 'count-exceeded':
      return `Label Studio listed more members than its count${where}`;
    case 'request-too-large':
      return `The request line would be ${failure.bytes} bytes, over the ${failure.limit}-byte limit${where}`;
  }
}
