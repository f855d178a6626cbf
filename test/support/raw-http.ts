import { connect, type Socket } from 'node:net';

/** What came back on a raw connection: everything the server wrote before it closed (or we gave up). */
export interface RawAnswer {
  raw: string;
  /** The status of the first answer, or undefined when none came. */
  status?: number;
  /** `extensions.code` of the first error of a JSON answer's body. */
  code?: string;
  /** Whether the server closed the connection. */
  closed: boolean;
}

export function readAnswer(raw: string, closed: boolean): RawAnswer {
  // Interim answers (100 Continue) come first and have no body.
  const final = raw.replace(/^(HTTP\/1\.1 1\d\d [^\r]*\r\n(?:[^\r]+\r\n)*\r\n)+/, '');
  const status = /^HTTP\/1\.1 (\d{3})/.exec(final)?.[1];
  const body = final.slice(final.indexOf('\r\n\r\n') + 4);
  const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
  return { raw, status: status === undefined ? undefined : Number(status), code, closed };
}

/** A connection to a server on 127.0.0.1, collecting what it answers. */
export async function openConnection(baseUrl: string) {
  const url = new URL(baseUrl);
  const socket: Socket = connect(Number(url.port), '127.0.0.1');
  socket.setNoDelay(true);
  let raw = '';
  let closed = false;
  socket.on('data', (chunk: Buffer) => (raw += chunk.toString('latin1')));
  // A server cutting a connection that still has unread bytes may reset it: that is a close too.
  socket.on('error', () => undefined);
  const whenClosed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  void whenClosed.then(() => (closed = true));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return {
    host: url.host,
    write: (bytes: string | Buffer) => {
      if (!socket.destroyed) socket.write(bytes);
    },
    /** Waits until the server closes the connection, or `waitMs` passes; then reads what came. */
    answer: async (waitMs: number): Promise<RawAnswer> => {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([whenClosed, new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))]);
      clearTimeout(timer);
      return readAnswer(raw, closed);
    },
    destroy: () => socket.destroy(),
    get closed() {
      return closed;
    },
  };
}

export type Connection = Awaited<ReturnType<typeof openConnection>>;

/**
 * Sends `request` (raw bytes, framing and all) on a fresh connection and returns what the server
 * answered once it closed the connection, or after `waitMs`.
 */
export async function sendRaw(baseUrl: string, request: string | Buffer | (string | Buffer)[], waitMs = 5_000): Promise<RawAnswer> {
  const connection = await openConnection(baseUrl);
  for (const part of Array.isArray(request) ? request : [request]) connection.write(part);
  const answer = await connection.answer(waitMs);
  connection.destroy();
  return answer;
}

/** Sends parts on a fresh connection, pausing where a part is a number of ms, then waits for the answer. */
export async function sendParts(baseUrl: string, parts: (string | Buffer | number)[], waitMs = 5_000): Promise<RawAnswer> {
  const connection = await openConnection(baseUrl);
  for (const part of parts) {
    if (connection.closed) break;
    if (typeof part === 'number') await new Promise((resolve) => setTimeout(resolve, part));
    else connection.write(part);
  }
  const answer = await connection.answer(waitMs);
  connection.destroy();
  return answer;
}

/** Writes `drip()` every `everyMs` until the server closes the connection or `stop()` is called. */
export function trickle(connection: Connection, drip: () => string, everyMs: number) {
  const timer = setInterval(() => {
    if (connection.closed) clearInterval(timer);
    else connection.write(drip());
  }, everyMs);
  return { stop: () => clearInterval(timer) };
}
