import type { ServerResponse } from 'node:http';
import { errorBody, type LabelStudioError } from './errors.js';
import type { Sleeper } from './sleeper.js';

export interface SimResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string>;
  body: string;
}

export function jsonResponse(status: number, value: unknown): SimResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}

export function errorResponse(error: LabelStudioError, headers: Record<string, string> = {}): SimResponse {
  const response = jsonResponse(error.status, errorBody(error));
  return { ...response, headers: { ...response.headers, ...headers } };
}

/** The page nginx sends for errors it raises itself, before the request ever reaches Label Studio. */
export function nginxErrorResponse(status: number, reason: string): SimResponse {
  const title = `${status} ${reason}`;
  const body = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return { status, headers: { 'content-type': 'text/html', server: 'nginx', connection: 'close' }, body };
}

export function withHeaders(response: SimResponse, extra: Record<string, string> | undefined): SimResponse {
  if (extra === undefined) return response;
  const headers = { ...response.headers };
  for (const [name, value] of Object.entries(extra)) headers[name.toLowerCase()] = value;
  return { ...response, headers };
}

export interface Pacing {
  delayMs?: number;
  dripMs?: number;
}

function gone(res: ServerResponse): boolean {
  return res.destroyed || res.socket === null || res.socket.destroyed;
}

export async function writeResponse(
  res: ServerResponse,
  response: SimResponse,
  pacing: Pacing,
  sleeper: Sleeper,
): Promise<void> {
  const body = Buffer.from(response.body, 'utf8');
  const headers = { ...response.headers, 'content-length': String(body.length) };
  if (pacing.dripMs === undefined) {
    await sleeper.sleep(pacing.delayMs ?? 0);
    if (gone(res)) return;
    res.writeHead(response.status, headers).end(body);
    return;
  }
  // Headers go out at once so a client's header timeout is satisfied while the body crawls.
  res.writeHead(response.status, headers);
  res.flushHeaders();
  await sleeper.sleep(pacing.delayMs ?? 0);
  for (let offset = 0; offset < body.length; offset += 1) {
    if (gone(res)) return;
    res.write(body.subarray(offset, offset + 1));
    await sleeper.sleep(pacing.dripMs);
  }
  if (!gone(res)) res.end();
}
