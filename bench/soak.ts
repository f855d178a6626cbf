import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildFacade } from './build.js';
import { Children, ChildDiedError } from './children.js';
import { intFromEnv } from './settings.js';
import { startStack } from './stack.js';
import { soakRequests, type Tally } from './soak-requests.js';
import { readRssKb } from './rss.js';

// `npm run load`: a bounded soak of the compiled facade against the simulator, loopback only. It passes
// when no answer is a 5xx or a transport error, and memory levels off instead of growing with time.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const seconds = intFromEnv(process.env, 'LOAD_SECONDS', 60);
const connections = intFromEnv(process.env, 'LOAD_CONNECTIONS', 100);
const log = (line: string) => console.error(`[load] ${line}`);

const children = new Children();
process.once('exit', () => children.killAllNow());

async function main(): Promise<boolean> {
  await buildFacade(children);
  const { targets, simulator } = await startStack(children, { baselines: false });
  const facade = targets.facade;

  const rssMb = async () => ((await readRssKb(facade.child.pid)) ?? 0) / 1024;
  const heapMb = async () => {
    const metrics = await (await fetch(`${facade.url}/metrics`)).text();
    return Number(/^nodejs_heap_size_used_bytes (\d+)/m.exec(metrics)?.[1] ?? 0) / 2 ** 20;
  };
  const rss: number[] = [];
  const heap: number[] = [];
  const sampler = setInterval(() => {
    void rssMb().then((mb) => rss.push(mb));
    void heapMb().then((mb) => heap.push(mb), () => undefined);
  }, 500);
  const rssBefore = await rssMb();
  const tally: Tally = { outcomes: new Map() };

  log(`${seconds} s, ${connections} connections, facade pid ${facade.child.pid}`);
  const result = await children.guard(
    Promise.resolve(
      autocannon({ url: facade.url, connections, duration: seconds, timeout: 10, requests: soakRequests(`Token ${simulator.adminToken}`, tally) }),
    ),
  );
  clearInterval(sampler);
  const rssAfter = await rssMb();

  // Heap in use swings with every collection; its lows are what survives them. A leak lifts the lows:
  // compare the last third of the run with the middle third (the first third is warm-up and JIT).
  const third = Math.max(1, Math.floor(heap.length / 3));
  const early = Math.min(...heap.slice(third, 2 * third));
  const late = Math.min(...heap.slice(-third));
  const serverErrors = Object.entries(result.statusCodeStats)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, { count }]) => sum + count, 0);
  const transportErrors = result.errors + result.timeouts;
  const grew = late > early * 1.2 + 10;

  console.log(`\nsoak: ${seconds} s, ${connections} connections, ${result.requests.total} requests (${(result.requests.total / result.duration).toFixed(0)}/s)`);
  console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log('answers by status and code:');
  for (const [outcome, count] of [...tally.outcomes].sort((a, b) => b[1] - a[1])) console.log(`  ${outcome.padEnd(36)} ${count}`);
  console.log(`5xx: ${serverErrors}   transport errors/timeouts: ${transportErrors}`);
  console.log(`facade RSS MB: before ${rssBefore.toFixed(0)}, peak ${Math.max(...rss).toFixed(0)}, after ${rssAfter.toFixed(0)}`);
  console.log(`facade heap in use, lowest MB: middle third ${early.toFixed(0)}, last third ${late.toFixed(0)}`);
  const passed = serverErrors === 0 && transportErrors === 0 && !grew;
  console.log(passed ? 'PASS: no 5xx, no transport errors, memory level' : `FAIL:${serverErrors ? ' 5xx answers' : ''}${transportErrors ? ' transport errors' : ''}${grew ? ' memory kept growing' : ''}`);
  return passed;
}

try {
  process.exitCode = (await main()) ? 0 : 1;
} catch (error) {
  console.error(error instanceof ChildDiedError ? `[load] FAILED: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  await children.stopAll();
}
process.exit();
