import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dispatch, type DispatchContext } from './dispatch.js';
import { defaultErrorFor } from './errors.js';
import { FaultQueue, type Fault } from './faults.js';
import type { SimulatorData } from './model.js';
import { classifyBody, readBody, recordableBody } from './read-body.js';
import { errorResponse, nginxErrorResponse, withHeaders, writeResponse, type SimResponse } from './respond.js';
import { matchRoute } from './routes.js';
import { SEEDED_API_KEYS, seedData } from './seed.js';
import { Sleeper } from './sleeper.js';
import { issueToken } from './tokens.js';

export type { Fault } from './faults.js';
export type * from './model.js';

export interface SimulatorOptions {
  /** Default 0 (a free port); the host is always 127.0.0.1. */
  port?: number;
  /** Lifetime of access tokens issued by /api/token/refresh/, default 300. */
  accessTokenTtlSeconds?: number;
  /** When set, a longer request line (`METHOD target HTTP/1.1`) gets nginx's HTML 414. */
  maxRequestLineBytes?: number;
  /** How many requests `requests` keeps (the newest), so a long demo or a load run stays bounded; default 1,000. */
  maxRecordedRequests?: number;
}

export interface RecordedRequest {
  method: string;
  /** Pathname only. */
  path: string;
  /** Raw query string as received, without '?'; '' when none. Not decoded. */
  query: string;
  authorization?: string;
  /** Lower-cased names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  /** Parsed JSON body; the raw text when it is not JSON; undefined when there is no body. */
  body?: unknown;
  /** True once the client closed the connection before the answer was fully written. */
  abandoned?: boolean;
}

export interface Simulator {
  url: string;
  requests: RecordedRequest[];
  data: SimulatorData;
  tokens: { admin: string; otherOrgOwner: string; annotator: string };
  reset(): void;
  injectFault(fault: Fault): void;
  issuePersonalAccessToken(userId: number, options?: { expiresInSeconds?: number; withoutExp?: boolean }): string;
  issueAccessToken(userId: number, options?: { expiresInSeconds?: number }): string;
  close(): Promise<void>;
}

// Big enough that long query strings reach the handler, where `maxRequestLineBytes` plays the proxy.
const MAX_HEADER_BYTES = 2 * 1024 * 1024;
const MAX_BODY_BYTES = 5 * 1024 * 1024;
const PAT_LIFETIME_SECONDS = 30 * 24 * 60 * 60;

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function splitTarget(target: string): { path: string; query: string } {
  const mark = target.indexOf('?');
  return mark === -1 ? { path: target, query: '' } : { path: target.slice(0, mark), query: target.slice(mark + 1) };
}

function faultResponse(fault: Fault & { status: number }): SimResponse {
  const base =
    fault.body === undefined
      ? errorResponse(defaultErrorFor(fault.status))
      : { status: fault.status, headers: { 'content-type': 'application/json' }, body: fault.body };
  return withHeaders(base, fault.headers);
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const data = seedData();
  const requests: RecordedRequest[] = [];
  const faults = new FaultQueue();
  const sleeper = new Sleeper();
  const keep = options.maxRecordedRequests ?? 1_000;
  const context: DispatchContext = {
    data,
    secret: randomBytes(32),
    accessTokenTtlSeconds: options.accessTokenTtlSeconds ?? 300,
    baseUrl: '',
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const target = req.url ?? '/';
    const { path, query } = splitTarget(target);
    const headers = flattenHeaders(req.headers);
    const record: RecordedRequest = { method, path, query, authorization: headers['authorization'], headers };
    // Pushed before the body arrives, so the log's order is arrival order.
    requests.push(record);
    // Trimmed in batches: one splice per `keep` requests instead of a shift per request.
    if (requests.length > 2 * keep) requests.splice(0, requests.length - keep);
    res.once('close', () => {
      if (!res.writableFinished) record.abandoned = true;
    });

    const read = await readBody(req, MAX_BODY_BYTES);
    if (read.tooLarge) {
      await writeResponse(res, nginxErrorResponse(413, 'Request Entity Too Large'), {}, sleeper);
      return;
    }
    record.body = recordableBody(read.text);

    const requestLineBytes = Buffer.byteLength(`${method} ${target} HTTP/${req.httpVersion}`);
    if (options.maxRequestLineBytes !== undefined && requestLineBytes > options.maxRequestLineBytes) {
      await writeResponse(res, nginxErrorResponse(414, 'Request-URI Too Large'), {}, sleeper);
      return;
    }

    const route = matchRoute(path, method);
    const fault = faults.take(route?.name);
    if (fault?.destroySocket) {
      await sleeper.sleep(fault.delayMs ?? 0);
      req.socket.destroy();
      return;
    }
    const response =
      fault?.status !== undefined
        ? faultResponse({ ...fault, status: fault.status })
        : withHeaders(
            dispatch(context, {
              method,
              route,
              path,
              query,
              authorization: headers['authorization'],
              body: classifyBody(read.text, headers['content-type']),
              listFault: fault?.list,
            }),
            fault?.headers,
          );
    await writeResponse(res, response, { delayMs: fault?.delayMs, dripMs: fault?.dripMs }, sleeper);
  }

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A client that vanished mid-request leaves nobody to answer; anything else is a simulator bug worth a 500.
      if (res.headersSent || req.socket.destroyed) {
        res.destroy();
        return;
      }
      const detail = error instanceof Error ? error.message : String(error);
      const excInfo = error instanceof Error ? error.stack : undefined;
      void writeResponse(res, errorResponse({ status: 500, detail, excInfo }), {}, sleeper);
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  context.baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: context.baseUrl,
    requests,
    data,
    tokens: { ...SEEDED_API_KEYS },
    reset() {
      // In place, so references tests took to `data` and `requests` stay live.
      Object.assign(data, seedData());
      requests.length = 0;
      faults.clear();
    },
    injectFault(fault) {
      faults.add(fault);
    },
    issuePersonalAccessToken(userId, tokenOptions = {}) {
      const lifetime = tokenOptions.withoutExp ? undefined : (tokenOptions.expiresInSeconds ?? PAT_LIFETIME_SECONDS);
      return issueToken(context.secret, 'refresh', userId, lifetime);
    },
    issueAccessToken(userId, tokenOptions = {}) {
      return issueToken(context.secret, 'access', userId, tokenOptions.expiresInSeconds ?? context.accessTokenTtlSeconds);
    },
    close() {
      return new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
        sleeper.wakeAll();
      });
    },
  };
}
