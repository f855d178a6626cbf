import { Agent, request } from 'node:http';
import autocannon from 'autocannon';
import { cpuMs, rssMb, type Children } from './processes.js';
import type { Settings, TargetName } from './settings.js';
import type { Target } from './targets.js';
import type { Workload } from './workloads.js';

export const graphqlRequest = (target: Target, workload: Workload, adminToken: string) => ({
  url: `${target.url}/graphql`,
  method: 'POST' as const,
  headers: { authorization: `Token ${adminToken}`, accept: 'application/json', 'content-type': 'application/json' },
  body: workload.body,
});

export interface Row {
  workload: string;
  target: TargetName;
  requestsPerSecond: number[];
  /** The target process's own CPU (user + system) over all rounds, per answered request. */
  cpuMsPerRequest: number;
  /** The same, round by round: rounds of two targets run back to back, so their ratio is paired in time. */
  cpuMsPerRequestByRound: number[];
  /** Median of the rounds' p99 (autocannon: 1 ms resolution). */
  p99Ms: number;
  /** The target's peak RSS since it started (VmHWM), read after the workload. */
  peakRssMb: number;
  /** One connection, one request after another: the median, timed to the microsecond; undefined when not measured. */
  oneConnectionMedianMs: number | undefined;
  /** Non-2xx, transport errors, timeouts and answers with GraphQL `errors`. */
  failures: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2 : (sorted[Math.floor(middle)] ?? Number.NaN);
}

/** Round r starts at target r, so a target is never always first (cold) or always last (after the others' garbage). */
const rotated = <T>(items: readonly T[], round: number) => [...items.slice(round % items.length), ...items.slice(0, round % items.length)];

async function loadRound(target: Target, workload: Workload, adminToken: string, connections: number, seconds: number) {
  const { url, method, headers, body } = graphqlRequest(target, workload, adminToken);
  const cpuBefore = await cpuMs(target.child.pid);
  const result = await autocannon({
    url,
    method,
    headers,
    body,
    connections,
    duration: seconds,
    timeout: 10,
    // GraphQL reports resolver failures with a 200, so a status count alone would call a broken run clean.
    verifyBody: (answer) => !answer?.includes('"errors"'),
  });
  return {
    // Total over elapsed time rather than the mean of 1 s samples, which drops the partial last second.
    requestsPerSecond: result.requests.total / result.duration,
    completed: result.requests.total,
    cpuMs: (await cpuMs(target.child.pid)) - cpuBefore,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts + result.mismatches,
  };
}

export function sendOnce(agent: Agent, { url, method, headers, body }: ReturnType<typeof graphqlRequest>): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers: { ...headers, 'content-length': Buffer.byteLength(body) }, agent }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () => resolve(res.statusCode === 200 && !text.includes('"errors"')));
      res.on('error', reject);
    });
    req.on('error', reject).end(body);
  });
}

/** autocannon's histogram counts whole milliseconds, coarser than a small mutation at one connection. */
async function oneConnection(target: Target, workload: Workload, adminToken: string, seconds: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const timesMs: number[] = [];
  let failures = 0;
  const spec = graphqlRequest(target, workload, adminToken);
  for (const deadline = performance.now() + seconds * 1000; performance.now() < deadline; ) {
    const started = performance.now();
    if (await sendOnce(agent, spec).catch(() => false)) timesMs.push(performance.now() - started);
    else failures++;
  }
  agent.destroy();
  return { timesMs, failures };
}

/** Warm-up, then `rounds` interleaved rounds over `targets` (throughput, then one connection if asked). */
export async function measure(children: Children, settings: Settings, workload: Workload, targets: Target[], adminToken: string, log: (line: string) => void): Promise<Row[]> {
  const withLatency = settings.latencySeconds > 0 && settings.latencyWorkloads.includes(workload.name);
  for (const target of targets) {
    if (settings.warmupSeconds > 0) await children.guard(loadRound(target, workload, adminToken, settings.connections, settings.warmupSeconds));
  }
  const rounds = new Map(targets.map((target) => [target, [] as Awaited<ReturnType<typeof loadRound>>[]]));
  const latencies = new Map(targets.map((target) => [target, { timesMs: [] as number[], failures: 0 }]));
  for (let round = 0; round < settings.rounds; round++) {
    for (const target of rotated(targets, round)) {
      const measured = await children.guard(loadRound(target, workload, adminToken, settings.connections, settings.seconds));
      rounds.get(target)?.push(measured);
      const perRequest = (measured.cpuMs / measured.completed).toFixed(3);
      log(`${workload.name} round ${round + 1}/${settings.rounds} ${target.name.padEnd(11)} ${measured.requestsPerSecond.toFixed(0)} req/s, ${perRequest} CPU ms/req${measured.failures > 0 ? `, ${measured.failures} FAILED` : ''}`);
    }
    for (const target of withLatency ? rotated(targets, round) : []) {
      const { timesMs, failures } = await children.guard(oneConnection(target, workload, adminToken, settings.latencySeconds));
      const into = latencies.get(target);
      if (into) Object.assign(into, { timesMs: into.timesMs.concat(timesMs), failures: into.failures + failures });
    }
  }
  return Promise.all(
    targets.map(async (target): Promise<Row> => {
      const measured = rounds.get(target) ?? [];
      const latency = latencies.get(target);
      const sum = (pick: (round: (typeof measured)[number]) => number) => measured.reduce((total, round) => total + pick(round), 0);
      return {
        workload: workload.name,
        target: target.name,
        requestsPerSecond: measured.map((round) => round.requestsPerSecond),
        cpuMsPerRequest: sum((round) => round.cpuMs) / sum((round) => round.completed),
        cpuMsPerRequestByRound: measured.map((round) => round.cpuMs / round.completed),
        p99Ms: median(measured.map((round) => round.p99Ms)),
        peakRssMb: (await rssMb(target.child.pid)).peak,
        oneConnectionMedianMs: withLatency ? median(latency?.timesMs ?? []) : undefined,
        failures: sum((round) => round.failures) + (latency?.failures ?? 0),
      };
    }),
  );
}
