import ky from 'ky';

export interface ReachabilityProbeOptions {
  baseUrl: string;
  /** How long an answer stays good: readiness is polled often, Label Studio should not feel it. */
  cacheMs?: number;
  timeoutMs?: number;
}

/**
 * Is Label Studio reachable? A GET of its `/health`, cached and never run twice at once. Any answer
 * below 500 counts as reachable (a proxy in front may refuse the path; it still answered); a refused
 * connection, a timeout or a gateway error does not.
 */
export function createReachabilityProbe({ baseUrl, cacheMs = 5_000, timeoutMs = 2_000 }: ReachabilityProbeOptions) {
  let last: { at: number; reachable: boolean } | undefined;
  let pending: Promise<boolean> | undefined;

  async function probe(): Promise<boolean> {
    try {
      const response = await ky.get(`${baseUrl}/health`, { timeout: timeoutMs, retry: 0, throwHttpErrors: false, redirect: 'manual' });
      await response.body?.cancel();
      return response.status < 500;
    } catch {
      return false;
    }
  }

  return async function isReachable(): Promise<boolean> {
    if (last && performance.now() - last.at < cacheMs) return last.reachable;
    pending ??= probe().then((reachable) => {
      last = { at: performance.now(), reachable };
      pending = undefined;
      return reachable;
    });
    return pending;
  };
}
