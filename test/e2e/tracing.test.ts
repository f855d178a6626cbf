import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/server.js';
import { eventually } from '../support/eventually.js';
import { SPAN_KIND, startOtlpReceiver, type ReceivedSpan } from '../support/otlp-receiver.js';
import { startServiceProcess } from '../support/service-process.js';
import { ASSIGN, postGraphQL, startFacade, UNASSIGN } from '../support/stack.js';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN_ID = '00f067aa0ba902b7';
const TRACESTATE = 'congo=t61rcWkgMzE,rojo=00f067aa0ba902b7';
const SEARCH = 'quokka-search-text';

let simulator: Simulator;
let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
beforeAll(async () => {
  simulator = await startSimulator();
  receiver = await startOtlpReceiver();
});
afterAll(async () => {
  await receiver.close();
  await simulator.close();
});

const tracingEnv = () => ({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });

/**
 * The service as `npm start` runs it (tracing to the test's receiver unless `env` says otherwise), with the
 * modules it loads recorded in `importLog`; its spans are read after it exits.
 */
async function runService(send: (url: string) => Promise<unknown>, env: Record<string, string> = tracingEnv(), importLog = '/dev/null') {
  const { child, url } = await startServiceProcess({ LABEL_STUDIO_URL: simulator.url, RECORD_IMPORTS: importLog, ...env }, ['--import', './test/support/record-imports.mjs']);
  await send(url);
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const [code] = (await exited) as [number | null];
  return code;
}

/** The OpenTelemetry packages that `run` (given a file to record imports in) loaded. */
async function loadedPackages(run: (importLog: string) => Promise<unknown>) {
  const dir = await mkdtemp(join(tmpdir(), 'imports-'));
  const log = join(dir, 'imports');
  await writeFile(log, '');
  await run(log);
  const urls = (await readFile(log, 'utf8')).split('\n');
  await rm(dir, { recursive: true, force: true });
  return new Set(urls.map((url) => /node_modules\/(@opentelemetry\/[^/]+)/.exec(url)?.[1]).filter(Boolean));
}

/**
 * A mutation from a caller with trace context, then one from a caller without it whose DELETE Label Studio
 * answers 503 once; returns the trace headers Label Studio received, in order.
 */
async function sendTracedRequests(url: string) {
  simulator.reset();
  const traced = (sampled: string) => ({ traceparent: `00-${TRACE_ID}-${CALLER_SPAN_ID}-${sampled}`, tracestate: TRACESTATE });
  await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Token demo-admin-token', 'x-request-id': 'req-secret-77', ...traced('01') },
    body: JSON.stringify({ query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [5, 6], tags: [4] } }, operationName: 'BulkAssignOrgMemberTags' }),
  });
  // Label Studio answers 503 once: the retried DELETE makes a second attempt, and a second client span.
  simulator.injectFault({ route: 'unassign', status: 503 });
  await postGraphQL(url, {
    query: UNASSIGN,
    variables: { input: { projectId: 101, all: true, filter: { search: SEARCH } } },
    authorization: 'Token demo-admin-token',
  });
  return simulator.requests.map(({ headers }) => ({ traceparent: headers['traceparent'], tracestate: headers['tracestate'] }));
}

/** An SDK span as the receiver decodes one from OTLP (whose kinds count from 1, the API's from 0). */
const asReceived = (span: ReadableSpan): ReceivedSpan => ({
  traceId: span.spanContext().traceId,
  spanId: span.spanContext().spanId,
  parentSpanId: span.parentSpanContext?.spanId ?? '',
  traceState: span.spanContext().traceState?.serialize() ?? '',
  name: span.name,
  kind: span.kind + 1,
  attributes: { ...span.attributes },
  statusCode: span.status.code,
  resource: { ...span.resource.attributes },
});

const byParent = (spans: ReceivedSpan[], parent: ReceivedSpan) => spans.filter((span) => span.parentSpanId === parent.spanId);

