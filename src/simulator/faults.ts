import type { ListFault } from './list-faults.js';
import type { RouteName } from './routes.js';

export interface Fault {
  /** Which endpoint it applies to; default: any request, even to an unknown path. */
  route?: RouteName;
  /** How many matching requests it applies to, default 1. */
  times?: number;
  /**
   * Wait this long before answering (before writing the body when `dripMs` is set). Without `status`
   * the real handler has already run, and mutated the data, when the wait starts: a client that gives
   * up meanwhile faces the "did it happen?" case.
   */
  delayMs?: number;
  /** Answer with this status instead of the real handler. */
  status?: number;
  /** Raw body to send with `status`; default: a Label Studio error JSON for that status. */
  body?: string;
  /** Extra response headers, e.g. Retry-After, Content-Type: text/html, Location. */
  headers?: Record<string, string>;
  /** Destroy the connection without any response, as a reset would. */
  destroySocket?: boolean;
  /** Send the response body one byte every dripMs. */
  dripMs?: number;
  /** For a member list (without `status`): how the list misbehaves while it is read. */
  list?: ListFault;
}

interface QueuedFault {
  fault: Fault;
  remaining: number;
}

/** Faults in injection order; each request consumes one use of the first fault that matches its route. */
export class FaultQueue {
  private queue: QueuedFault[] = [];

  add(fault: Fault): void {
    const remaining = fault.times ?? 1;
    if (remaining > 0) this.queue.push({ fault, remaining });
  }

  take(route: RouteName | undefined): Fault | undefined {
    const index = this.queue.findIndex(({ fault }) => fault.route === undefined || fault.route === route);
    const queued = this.queue[index];
    if (queued === undefined) return undefined;
    queued.remaining -= 1;
    if (queued.remaining <= 0) this.queue.splice(index, 1);
    return queued.fault;
  }

  clear(): void {
    this.queue = [];
  }
}
