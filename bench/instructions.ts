import { execFile } from 'node:child_process';
import { Agent } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { graphqlRequest, median, sendOnce } from './measure.js';
import { Children, freePort, RESULTS_DIRECTORY, runEntryPoint, waitUntil, type Child } from './processes.js';
import { intFromEnv, loadSettings } from './settings.js';
import { facadeEnv, startSimulator, type Target } from './targets.js';
import { WORKLOADS, type Workload } from './workloads.js';

// `npm run bench:instructions`: guest instructions per request of the facade and an earlier build
// (BENCH_BASE_DIST), counted by valgrind's callgrind. Requests per second and CPU time move by more than
// a few percent between runs of one build on shared cores; an instruction count does not depend on what
// else the machine does, so it can show whether two builds differ by a few percent. Requests go one after
// another on each of INSTRUCTIONS_CONNECTIONS (1) connections. V8 runs single-threaded (no background
// compiler or GC threads, whose work would land in whichever window they happen to run) and without its
// memory reducer, which starts major collections when allocation per second drops, as it always does
// under valgrind's slowdown. A window's count still includes the collections that fall in it, so each
// target gets several long windows and the report shows them all.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const log = (line: string) => console.error(`[instructions] ${line}`);
const run = promisify(execFile);
const children = new Children();

const settings = {
  ...loadSettings({ BENCH_WORKLOADS: 'assign,unassign', ...process.env }),
  warmup: intFromEnv(process.env, 'INSTRUCTIONS_WARMUP', 5000),
  requests: intFromEnv(process.env, 'INSTRUCTIONS_REQUESTS', 3000),
  windows: intFromEnv(process.env, 'INSTRUCTIONS_WINDOWS', 3),
  connections: intFromEnv(process.env, 'INSTRUCTIONS_CONNECTIONS', 1),
};
// valgrind names the pipes callgrind_control talks through after the HOST variable, which the facade's environment sets.
const controlEnv = { ...process.env, HOST: '127.0.0.1' };

interface Counted extends Target {
  dumps: number;
  outFile: string;
}

async function startCounted(name: 'facade' | 'facade-base', dist: string, upstream: string): Promise<Counted> {
  const port = await freePort();
  const outFile = join(RESULTS_DIRECTORY, `${name}.callgrind`);
  const args = ['--tool=callgrind', '--instr-atstart=no', `--callgrind-out-file=${outFile}`, process.execPath, '--single-threaded', '--no-memory-reducer', dist];
  const child: Child = children.start(name, args, facadeEnv(upstream, port), { command: 'valgrind' });
  const url = `http://127.0.0.1:${port}`;
  await children.guard(waitUntil(`${name} under callgrind`, async () => (await fetch(`${url}/health`)).status === 200, 300_000));
  return { name, url, child, dumps: 0, outFile };
}

const control = (target: Counted, ...args: string[]) => run('callgrind_control', [...args, String(target.child.pid)], { env: controlEnv });

/** `count` requests over `settings.connections` connections, each sending its next as soon as its last is answered. */
async function send(target: Counted, workload: Workload, adminToken: string, count: number): Promise<void> {
  const agent = new Agent({ keepAlive: true, maxSockets: settings.connections });
  const spec = graphqlRequest(target, workload, adminToken);
  let left = count;
  const connection = async () => {
    while (left-- > 0) if (!(await sendOnce(agent, spec))) throw new Error(`${target.name}: ${workload.name} failed`);
  };
  try {
    await Promise.all(Array.from({ length: settings.connections }, connection));
  } finally {
    agent.destroy();
  }
}

/** Per request over one window: all instructions, V8's garbage collector's, and the rest but its compilers'. */
interface Count {
  total: number;
  gc: number;
  mutator: number;
}

// V8's functions told apart by name (callgrind_annotate lists each with its own instructions). The
// collector's work depends on when collections fall, not only on the request; the compilers' is warm-up.
const GC_FUNCTION = /v8::internal::\S*(?:Mark|Scaveng|Sweep|Evacuat|Pretenur|RememberedSet|FreeList|LiveObject|Promot|SemiSpace|BodyDescriptor|SizeFromMap|Visitor|Heap::)|heap::base::|Builtins_RecordWrite/;
const COMPILER_FUNCTION = /v8::internal::(?:compiler|maglev|baseline|interpreter|Parser|Scanner|Zone)\b/;

