import { setTimeout as sleep } from 'node:timers/promises';
import type { Children } from './children.js';
import { countIn, requestFor } from './requests.js';
import { freePort } from './ready.js';
import { facadeEnv, type Target } from './stack.js';
import type { Workload } from './workloads.js';

const POLL_MS = 10;
const GIVE_UP_MS = 20_000;

async function answeredOnce(target: Target, workload: Workload, adminToken: string): Promise<boolean> {
  const { url, method, headers, body } = requestFor(target, workload, adminToken);
  const response = await fetch(url, { method, headers, body, signal: AbortSignal.timeout(2000) });
  const parsed: unknown = await response.json();
  return response.status === 200 && countIn(target, workload, parsed) !== undefined;
}

/** Milliseconds from spawning a fresh `node dist/main.js` to its first correct answer to `workload`. */
async function coldStartOnce(children: Children, simulatorUrl: string, workload: Workload, adminToken: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = children.start('facade (cold start)', ['dist/main.js'], facadeEnv(simulatorUrl, port));
  const target: Target = { name: 'facade', url: `http://127.0.0.1:${port}`, child };
  try {
    while (performance.now() - started < GIVE_UP_MS) {
      if (await children.guard(answeredOnce(target, workload, adminToken).catch(() => false))) {
        return performance.now() - started;
      }
      await sleep(POLL_MS);
    }
    throw new Error(`cold start: no answer within ${GIVE_UP_MS} ms; stderr: ${child.stderr.toString()}`);
  } finally {
    await children.stop(child);
  }
}

export interface ColdStart {
  workload: Workload['name'];
  timesMs: number[];
  medianMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export async function measureColdStarts(children: Children, simulatorUrl: string, workload: Workload, adminToken: string, tries: number): Promise<ColdStart> {
  const timesMs: number[] = [];
  // One after another: two node processes booting at once on two cores would time each other.
  for (let i = 0; i < tries; i++) timesMs.push(await coldStartOnce(children, simulatorUrl, workload, adminToken));
  return { workload: workload.name, timesMs, medianMs: median(timesMs) };
}
