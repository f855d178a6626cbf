import { createServer, type IncomingMessage } from 'node:http';
import { BadRequest, errorReply, toGraphQLReply, toUpstreamCall, type GraphQLReply } from './baseline-protocol.js';
import type { RestRequest } from './rest-shape.js';

/** Makes one upstream request; the two baselines differ only in how. */
export type Forward = (url: string, call: RestRequest, authorization: string | undefined) => Promise<{ status: number; text: string }>;

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function answer(upstreamUrl: string, forward: Forward, req: IncomingMessage): Promise<GraphQLReply> {
  if (req.method === 'GET' && req.url === '/health') return { status: 200, body: '{"status":"ok"}' };
  if (req.method !== 'POST' || req.url !== '/graphql') return errorReply(404, 'POST /graphql only');
  try {
    const call = toUpstreamCall(await readText(req));
    const upstream = await forward(`${upstreamUrl}${call.target}`, call, req.headers.authorization);
    return toGraphQLReply(call, upstream.status, upstream.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return errorReply(error instanceof BadRequest ? 400 : 502, message);
  }
}

/** Reads UPSTREAM_URL and PORT, listens on 127.0.0.1 and answers GET /health and POST /graphql. */
export function serveBaseline(forward: Forward): void {
  const upstreamUrl = process.env['UPSTREAM_URL']?.replace(/\/+$/, '');
  const port = Number(process.env['PORT']);
  if (!upstreamUrl || !Number.isInteger(port)) throw new Error('UPSTREAM_URL and PORT are required');

  const server = createServer((req, res) => {
    void answer(upstreamUrl, forward, req).then((reply) => {
      res.writeHead(reply.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(reply.body) });
      res.end(reply.body);
    });
  });
  server.listen(port, '127.0.0.1');
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.close(() => process.exit(0));
      server.closeAllConnections();
    });
  }
}
