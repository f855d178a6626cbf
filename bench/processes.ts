import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Outside the repository: bench output is not source. Children's stdout (the facade's logs) lands here too. */
export const RESULTS_DIRECTORY = join(tmpdir(), 'label-studio-bulk-graphql-bench');

export interface Child {
  name: string;
  pid: number;
  process: ChildProcess;
}

export class ChildDiedError extends Error {
  override readonly name = 'ChildDiedError';
}

/**
 * Every process the bench starts, so that they all go away at the end, on failure and on Ctrl-C, and so
 * that one dying mid-run aborts the run instead of silently turning a target's numbers into errors.
 */
export class Children {
  private readonly running = new Set<Child>();
  private readonly stopping = new WeakSet<Child>();
  private failDied: (error: ChildDiedError) => void = () => {};
  private readonly died = new Promise<never>((_, reject) => (this.failDied = reject));

  constructor() {
    // Whoever races against `died` sees the rejection; nobody racing must not crash the process.
    this.died.catch(() => {});
    process.once('exit', () => this.running.forEach((child) => child.process.kill('SIGKILL')));
  }

  /**
   * A node process (or `command`, one that runs node: valgrind). Its stdout goes to a file unless
   * `pipeStdout`: a target's log lines must not be read by the process that also runs the load generator,
   * which would pay for draining them.
   */
  start(name: string, args: string[], env: Record<string, string>, { pipeStdout = false, expectExit = false, command = process.execPath } = {}): Child {
    mkdirSync(RESULTS_DIRECTORY, { recursive: true });
    const logFd = pipeStdout ? undefined : openSync(join(RESULTS_DIRECTORY, `${name}.log`), 'w');
    const proc = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', logFd ?? 'pipe', 'pipe'] });
    if (logFd !== undefined) closeSync(logFd);
    let stderr = '';
    proc.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4096)));
    proc.on('error', (error) => (stderr += `${error.message}\n`));
    if (proc.pid === undefined) throw new Error(`could not start ${name}`);
    const child: Child = { name, pid: proc.pid, process: proc };
    this.running.add(child);
    if (expectExit) this.stopping.add(child);
    proc.once('exit', (code, signal) => {
      this.running.delete(child);
      const how = signal === null ? `exit code ${code}` : `signal ${signal}`;
      if (!this.stopping.has(child) || (expectExit && code !== 0)) this.failDied(new ChildDiedError(`${name} (pid ${child.pid}) died with ${how}\n${stderr.trim()}`));
    });
    return child;
  }

  /** SIGTERM for a graceful close, SIGKILL if that takes too long. */
  async stop(child: Child): Promise<void> {
    this.stopping.add(child);
    if (!this.running.has(child)) return;
    const exited = new Promise((resolve) => child.process.once('exit', resolve));
    child.process.kill('SIGTERM');
    const timer = setTimeout(() => child.process.kill('SIGKILL'), 2000);
    await exited;
    clearTimeout(timer);
  }

  stopAll(): Promise<void[]> {
    return Promise.all([...this.running].map((child) => this.stop(child)));
  }

  /** `work` unless a child dies first. */
  guard<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.died]);
  }

  /** `npm run build`, so the facade is measured as it ships (compiled dist/main.js), not through tsx. */
  async build(): Promise<void> {
    // npm's own CLI script (npm_execpath under `npm run`, else where Node's installer puts it), run with this node.
    const npmCli = process.env['npm_execpath'] ?? join(dirname(process.execPath), '../lib/node_modules/npm/bin/npm-cli.js');
    const child = this.start('build', [npmCli, 'run', 'build'], {}, { expectExit: true });
    await this.guard(new Promise((resolve) => child.process.once('exit', resolve)));
  }
}

/** Asks the kernel for a free port on 127.0.0.1; the tiny race until the child binds it is acceptable here. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls until `probe` says yes; a refused connection just means "not yet". */
export async function waitUntil(what: string, probe: () => Promise<boolean>, timeoutMs = 120_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await sleep(50);
  }
  throw new Error(`${what} not ready within ${timeoutMs} ms`);
}

/** The first complete stdout line of a child started with `pipeStdout`. */
export function firstLine(child: Child): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const stream = child.process.stdout;
    if (!stream) return reject(new Error(`${child.name} has no stdout`));
    stream.on('data', function onData(chunk: Buffer) {
      buffered += chunk.toString('utf8');
      if (!buffered.includes('\n')) return;
      stream.off('data', onData);
      resolve(buffered.slice(0, buffered.indexOf('\n')));
    });
  });
}

const statusField = async (pid: number, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1]);

/** Resident set size now and its peak since the process started (VmHWM), in MB; Linux only. */
export async function rssMb(pid: number): Promise<{ now: number; peak: number }> {
  const [now, peak] = await Promise.all([statusField(pid, 'VmRSS'), statusField(pid, 'VmHWM')]);
  return { now: now / 1024, peak: peak / 1024 };
}

/** CPU time (user + system) the process has used, in ms, from /proc/<pid>/stat; Linux only. */
export async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which may itself hold spaces and parentheses; USER_HZ is 100 on Linux.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Runs a bench command's `main` with its children: all stopped on SIGINT or SIGTERM and at the end, a child
 * that died reported in one line, `main` returning false failing the command. The process then exits:
 * autocannon may still hold sockets or timers after an aborted run, and nothing useful is left to wait for.
 */
export async function runEntryPoint(tag: string, children: Children, main: () => Promise<boolean | void>): Promise<never> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void children.stopAll().finally(() => process.exit(130)));
  try {
    if ((await main()) === false) process.exitCode = 1;
  } catch (error) {
    console.error(error instanceof ChildDiedError ? `[${tag}] FAILED: ${error.message}` : error);
    process.exitCode = 1;
  } finally {
    await children.stopAll();
  }
  process.exit();
}
