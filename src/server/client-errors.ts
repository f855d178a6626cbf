import type { Duplex } from 'node:stream';

/** What Node's HTTP parser reports, as the status and coded GraphQL error a client gets. */
const ANSWERS: Record<string, { status: number; code: string; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: 'REQUEST_TIMEOUT', message: 'The request did not arrive in time: send its headers and body promptly.' },
  HPE_HEADER_OVERFLOW: { status: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE', message: 'The request headers are too large.' },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: { status: 413, code: 'REQUEST_ENTITY_TOO_LARGE', message: 'The chunk extensions are too large.' },
};
const MALFORMED = { status: 400, code: 'BAD_REQUEST', message: 'The HTTP request is malformed.' };

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 413: 'Payload Too Large', 431: 'Request Header Fields Too Large' };

function rawResponse({ status, code, message }: typeof MALFORMED): Buffer {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  return Buffer.from(
    `HTTP/1.1 ${status} ${REASONS[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

const responses = new Map(Object.entries(ANSWERS).map(([key, answer]) => [key, rawResponse(answer)]));
const malformedResponse = rawResponse(MALFORMED);

/**
 * The server's 'clientError' listener: requests Node's parser refuses (a malformed request, oversized
 * headers, headers or a body that did not arrive within the server's timeouts) get the coded JSON error
 * every other refusal has, instead of Node's bare status line, and their connection is closed. Node's
 * own rule is kept: nothing is written once an answer to that request has begun.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  socket.end(responses.get(error.code ?? '') ?? malformedResponse, () => socket.destroy());
}
