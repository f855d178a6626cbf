import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Deadline } from './deadline.js';

/** Why the transport gave up, in the terms the retry policy needs. */
export type TransportFailure =
  | 'refused' // no connection: the request certainly never reached the server
  | 'connection' // the connection failed before any answer
  | 'interrupted' // the answer had begun, then the connection failed
  | 'body-too-large'
  | 'unusable-status' // outside 200-599, which no Response can carry
  | 'aborted'; // the deadline ended

export class TransportError extends Error {
  override readonly name = 'TransportError';

  constructor(
    readonly failure: TransportFailure,
    readonly status?: number,
  ) {
    super(`upstream transport: ${failure}`);
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

/**
 * What ky hands on to `fetch` besides the request: options ky itself does not know. The JSON body
 * travels here rather than in the Request, so no web stream is made, cloned by ky and cancelled per call.
 */
export interface TransportControl {
  deadline?: Deadline;
  jsonBody?: string;
}

/**
 * ky's `fetch`, on node:http(s) with keep-alive agents. Node's built-in fetch (undici) cost about three
 * times the CPU of a plain node:http hop per call here (bench/), and most of the facade's time was the
 * upstream hop. The answer is read whole, capped, and kept beside the Response (`bodyText`) instead of
 * inside it, so reading it costs no stream either. The Deadline ends a request at any point, body
 * included. Redirects are never followed (node:http does not).
 */
export function createNodeHttpFetch({ maxResponseBytes, maxSockets, idleSocketMs = 4_000 }: NodeHttpFetchOptions) {
  // Idle keep-alive sockets are dropped after a few seconds, and a little before any `Keep-Alive: timeout=` the server
  // announces (Node honours the hint only when a timeout is set): a POST sent on a socket the server is just
  // closing fails with a reset, and by policy is not retried.
  const agentOptions = { keepAlive: true, maxSockets, timeout: idleSocketMs };
  const agents = { 'http:': new HttpAgent(agentOptions), 'https:': new HttpsAgent(agentOptions) };
  const bodies = new WeakMap<Response, string>();

  function nodeHttpFetch(request: Request, control: TransportControl = {}): Promise<Response> {
    const url = new URL(request.url);
    const body = control.jsonBody;
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(Buffer.byteLength(body));
    }
    const isHttps = url.protocol === 'https:';

    return new Promise<Response>((resolve, reject) => {
      let answered = false;
      const fail = (failure: TransportFailure, status?: number) => {
        unsubscribe();
        reject(new TransportError(failure, status));
      };
      const outgoing = (isHttps ? httpsRequest : httpRequest)(
        url,
        { method: request.method, headers, agent: agents[isHttps ? 'https:' : 'http:'] },
        (incoming) => {
          answered = true;
          collect(incoming, maxResponseBytes).then(
            (buffer) => {
              const status = incoming.statusCode ?? 0;
              if (status < 200 || status > 599) return fail('unusable-status', status);
              unsubscribe();
              const response = toResponse(incoming, status);
              bodies.set(response, buffer.toString('utf8'));
              resolve(response);
            },
            (error: unknown) => {
              outgoing.destroy();
              fail(error instanceof TransportError ? error.failure : 'interrupted', incoming.statusCode);
            },
          );
        },
      );
      const unsubscribe = control.deadline?.onEnd(() => outgoing.destroy(new TransportError('aborted'))) ?? (() => true);
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (error instanceof TransportError) return fail(error.failure);
        if (!answered) fail(error.code === 'ECONNREFUSED' ? 'refused' : 'connection');
      });
      outgoing.end(body);
    });
  }

  return {
    fetch: nodeHttpFetch,
    /** The text of an answer this fetch returned. */
    bodyText: (response: Response): string => bodies.get(response) ?? '',
  };
}

function collect(incoming: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxBytes) {
        incoming.destroy();
        reject(new TransportError('body-too-large'));
        return;
      }
      chunks.push(chunk);
    });
    incoming.once('end', () => resolve(chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks)));
    incoming.once('error', reject);
    incoming.once('close', () => {
      if (!incoming.complete) reject(new TransportError('interrupted'));
    });
  });
}

function toResponse(incoming: IncomingMessage, status: number): Response {
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i] as string, raw[i + 1] as string);
  return new Response(null, { status, statusText: incoming.statusMessage, headers });
}
