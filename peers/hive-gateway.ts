import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { eventually } from '../test/support/eventually.js';
import type { Subgraph } from './gateway.js';

const peers = new URL('.', import.meta.url).pathname;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function sdlOf(url: string): Promise<string> {
  const answer = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
  const { data } = (await answer.json()) as { data: { _service: { sdl: string } } };
  return data._service.sdl;
}

/**
 * A real Hive Gateway process (its `hive-gateway` CLI, as a user runs it) serving a supergraph composed
 * from the facade's own SDL (and any other subgraphs' beside it), with the header propagation in hive-gateway.config.ts.
 */
export async function startHiveGateway(subgraphUrl: string, otherSubgraphs: Subgraph[] = []) {
  const subgraphs = [{ name: 'label-studio-bulk', url: subgraphUrl }, ...otherSubgraphs];
  const services = await Promise.all(subgraphs.map(async ({ name, url }) => ({ name, url, typeDefs: parse(await sdlOf(url)) })));
  const composed = composeServices(services);
  if (!composed.supergraphSdl) throw new Error(`composition failed: ${composed.errors?.map(String).join('; ')}`);
  const dir = await mkdtemp(join(tmpdir(), 'hive-gateway-'));
  const supergraph = join(dir, 'supergraph.graphql');
  await writeFile(supergraph, composed.supergraphSdl);

  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(peers, 'node_modules/@graphql-hive/gateway/dist/bin.js'), 'supergraph', supergraph, '--config-path', join(peers, 'hive-gateway.config.ts'), '--host', '127.0.0.1', '--port', String(port), '--disable-websockets'],
    { cwd: dir, env: { ...process.env, NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  let ready = false;
  const probe = () => fetch(`${url}/readiness`).then((response) => (ready = response.ok), () => (ready = false));
  await eventually(() => {
    void probe();
    return ready || child.exitCode !== null;
  }, 300, 100);
  if (!ready) {
    child.kill('SIGKILL');
    throw new Error(`Hive Gateway did not start: ${output}`);
  }
  return {
    url: `${url}/graphql`,
    output: () => output,
    stop: async () => {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
