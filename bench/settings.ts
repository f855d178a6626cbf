import { WORKLOAD_NAMES, type WorkloadName } from './workloads.js';

export interface BenchSettings {
  rounds: number;
  seconds: number;
  warmupSeconds: number;
  connections: number;
  workloads: WorkloadName[];
  /** Workloads that also get the ceiling rows: bare Yoga with no hop, a node:http hop or a ky hop, and the simulator direct. */
  ceilingWorkloads: WorkloadName[];
  coldStartTries: number;
  /** Script the simulator child runs; `src/simulator/main.ts` gives the stock entry with its unbounded request log. */
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
 * Environment (default): BENCH_ROUNDS (3), BENCH_SECONDS (5), BENCH_WARMUP_SECONDS (1), BENCH_CONNECTIONS (50),
 * BENCH_WORKLOADS (assign,unassign,unassign-5000,unassign-guarded,preview-unassign-5000), BENCH_CEILING (assign,unassign),
 * BENCH_COLD_STARTS (3). The guarded unassign and the preview run against the facade only: no baseline makes their calls.
 *
 * 3 workloads x 3 targets x 3 rounds x 5 s is already 135 s of load (the two facade-only ones add 30 s), so the defaults measure the
 * ceiling rows for the two small workloads only and keep warm-ups at 1 s: a full run takes about 5 minutes.
 */
export function loadSettings(env: NodeJS.ProcessEnv): BenchSettings {
  return {
    rounds: intFromEnv(env, 'BENCH_ROUNDS', 3),
    seconds: intFromEnv(env, 'BENCH_SECONDS', 5),
    warmupSeconds: intFromEnv(env, 'BENCH_WARMUP_SECONDS', 1, 0),
    connections: intFromEnv(env, 'BENCH_CONNECTIONS', 50),
    workloads: workloadList(env, 'BENCH_WORKLOADS', WORKLOAD_NAMES),
    ceilingWorkloads: workloadList(env, 'BENCH_CEILING', ['assign', 'unassign']),
    coldStartTries: intFromEnv(env, 'BENCH_COLD_STARTS', 3, 0),
  };
}
