import type { ServerResponse } from 'node:http';
import type { OnCallerGone } from '../label-studio/deadline.js';

/**
 * While a resolver runs its answer is not written yet, so its HTTP response closing means the caller
 * has gone. Node's own 'close' event on the response tells that for a fraction of the cost of a
 * listener on Yoga's request.signal (an EventTarget), whose cost showed in every mutation's CPU profile
 * (docs/performance.md).
 */
export function whenResponseCloses(res: ServerResponse): OnCallerGone {
  return (listener) => {
    if (res.closed) {
      listener();
      return () => undefined;
    }
    res.once('close', listener);
    return () => res.removeListener('close', listener);
  };
}
