import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

const root = new URL('../..', import.meta.url).pathname;

/**
 * The production entry (src/main.ts) as a real child process on a free port, logging at info; resolves
 * once it says it listens. `nodeArgs` go before the entry (e.g. an extra `--import`).
 */
export async function startServiceProcess(env: Record<string, string>, nodeArgs: string[] = []) {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', SHUTDOWN_TIMEOUT_MS: '10000', SHUTDOWN_DELAY_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return { child, ...(await untilListening(child)) };
}

/**
 * Collects a service's stdout and resolves once it logs that it listens, with its URL. Waits as long as
 * start-up takes (the test's timeout bounds it): on a busy machine that can be many seconds.
 */
export async function untilListening(child: ChildProcessByStdio<null, Readable, Readable | null>) {
  let stdout = '';
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('"listening"')) resolve();
    });
  });
  const url = /"graphql":"(http:[^"]+)\/graphql"/.exec(stdout)?.[1];
  if (!url) throw new Error(`service did not start: ${stdout}`);
  return { url, output: () => stdout };
}
