import type { ColdStart } from './cold-start.js';
import type { OneConnectionSummary } from './one-connection.js';
import type { BenchSettings } from './settings.js';
import { ratio, type WorkloadSummary } from './summary.js';

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

function noiseWarning(rows: { target: string; maxOtherCpuPercent: number | undefined }[]): string[] {
  const noisy = rows.filter((row) => (row.maxOtherCpuPercent ?? 0) > NOISY_PERCENT);
  if (noisy.length === 0) return [];
  return [`WARNING: other processes or the VM host took >${NOISY_PERCENT}% of a core during rounds of ${noisy.map((row) => row.target).join(', ')}: treat those numbers as skewed`];
}

function workloadSection(summary: WorkloadSummary, title = summary.workload): string {
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
  const { facadeOverApollo, p99FacadeOverApollo, facadeOverFetch, facadeOverHttp, p99FacadeOverFetch } = summary.ratios;
  const find = (target: string) => summary.rows.find((row) => row.target === target);
  const facade = find('facade');
  const apollo = find('apollo');
  const fetchBaseline = find('baseline-fetch');
  const lines = [
    `== ${title} ==`,
    table(['target', 'req/s', 'req/s per round', 'p50 ms', 'p99 ms', 'peak RSS MB', 'other CPU %', 'errors'], rows),
  ];
  const base = find('facade-base');
  if (base !== undefined) {
    lines.push(
      `facade vs facade-base (BENCH_BASE_DIST): req/s x${fixed(ratio(facade?.requestsPerSecond, base.requestsPerSecond), 3)}` +
        `   p99 ${fixed(facade?.p99Ms, 0)} vs ${fixed(base.p99Ms, 0)} ms   peak RSS ${fixed(facade?.peakRssMb, 0)} vs ${fixed(base.peakRssMb, 0)} MB`,
    );
  }
  if (apollo !== undefined) {
    lines.push(
      `req/s facade / apollo: ${fixed(facadeOverApollo, 2)}   p99 facade vs apollo: ${fixed(facade?.p99Ms, 0)} ms vs ${fixed(apollo.p99Ms, 0)} ms (x${fixed(p99FacadeOverApollo, 2)})` +
        `   peak RSS facade vs apollo: ${fixed(facade?.peakRssMb, 0)} vs ${fixed(apollo.peakRssMb, 0)} MB`,
    );
  }
  if (fetchBaseline !== undefined) {
    lines.push(
      `req/s facade / baseline-fetch: ${fixed(facadeOverFetch, 2)}   facade / baseline-http: ${fixed(facadeOverHttp, 2)}`,
      `p99 facade vs baseline-fetch: ${fixed(facade?.p99Ms, 0)} ms vs ${fixed(fetchBaseline.p99Ms, 0)} ms (x${fixed(p99FacadeOverFetch, 2)})`,
    );
  }
  lines.push(`simulator peak RSS during this workload: ${fixed(summary.simulatorPeakRssMb, 0)} MB`, ...noiseWarning(summary.rows));
  return lines.join('\n');
}

// What the facade's median is compared with at one connection: the Apollo peer (the bar), the fetch
// proxy, and for the direct REST call (`upstream`) what the same request costs without any facade.
const ONE_CONNECTION_PEERS = ['facade-base', 'apollo', 'baseline-fetch', 'upstream'];

function oneConnectionSection(settings: BenchSettings, summaries: OneConnectionSummary[]): string {
  const rows = summaries.flatMap((summary) =>
    summary.rows.map((row) => [
      summary.workload,
      row.target,
      fixed(row.medianMs, 3),
      fixed(row.p99Ms, 3),
      String(row.requests),
      fixed(row.maxOtherCpuPercent, 0),
      String(row.failures),
    ]),
  );
  const ratios = summaries.map((summary) => {
    const median = (target: string) => summary.rows.find((row) => row.target === target)?.medianMs;
    const parts = ONE_CONNECTION_PEERS.filter((peer) => median(peer) !== undefined).map((peer) => `facade / ${peer} x${fixed(ratio(median('facade'), median(peer)), 2)}`);
    return `median ${summary.workload}: ${parts.join('   ')}`;
  });
  return [
    `== one connection, one request after another (${settings.latency.rounds} interleaved rounds x ${settings.latency.seconds} s, microsecond timings) ==`,
    table(['workload', 'target', 'median ms', 'p99 ms', 'requests', 'other CPU %', 'errors'], rows),
    ...ratios,
    ...noiseWarning(summaries.flatMap((summary) => summary.rows.map((row) => ({ ...row, target: `${summary.workload} ${row.target}` })))),
  ].join('\n');
}

export interface Report {
  throughput: WorkloadSummary[];
  oneConnection: OneConnectionSummary[];
  /** The 50,000-id unassign with `settings.concurrentLarge.connections` in flight. */
  concurrentLarge: WorkloadSummary | undefined;
  coldStart: ColdStart | undefined;
}

export function formatReport(settings: BenchSettings, { throughput, oneConnection, concurrentLarge, coldStart }: Report): string {
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
  const sections = [heading, ...throughput.map((summary) => workloadSection(summary))];
  if (oneConnection.length > 0) sections.push(oneConnectionSection(settings, oneConnection));
  if (concurrentLarge !== undefined) {
    const { connections, seconds } = settings.concurrentLarge;
    sections.push(workloadSection(concurrentLarge, `${concurrentLarge.workload}, ${connections} at once (${connections} connections, 1 round x ${seconds} s)`));
  }
  return [...sections, cold].join('\n\n');
}
