import type { ColdStart } from './cold-start.js';
import type { BenchSettings } from './settings.js';
import type { WorkloadSummary } from './summary.js';

// Above this, a round shared the two cores with something else enough to move its numbers visibly.
const NOISY_PERCENT = 15;

const fixed = (value: number | undefined, digits: number) => (value === undefined ? 'n/a' : value.toFixed(digits));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  // First column left-aligned (names), the numbers right-aligned so digits line up.
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ');
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

function workloadSection(summary: WorkloadSummary): string {
  const rows = summary.rows.map((row) => [
    row.target,
    fixed(row.requestsPerSecond, 0),
    row.rounds.map((round) => fixed(round.requestsPerSecond, 0)).join(' '),
    fixed(row.p50Ms, 0),
    fixed(row.p99Ms, 0),
    fixed(row.peakRssMb, 0),
    fixed(row.maxOtherCpuPercent, 0),
    row.failures === 0 ? '0' : `${row.failures} (non2xx ${row.failureBreakdown.non2xx}, err ${row.failureBreakdown.errors}, gql ${row.failureBreakdown.graphqlErrors})`,
  ]);
  const { facadeOverFetch, facadeOverHttp, p99FacadeOverFetch } = summary.ratios;
  const facade = summary.rows.find((row) => row.target === 'facade');
  const fetchBaseline = summary.rows.find((row) => row.target === 'baseline-fetch');
  const lines = [
    `== ${summary.workload} ==`,
    table(['target', 'req/s', 'req/s per round', 'p50 ms', 'p99 ms', 'peak RSS MB', 'other CPU %', 'errors'], rows),
    `req/s facade / baseline-fetch: ${fixed(facadeOverFetch, 2)}   facade / baseline-http: ${fixed(facadeOverHttp, 2)}`,
    `p99 facade vs baseline-fetch: ${fixed(facade?.p99Ms, 0)} ms vs ${fixed(fetchBaseline?.p99Ms, 0)} ms (x${fixed(p99FacadeOverFetch, 2)})`,
    `simulator peak RSS during this workload: ${fixed(summary.simulatorPeakRssMb, 0)} MB`,
  ];
  const noisy = summary.rows.filter((row) => (row.maxOtherCpuPercent ?? 0) > NOISY_PERCENT);
  if (noisy.length > 0) {
    lines.push(`WARNING: other processes or the VM host took >${NOISY_PERCENT}% of a core during rounds of ${noisy.map((row) => row.target).join(', ')}: treat those numbers as skewed`);
  }
  return lines.join('\n');
}

export function formatReport(settings: BenchSettings, summaries: WorkloadSummary[], coldStart: ColdStart | undefined): string {
  const heading = [
    `${settings.connections} connections, ${settings.rounds} rounds x ${settings.seconds} s per target (warm-up ${settings.warmupSeconds} s).`,
    `req/s: mean of rounds. p50/p99: over all rounds' responses, 1 ms resolution. peak RSS: the target's own process.`,
    `other CPU %: worst round, CPU used by processes outside the bench plus VM steal, in % of one core.`,
  ].join('\n');
  const cold =
    coldStart === undefined
      ? 'cold start: skipped'
      : `cold start (spawn -> first ${coldStart.workload} answer): median ${coldStart.medianMs.toFixed(0)} ms ` +
        `of ${coldStart.timesMs.map((ms) => ms.toFixed(0)).join(', ')} ms`;
  return [heading, ...summaries.map(workloadSection), cold].join('\n\n');
}
