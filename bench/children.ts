import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const TAIL_BYTES = 4096;
const KILL_GRACE_MS = 2000;

/** Keeps the last few KB of a stream; draining it also stops a chatty child from blocking on a full pipe. */
export class Tail {
  private text = '';
  push(chunk: Buffer): void {
    this.text = (this.text + chunk.toString('utf8')).slice(-TAIL_BYTES);
  }
  toString(): string {
    return this.text;
  }
}

/** The last few KB of a file a child writes to. */
class FileTail extends Tail {
  constructor(private readonly path: string) {
    super();
  }
  override toString(): string {
    const fd = openSync(this.path, 'r');
    try {
      const size = fstatSync(fd).size;
      const buffer = Buffer.alloc(Math.min(size, TAIL_BYTES));
      readSync(fd, buffer, 0, buffer.length, size - buffer.length);
      return buffer.toString('utf8');
    } finally {
      closeSync(fd);
    }
  }
}

export interface StartOptions {
  /**
   * Where the child's stdout goes instead of a pipe into this process. A target's log lines must not be
   * read by the process that also runs the load generator: at info level the facade writes two lines per
   * request, and draining them cost the load generator CPU the baselines (which log nothing) never did.
   */
  stdoutFile?: string;
}

export interface Child {
  name: string;
  pid: number;
  process: ChildProcess;
  stdout: Tail;
  stderr: Tail;
  /** Resolves when the process is gone, for whatever reason. */
  exited: Promise<void>;
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
  /** Rejects as soon as a child exits that nobody asked to stop. */
  readonly died: Promise<never>;

  constructor() {
    this.died = new Promise<never>((_, reject) => {
      this.failDied = reject;
    });
    // Whoever races against `died` sees the rejection; nobody racing must not crash the process.
    this.died.catch(() => {});
  }

  /** A long-lived node process; its exiting before `stop` counts as a death. */
  start(name: string, args: string[], env: Record<string, string> = {}, options: StartOptions = {}): Child {
    return this.spawnTracked(name, process.execPath, args, env, false, options);
  }

  /** A command expected to finish (the build); still tracked, so an interrupted bench does not leave it running. */
  async runToCompletion(name: string, command: string, args: string[]): Promise<void> {
    const child = this.spawnTracked(name, command, args, {}, true);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.process.once('exit', (exitCode, exitSignal) => resolve([exitCode, exitSignal])),
    );
    if (code !== 0) throw new ChildDiedError(describeDeath(child, code, signal));
  }

  private spawnTracked(name: string, command: string, args: string[], env: Record<string, string>, expectExit: boolean, { stdoutFile }: StartOptions = {}): Child {
    const stdoutFd = stdoutFile === undefined ? undefined : openSync(stdoutFile, 'w');
    const proc = spawn(command, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', stdoutFd ?? 'pipe', 'pipe'],
    });
    if (stdoutFd !== undefined) closeSync(stdoutFd);
    const stdout = stdoutFile === undefined ? new Tail() : new FileTail(stdoutFile);
    const stderr = new Tail();
    // A failed spawn (ENOENT) also emits 'error', which would crash the bench if nobody listened.
    proc.on('error', (error) => stderr.push(Buffer.from(`${error.message}\n`)));
    if (proc.pid === undefined) throw new Error(`could not start ${name}: ${command} ${args.join(' ')}`);
    proc.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
    proc.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    const child: Child = { name, pid: proc.pid, process: proc, stdout, stderr, exited };
    this.running.add(child);
    if (expectExit) this.stopping.add(child);
    proc.once('exit', (code, signal) => {
      this.running.delete(child);
      if (!this.stopping.has(child)) {
        this.failDied(new ChildDiedError(describeDeath(child, code, signal)));
      }
    });
    return child;
  }

  /** SIGTERM for a graceful close, SIGKILL if that takes too long. */
  async stop(child: Child): Promise<void> {
    this.stopping.add(child);
    if (!this.running.has(child)) return;
    child.process.kill('SIGTERM');
    const timer = setTimeout(() => child.process.kill('SIGKILL'), KILL_GRACE_MS);
    await child.exited;
    clearTimeout(timer);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running].map((child) => this.stop(child)));
  }

  /** For process 'exit', where nothing asynchronous runs any more. */
  killAllNow(): void {
    for (const child of this.running) {
      this.stopping.add(child);
      child.process.kill('SIGKILL');
    }
  }

  /** `work` unless a child dies first. */
  guard<T>(work: Promise<T>): Promise<T> {
    return Promise.race([work, this.died]);
  }
}

export function describeDeath(child: Child, code: number | null, signal: NodeJS.Signals | null): string {
  const how = signal === null ? `exit code ${code}` : `signal ${signal}`;
  const stderr = child.stderr.toString().trim() || '(empty)';
  const stdout = child.stdout.toString().trim() || '(empty)';
  return `${child.name} (pid ${child.pid}) died with ${how}\n--- stderr tail ---\n${stderr}\n--- stdout tail ---\n${stdout}`;
}