describe('the service process, tracing over OTLP/HTTP protobuf to a real receiver', () => {
  let exitCode: number | null;
  let spans: ReceivedSpan[];
  let tracedPackages: Set<string | undefined>;

  beforeAll(async () => {
    tracedPackages = await loadedPackages(async (importLog) => {
      exitCode = await runService(sendTracedRequests, tracingEnv(), importLog);
    });
    spans = [...receiver.spans];
  }, 60_000);

  it('flushes its spans on SIGTERM and exits 0: they reach the receiver before the process is gone', () => {
    expect(exitCode).toBe(0);
    expect(spans.length).toBeGreaterThanOrEqual(6);
    expect(receiver.contentTypes.every((type) => type === 'application/x-protobuf')).toBe(true);
    expect(spans[0]?.resource['service.name']).toBe('label-studio-bulk-graphql');
  });

  it('with tracing off, loads no OpenTelemetry package at all, not even the API', async () => {
    const assign = (url: string) => postGraphQL(url, { query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [8], tags: [4] } }, authorization: 'Token demo-admin-token' });

    expect([...(await loadedPackages((importLog) => runService(assign, {}, importLog)))]).toEqual([]);
    // The recorder itself works: the traced run above loaded the SDK.
    expect(tracedPackages).toContain('@opentelemetry/sdk-trace');
  }, 60_000);
});

