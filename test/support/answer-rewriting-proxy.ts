import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a rewrite gets: one paged JSON answer (`count`, `next`, `results`, ...), to change in place. */
export type PageRewrite = (page: Record<string, unknown> & { results: Record<string, unknown>[] }) => void;

/**
 * A reverse proxy in front of the simulator that changes its paged JSON answers, so a test can see the
 * service read Label Studio as its definition allows it to answer (fields left out), over a real HTTP hop.
 */
export async function startAnswerRewritingProxy(target: string, rewrite: PageRewrite) {
  const server = createServer((incoming, outgoing) => {
    const url = new URL(target);
    const upstream = request({ host: url.hostname, port: url.port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        let body = Buffer.concat(chunks).toString('utf8');
        try {
          const json = JSON.parse(body) as Record<string, unknown>;
          if (Array.isArray(json['results'])) {
            rewrite(json as Parameters<PageRewrite>[0]);
            body = JSON.stringify(json);
          }
        } catch {
          // Not JSON: passed on as it came.
        }
        const { 'content-length': _length, 'transfer-encoding': _encoding, ...headers } = answer.headers;
        outgoing.writeHead(answer.statusCode ?? 502, { ...headers, 'content-length': Buffer.byteLength(body) });
        outgoing.end(body);
      });
    });
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
