import type { Children } from './children.js';
import { contentionBetween, cpuSnapshot, type Contention } from './contention.js';
import { runLoad, type LoadRound } from './load.js';
import { requestFor } from './requests.js';
import { sampleRss } from './rss.js';
import type { BenchSettings } from './settings.js';
import type { Target, TargetName } from './stack.js';
import type { Workload } from './workloads.js';

export interface MeasuredRound extends LoadRound {
  /** Undefined where /proc cannot be read. */
  contention: Contention | undefined;
}

export interface TargetRuns {
  target: TargetName;
  rounds: MeasuredRound[];
  /** Peak RSS of the target's own process over its measured rounds. */
  peakRssKb: number | undefined;
}

export interface WorkloadRuns {
  workload: Workload['name'];
  targets: TargetRuns[];
  /** Peak RSS of the simulator over the workload: it serves every target, so its growth is everyone's drift. */
  simulatorPeakRssKb: number | undefined;
}

export interface MeasureContext {
  children: Children;
  settings: BenchSettings;
  adminToken: string;
  simulatorPid: number;
  /** The bench itself and every child it keeps running, whose CPU is not contention. */
  ownPids: number[];
  log: (line: string) => void;
}

/** Round r starts at target r, so a target is never always first (cold) or always last (after the others' garbage). */
export function rotated<T>(items: readonly T[], round: number): T[] {
  const shift = round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

async function loadOnce(context: MeasureContext, target: Target, workload: Workload, seconds: number) {
  const spec = requestFor(target, workload, context.adminToken);
  const pids = [...new Set([target.child.pid, context.simulatorPid])];
  const sampling = sampleRss(pids);
  const before = await cpuSnapshot(context.ownPids);
  const loaded = await context.children.guard(runLoad({ ...spec, connections: context.settings.connections, seconds }));
  const contention = contentionBetween(before, await cpuSnapshot(context.ownPids));
  const peaks = await sampling.stop();
  const round: MeasuredRound = { ...loaded, contention };
  return { round, targetPeakKb: peaks.get(target.child.pid), simulatorPeakKb: peaks.get(context.simulatorPid) };
}

const maxDefined = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

export async function measureWorkload(context: MeasureContext, workload: Workload, targets: Target[]): Promise<WorkloadRuns> {
  const { settings, log } = context;
  if (settings.warmupSeconds > 0) {
    for (const target of targets) {
      log(`${workload.name}: warm-up ${target.name} (${settings.warmupSeconds} s)`);
      await loadOnce(context, target, workload, settings.warmupSeconds);
    }
  }

  const runs = new Map<TargetName, TargetRuns>(targets.map((target) => [target.name, { target: target.name, rounds: [], peakRssKb: undefined }]));
  let simulatorPeakRssKb: number | undefined;
  for (let round = 0; round < settings.rounds; round++) {
    for (const target of rotated(targets, round)) {
      const { round: measured, targetPeakKb, simulatorPeakKb } = await loadOnce(context, target, workload, settings.seconds);
      const { result } = measured;
      const run = runs.get(target.name);
      if (run === undefined) throw new Error(`no runs for ${target.name}`);
      run.rounds.push(measured);
      run.peakRssKb = maxDefined(run.peakRssKb, targetPeakKb);
      simulatorPeakRssKb = maxDefined(simulatorPeakRssKb, simulatorPeakKb);
      const failures = result.non2xx + result.errors + result.graphqlErrors;
      const noise = measured.contention === undefined ? '' : `, other CPU ${Math.round(measured.contention.otherCpuPercent + measured.contention.stealPercent)}%`;
      log(
        `${workload.name}: round ${round + 1}/${settings.rounds} ${target.name.padEnd(14)} ${Math.round(result.requestsPerSecond)} req/s` +
          `, p99 ${result.p99Ms} ms${noise}${failures > 0 ? `, ${failures} FAILED` : ''}`,
      );
    }
  }
  return { workload: workload.name, targets: [...runs.values()], simulatorPeakRssKb };
}
