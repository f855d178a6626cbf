/** Calls `listener` once the caller has gone away (now, if it already has); returns the unsubscribe. */
export type OnCallerGone = (listener: () => void) => () => void;

/**
 * One time budget for a whole operation (token refresh, attempts, backoff, body reads), ended early
 * when the caller goes away. Per-attempt timeouts would let retries multiply the wait. Deliberately
 * not an AbortController, nor a listener on one: those are among the costliest things Node 20 does per request.
 */
export class Deadline {
  private readonly endsAt: number;
  private readonly timer: NodeJS.Timeout;
  private readonly listeners = new Set<() => void>();
  private state: 'running' | 'timed-out' | 'cancelled' = 'running';
  private readonly stopWatchingCaller: () => void;

  constructor(budgetMs: number, onCallerGone?: OnCallerGone) {
    this.endsAt = performance.now() + budgetMs;
    this.timer = setTimeout(() => this.end('timed-out'), budgetMs);
    this.stopWatchingCaller = onCallerGone?.(() => this.end('cancelled')) ?? (() => undefined);
  }

  private end(state: 'timed-out' | 'cancelled') {
    if (this.state !== 'running') return;
    this.state = state;
    for (const listener of this.listeners) listener();
    this.listeners.clear();
  }

  get ended(): boolean {
    return this.state !== 'running';
  }

  get timedOut(): boolean {
    return this.state === 'timed-out';
  }

  /** Calls `listener` once when the deadline passes or the caller leaves; returns the unsubscribe. */
  onEnd(listener: () => void): () => void {
    if (this.ended) {
      listener();
      return () => undefined;
    }
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - performance.now());
  }

  /** Sleeps for `ms`, or less if the deadline ends first. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const unsubscribe = this.onEnd(done);
      function done() {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      }
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.listeners.clear();
    this.stopWatchingCaller();
  }
}
