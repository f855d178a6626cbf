import { WORKLOAD_NAMES, type WorkloadName } from './workloads.js';

export interface BenchSettings {
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  /** Workloads measured for throughput at `connections`. */
  workloads: WorkloadName[];
  /** Workloads that also get the ceiling rows: bare Yoga with no hop, a node:http hop or a ky hop, and the simulator direct. */
  ceilingWorkloads: WorkloadName[];
  /** One connection, one request after another: median and p99 latency; 0 rounds skips it. */
  latency: { rounds: number; seconds: number; workloads: WorkloadName[] };
  /** The 50,000-id unassign with `connections` of them in flight at once: the facade's peak RSS; 0 seconds skips it. */
  concurrentLarge: { connections: number; seconds: number };
  coldStartTries: number;
  /** Another build's dist/main.js (a checkout of an earlier commit, with its node_modules): measured as `facade-base` beside `facade`. */
  baseDist: string | undefined;
}

export function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

function workloadList(env: NodeJS.ProcessEnv, name: string, fallback: readonly WorkloadName[]): WorkloadName[] {
  const raw = env[name];
  if (raw === undefined || raw === '') return [...fallback];
  const names = raw.split(',').map((item) => item.trim()).filter((item) => item !== '');
  const known = new Set<string>(WORKLOAD_NAMES);
  const unknown = names.filter((item) => !known.has(item));
  if (unknown.length > 0) throw new Error(`${name}: unknown workload(s) ${unknown.join(', ')}; known: ${WORKLOAD_NAMES.join(', ')}`);
  return WORKLOAD_NAMES.filter((item) => names.includes(item));
}

/**
 * Environment (default):
 * - throughput: BENCH_ROUNDS (3), BENCH_SECONDS (5), BENCH_WARMUP_SECONDS (1), BENCH_CONNECTIONS (50),
 *   BENCH_WORKLOADS (assign,unassign,unassign-5000,unassign-guarded,preview-unassign-5000), BENCH_CEILING
 *   (assign,unassign); the guarded unassign and the preview run against the facade only: no baseline makes their calls;
 * - one connection: BENCH_LATENCY_ROUNDS (3), BENCH_LATENCY_SECONDS (2), BENCH_LATENCY_WORKLOADS
 *   (assign,unassign,unassign-50000);
 * - 50,000 ids at once: BENCH_LARGE_CONNECTIONS (20), BENCH_LARGE_SECONDS (5);
 * - BENCH_COLD_STARTS (3);
 * - BENCH_BASE_DIST (unset): another build's dist/main.js, measured as `facade-base` in the same interleaved
 *   rounds as `facade` (before/after a change, on the same machine at the same moment).
 *
 * 3 workloads x 4 targets x 3 rounds x 5 s is already 180 s of load, so the defaults measure the ceiling
 * rows for the two small workloads only, keep warm-ups at 1 s and one-connection rounds at 2 s: about
 * 425 s of load (350 throughput, 63 one-connection, 12 for the 50,000 ids at once), a full run about 7m20s.
 */
export function loadSettings(env: NodeJS.ProcessEnv): BenchSettings {
  return {
    rounds: intFromEnv(env, 'BENCH_ROUNDS', 3),
    seconds: intFromEnv(env, 'BENCH_SECONDS', 5),
    warmupSeconds: intFromEnv(env, 'BENCH_WARMUP_SECONDS', 1, 0),
    connections: intFromEnv(env, 'BENCH_CONNECTIONS', 50),
    workloads: workloadList(env, 'BENCH_WORKLOADS', ['assign', 'unassign', 'unassign-5000', 'unassign-guarded', 'preview-unassign-5000']),
    ceilingWorkloads: workloadList(env, 'BENCH_CEILING', ['assign', 'unassign']),
    latency: {
      rounds: intFromEnv(env, 'BENCH_LATENCY_ROUNDS', 3, 0),
      seconds: intFromEnv(env, 'BENCH_LATENCY_SECONDS', 2),
      workloads: workloadList(env, 'BENCH_LATENCY_WORKLOADS', ['assign', 'unassign', 'unassign-50000']),
    },
    concurrentLarge: {
      connections: intFromEnv(env, 'BENCH_LARGE_CONNECTIONS', 20),
      seconds: intFromEnv(env, 'BENCH_LARGE_SECONDS', 5, 0),
    },
    coldStartTries: intFromEnv(env, 'BENCH_COLD_STARTS', 3, 0),
    baseDist: env['BENCH_BASE_DIST'] || undefined,
  };
}
