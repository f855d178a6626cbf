/**
 * One time budget for a whole operation (token refresh, attempts, backoff, body reads), aborted early
 * when the caller goes away. Per-attempt timeouts would let retries multiply the wait.
 */
export class Deadline {
  private readonly controller = new AbortController();
  private readonly endsAt: number;
  private readonly timer: NodeJS.Timeout;
  private expired = false;

  constructor(
    budgetMs: number,
    private readonly caller?: AbortSignal,
  ) {
    this.endsAt = performance.now() + budgetMs;
    this.timer = setTimeout(() => {
      this.expired = true;
      this.controller.abort(new Error('deadline exceeded'));
    }, budgetMs);
    caller?.addEventListener('abort', this.onCallerAbort, { once: true });
    if (caller?.aborted) this.onCallerAbort();
  }

  private readonly onCallerAbort = () => this.controller.abort(new Error('caller went away'));

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get timedOut(): boolean {
    return this.expired;
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - performance.now());
  }

  /** Sleeps for `ms`, or less if the deadline passes or the caller leaves first. */
  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      const signal = this.signal;
      signal.addEventListener('abort', done, { once: true });
      function done() {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      }
    });
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.caller?.removeEventListener('abort', this.onCallerAbort);
  }
}
