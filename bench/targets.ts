import { firstLine, freePort, waitUntil, type Child, type Children } from './processes.js';
import { ensurePeers } from '../peers/install.js';
import type { Settings, TargetName } from './settings.js';

// The peers run as their own processes, each from one file.
// The Apollo peer lives beside its dependencies in peers/, installed on first use.
const APOLLO_PEER = 'peers/apollo-peer.ts';
const YOGA_PEER = 'bench/yoga-peer.ts';

export interface Target {
  name: TargetName;
  /** Base URL, no trailing slash. */
  url: string;
  child: Child;
}

export interface Simulator {
  url: string;
  adminToken: string;
  /** Where bench/simulator.ts hands out the requests it recorded. */
  requestLogUrl: string;
  child: Child;
}

export async function startSimulator(children: Children): Promise<Simulator> {
  const child = children.start('simulator', ['--import', 'tsx', 'bench/simulator.ts'], { SIMULATOR_RECORDED_REQUESTS: '100' }, { pipeStdout: true });
  const announced = JSON.parse(await children.guard(firstLine(child))) as { url: string; tokens: { admin: string }; requestLogUrl: string };
  return { url: announced.url, adminToken: announced.tokens.admin, requestLogUrl: announced.requestLogUrl, child };
}

/** As `npm start` and the container image run it: production mode, info logs (to a file, as a log shipper takes them). */
export const facadeEnv = (upstream: string, port: number) => ({
  LABEL_STUDIO_URL: upstream,
  PORT: String(port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'info',
  NODE_ENV: 'production',
  SHUTDOWN_DELAY_MS: '0',
});

async function startTarget(children: Children, name: TargetName, args: string[], env: (port: number) => Record<string, string>, readyPath = '/health'): Promise<Target> {
  const port = await freePort();
  const child = children.start(name, args, env(port));
  const url = `http://127.0.0.1:${port}`;
  // Apollo Server has no health route; its docs suggest a trivial GET operation, with a header CSRF prevention accepts.
  const headers = { 'apollo-require-preflight': 'true' };
  const answers = async () => (await fetch(`${url}${readyPath}`, { headers, signal: AbortSignal.timeout(1000) })).status === 200;
  await children.guard(waitUntil(`${name} GET ${readyPath}`, answers));
  return { name, url, child };
}

/** The facade (and, with BENCH_BASE_DIST, the earlier build beside it) and the chosen peers, all on 127.0.0.1. */
export function startTargets(children: Children, simulator: Simulator, { peers, baseDist }: Pick<Settings, 'peers' | 'baseDist'>): Promise<Target[]> {
  const peerEnv = (extra: Record<string, string>) => (port: number) => ({ UPSTREAM_URL: simulator.url, PORT: String(port), NODE_ENV: 'production', ...extra });
  const starts: Record<TargetName, () => Promise<Target>> = {
    facade: () => startTarget(children, 'facade', ['dist/main.js'], (port) => facadeEnv(simulator.url, port)),
    'facade-base': () => startTarget(children, 'facade-base', [baseDist ?? ''], (port) => facadeEnv(simulator.url, port)),
    apollo: async () => {
      await ensurePeers();
      return startTarget(children, 'apollo', ['--import', 'tsx', APOLLO_PEER], peerEnv({}), '/graphql?query=%7B__typename%7D');
    },
    card: () => startTarget(children, 'card', ['--import', 'tsx', YOGA_PEER], peerEnv({ YOGA_PEER: 'card' })),
    ceiling: () => startTarget(children, 'ceiling', ['--import', 'tsx', YOGA_PEER], peerEnv({ YOGA_PEER: 'ceiling' })),
  };
  const names: TargetName[] = ['facade', ...(baseDist === undefined ? [] : ['facade-base' as const]), ...peers];
  return Promise.all(names.map((name) => starts[name]()));
}
