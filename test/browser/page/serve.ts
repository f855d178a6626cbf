import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';

// Node side of the browser tests: bundles a page module (urql and the generated documents included) and
// serves it from its own 127.0.0.1 port, which is a second origin to the facade's.

/**
 * The page module at `entry` (a path under the repository), bundled for the browser: as a production
 * build, or as a development one, where libraries such as urql's Graphcache log their warnings.
 */
export async function bundlePage(entry: string, mode: 'production' | 'development' = 'production'): Promise<string> {
  const bundle = await build({
    entryPoints: [new URL(`../../../${entry}`, import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
  });
  return bundle.outputFiles[0]?.text ?? '';
}

export interface PageOrigin {
  url: string;
  close(): Promise<void>;
}

/** A second origin on 127.0.0.1: serves one page that loads `script`. */
export async function startPageOrigin(script: string): Promise<PageOrigin> {
  const server: Server = createServer((request, response) => {
    if (request.url === '/frontend.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    else response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>frontend</title><script src="/frontend.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
