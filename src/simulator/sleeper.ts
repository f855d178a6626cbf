interface PendingSleep {
  timer: NodeJS.Timeout;
  resolve: () => void;
}

/** Timers that can all be cut short, so closing the simulator never waits on an injected delay. */
export class Sleeper {
  private readonly pending = new Set<PendingSleep>();

  sleep(ms: number): Promise<void> {
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const entry: PendingSleep = {
        timer: setTimeout(() => {
          this.pending.delete(entry);
          resolve();
        }, ms),
        resolve,
      };
      this.pending.add(entry);
    });
  }

  /** Wakes every sleeper at once; callers then find their sockets destroyed and stop. */
  wakeAll(): void {
    for (const entry of this.pending) {
      clearTimeout(entry.timer);
      entry.resolve();
    }
    this.pending.clear();
  }
}
