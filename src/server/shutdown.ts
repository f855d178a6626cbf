import type { Logger } from '../logger.js';

export interface ShutdownOptions {
  logger: Logger;
  /** Set at the first signal: /ready answers 503 from then on. */
  lifecycle: { draining: boolean };
  /** How long the listener keeps serving after /ready turned 503, so load balancers take the instance out. */
  delayMs: number;
  /** Stops accepting and drains what is in flight. */
  close: () => Promise<void>;
  /** Flushes what must not be lost: spans, then logs. */
  flush: () => Promise<void>;
  exit?: (code: number) => void;
}

/**
 * SIGTERM (orchestrators) and SIGINT (Ctrl+C): turn /ready to 503, keep serving for `delayMs`, then stop
 * accepting, finish what is in flight, flush and exit 0. A second signal skips what is left of the delay.
 *
 * Not @godaddy/terminus, the closest library (its `beforeShutdown` is this delay): it ignores a second
 * signal instead of cutting the delay short, ends by re-raising the signal rather than exiting 0, and
 * answers its health checks by wrapping the server's request listener, beside the /ready Yoga serves.
 * Draining itself is Node's own (listen.ts: close, closeIdleConnections, closeAllConnections).
 */
export function shutdownOnSignals({ logger, lifecycle, delayMs, close, flush, exit = (code) => process.exit(code) }: ShutdownOptions) {
  let skipDelay: (() => void) | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (skipDelay) {
      logger.info({ signal }, 'drain delay skipped');
      skipDelay();
      return;
    }
    if (lifecycle.draining) return;
    lifecycle.draining = true;
    logger.info({ signal, delayMs }, 'draining');
    const delayed = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, delayMs);
      skipDelay = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    void delayed
      .then(() => {
        skipDelay = undefined;
        logger.info('closing');
        return close();
      })
      .then(
        () => finish(0, () => logger.info('stopped')),
        (error: unknown) => finish(1, () => logger.error({ err: error }, 'shutdown failed')),
      );
  };
  const finish = (code: number, say: () => void) => {
    say();
    flush().then(
      () => exit(code),
      () => exit(code),
    );
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, onSignal);
}
