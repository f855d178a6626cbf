import { readFile } from 'node:fs/promises';

/** Resident set size in KB from /proc (Linux); undefined where there is no /proc or the process is gone. */
export async function readRssKb(pid: number): Promise<number | undefined> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}

export interface RssSampling {
  /** Peak KB per pid seen since the start; a pid never read successfully is absent. */
  stop(): Promise<Map<number, number>>;
}

/** Samples every process in `pids` on a fixed interval while a load runs, keeping the peak of each. */
export function sampleRss(pids: number[], intervalMs = 200): RssSampling {
  const peaks = new Map<number, number>();
  const sampleOnce = async () => {
    await Promise.all(
      pids.map(async (pid) => {
        const kb = await readRssKb(pid);
        if (kb !== undefined) peaks.set(pid, Math.max(kb, peaks.get(pid) ?? 0));
      }),
    );
  };
  let pending = sampleOnce();
  const timer = setInterval(() => {
    pending = pending.then(sampleOnce);
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await pending;
      // One last look, so a run shorter than the interval still has a reading at its end.
      await sampleOnce();
      return peaks;
    },
  };
}
