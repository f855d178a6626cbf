import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Child } from './children.js';

/** Asks the kernel for a free port on 127.0.0.1; the tiny race until the child binds it is acceptable here. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : undefined;
      server.close(() => (port === undefined ? reject(new Error('no port assigned')) : resolve(port)));
    });
  });
}

/** The first complete stdout line, which is how the simulator announces its URL and tokens. */
export function firstLine(child: Child, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const stream = child.process.stdout;
    if (stream === null) return reject(new Error(`${child.name} has no stdout`));
    let buffered = '';
    const timer = setTimeout(() => finish(new Error(`${child.name} printed no line within ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const end = buffered.indexOf('\n');
      if (end !== -1) finish(undefined, buffered.slice(0, end));
    };
    function finish(error: Error | undefined, line?: string): void {
      clearTimeout(timer);
      stream?.off('data', onData);
      if (error) reject(error);
      else resolve(line ?? '');
    }
    stream.on('data', onData);
  });
}

/** Polls until `probe` says yes; a refused connection just means "not yet". */
export async function waitUntil(what: string, probe: () => Promise<boolean>, { timeoutMs, intervalMs }: { timeoutMs: number; intervalMs: number }): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await sleep(intervalMs);
  }
  throw new Error(`${what} not ready within ${timeoutMs} ms`);
}

export async function answers200(url: string, headers?: Record<string, string>): Promise<boolean> {
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(1000) });
  await response.arrayBuffer();
  return response.status === 200;
}
