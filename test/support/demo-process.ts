import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

const root = new URL('../..', import.meta.url).pathname;

/** `npm run demo`'s program as a child process on free ports; resolves once it printed its URLs. */
export async function startDemo(): Promise<{ graphiqlUrl: string; authorization: string; stop(): Promise<void> }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/demo.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', SIMULATOR_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`demo exited early with ${code}: ${stdout}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Ctrl+C')) resolve();
    });
  });
  const graphiqlUrl = /GraphiQL:\s+(http:\/\/\S+)/.exec(stdout)?.[1];
  const authorization = /Authorization: (Token \S+)/.exec(stdout)?.[1];
  if (!graphiqlUrl || !authorization) throw new Error(`unexpected demo output: ${stdout}`);
  return {
    graphiqlUrl,
    authorization,
    stop: async () => {
      child.removeAllListeners('exit');
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
