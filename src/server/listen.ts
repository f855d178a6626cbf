import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

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

/** Starts listening; port 0 picks a free port, which is how tests run the real server side by side. */
export async function listen(handler: RequestListener, { port, host }: { port: number; host: string }): Promise<RunningServer> {
  const server = createServer(handler);
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
