import { Agent, request } from 'node:http';
import type { Forward } from './baseline-server.js';

// Its own keep-alive agent with no socket cap, so connection reuse does not hinge on globalAgent defaults.
const agent = new Agent({ keepAlive: true });

/** One upstream call on keep-alive node:http, the answer read whole: the cheapest hop Node offers. */
export const forwardHttp: Forward = (url, call, authorization) =>
  new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { accept: 'application/json' };
    if (authorization !== undefined) headers['authorization'] = authorization;
    if (call.body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = Buffer.byteLength(call.body);
    }
    const req = request(url, { method: call.method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(call.body);
  });