async function countsOf(dump: string): Promise<Omit<Count, 'mutator'> & { compilers: number }> {
  const { stdout } = await run('callgrind_annotate', ['--threshold=100', dump], { maxBuffer: 64 * 1024 * 1024 });
  const count = { total: 0, gc: 0, compilers: 0 };
  for (const line of stdout.split('\n')) {
    const match = /^\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)$/.exec(line);
    if (!match?.[1] || match[2] === undefined) continue;
    const instructions = Number(match[1].replaceAll(',', ''));
    if (match[2].startsWith('PROGRAM TOTALS')) count.total = instructions;
    else if (GC_FUNCTION.test(match[2])) count.gc += instructions;
    else if (COMPILER_FUNCTION.test(match[2])) count.compilers += instructions;
  }
  return count;
}

/** One window of `requests`, the rest of the time uninstrumented. */
async function window(target: Counted, workload: Workload, adminToken: string): Promise<Count> {
  await control(target, '--instr=on');
  await control(target, '--zero');
  await send(target, workload, adminToken, settings.requests);
  await control(target, '--dump');
  await control(target, '--instr=off');
  target.dumps += 1;
  const { total, gc, compilers } = await countsOf(`${target.outFile}.${target.dumps}`);
  if (total === 0) throw new Error(`${target.name}: no totals in dump ${target.dumps}`);
  return { total: total / settings.requests, gc: gc / settings.requests, mutator: (total - gc - compilers) / settings.requests };
}

async function measureTarget(target: Counted, workload: Workload, adminToken: string): Promise<Count[]> {
  await send(target, workload, adminToken, settings.warmup);
  const counts: Count[] = [];
  for (let i = 0; i < settings.windows; i++) {
    const count = await window(target, workload, adminToken);
    counts.push(count);
    log(`${workload.name} ${target.name} window ${i + 1}/${settings.windows}: ${count.total.toFixed(0)} instructions/request, ${count.mutator.toFixed(0)} outside GC and compilers`);
  }
  return counts;
}

const thousands = (value: number) => (value / 1000).toFixed(0);

async function main(): Promise<void> {
  log('npm run build');
  await children.build();
  const simulator = await startSimulator(children);
  const targets = await Promise.all([
    startCounted('facade', 'dist/main.js', simulator.url),
    ...(settings.baseDist === undefined ? [] : [startCounted('facade-base', settings.baseDist, simulator.url)]),
  ]);
  const lines = [
    '| workload | target | k instructions/request | windows | of which GC | outside GC and compilers | that x facade-base |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const workload of WORKLOADS.filter(({ name }) => settings.workloads.includes(name))) {
    // Each target under valgrind keeps one core busy: the two run side by side.
    const counts = await children.guard(Promise.all(targets.map((target) => measureTarget(target, workload, simulator.adminToken))));
    const base = counts[targets.findIndex((target) => target.name === 'facade-base')];
    targets.forEach((target, index) => {
      const own = counts[index] ?? [];
      const mutator = median(own.map((count) => count.mutator));
      const ratio = base ? (mutator / median(base.map((count) => count.mutator))).toFixed(3) : '';
      const column = (pick: (count: Count) => number) => thousands(median(own.map(pick)));
      lines.push(`| ${workload.name} | ${target.name} | ${column((count) => count.total)} | ${own.map((count) => thousands(count.total)).join(' ')} | ${column((count) => count.gc)} | ${thousands(mutator)} | ${ratio} |`);
    });
  }
  console.log(`Medians of ${settings.windows} windows of ${settings.requests} requests after ${settings.warmup} uncounted, ${settings.connections} connection(s), node --single-threaded --no-memory-reducer\n\n${lines.join('\n')}`);
}

await runEntryPoint('instructions', children, main);
