import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config.js';
import { answerClientError } from './client-errors.js';

export interface RunningServer {
  server: Server;
  /** Base URL, e.g. http://127.0.0.1:4000 (a wildcard host is shown as localhost). */
  url: string;
  /**
   * Stops accepting connections, lets requests in flight finish for up to `graceMs`, then cuts what is
   * left. Idle keep-alive connections are closed as soon as they go idle, so draining ends promptly.
   */
  close(graceMs?: number): Promise<void>;
}

export interface ListenOptions {
  port: number;
  host: string;
  timeouts: Config['timeouts'];
}

/**
 * Node's own timeouts, set deliberately (docs/deployment.md says why): they are checked on a timer
 * per server, not per request, and a request that misses one gets a coded 408 (client-errors.ts).
 */
function serverOptions({ headersMs, bodyMs, keepAliveMs }: Config['timeouts']) {
  return {
    headersTimeout: headersMs,
    // Node counts both from the request's first byte: the body gets at least `bodyMs` after the headers.
    requestTimeout: headersMs + bodyMs,
    keepAliveTimeout: keepAliveMs,
    // Node checks the two above every 30 s by default, letting a request overstay by that much.
    connectionsCheckingInterval: Math.min(1_000, Math.ceil(Math.min(headersMs, bodyMs) / 4)),
  };
}

/** Starts listening; port 0 picks a free port, which is how tests run the real server side by side. */
export async function listen(handler: RequestListener, { port, host, timeouts }: ListenOptions): Promise<RunningServer> {
  const server = createServer(serverOptions(timeouts), handler);
  server.on('clientError', answerClientError);
  let closing = false;
  server.on('request', (_request, response) => {
    response.once('finish', () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: actualPort } = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;

  return {
    server,
    url: `http://${shownHost}:${actualPort}`,
    close: (graceMs = 0) =>
      new Promise<void>((resolve, reject) => {
        closing = true;
        const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close((error) => {
          clearTimeout(deadline);
          if (error) reject(error);
          else resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
