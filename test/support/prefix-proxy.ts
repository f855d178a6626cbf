import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A reverse proxy that serves `target` under `/ls`, as a deployment behind a path prefix would. */
export async function startPrefixProxy(target: string, prefix = '/ls') {
  const seenPaths: string[] = [];
  const server = createServer((incoming, outgoing) => {
    seenPaths.push(incoming.url ?? '');
    const url = new URL(target);
    const upstream = request(
      { host: url.hostname, port: url.port, method: incoming.method, path: (incoming.url ?? '').slice(prefix.length), headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    seenPaths,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
