import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { startDemo } from '../support/demo-process.js';
import { eventually } from '../support/eventually.js';
import { untilListening } from '../support/service-process.js';
import { ASSIGN, postGraphQL } from '../support/stack.js';

const root = new URL('../..', import.meta.url).pathname;

function run(script: string, env: Record<string, string>) {
  const { LABEL_STUDIO_URL: _unset, ...inherited } = process.env;
  return spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('entry points', () => {
  it('the production entry refuses to start without LABEL_STUDIO_URL, in one clear line', async () => {
    const child = run('src/main.ts', { PORT: '0' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];

    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Invalid configuration: LABEL_STUDIO_URL is required');
  });

  it('the production entry refuses CORS_ORIGINS=* beside a service key, in one line saying why', async () => {
    const child = run('src/main.ts', { PORT: '0', LABEL_STUDIO_URL: 'http://127.0.0.1:9', CORS_ORIGINS: '*', LABEL_STUDIO_API_KEY: 'service-key' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];

    expect(code).toBe(1);
    expect(stderr.trim()).toBe('Invalid configuration: CORS_ORIGINS * is refused while LABEL_STUDIO_API_KEY is set (any web page could act with that key): list the origins');
  });

  it('the demo prints a GraphiQL URL and a token that works there', async () => {
    const demo = await startDemo();
    try {
      const result = await postGraphQL(demo.graphiqlUrl.replace(/\/graphql$/, ''), {
        query: ASSIGN,
        variables: { input: { organizationId: 1, all: false, included: [5, 6], tags: [4] } },
        authorization: demo.authorization,
      });

      expect(result.body).toEqual({ data: { bulkAssignOrgMemberTags: { assigned: 2 } } });
    } finally {
      await demo.stop();
    }
  });

  it('npm start builds, serves, and on SIGTERM to npm drains and stops the service itself', async () => {
    const npm = spawn('npm', ['start'], {
      cwd: root,
      env: { ...process.env, LABEL_STUDIO_URL: 'http://127.0.0.1:9', PORT: '0', HOST: '127.0.0.1', SHUTDOWN_DELAY_MS: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { url, output } = await untilListening(npm);
    expect((await fetch(`${url}/health`)).status).toBe(200);

    const exited = once(npm, 'exit');
    npm.kill('SIGTERM');
    await exited;

    // The service process itself got the signal: it drained and said so, and no longer listens.
    expect(await eventually(() => output().includes('"stopped"'))).toBe(true);
    await expect(fetch(`${url}/health`)).rejects.toThrow();
  }, 60_000);
});
