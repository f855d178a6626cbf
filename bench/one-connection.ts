import { Agent, request } from 'node:http';
import { contentionBetween, cpuSnapshot } from './contention.js';
import { rotated, type MeasureContext } from './measure.js';
import { requestFor, type HttpRequestSpec } from './requests.js';
import type { Target, TargetName } from './stack.js';
import type { Workload } from './workloads.js';

// At one connection a small mutation takes under a millisecond, and autocannon's histogram counts whole
// milliseconds: so this client sends one request after another on one keep-alive socket and keeps every
// duration (performance.now(), microseconds). Its own cost is in every row alike.

export interface OneConnectionRow {
  target: TargetName;
  medianMs: number;
  p99Ms: number;
  /** Answered correctly, over all rounds. */
  requests: number;
  /** Non-200, GraphQL errors or transport errors. */
  failures: number;
  /** Worst round, as in the throughput rows. */
  maxOtherCpuPercent: number | undefined;
}

export interface OneConnectionSummary {
  workload: Workload['name'];
  rows: OneConnectionRow[];
}

function sendOnce(agent: Agent, spec: HttpRequestSpec): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...spec.headers };
    if (spec.body !== undefined) headers['content-length'] = Buffer.byteLength(spec.body);
    const req = request(spec.url, { method: spec.method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      // As the load rounds judge an answer: GraphQL reports failures with a 200 and an `errors` key.
      res.on('end', () => resolve(res.statusCode === 200 && !Buffer.concat(chunks).toString('utf8').includes('"errors"')));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(spec.body);
  });
}

async function sequentialRequests(spec: HttpRequestSpec, seconds: number): Promise<{ timesMs: number[]; failures: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const timesMs: number[] = [];
  let failures = 0;
  const deadline = performance.now() + seconds * 1000;
  try {
    while (performance.now() < deadline) {
      const started = performance.now();
      const ok = await sendOnce(agent, spec).catch(() => false);
      if (ok) timesMs.push(performance.now() - started);
      else failures++;
    }
  } finally {
    agent.destroy();
  }
  return { timesMs, failures };
}

/** Nearest rank on sorted values. */
const percentile = (sorted: number[], fraction: number) => sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;

export async function measureOneConnection(context: MeasureContext, workload: Workload, targets: Target[]): Promise<OneConnectionSummary> {
  const { settings, log, children } = context;
  const { rounds, seconds } = settings.latency;
  const spec = (target: Target) => requestFor(target, workload, context.adminToken);
  if (settings.warmupSeconds > 0) {
    for (const target of targets) await children.guard(sequentialRequests(spec(target), settings.warmupSeconds));
  }
  const collected = new Map(targets.map((target) => [target.name, { timesMs: [] as number[], failures: 0, noise: [] as number[] }]));
  for (let round = 0; round < rounds; round++) {
    for (const target of rotated(targets, round)) {
      const before = await cpuSnapshot(context.ownPids);
      const { timesMs, failures } = await children.guard(sequentialRequests(spec(target), seconds));
      const contention = contentionBetween(before, await cpuSnapshot(context.ownPids));
      const into = collected.get(target.name);
      if (into === undefined) throw new Error(`no samples for ${target.name}`);
      into.timesMs.push(...timesMs);
      into.failures += failures;
      if (contention !== undefined) into.noise.push(contention.otherCpuPercent + contention.stealPercent);
      const sorted = [...timesMs].sort((a, b) => a - b);
      log(
        `${workload.name} at 1 connection: round ${round + 1}/${rounds} ${target.name.padEnd(14)} median ${percentile(sorted, 0.5).toFixed(3)} ms` +
          `, p99 ${percentile(sorted, 0.99).toFixed(3)} ms${failures > 0 ? `, ${failures} FAILED` : ''}`,
      );
    }
  }
  const rows = [...collected].map(([target, { timesMs, failures, noise }]): OneConnectionRow => {
    const sorted = timesMs.sort((a, b) => a - b);
    return {
      target,
      medianMs: percentile(sorted, 0.5),
      p99Ms: percentile(sorted, 0.99),
      requests: sorted.length,
      failures,
      maxOtherCpuPercent: noise.length === 0 ? undefined : Math.max(...noise),
    };
  });
  return { workload: workload.name, rows };
}
