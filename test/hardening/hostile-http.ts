/**
 * Hostile requests that only a raw socket can send: HTTP framing, header values fetch refuses to
 * send, and clients that stall at each stage of a request. Each must get a 4xx with a coded JSON error
 * (or, for a well-framed request, a coded GraphQL error) and reach nothing upstream; the server's
 * timeouts in the test are 500 ms.
 */
export interface RawHostileCase {
  group: 'framing' | 'authorization' | 'slow';
  name: string;
  /** The bytes to send, in parts; a number between parts is a pause in ms. */
  send: (string | Buffer | number)[];
  /** The exact status, where only one is right; otherwise any 4xx. 200 only with a coded error. */
  status?: number;
  code?: string;
}

const INVALID = JSON.stringify({
  query: 'mutation { bulkUnassignProjectMembers(input: {projectId: -1, all: true}) { unassignments } }',
});
// `Connection: close`, so that the server ends the connection once it has answered.
const head = (extra: string, connection = 'close') =>
  `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: ${connection}\r\nContent-Type: application/json\r\nAccept: application/graphql-response+json\r\nAuthorization: Token demo-admin-token\r\n${extra}`;
const withLength = (body: string, extra = '', connection = 'close') => `${head(`${extra}Content-Length: ${Buffer.byteLength(body)}\r\n`, connection)}\r\n${body}`;
const chunked = (body: string) => `${head('Transfer-Encoding: chunked\r\n')}\r\n${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n`;
const noAuth = (extra: string, body = INVALID) =>
  `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n${extra}Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

export const rawHostileCases: RawHostileCase[] = [
  // Framing: Node's parser refuses these; the answer is a coded JSON 400 from the server's clientError listener.
  { group: 'framing', name: 'Content-Length and Transfer-Encoding together', send: [`${head(`Content-Length: 5\r\nTransfer-Encoding: chunked\r\n`)}\r\n0\r\n\r\n`], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: 'two different Content-Length headers', send: [`${head('Content-Length: 5\r\nContent-Length: 6\r\n')}\r\n{}{}{}`], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: 'a Content-Length that is not a number', send: [`${head('Content-Length: abc\r\n')}\r\n{}`], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: 'a negative Content-Length', send: [`${head('Content-Length: -1\r\n')}\r\n{}`], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: 'a Content-Length over MAX_BODY_BYTES, body never sent', send: [`${head('Content-Length: 104857600\r\n')}\r\n`], status: 413, code: 'REQUEST_ENTITY_TOO_LARGE' },
  { group: 'framing', name: 'a Content-Length shorter than the body (the rest is a bogus next request)', send: [`${head('Content-Length: 10\r\n')}\r\n${INVALID}`], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: 'a chunk size that is not hex', send: [`${head('Transfer-Encoding: chunked\r\n')}\r\nzz\r\n{}\r\n0\r\n\r\n`], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: 'a chunk longer than its size', send: [`${head('Transfer-Encoding: chunked\r\n')}\r\n2\r\n${INVALID}\r\n0\r\n\r\n`], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: 'a chunk size of 2^64', send: [`${head('Transfer-Encoding: chunked\r\n')}\r\n10000000000000000\r\n{}\r\n0\r\n\r\n`], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: '20 KB of chunk extensions', send: [`${head('Transfer-Encoding: chunked\r\n')}\r\n2;${'x'.repeat(20_000)}\r\n{}\r\n0\r\n\r\n`], status: 413, code: 'REQUEST_ENTITY_TOO_LARGE' },
  { group: 'framing', name: 'a chunked body over MAX_BODY_BYTES in 64 KB chunks', send: [`${head('Transfer-Encoding: chunked\r\n')}\r\n`, ...Array.from({ length: 20 }, () => `10000\r\n${' '.repeat(0x10000)}\r\n`), '0\r\n\r\n'], status: 413, code: 'REQUEST_ENTITY_TOO_LARGE' },
  { group: 'framing', name: 'a chunked invalid mutation (well framed)', send: [chunked(INVALID)], status: 200, code: 'BAD_USER_INPUT' },
  { group: 'framing', name: 'Transfer-Encoding that does not end in chunked', send: [`${head('Transfer-Encoding: gzip\r\n')}\r\n${INVALID}`], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: 'Transfer-Encoding: chunked twice', send: [`${head('Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n')}\r\n2\r\n{}\r\n0\r\n\r\n`] },
  { group: 'framing', name: 'Expect: 100-continue, then an invalid mutation', send: [`${head(`Expect: 100-continue\r\nContent-Length: ${INVALID.length}\r\n`)}\r\n`, 50, INVALID], status: 200, code: 'BAD_USER_INPUT' },
  { group: 'framing', name: 'an Expect the server does not know', send: [withLength(INVALID, 'Expect: 200-ok\r\n')], status: 417 },
  { group: 'framing', name: 'a header line without a colon', send: [`${head('Broken header\r\n')}Content-Length: 2\r\n\r\n{}`], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: 'a space before the colon of a header', send: [`${head('Content-Length : 2\r\n')}\r\n{}`], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: 'a NUL byte in a header value', send: [`${head('X-Test: a\u0000b\r\nContent-Length: 2\r\n')}\r\n{}`], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: 'an HTTP/2 preface on the HTTP/1.1 port', send: ['PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: 'a 100 KB request line', send: [`POST /graphql?x=${'a'.repeat(100_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`], status: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' },
  { group: 'framing', name: 'an unknown HTTP version', send: [`POST /graphql HTTP/9.9\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n\r\n{}`], status: 400, code: 'BAD_REQUEST' },
  { group: 'framing', name: '50 pipelined invalid mutations in one write', send: [[...Array.from({ length: 49 }, () => withLength(INVALID, '', 'keep-alive')), withLength(INVALID)].join('')], status: 200, code: 'BAD_USER_INPUT' },

  // Authorization values fetch will not send.
  { group: 'authorization', name: 'a CR inside the Authorization value (header injection)', send: [noAuth('Authorization: Token demo-admin-token\rX-Injected: 1\r\n')], status: 400, code: 'BAD_REQUEST' },
  { group: 'authorization', name: 'an LF inside the Authorization value', send: [noAuth('Authorization: Token demo\nX-Injected: 1\r\n')], status: 400, code: 'BAD_REQUEST' },
  { group: 'authorization', name: 'an Authorization value folded onto a second line', send: [noAuth('Authorization: Token\r\n demo-admin-token\r\n')], status: 400, code: 'BAD_REQUEST' },
  { group: 'authorization', name: 'a 100 KB Authorization header', send: [noAuth(`Authorization: Token ${'a'.repeat(100_000)}\r\n`)], status: 431, code: 'REQUEST_HEADER_FIELDS_TOO_LARGE' },
  { group: 'authorization', name: 'two Authorization headers', send: [noAuth('Authorization: Token demo-admin-token\r\nAuthorization: Token other\r\n', '{"query": "{ bulkLimits { maxBulkIds } }"}')], status: 400, code: 'BAD_REQUEST' },
  { group: 'authorization', name: 'two Authorization headers, differently cased', send: [noAuth('authorization: Token demo-admin-token\r\nAUTHORIZATION: Token other\r\n')], status: 400, code: 'BAD_REQUEST' },
  { group: 'authorization', name: 'a byte beyond ASCII in the credential', send: [Buffer.from(noAuth('Authorization: Token demo-admin-token\u00e9\r\n', JSON.stringify({ query: 'mutation { bulkUnassignProjectMembers(input: {projectId: 100, all: true}) { unassignments } }' })), 'latin1')], status: 200, code: 'UNAUTHENTICATED' },
  { group: 'authorization', name: 'a NUL byte in the credential', send: [noAuth('Authorization: Token demo\u0000admin\r\n')], status: 400, code: 'BAD_REQUEST' },

  // Slow clients, at every stage of a request: each is cut off with 408 once its deadline passes.
  { group: 'slow', name: 'connects and sends nothing', send: [], status: 408, code: 'REQUEST_TIMEOUT' },
  { group: 'slow', name: 'half a request line, then silence', send: ['POST /gra'], status: 408, code: 'REQUEST_TIMEOUT' },
  { group: 'slow', name: 'headers one line every 100 ms, never ending', send: ['POST /graphql HTTP/1.1\r\n', ...Array.from({ length: 20 }, (_, i) => [100, `X-Pad-${i}: x\r\n`]).flat()], status: 408, code: 'REQUEST_TIMEOUT' },
  { group: 'slow', name: 'headers without the blank line that ends them', send: [head('Content-Length: 2\r\n')], status: 408, code: 'REQUEST_TIMEOUT' },
  { group: 'slow', name: 'a declared body never sent', send: [`${head('Content-Length: 100\r\n')}\r\n`], status: 408, code: 'REQUEST_TIMEOUT' },
  { group: 'slow', name: 'half a body, then silence', send: [`${head(`Content-Length: ${INVALID.length}\r\n`)}\r\n${INVALID.slice(0, 20)}`], status: 408, code: 'REQUEST_TIMEOUT' },
  { group: 'slow', name: 'a body one byte every 100 ms', send: [`${head(`Content-Length: ${INVALID.length}\r\n`)}\r\n`, ...[...INVALID.slice(0, 20)].flatMap((char) => [100, char])], status: 408, code: 'REQUEST_TIMEOUT' },
  { group: 'slow', name: 'chunks every 100 ms and no last chunk', send: [`${head('Transfer-Encoding: chunked\r\n')}\r\n`, ...Array.from({ length: 20 }, () => [100, '1\r\n \r\n']).flat()], status: 408, code: 'REQUEST_TIMEOUT' },
  { group: 'slow', name: 'Expect: 100-continue, and the body never follows', send: [`${head('Expect: 100-continue\r\nContent-Length: 100\r\n')}\r\n`], status: 408, code: 'REQUEST_TIMEOUT' },
];
