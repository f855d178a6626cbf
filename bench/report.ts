import { median, type Row } from './measure.js';
import type { Settings } from './settings.js';

const fixed = (value: number | undefined, digits: number) => (value === undefined || !Number.isFinite(value) ? '' : value.toFixed(digits));
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/**
 * The facade over an earlier build, round by round. The machine's pace drifts between rounds by more than
 * a small change costs, and a round of one target runs right after the other's, so each round's ratio
 * cancels most of that drift; the median and the range say how far the runs' pooled CPU can be trusted.
 */
function againstBase(rows: Row[]): string[] {
  return rows.flatMap((base) => {
    const facade = rows.find((row) => row.workload === base.workload && row.target === 'facade');
    if (base.target !== 'facade-base' || !facade) return [];
    const ratios = facade.cpuMsPerRequestByRound.map((cpu, round) => cpu / (base.cpuMsPerRequestByRound[round] ?? Number.NaN));
    const range = `${fixed(Math.min(...ratios), 2)}-${fixed(Math.max(...ratios), 2)}`;
    return [`${base.workload}: facade over facade-base, CPU per request round by round: median ${fixed(median(ratios), 3)}, rounds ${range}`];
  });
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  // Names left-aligned, numbers right-aligned so digits line up.
  const line = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** One table: a row per workload and target, each target's CPU per request also as a multiple of the facade's. */
export function formatReport(settings: Settings, rows: Row[]): string {
  const facadeCpu = (workload: string) => rows.find((row) => row.workload === workload && row.target === 'facade')?.cpuMsPerRequest;
  const cells = rows.map((row) => [
    row.workload,
    row.target,
    fixed(mean(row.requestsPerSecond), 0),
    row.requestsPerSecond.map((value) => value.toFixed(0)).join(' '),
    fixed(row.cpuMsPerRequest, 3),
    fixed(row.cpuMsPerRequest / (facadeCpu(row.workload) ?? Number.NaN), 2),
    fixed(row.p99Ms, 0),
    fixed(row.peakRssMb, 0),
    fixed(row.oneConnectionMedianMs, 3),
    String(row.failures),
  ]);
  return [
    `${settings.connections} connections, ${settings.rounds} interleaved rounds x ${settings.seconds} s per target (warm-up ${settings.warmupSeconds} s)` +
      (settings.latencySeconds > 0 ? `; one connection: ${settings.rounds} rounds x ${settings.latencySeconds} s` : ''),
    'req/s: mean of rounds. CPU ms/req: the target process\'s own user+system CPU over its rounds (/proc/<pid>/stat), per answer;',
    'x facade: that, over the facade\'s. p99: median of rounds. peak RSS: since the target started (VmHWM).',
    '',
    table(['workload', 'target', 'req/s', 'per round', 'CPU ms/req', 'x facade', 'p99 ms', 'peak RSS MB', '1-conn median ms', 'failures'], cells),
    ...againstBase(rows).map((line, index) => (index === 0 ? `\n${line}` : line)),
  ].join('\n');
}
