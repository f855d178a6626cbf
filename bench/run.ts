import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFacade } from './build.js';
import { checkTarget } from './check.js';
import { Children, ChildDiedError } from './children.js';
import { measureColdStarts, type ColdStart } from './cold-start.js';
import { measureWorkload } from './measure.js';
import { measureOneConnection, type OneConnectionSummary } from './one-connection.js';
import { formatReport } from './report.js';
import { RESULTS_DIRECTORY, writeResults } from './results.js';
import { loadSettings } from './settings.js';
import { startStack, type Target, type TargetName } from './stack.js';
import { summarize, type WorkloadSummary } from './summary.js';
import { workload, type Workload } from './workloads.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Children are started with paths relative to the project root (dist/main.js, bench/simulator.ts).
process.chdir(ROOT);

// The Apollo peer (bench/apollo-facade.ts) is the bar; the two proxies are context.
const GRAPHQL_TARGETS: TargetName[] = ['facade', 'apollo', 'baseline-fetch', 'baseline-http'];
// Not competitors: what Yoga alone, Yoga plus each kind of hop, and the simulator alone answer here (bench/ceiling-yoga.ts).
const CEILING_TARGETS: TargetName[] = ['yoga-noop', 'yoga-http', 'yoga-ky', 'upstream'];
// At one connection a long id list is compared with the same JSON-body DELETE sent straight to the
// simulator; a small mutation with the fetch proxy.
const oneConnectionTargets = ({ rest }: Workload): TargetName[] =>
  !rest ? ['facade'] : rest.method === 'DELETE' && rest.body !== undefined ? ['facade', 'apollo', 'upstream'] : ['facade', 'apollo', 'baseline-fetch'];
const CONCURRENT_LARGE_TARGETS: TargetName[] = ['facade', 'apollo'];
const log = (line: string) => console.error(`[bench] ${line}`);

const children = new Children();
// Last line of defence: whatever path ends this process, no simulator or facade is left listening.
process.once('exit', () => children.killAllNow());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping children`);
    void children.stopAll().finally(() => process.exit(130));
  });
}

async function main(): Promise<void> {
  const settings = loadSettings(process.env);
  const started = performance.now();

  log('building the facade (npm run build)');
  await buildFacade(children);

  log('starting simulator, facade and baselines');
  const stack = await startStack(children, { baseDist: settings.baseDist });
  const { adminToken, url: simulatorUrl, requestLogUrl, child: simulatorChild } = stack.simulator;
  // With BENCH_BASE_DIST, the earlier build runs beside the facade wherever the facade runs.
  const targetsNamed = (names: TargetName[]) =>
    names.flatMap((name): Target[] => {
      const base = stack.targets['facade-base'];
      if (name === 'facade-base') return [];
      return name === 'facade' && base ? [stack.targets.facade, base] : [stack.targets[name]];
    });

  const plan = settings.workloads.map((name) => {
    const current = workload(name);
    // A workload of several upstream calls (previews, the guard) has no baseline or ceiling to set beside it.
    const names: TargetName[] = !current.rest ? ['facade'] : settings.ceilingWorkloads.includes(name) ? [...GRAPHQL_TARGETS, ...CEILING_TARGETS] : GRAPHQL_TARGETS;
    return { workload: current, targets: targetsNamed(names) };
  });
  const oneConnectionPlan =
    settings.latency.rounds === 0
      ? []
      : settings.latency.workloads.map((name) => ({ workload: workload(name), targets: targetsNamed(oneConnectionTargets(workload(name))) }));
  const concurrentLargePlan = settings.concurrentLarge.seconds === 0 ? [] : [{ workload: workload('unassign-50000'), targets: targetsNamed(CONCURRENT_LARGE_TARGETS) }];

  const checked = new Set<string>();
  const baseCannot = new Set<string>();
  for (const { workload: current, targets } of [...plan, ...oneConnectionPlan, ...concurrentLargePlan]) {
    for (const target of targets) {
      if (checked.has(`${current.name} ${target.name}`)) continue;
      checked.add(`${current.name} ${target.name}`);
      const checking = children.guard(checkTarget(target, current, adminToken, requestLogUrl));
      // An earlier build may predate a workload (a preview, the guard): it is left out of that one only.
      if (target.name === 'facade-base') {
        const failure = await checking.then(() => undefined, (error: unknown) => error);
        if (failure !== undefined) {
          baseCannot.add(current.name);
          log(`check ${current.name} facade-base: cannot (${failure instanceof Error ? failure.message.slice(0, 160) : String(failure)}); measured without it`);
          continue;
        }
        log(`check ${current.name} facade-base: ok`);
        continue;
      }
      const count = await checking;
      log(`check ${current.name} ${target.name}: ok (count ${count}, ${target.name === 'yoga-noop' ? 'no upstream call' : 'the same single upstream call'})`);
    }
  }
  for (const entry of [...plan, ...oneConnectionPlan, ...concurrentLargePlan]) {
    if (baseCannot.has(entry.workload.name)) entry.targets = entry.targets.filter((target) => target.name !== 'facade-base');
  }

  const summaries: WorkloadSummary[] = [];
  const ownPids = [process.pid, ...new Set(Object.values(stack.targets).map((target) => target.child.pid))];
  const context = { children, settings, adminToken, simulatorPid: simulatorChild.pid, ownPids, log };
  for (const { workload: current, targets } of plan) {
    summaries.push(summarize(await measureWorkload(context, current, targets)));
  }
  const oneConnection: OneConnectionSummary[] = [];
  for (const { workload: current, targets } of oneConnectionPlan) {
    oneConnection.push(await measureOneConnection(context, current, targets));
  }
  let concurrentLarge: WorkloadSummary | undefined;
  for (const { workload: current, targets } of concurrentLargePlan) {
    const { connections, seconds } = settings.concurrentLarge;
    const large = { ...context, settings: { ...settings, connections, seconds, rounds: 1 } };
    concurrentLarge = summarize(await measureWorkload(large, current, targets));
  }

  let coldStart: ColdStart | undefined;
  if (settings.coldStartTries > 0) {
    log(`cold start x${settings.coldStartTries}`);
    coldStart = await measureColdStarts(children, simulatorUrl, workload('assign'), adminToken, settings.coldStartTries);
  }

  await children.stopAll();
  const elapsedSeconds = (performance.now() - started) / 1000;
  console.log(formatReport(settings, { throughput: summaries, oneConnection, concurrentLarge, coldStart }));
  const path = await writeResults({ finishedAt: new Date().toISOString(), elapsedSeconds, node: process.version, settings, summaries, oneConnection, concurrentLarge, coldStart });
  console.log(`\nJSON: ${path}\nfacade log: ${join(RESULTS_DIRECTORY, 'facade.log')}\ntotal ${elapsedSeconds.toFixed(0)} s`);
  const failed = [...summaries, ...oneConnection, ...(concurrentLarge === undefined ? [] : [concurrentLarge])].flatMap((summary) =>
    summary.rows.filter((row) => row.failures > 0).map((row) => `${summary.workload}/${row.target}`),
  );
  if (failed.length > 0) {
    log(`runs with failed requests: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

try {
  await main();
} catch (error) {
  console.error(error instanceof ChildDiedError ? `[bench] FAILED: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await children.stopAll();
}
// autocannon may still hold sockets or timers after an aborted run; nothing useful is left to wait for.
process.exit();