describe('OpenTelemetry span shapes, read in-process from an in-memory exporter', () => {
  let spans: ReceivedSpan[];
  let seen: { traceparent?: string; tracestate?: string }[];

  beforeAll(async () => {
    const exporter = new InMemorySpanExporter();
    // Shutting the exporter down swaps in a new list: this one keeps what the shutdown flushed into it.
    const finished = exporter.getFinishedSpans();
    const facade = await startFacade({ LABEL_STUDIO_URL: simulator.url, OTEL_TRACES_EXPORTER: 'otlp' }, { spanExporter: exporter });
    seen = await sendTracedRequests(facade.url);
    // Closing the facade shuts its tracing down, which flushes the batch.
    await facade.close();
    spans = finished.map(asReceived);
  });

  it("continues the caller's trace: a server span under the caller's span, an operation span under it, a client span under that", () => {
    const traced = spans.filter((span) => span.traceId === TRACE_ID);
    const server = traced.find((span) => span.kind === SPAN_KIND.server);
    expect(server).toMatchObject({ parentSpanId: CALLER_SPAN_ID, name: 'POST /graphql', traceState: TRACESTATE });
    expect(server?.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.route': '/graphql', 'http.response.status_code': 200 });

    const [operation, ...others] = byParent(traced, server as ReceivedSpan);
    expect(others).toEqual([]);
    expect(operation).toMatchObject({ name: 'mutation bulkAssignOrgMemberTags', kind: SPAN_KIND.internal });
    expect(operation?.attributes).toEqual({
      'graphql.operation.type': 'mutation',
      'graphql.operation.name': 'BulkAssignOrgMemberTags',
      'graphql.root_fields': ['bulkAssignOrgMemberTags'],
    });

    const clients = byParent(traced, operation as ReceivedSpan);
    expect(clients).toHaveLength(1);
    expect(clients[0]).toMatchObject({ kind: SPAN_KIND.client, name: 'POST api/organizations/{id}/member-tags/assignments', statusCode: 0 });
    expect(clients[0]?.attributes).toEqual({
      'http.request.method': 'POST',
      'url.template': 'api/organizations/{id}/member-tags/assignments',
      'http.response.status_code': 200,
      'label_studio.attempt': 1,
    });
  });

  it("sends Label Studio a traceparent whose parent is the client span, and the caller's tracestate unchanged", () => {
    const client = spans.find((span) => span.traceId === TRACE_ID && span.kind === SPAN_KIND.client);

    expect(seen[0]).toEqual({ traceparent: `00-${TRACE_ID}-${client?.spanId}-01`, tracestate: TRACESTATE });
  });

  it('starts a new trace for a caller without trace context, with one client span per attempt', () => {
    const server = spans.find((span) => span.kind === SPAN_KIND.server && span.traceId !== TRACE_ID);
    expect(server?.parentSpanId).toBe('');
    const [operation] = byParent(spans, server as ReceivedSpan);
    const attempts = byParent(spans, operation as ReceivedSpan).map((span) => ({ ...span.attributes, statusCode: span.statusCode }));

    expect(attempts).toEqual([
      { 'http.request.method': 'DELETE', 'url.template': 'api/projects/{id}/members/bulk/', 'http.response.status_code': 503, 'label_studio.attempt': 1, statusCode: 2 },
      {
        'http.request.method': 'DELETE',
        'url.template': 'api/projects/{id}/members/bulk/',
        'http.response.status_code': 200,
        'label_studio.attempt': 2,
        'http.request.resend_count': 1,
        statusCode: 0,
      },
    ]);
    expect(seen.slice(1).map(({ traceparent }) => traceparent?.split('-')[1])).toEqual([server?.traceId, server?.traceId]);
  });

  it('puts no token, header value, id list or search text in any attribute', () => {
    const everything = JSON.stringify(spans.map((span) => [span.name, span.attributes, span.resource]));

    for (const secret of ['demo-admin-token', 'Token', 'req-secret-77', SEARCH, '5,6', '[5,6]', 'congo', CALLER_SPAN_ID]) {
      expect(everything).not.toContain(secret);
    }
  });
});

describe('OpenTelemetry traces over OTLP/HTTP JSON', () => {
  it('exports the same spans when OTEL_EXPORTER_OTLP_PROTOCOL=http/json', async () => {
    const facade = await startFacade({
      LABEL_STUDIO_URL: simulator.url,
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `${receiver.url}/v1/traces`,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: 'bulk-graphql-test',
    });
    receiver.spans.length = 0;
    const traceId = 'a'.repeat(32);
    await fetch(`${facade.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Token demo-admin-token', traceparent: `00-${traceId}-${'b'.repeat(16)}-01` },
      body: JSON.stringify({ query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [7], tags: [4] } } }),
    });
    // Closing the facade shuts its tracing down, which flushes the batch.
    await facade.close();

    expect(receiver.contentTypes.at(-1)).toBe('application/json');
    expect(receiver.spans.map((span) => [span.kind, span.traceId])).toEqual(
      expect.arrayContaining([
        [SPAN_KIND.server, traceId],
        [SPAN_KIND.internal, traceId],
        [SPAN_KIND.client, traceId],
      ]),
    );
    expect(receiver.spans[0]?.resource['service.name']).toBe('bulk-graphql-test');
  });
});

describe('OpenTelemetry traces for a batched request', () => {
  it('gives each operation of the batch its own span under the one server span, with its own attempts', async () => {
    const facade = await startFacade({ LABEL_STUDIO_URL: simulator.url, GRAPHQL_BATCH_LIMIT: '2', OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
    receiver.spans.length = 0;
    const assign = (id: number) => ({ query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [id], tags: [4] } } });
    await fetch(`${facade.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Token demo-admin-token' },
      body: JSON.stringify([assign(9), assign(10)]),
    });
    await facade.close();

    const servers = receiver.spans.filter((span) => span.kind === SPAN_KIND.server);
    expect(servers).toHaveLength(1);
    const operations = byParent(receiver.spans, servers[0] as ReceivedSpan);
    expect(operations.map((span) => span.name)).toEqual(['mutation bulkAssignOrgMemberTags', 'mutation bulkAssignOrgMemberTags']);
    expect(operations.map((operation) => byParent(receiver.spans, operation).map((span) => span.kind))).toEqual([[SPAN_KIND.client], [SPAN_KIND.client]]);
  });
});

describe('a collector that is down', () => {
  // The exporter's own timeout (read by the SDK from OTEL_EXPORTER_OTLP_TIMEOUT) bounds each export's wait.
  const deadCollector = { OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9', OTEL_EXPORTER_OTLP_TIMEOUT: '1000' };

  /** A traced service, one mutation, then (after `meanwhile`) SIGTERM: the mutation's result and the exit code. */
  async function mutateThenStop(env: Record<string, string>, meanwhile: (output: () => string) => Promise<unknown> = async () => undefined) {
    const service = await startServiceProcess({ LABEL_STUDIO_URL: simulator.url, ...deadCollector, ...env });
    const result = await postGraphQL(service.url, { query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [5], tags: [4] } }, authorization: 'Token demo-admin-token' });
    await meanwhile(service.output);
    const exited = once(service.child, 'exit');
    service.child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    return { result, code, output: service.output() };
  }

  it('costs the spans, not the requests: the mutation succeeds, shutdown warns once and still exits 0', async () => {
    const { result, code, output } = await mutateThenStop({});

    expect(result.body.errors).toBeUndefined();
    expect(code).toBe(0);
    const warnings = output.split('\n').filter((line) => line.includes('"level":40'));
    expect(warnings).toEqual([expect.stringContaining('"msg":"spans not flushed"')]);
  }, 60_000);

  it('logs failed exports while running as warnings, without the collector credentials', async () => {
    let warned = false;
    const { result, code, output } = await mutateThenStop({ OTEL_EXPORTER_OTLP_HEADERS: 'authorization=Bearer collector-secret' }, async (soFar) => {
      // The batch goes out on the processor's own timer (every 5 s); its failure is what gets logged.
      warned = await eventually(() => soFar().includes('"msg":"opentelemetry"'), 600, 50);
    });

    expect(result.body.errors).toBeUndefined();
    expect(warned).toBe(true);
    expect(output).not.toContain('collector-secret');
    expect(code).toBe(0);
  }, 60_000);
});
