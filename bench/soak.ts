import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { print } from 'graphql';
import { BulkAssignOrgMemberTagsDocument, BulkUnassignProjectMembersDocument } from '../client/generated/graphql.js';
import { Children, cpuMs, rssMb, runEntryPoint } from './processes.js';
import { intFromEnv } from './settings.js';
import { startSimulator, startTargets } from './targets.js';

// `npm run load`: a bounded soak of the compiled facade against the simulator, loopback only. It passes
// when no answer is a 5xx or a transport error, and memory levels off instead of growing with time.
process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const seconds = intFromEnv(process.env, 'LOAD_SECONDS', 60);
const connections = intFromEnv(process.env, 'LOAD_CONNECTIONS', 100);
const children = new Children();

const ASSIGN = print(BulkAssignOrgMemberTagsDocument);
const UNASSIGN = print(BulkUnassignProjectMembersDocument);
const json = (query: string, input?: unknown) => JSON.stringify({ query, variables: input === undefined ? undefined : { input } });

/** In turn on every connection: half valid mutations (harmless to repeat), half requests the service must refuse. */
const SOAK: { body: string; headers?: Record<string, string> }[] = [
  { body: json(ASSIGN, { organizationId: 1, all: false, included: [5, 6], tags: [4] }) },
  { body: json(UNASSIGN, { projectId: 100, all: false, included: [5, 6] }) },
  { body: json(ASSIGN, { organizationId: 1, all: true, excluded: [2], tags: [3], filter: { roles: ['ANNOTATOR'] } }) },
  { body: json(UNASSIGN, { projectId: 101, all: false, included: Array.from({ length: 2_000 }, (_, i) => i + 1) }) },
  { body: json(ASSIGN, { organizationId: 0, all: false, included: [5], tags: [4] }) },
  { body: json(UNASSIGN, { projectId: 100, all: true, filter: { roles: ['ROOT'] } }) },
  { body: '{"query": "mutation {' },
  { body: json(ASSIGN, { organizationId: 1, all: false, included: [5], tags: [4] }), headers: { authorization: '' } },
  // Six aliased mutations in one document: a fixture no client sends, for the mutation fan-out limit.
  { body: JSON.stringify({ query: `mutation { ${[1, 2, 3, 4, 5, 6].map((i) => `m${i}: bulkUnassignProjectMembers(input: {projectId: 100, all: false, included: [${i}]}) { unassignments }`).join(' ')} }` }) },
  { body: json(UNASSIGN, { projectId: 999, all: true }) },
];

async function main(): Promise<boolean> {
  await children.build();
  const simulator = await startSimulator(children);
  const [facade] = await startTargets(children, simulator, { peers: [], baseDist: undefined });
  if (!facade) throw new Error('no facade');
  const pid = facade.child.pid;

  // Heap in use swings with every collection; its lows are what survives them. A leak lifts the lows.
  const heap: number[] = [];
  const sampler = setInterval(() => {
    void fetch(`${facade.url}/metrics`)
      .then((response) => response.text())
      .then((metrics) => heap.push(Number(/^nodejs_heap_size_used_bytes (\d+)/m.exec(metrics)?.[1] ?? 0) / 2 ** 20), () => undefined);
  }, 500);
  const outcomes = new Map<string, number>();
  const authorization = `Token ${simulator.adminToken}`;
  const requests = SOAK.map(({ body, headers }) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: Object.fromEntries(Object.entries({ 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization, ...headers }).filter(([, value]) => value !== '')),
    body,
    onResponse: (status: number, answer: string) => {
      const outcome = `${status} ${/"code":"([A-Z_]+)"/.exec(answer)?.[1] ?? (answer.includes('"errors"') ? 'ERROR' : 'ok')}`;
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    },
  }));

  const rssBefore = (await rssMb(pid)).now;
  const cpuBefore = await cpuMs(pid);
  console.error(`[load] ${seconds} s, ${connections} connections, facade pid ${pid}`);
  const result = await children.guard(autocannon({ url: facade.url, connections, duration: seconds, timeout: 10, requests }));
  clearInterval(sampler);
  const cpuPerRequest = ((await cpuMs(pid)) - cpuBefore) / result.requests.total;
  const rss = await rssMb(pid);

  // The last third of the run against the middle third (the first third is warm-up and JIT).
  const third = Math.max(1, Math.floor(heap.length / 3));
  const early = Math.min(...heap.slice(third, 2 * third));
  const late = Math.min(...heap.slice(-third));
  const grew = late > early * 1.2 + 10;
  const serverErrors = Object.entries(result.statusCodeStats ?? {}).reduce((sum, [status, { count = 0 }]) => sum + (Number(status) >= 500 ? count : 0), 0);
  const transportErrors = result.errors + result.timeouts;

  console.log(`soak: ${seconds} s, ${connections} connections, ${result.requests.total} requests (${(result.requests.total / result.duration).toFixed(0)}/s), facade CPU ${cpuPerRequest.toFixed(3)} ms/request`);
  console.log(`latency: p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  console.log('answers by status and code:');
  for (const [outcome, count] of [...outcomes].sort((a, b) => b[1] - a[1])) console.log(`  ${outcome.padEnd(36)} ${count}`);
  console.log(`5xx: ${serverErrors}   transport errors/timeouts: ${transportErrors}`);
  console.log(`facade RSS MB: before ${rssBefore.toFixed(0)}, peak ${rss.peak.toFixed(0)}, after ${rss.now.toFixed(0)}`);
  console.log(`facade heap in use, lowest MB: middle third ${early.toFixed(0)}, last third ${late.toFixed(0)}`);
  const passed = serverErrors === 0 && transportErrors === 0 && !grew;
  console.log(passed ? 'PASS: no 5xx, no transport errors, memory level' : `FAIL:${serverErrors ? ' 5xx answers' : ''}${transportErrors ? ' transport errors' : ''}${grew ? ' memory kept growing' : ''}`);
  return passed;
}

await runEntryPoint('load', children, main);
