import type { Contention } from './contention.js';
import { mergedLatency, type LoadResult } from './load.js';
import type { TargetRuns, WorkloadRuns } from './measure.js';
import type { TargetName } from './stack.js';

export interface Row {
  target: TargetName;
  /** Mean over rounds. */
  requestsPerSecond: number;
  /** Over every response of every round. */
  p50Ms: number;
  p99Ms: number;
  rounds: (LoadResult & { contention: Contention | undefined })[];
  /** Worst round: CPU taken by other processes or the VM host, in % of one core; undefined without /proc. */
  maxOtherCpuPercent: number | undefined;
  peakRssMb: number | undefined;
  completed: number;
  /** non-2xx + connection errors/timeouts + 2xx answers with GraphQL errors. */
  failures: number;
  failureBreakdown: { non2xx: number; errors: number; graphqlErrors: number };
}

export interface Ratios {
  /** facade req/s divided by the Apollo peer's (bench/apollo-facade.ts): the bar. */
  facadeOverApollo: number | undefined;
  /** facade p99 divided by the Apollo peer's. */
  p99FacadeOverApollo: number | undefined;
  /** facade req/s divided by the baseline's. */
  facadeOverFetch: number | undefined;
  facadeOverHttp: number | undefined;
  /** facade p99 divided by the fetch baseline's. */
  p99FacadeOverFetch: number | undefined;
}

export interface WorkloadSummary {
  workload: string;
  rows: Row[];
  ratios: Ratios;
  simulatorPeakRssMb: number | undefined;
}

const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length);
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const toMb = (kb: number | undefined) => (kb === undefined ? undefined : kb / 1024);

function row(runs: TargetRuns): Row {
  const rounds = runs.rounds.map((round) => ({ ...round.result, contention: round.contention }));
  const noise = runs.rounds.flatMap(({ contention }) => (contention === undefined ? [] : [contention.otherCpuPercent + contention.stealPercent]));
  const failureBreakdown = {
    non2xx: sum(rounds.map((round) => round.non2xx)),
    errors: sum(rounds.map((round) => round.errors)),
    graphqlErrors: sum(rounds.map((round) => round.graphqlErrors)),
  };
  return {
    target: runs.target,
    requestsPerSecond: mean(rounds.map((round) => round.requestsPerSecond)),
    ...mergedLatency(runs.rounds),
    rounds,
    maxOtherCpuPercent: noise.length === 0 ? undefined : Math.max(...noise),
    peakRssMb: toMb(runs.peakRssKb),
    completed: sum(rounds.map((round) => round.completed)),
    failures: failureBreakdown.non2xx + failureBreakdown.errors + failureBreakdown.graphqlErrors,
    failureBreakdown,
  };
}

export function ratio(numerator: number | undefined, denominator: number | undefined): number | undefined {
  return numerator === undefined || denominator === undefined || denominator === 0 ? undefined : numerator / denominator;
}

export function summarize(runs: WorkloadRuns): WorkloadSummary {
  const rows = runs.targets.map(row);
  const find = (target: TargetName) => rows.find((candidate) => candidate.target === target);
  const facade = find('facade');
  const apollo = find('apollo');
  const fetchBaseline = find('baseline-fetch');
  const httpBaseline = find('baseline-http');
  return {
    workload: runs.workload,
    rows,
    ratios: {
      facadeOverApollo: ratio(facade?.requestsPerSecond, apollo?.requestsPerSecond),
      p99FacadeOverApollo: ratio(facade?.p99Ms, apollo?.p99Ms),
      facadeOverFetch: ratio(facade?.requestsPerSecond, fetchBaseline?.requestsPerSecond),
      facadeOverHttp: ratio(facade?.requestsPerSecond, httpBaseline?.requestsPerSecond),
      p99FacadeOverFetch: ratio(facade?.p99Ms, fetchBaseline?.p99Ms),
    },
    simulatorPeakRssMb: toMb(runs.simulatorPeakRssKb),
  };
}
