import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePeers } from '../peers/install.js';
import type { Child, Children, StartOptions } from './children.js';
import { RESULTS_DIRECTORY } from './results.js';
import { answers200, firstLine, freePort, waitUntil } from './ready.js';

export type TargetName = 'facade' | 'facade-base' | 'apollo' | 'baseline-fetch' | 'baseline-http' | 'yoga-noop' | 'yoga-http' | 'yoga-ky' | 'upstream';

export interface Target {
  name: TargetName;
  /** Base URL, no trailing slash. */
  url: string;
  child: Child;
}

export interface Stack {
  /** `requestLogUrl`: where bench/simulator.ts hands out the requests it recorded. */
  simulator: { url: string; adminToken: string; requestLogUrl: string; child: Child };
  /** `facade-base` only when StackOptions.baseDist is given. */
  targets: Record<Exclude<TargetName, 'facade-base'>, Target> & { 'facade-base'?: Target };
}

const READY = { timeoutMs: 20_000, intervalMs: 50 };

function parseAnnouncement(line: string): { url: string; adminToken: string; requestLogUrl: string } {
  const parsed: unknown = JSON.parse(line);
  if (typeof parsed === 'object' && parsed !== null && 'url' in parsed && 'tokens' in parsed && 'requestLogUrl' in parsed) {
    const { url, tokens, requestLogUrl } = parsed;
    if (typeof url === 'string' && typeof requestLogUrl === 'string' && typeof tokens === 'object' && tokens !== null && 'admin' in tokens && typeof tokens.admin === 'string') {
      return { url, adminToken: tokens.admin, requestLogUrl };
    }
  }
  throw new Error(`unexpected simulator announcement: ${line}`);
}

export function facadeEnv(simulatorUrl: string, port: number, logLevel = 'info'): Record<string, string> {
  // As `npm start` and the container image run it: graphql-js skips its development-mode checks.
  return { LABEL_STUDIO_URL: simulatorUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: logLevel, NODE_ENV: 'production', SHUTDOWN_DELAY_MS: '0' };
}

export interface StackOptions {
  /** Default: info, the production default, so the facade is measured as it ships. */
  facadeLogLevel?: string;
  /** The soak needs only the facade. */
  baselines?: boolean;
  /** Another build's dist/main.js, started like the facade as `facade-base`. */
  baseDist?: string;
}

/** How a child shows it is up: GET `path` answers 200. */
interface Readiness {
  path: string;
  headers?: Record<string, string>;
}

const HEALTH: Readiness = { path: '/health' };
// Apollo Server has no health route any more; its docs suggest a trivial GET operation, and a GET needs a
// header that CSRF prevention accepts.
const APOLLO_READY: Readiness = { path: '/graphql?query=%7B__typename%7D', headers: { 'apollo-require-preflight': 'true' } };

async function startHttpChild(
  children: Children,
  name: TargetName,
  args: string[],
  env: (port: number) => Record<string, string>,
  { options, ready = HEALTH }: { options?: StartOptions; ready?: Readiness } = {},
): Promise<Target> {
  const port = await freePort();
  const child = children.start(name, args, env(port), options);
  const url = `http://127.0.0.1:${port}`;
  await children.guard(waitUntil(`${name} GET ${ready.path}`, () => answers200(`${url}${ready.path}`, ready.headers), READY));
  return { name, url, child };
}

/** The simulator first (everything else points at it), then the GraphQL targets side by side. */
export async function startStack(children: Children, { facadeLogLevel, baselines = true, baseDist }: StackOptions = {}): Promise<Stack> {
  // The Apollo peer lives in peers/, installed on first use.
  if (baselines) await ensurePeers();
  const simulatorChild = children.start('simulator', ['--import', 'tsx', 'bench/simulator.ts'], { SIMULATOR_RECORDED_REQUESTS: '100' });
  const { url, adminToken, requestLogUrl } = parseAnnouncement(await children.guard(firstLine(simulatorChild, READY.timeoutMs)));

  const baselineEnv = (port: number) => ({ UPSTREAM_URL: url, PORT: String(port) });
  // Its logs go to a file, as a log shipper would take them, not into the load generator's process.
  mkdirSync(RESULTS_DIRECTORY, { recursive: true });
  const startFacade = (name: TargetName, main: string) =>
    startHttpChild(children, name, [main], (port) => facadeEnv(url, port, facadeLogLevel), { options: { stdoutFile: join(RESULTS_DIRECTORY, `${name}.log`) } });
  const facadeTarget = startFacade('facade', 'dist/main.js');
  const baseTarget = baseDist === undefined ? undefined : startFacade('facade-base', baseDist);
  const yogaCeiling = (name: TargetName, hop: string) =>
    baselines
      ? startHttpChild(children, name, ['--import', 'tsx', 'bench/ceiling-yoga.ts'], (port) => ({ ...baselineEnv(port), CEILING_HOP: hop, NODE_ENV: 'production' }))
      : facadeTarget;
  const [facade, apollo, baselineFetch, baselineHttp, yogaNoop, yogaHttp, yogaKy] = await Promise.all([
    facadeTarget,
    baselines
      ? startHttpChild(children, 'apollo', ['--import', 'tsx', 'bench/apollo-facade.ts'], (port) => ({ ...baselineEnv(port), NODE_ENV: 'production' }), { ready: APOLLO_READY })
      : facadeTarget,
    baselines ? startHttpChild(children, 'baseline-fetch', ['--import', 'tsx', 'bench/baseline-fetch.ts'], baselineEnv) : facadeTarget,
    baselines ? startHttpChild(children, 'baseline-http', ['--import', 'tsx', 'bench/baseline-http.ts'], baselineEnv) : facadeTarget,
    yogaCeiling('yoga-noop', 'none'),
    yogaCeiling('yoga-http', 'http'),
    yogaCeiling('yoga-ky', 'ky'),
  ]);
  return {
    simulator: { url, adminToken, requestLogUrl, child: simulatorChild },
    targets: {
      facade,
      apollo,
      'baseline-fetch': baselineFetch,
      'baseline-http': baselineHttp,
      'yoga-noop': yogaNoop,
      'yoga-http': yogaHttp,
      'yoga-ky': yogaKy,
      upstream: { name: 'upstream', url, child: simulatorChild },
      ...(baseTarget ? { 'facade-base': await baseTarget } : {}),
    },
  };
}
