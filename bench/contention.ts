import { readFile } from 'node:fs/promises';

// Two cores shared by the load generator, a target and the simulator leave no slack: anything else running
// on the machine (a test run, an npm install) or a busy VM host skews a round without any error to show it.
// Reading the kernel's CPU counters around each round makes that visible in the table.

export interface CpuSnapshot {
  atMs: number;
  /** Machine-wide user+nice+system ticks; irq/softirq are left out because loopback traffic lands there. */
  busyTicks: number;
  /** Ticks the hypervisor gave to someone else while this VM wanted to run. */
  stealTicks: number;
  /** user+system ticks of the bench's own processes. */
  ownTicks: number;
}

const TICKS_PER_SECOND = 100; // USER_HZ, fixed at 100 on Linux for /proc

async function processTicks(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/** Undefined where there is no /proc (not Linux): contention is then simply not reported. */
export async function cpuSnapshot(ownPids: number[]): Promise<CpuSnapshot | undefined> {
  try {
    const [stat, own] = await Promise.all([readFile('/proc/stat', 'utf8'), Promise.all(ownPids.map(processTicks))]);
    const [, user, nice, system, , , , , steal] = (stat.split('\n')[0] ?? '').trim().split(/\s+/).map(Number);
    return {
      atMs: performance.now(),
      busyTicks: (user ?? 0) + (nice ?? 0) + (system ?? 0),
      stealTicks: steal ?? 0,
      ownTicks: own.reduce((sum, ticks) => sum + ticks, 0),
    };
  } catch {
    return undefined;
  }
}

export interface Contention {
  /** CPU used by processes other than the bench's, in % of one core, averaged over the interval. */
  otherCpuPercent: number;
  stealPercent: number;
}

export function contentionBetween(before: CpuSnapshot | undefined, after: CpuSnapshot | undefined): Contention | undefined {
  if (before === undefined || after === undefined) return undefined;
  const seconds = (after.atMs - before.atMs) / 1000;
  if (seconds <= 0) return undefined;
  const percentOfCore = (ticks: number) => Math.max(0, (ticks / TICKS_PER_SECOND / seconds) * 100);
  return {
    otherCpuPercent: percentOfCore(after.busyTicks - before.busyTicks - (after.ownTicks - before.ownTicks)),
    stealPercent: percentOfCore(after.stealTicks - before.stealTicks),
  };
}
