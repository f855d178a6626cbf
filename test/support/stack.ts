import type { SpanExporter } from '@opentelemetry/sdk-trace';
import { print } from 'graphql';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import {
  BulkAssignOrgMemberTagsDocument,
  BulkUnassignProjectMembersDocument,
  PreviewBulkAssignOrgMemberTagsDocument,
  PreviewBulkUnassignProjectMembersDocument,
} from '../../client/generated/graphql.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type AppOptions } from '../../src/server/app.js';
import { listen } from '../../src/server/listen.js';
import { createTracing } from '../../src/observability/tracing/index.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/server.js';

export interface GraphQLResult {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
  text: string;
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** Defaults to the seeded admin's legacy key; `null` sends no Authorization header. */
  authorization?: string | null;
}

/** The simulator and the facade, each a real HTTP server on 127.0.0.1, the facade pointed at the simulator. */
export async function startStack(env: Record<string, string> = {}, simulatorOptions: SimulatorOptions = {}, facadeOptions: FacadeOptions = {}) {
  const simulator = await startSimulator(simulatorOptions);
  const facade = await startFacade({ LABEL_STUDIO_URL: simulator.url, ...env }, facadeOptions);
  return {
    simulator,
    facade,
    logs: facade.logs,
    graphql: (request: GraphQLRequest) => postGraphQL(facade.url, request, simulator),
    close: async () => {
      await facade.close();
      await simulator.close();
    },
  };
}

export type Stack = Awaited<ReturnType<typeof startStack>>;

/**
 * A stack shared by a test file: started before its tests, with fresh simulator data before each test,
 * closed after. The returned object reads through to the running stack, so tests use it as a Stack.
 */
export function useStack(env: Record<string, string> = {}, simulatorOptions: SimulatorOptions = {}): Stack {
  let current: Stack | undefined;
  beforeAll(async () => {
    current = await startStack(env, simulatorOptions);
  });
  afterAll(() => current?.close());
  beforeEach(() => current?.simulator.reset());
  const running = (): Stack => {
    if (!current) throw new Error('the stack starts in beforeAll');
    return current;
  };
  return {
    get simulator() {
      return running().simulator;
    },
    get facade() {
      return running().facade;
    },
    get logs() {
      return running().logs;
    },
    graphql: (request) => running().graphql(request),
    close: () => running().close(),
  };
}

/** What a test may set beside the environment: app options, and where spans go instead of OTLP. */
export type FacadeOptions = Pick<AppOptions, 'executor' | 'upstreamIdleSocketMs'> & { spanExporter?: SpanExporter };

/** The facade on a free port; every log line it writes lands in `logs` instead of stdout. */
export async function startFacade(env: Record<string, string>, { spanExporter, ...appOptions }: FacadeOptions = {}) {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
  const logs: string[] = [];
  const logger = createLogger(config.logLevel, { write: (line: string) => logs.push(line) });
  const tracing = await createTracing(config.tracing, logger, spanExporter);
  const running = await listen(createApp({ config, logger, tracing, ...appOptions }), config);
  return { ...running, logs, close: (graceMs?: number) => running.close(graceMs).finally(() => tracing.shutdown()) };
}

export async function postGraphQL(baseUrl: string, request: GraphQLRequest, simulator?: Simulator): Promise<GraphQLResult> {
  const authorization = request.authorization === undefined ? `Token ${simulator?.tokens.admin}` : request.authorization;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(authorization === null ? {} : { authorization }),
    },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as GraphQLResult['body'], text };
}

// The operations clients send (client/operations/, typed by `npm run codegen`): tests send the same text.
export const ASSIGN = print(BulkAssignOrgMemberTagsDocument);
export const UNASSIGN = print(BulkUnassignProjectMembersDocument);
export const PREVIEW_ASSIGN = print(PreviewBulkAssignOrgMemberTagsDocument);
export const PREVIEW_UNASSIGN = print(PreviewBulkUnassignProjectMembersDocument);
