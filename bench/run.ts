import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { callsFor, checkAgainstFacade } from './check.js';
import { measure, type Row } from './measure.js';
import { Children, RESULTS_DIRECTORY, runEntryPoint } from './processes.js';
import { formatReport } from './report.js';
import { loadSettings } from './settings.js';
import { startSimulator, startTargets } from './targets.js';
import { WORKLOADS } from './workloads.js';

// `npm run bench`: the facade beside its peers on 127.0.0.1, each checked once, then measured in interleaved rounds.
// Children are started with paths relative to the project root (dist/main.js, bench/simulator.ts).
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const log = (line: string) => console.error(`[bench] ${line}`);
const children = new Children();

async function main(): Promise<void> {
  const settings = loadSettings(process.env);
  const started = performance.now();
  log('npm run build');
  await children.build();
  const simulator = await startSimulator(children);
  const targets = await startTargets(children, simulator, settings);
  const facade = targets.find((target) => target.name === 'facade');
  if (!facade) throw new Error('no facade');

  // Every check before any load: a target still working through a round's backlog would add calls to the log.
  const plan = [];
  for (const workload of WORKLOADS.filter(({ name }) => settings.workloads.includes(name))) {
    const facadeCalls = await children.guard(callsFor(facade, workload, simulator));
    const measured = [facade];
    for (const target of targets.filter(({ name }) => name !== 'facade' && (workload.peers || name === 'facade-base'))) {
      const failed = await children.guard(checkAgainstFacade(facadeCalls, target, workload, simulator)).then(() => undefined, (error: Error) => error);
      // An earlier build may predate a workload or make other calls for it: it is left out of that one only.
      if (failed && target.name !== 'facade-base') throw failed;
      log(`check ${workload.name} ${target.name}: ${failed ? `left out (${failed.message.slice(0, 300)})` : 'ok'}`);
      if (!failed) measured.push(target);
    }
    plan.push({ workload, measured });
  }
  const rows: Row[] = [];
  for (const { workload, measured } of plan) rows.push(...(await measure(children, settings, workload, measured, simulator.adminToken, log)));

  await children.stopAll();
  const report = formatReport(settings, rows);
  const path = join(RESULTS_DIRECTORY, 'latest.json');
  await writeFile(path, `${JSON.stringify({ finishedAt: new Date().toISOString(), node: process.version, settings, rows }, null, 2)}\n`);
  console.log(`${report}\n\nJSON: ${path}; target logs: ${RESULTS_DIRECTORY}; total ${((performance.now() - started) / 1000).toFixed(0)} s`);
  if (rows.some((row) => row.failures > 0)) process.exitCode = 1;
}

await runEntryPoint('bench', children, main);
