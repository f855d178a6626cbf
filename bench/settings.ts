import { WORKLOAD_NAMES } from './workloads.js';

export const PEER_NAMES = ['apollo', 'card', 'ceiling'] as const;
export type TargetName = 'facade' | 'facade-base' | (typeof PEER_NAMES)[number];

export function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}, got "${raw}"`);
  return value;
}

function listFromEnv<T extends string>(env: NodeJS.ProcessEnv, name: string, known: readonly T[], fallback: readonly T[] = known): T[] {
  const raw = env[name];
  if (raw === undefined || raw === '') return [...fallback];
  const names = raw.split(',').map((item) => item.trim());
  const unknown = names.filter((item) => !(known as readonly string[]).includes(item));
  if (unknown.length > 0) throw new Error(`${name}: unknown ${unknown.join(', ')}; known: ${known.join(', ')}`);
  return known.filter((item) => names.includes(item));
}

/** `npm run bench` settings from the environment; README "Performance" and docs/performance.md list them. */
export function loadSettings(env: NodeJS.ProcessEnv) {
  return {
    rounds: intFromEnv(env, 'BENCH_ROUNDS', 3),
    seconds: intFromEnv(env, 'BENCH_SECONDS', 5),
    warmupSeconds: intFromEnv(env, 'BENCH_WARMUP_SECONDS', 1, 0),
    connections: intFromEnv(env, 'BENCH_CONNECTIONS', 50),
    workloads: listFromEnv(env, 'BENCH_WORKLOADS', WORKLOAD_NAMES),
    peers: listFromEnv(env, 'BENCH_PEERS', PEER_NAMES),
    /** One connection, one request after another, for the median; 0 skips it. */
    latencySeconds: intFromEnv(env, 'BENCH_LATENCY_SECONDS', 2, 0),
    latencyWorkloads: listFromEnv(env, 'BENCH_LATENCY_WORKLOADS', WORKLOAD_NAMES, ['assign', 'unassign']),
    /** Another build's dist/main.js (a checkout of an earlier commit, with its node_modules), run as `facade-base`. */
    baseDist: env['BENCH_BASE_DIST'] || undefined,
  };
}

export type Settings = ReturnType<typeof loadSettings>;
