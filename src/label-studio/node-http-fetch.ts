import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { AttemptOutcome } from './attempts.js';
import type { Deadline } from './deadline.js';
import { deadlineFailure } from './errors.js';

/** An attempt that ended without a usable answer, and how. */
export class TransportError extends Error {
  override readonly name = 'TransportError';

  constructor(readonly outcome: AttemptOutcome) {
    super(`upstream transport: ${outcome.kind}`);
  }
}

export interface NodeHttpFetchOptions {
  /** Answers larger than this are refused: a misbehaving upstream or proxy must not be buffered without bound. */
  maxResponseBytes: number;
  /** Keep-alive connections per upstream host. */
  maxSockets: number;
  /** How long an idle keep-alive socket is kept; 4 s by default. */
  idleSocketMs?: number;
}

/** What one request carries past ky to `fetch`, as the `transport` option (ky hands on options it does not know). */
export interface TransportControl {
  /** Ends the request at any point, body included (ky's timeout stops counting at the headers). */
  readonly deadline?: Deadline;
  readonly jsonBody?: string;
}

/**
 * ky's `fetch`, on node:http(s): what it does that Node's fetch would not earn its place beside ky.
 * Keep-alive agents, because the upstream hop is most of a call's cost and undici's costs more than
 * node:http's (docs/performance.md). Answers capped, because a misbehaving upstream must not be
 * buffered without bound. No redirects (node:http follows none): one could carry the caller's credentials elsewhere.
 * And no web streams either way: the JSON body arrives as a string beside the Request
 * (`jsonBody`) and the answer's text leaves beside the Response (`bodyText`), because ky clones
 * both per attempt and a cloned stream is a tee, costlier than the whole rest of the call.
 */
export function createNodeHttpFetch({ maxResponseBytes, maxSockets, idleSocketMs = 4_000 }: NodeHttpFetchOptions) {
  // Idle keep-alive sockets are dropped after a few seconds, and a little before any `Keep-Alive: timeout=` the server
  // announces (Node honours the hint only when a timeout is set): a POST sent on a socket the server is just
  // closing fails with a reset, and by policy is not retried.
  const agentOptions = { keepAlive: true, maxSockets, timeout: idleSocketMs };
  const agents = { 'http:': new HttpAgent(agentOptions), 'https:': new HttpsAgent(agentOptions) };

  function nodeHttpFetch(request: Request, { transport = {} }: { transport?: TransportControl } = {}): Promise<Response> {
    const url = new URL(request.url);
    const body = transport.jsonBody;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    const isHttps = url.protocol === 'https:';

    return new Promise<Response>((resolve, reject) => {
      let answered = false;
      const fail = (outcome: AttemptOutcome) => {
        unsubscribe();
        reject(new TransportError(outcome));
      };
      const outgoing = (isHttps ? httpsRequest : httpRequest)(
        url,
        { method: request.method, headers, agent: agents[isHttps ? 'https:' : 'http:'] },
        (incoming) => {
          answered = true;
          collect(incoming, maxResponseBytes).then(
            (buffer) => {
              const status = incoming.statusCode ?? 0;
              if (status < 200 || status > 599) return fail({ kind: 'invalid-response', status, reason: 'unusable-status' });
              unsubscribe();
              const response = toResponse(incoming, status);
              bodies.set(response, buffer.toString('utf8'));
              resolve(response);
            },
            (error: unknown) => {
              outgoing.destroy();
              const status = incoming.statusCode ?? 0;
              fail(error instanceof TooLarge ? { kind: 'invalid-response', status, reason: 'body-too-large' } : { kind: 'interrupted', status });
            },
          );
        },
      );
      const deadline = transport.deadline;
      const unsubscribe = deadline?.onEnd(() => outgoing.destroy(new TransportError(deadlineFailure(deadline.timedOut)))) ?? (() => true);
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (error instanceof TransportError) return fail(error.outcome);
        if (!answered) fail({ kind: error.code === 'ECONNREFUSED' ? 'refused' : 'network' });
      });
      outgoing.end(body);
    });
  }

  return nodeHttpFetch;
}

const bodies = new WeakMap<Response, string>();

/** The text of an answer a node:http fetch returned. */
export const bodyText = (response: Response): string => bodies.get(response) ?? '';

class TooLarge extends Error {}

function collect(incoming: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        incoming.destroy();
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    incoming.once('end', () => resolve(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks)));
    incoming.once('error', reject);
    incoming.once('close', () => {
      if (!incoming.complete) reject(new Error('interrupted'));
    });
  });
}

function toResponse(incoming: IncomingMessage, status: number): Response {
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return new Response(null, { status, statusText: incoming.statusMessage, headers });
}
