import { gzipSync, brotliCompressSync, deflateSync } from 'node:zlib';

/**
 * Hostile and malformed requests, one row each: what is sent, and the HTTP status and
 * `extensions.code` the service must answer with. None of them may reach Label Studio.
 * HTTP framing and slow clients, which fetch cannot send, are in hostile-http.ts.
 */
export interface HostileCase {
  /** The class of hostility, for the peak-RSS report; the first rows predate the classes. */
  group?: string;
  name: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Query string for GET requests. */
  search?: Record<string, string>;
  headers?: Record<string, string>;
  /** Raw body; objects are sent as JSON. */
  body?: string | object | Uint8Array;
  /** 'client error': any 4xx, where the exact status is another rule's business (content types, methods). */
  status: number | 'client error';
  /** 'any': some `extensions.code`, whichever. */
  code: string;
}

/** A case's request alone. */
export type HostileRequest = Omit<HostileCase, 'status' | 'code'>;

const ASSIGN = 'mutation A($input: BulkAssignOrgMemberTagsInput!) { bulkAssignOrgMemberTags(input: $input) { assigned } }';
const UNASSIGN = 'mutation U($input: BulkUnassignProjectMembersInput!) { bulkUnassignProjectMembers(input: $input) { unassignments } }';
const validAssign = { organizationId: 1, all: false, included: [5], tags: [4] };
const validUnassign = { projectId: 100, all: true };

const assign = (input: Record<string, unknown>) => ({ query: ASSIGN, variables: { input: { ...validAssign, ...input } } });
const unassign = (input: Record<string, unknown>) => ({ query: UNASSIGN, variables: { input: { ...validUnassign, ...input } } });
const ids = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const inlineMutations = (count: number) =>
  `mutation { ${ids(count)
    .map((i) => `m${i}: bulkUnassignProjectMembers(input: {projectId: 100, all: false, included: [${i}]}) { unassignments }`)
    .join(' ')} }`;
const json = (value: unknown) => JSON.stringify(value);
const invalidUnassign = unassign({ projectId: -1 });
const bomb = () => gzipSync(Buffer.alloc(64 * 2 ** 20, 0x20), { level: 9 });
const jwtPart = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unsignedJwt = (claims: object, signature = '') => `${jwtPart({ alg: 'none', typ: 'JWT' })}.${jwtPart(claims)}.${signature}`;
const fragmentChain = (levels: number) =>
  `{ ...F0 } ${Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F${levels} on Query { bulkLimits { maxBulkIds } }`;
const nested = (depth: number) => `{ __type(name: "Query") { ${'fields { type { '.repeat(depth)}name${' } }'.repeat(depth)} } }`;

export const hostileCases: HostileCase[] = [
  // Transport: bodies, content types, methods.
  { name: 'malformed JSON', body: '{"query": "{ bulkLimits { maxBulkIds } }"', status: 400, code: 'BAD_REQUEST' },
  { name: 'truncated JSON', body: '{"query": ', status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON string as the body', body: '"{ bulkLimits { maxBulkIds } }"', status: 400, code: 'BAD_REQUEST' },
  { name: 'a JSON number as the body', body: '42', status: 400, code: 'BAD_REQUEST' },
  { name: 'JSON null as the body', body: 'null', status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty body', body: '', status: 400, code: 'BAD_REQUEST' },
  { name: 'an empty object', body: {}, status: 400, code: 'BAD_REQUEST' },
  { name: 'a query that is not a string', body: { query: 42 }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a query that is an object', body: { query: { bulkLimits: true } }, status: 400, code: 'BAD_REQUEST' },
  { name: 'variables that are a list', body: { query: ASSIGN, variables: [validAssign] }, status: 400, code: 'BAD_REQUEST' },
  { name: 'variables that are a string', body: { query: ASSIGN, variables: 'input' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'an operationName that is not a string', body: { query: ASSIGN, operationName: 7 }, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'extensions that are not an object', body: { query: ASSIGN, extensions: 'x' }, status: 400, code: 'BAD_REQUEST' },
  { name: 'a batched array (batching is off)', body: [assign({}), unassign({})], status: 400, code: 'BAD_REQUEST' },
  // Only JSON bodies: the others are what a cross-site form or a text/plain fetch sends without a preflight.
  { name: 'a text/plain body (a cross-site fetch sends it without a preflight)', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(assign({})), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a text/plain body with the CSRF header', headers: { 'content-type': 'text/plain;charset=UTF-8', 'x-graphql-yoga-csrf': '1' }, body: JSON.stringify(assign({})), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a form-encoded body', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(ASSIGN)}`, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a multipart body', headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\n\r\n--x--', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a multipart body with the CSRF header', headers: { 'content-type': 'multipart/form-data; boundary=x', 'x-graphql-yoga-csrf': '1' }, body: `--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n${JSON.stringify(assign({}))}\r\n--x--\r\n`, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'an application/graphql body', headers: { 'content-type': 'application/graphql', 'x-graphql-yoga-csrf': '1' }, body: inlineMutations(1), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'an application/graphql+json body', headers: { 'content-type': 'application/graphql+json' }, body: JSON.stringify(assign({})), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a JSON body declared as application/jsonx', headers: { 'content-type': 'application/jsonx' }, body: JSON.stringify(assign({})), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'an XML body', headers: { 'content-type': 'application/xml', 'x-graphql-yoga-csrf': '1' }, body: '<query/>', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { name: 'a PUT', method: 'PUT', body: assign({}), status: 405, code: 'BAD_REQUEST' },
  { name: 'a PATCH', method: 'PATCH', body: assign({}), status: 405, code: 'BAD_REQUEST' },
  { name: 'a DELETE', method: 'DELETE', body: assign({}), status: 405, code: 'BAD_REQUEST' },
  { name: 'a mutation over GET', method: 'GET', headers: { 'x-graphql-yoga-csrf': '1' }, search: { query: inlineMutations(1) }, status: 405, code: 'BAD_REQUEST' },
  { name: 'a mutation over GET without the CSRF header', method: 'GET', search: { query: inlineMutations(1) }, status: 403, code: 'CSRF_REJECTED' },
  { name: 'a GET without a query', method: 'GET', headers: { 'x-graphql-yoga-csrf': '1' }, search: {}, status: 400, code: 'BAD_REQUEST' },
  { name: 'a body over MAX_BODY_BYTES', body: assign({ included: ids(200_000) }), status: 413, code: 'REQUEST_ENTITY_TOO_LARGE' },
  { name: 'a 2 MB search string', body: unassign({ filter: { search: 'x'.repeat(2 * 1024 * 1024) } }), status: 413, code: 'REQUEST_ENTITY_TOO_LARGE' },

  // The document: syntax, validation, abuse shapes.
  { name: 'a syntax error', body: { query: 'mutation {' }, status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'an unknown field', body: { query: '{ users { id } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an unknown argument', body: { query: 'mutation { bulkAssignOrgMemberTags(input: {organizationId: 1, all: true, tags: [1]}, dryRun: true) { assigned } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a missing required argument', body: { query: 'mutation { bulkAssignOrgMemberTags { assigned } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an unknown enum value written inline', body: { query: 'mutation { bulkUnassignProjectMembers(input: {projectId: 1, all: true, filter: {roles: [SUPERUSER]}}) { unassignments } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a string id written inline', body: { query: 'mutation { bulkUnassignProjectMembers(input: {projectId: "1", all: true}) { unassignments } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a 64-bit id written inline', body: { query: 'mutation { bulkUnassignProjectMembers(input: {projectId: 9007199254740993, all: true}) { unassignments } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a missing payload selection', body: { query: 'mutation { bulkUnassignProjectMembers(input: {projectId: 1, all: true}) }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'duplicate operation names', body: { query: `${ASSIGN} ${ASSIGN}`, operationName: 'A' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'several operations and no operationName', body: { query: `${ASSIGN} ${UNASSIGN}`, variables: { input: validAssign } }, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'an operationName that names nothing', body: { query: ASSIGN, operationName: 'Nope', variables: { input: validAssign } }, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'a subscription (the schema has none)', body: { query: 'subscription { bulkLimits { maxBulkIds } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a subscription beside a query, selected by name', body: { query: 'query Q { bulkLimits { maxBulkIds } } subscription S { bulkLimits { maxBulkIds } }', operationName: 'S' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an operationName for a document with one anonymous operation', body: { query: '{ bulkLimits { maxBulkIds } }', operationName: 'Limits' }, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { name: 'a fragment cycle', body: { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'an alias bomb', body: { query: `{ ${ids(100).map((i) => `a${i}: bulkLimits { maxBulkIds }`).join(' ')} }` }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a depth bomb', body: { query: nested(10) }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'a token bomb', body: { query: `{ bulkLimits { ${'maxBulkIds '.repeat(1_500)} } }` }, status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { name: 'a directive bomb', body: { query: `{ bulkLimits { maxBulkIds ${'@include(if: true) '.repeat(60)} } }` }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { name: 'six mutations in one operation (fan-out)', body: { query: inlineMutations(6) }, status: 400, code: 'TOO_MANY_MUTATIONS' },
  { name: 'mutation fan-out hidden in fragments', body: { query: `mutation { ...F ...G } fragment F on Mutation { ${inlineMutations(3).slice(11, -2)} } fragment G on Mutation { ${inlineMutations(3).slice(11, -2).replaceAll('m', 'n')} }` }, status: 400, code: 'TOO_MANY_MUTATIONS' },

  // Variables: types, ranges, lists, dates, enums, text.
  { name: 'a missing variable', body: { query: ASSIGN }, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a variable of the wrong type', body: { query: ASSIGN, variables: { input: 'everyone' } }, status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a string id', body: assign({ organizationId: '1' }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a fractional id', body: assign({ organizationId: 1.5 }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an id beyond 32 bits', body: assign({ organizationId: 2 ** 31 }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'an id of 1e20', body: assign({ included: [1e20] }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a negative id', body: assign({ organizationId: -1 }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a zero id in a list', body: unassign({ all: false, included: [3, 0] }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a null inside an id list', body: assign({ included: [5, null] }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a list over MAX_BULK_IDS', body: assign({ included: ids(50_001) }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an excluded list over MAX_BULK_IDS', body: unassign({ excluded: ids(50_001) }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an impossible date', body: unassign({ filter: { lastActivityGte: '2026-13-45T00:00:00Z' } }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a date without offset', body: unassign({ filter: { lastActivityGte: '2026-11-01T00:00:00' } }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a date as a number', body: unassign({ filter: { lastActivityGte: 1_700_000_000 } }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a date range the wrong way round', body: unassign({ filter: { lastActivityGte: '2026-11-02T00:00:00Z', lastActivityLte: '2026-11-01T00:00:00Z' } }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an unknown enum value', body: unassign({ filter: { roles: ['SUPERUSER'] } }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a lower-case enum value', body: unassign({ filter: { userTypes: ['flex'] } }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a Label Studio role code instead of the enum', body: unassign({ filter: { roles: ['AN'] } }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a NUL byte in search', body: unassign({ filter: { search: 'ann\u0000' } }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an escape sequence in search', body: unassign({ filter: { search: '\u001b[2Jann' } }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a newline inside search', body: unassign({ filter: { search: 'ann\nrole=OW' } }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a 10,000-character search', body: unassign({ filter: { search: 'a'.repeat(10_000) } }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'an unknown input field', body: assign({ dryRun: true }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'a __proto__ input field', body: JSON.stringify({ query: ASSIGN, variables: { input: JSON.parse('{"__proto__": {"all": true}, "organizationId": 1, "all": false, "included": [5], "tags": [4]}') as object } }).replace('"organizationId"', '"__proto__": {"x": 1}, "organizationId"'), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'all: null', body: assign({ all: null }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'all as a string', body: assign({ all: 'true' }), status: 400, code: 'BAD_USER_INPUT' },
  { name: 'included with all: true', body: assign({ all: true }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'a filter with all: false', body: unassign({ all: false, included: [5], filter: { search: 'ann' } }), status: 200, code: 'BAD_USER_INPUT' },
  { name: 'no tags without overwrite', body: assign({ tags: [] }), status: 200, code: 'BAD_USER_INPUT' },

  // Credentials.
  { name: 'no Authorization header', headers: { authorization: '' }, body: assign({}), status: 200, code: 'UNAUTHENTICATED' },
  { name: 'a Basic Authorization header', headers: { authorization: 'Basic YWRtaW46YWRtaW4=' }, body: assign({}), status: 200, code: 'UNAUTHENTICATED' },

  // Malformed JSON shapes. JSON.parse keeps the last of duplicate keys; none of these may reach Label Studio.
  { group: 'json', name: 'duplicate query keys, the last not a string', body: `{"query": "{ bulkLimits { maxBulkIds } }", "query": 42}`, status: 400, code: 'BAD_REQUEST' },
  { group: 'json', name: 'duplicate variables keys, the last a string', body: `{"query": ${json(UNASSIGN)}, "variables": ${json({ input: validUnassign })}, "variables": "x"}`, status: 400, code: 'BAD_REQUEST' },
  { group: 'json', name: 'duplicate input fields, the last one invalid', body: `{"query": ${json(UNASSIGN)}, "variables": {"input": {"projectId": 100, "all": true, "projectId": -1}}}`, status: 200, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'the query hidden under a top-level __proto__', body: `{"__proto__": {"query": "{ bulkLimits { maxBulkIds } }"}}`, status: 400, code: 'BAD_REQUEST' },
  { group: 'json', name: 'variables hidden under __proto__', body: `{"query": ${json(UNASSIGN)}, "variables": {"__proto__": {"input": ${json(validUnassign)}}}}`, status: 400, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'a __proto__ filter field', body: `{"query": ${json(UNASSIGN)}, "variables": {"input": {"projectId": 100, "all": true, "filter": {"__proto__": {"search": "x"}}}}}`, status: 400, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'constructor and prototype input fields', body: unassign({ constructor: { name: 'x' }, prototype: {} }), status: 400, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'arrays nested 100,000 deep as the body', body: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, status: 400, code: 'BAD_REQUEST' },
  { group: 'json', name: 'objects nested 50,000 deep in a variable', body: `{"query": ${json(UNASSIGN)}, "variables": {"input": {"projectId": 100, "all": true, "filter": {"search": ${'{"a": '.repeat(50_000)}1${'}'.repeat(50_000)}}}}}`, status: 400, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'lists nested 50,000 deep in an id list', body: `{"query": ${json(UNASSIGN)}, "variables": {"input": {"projectId": 100, "all": false, "included": ${'['.repeat(50_000)}1${']'.repeat(50_000)}}}}`, status: 400, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'objects nested 50,000 deep in extensions', body: `{"query": ${json(UNASSIGN)}, "variables": ${json(invalidUnassign.variables)}, "extensions": ${'{"a": '.repeat(50_000)}1${'}'.repeat(50_000)}}`, status: 200, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'an id of 1e400 (Infinity)', body: `{"query": ${json(UNASSIGN)}, "variables": {"input": {"projectId": 1e400, "all": true}}}`, status: 400, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'an id of 10,000 digits', body: `{"query": ${json(UNASSIGN)}, "variables": {"input": {"projectId": ${'9'.repeat(10_000)}, "all": true}}}`, status: 400, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'an id of 1e-400 (zero)', body: `{"query": ${json(UNASSIGN)}, "variables": {"input": {"projectId": 1e-400, "all": true}}}`, status: 200, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'an id of -0', body: `{"query": ${json(UNASSIGN)}, "variables": {"input": {"projectId": -0, "all": true}}}`, status: 200, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'a UTF-8 byte order mark before the JSON', body: `\uFEFF${json(invalidUnassign)}`, status: 'client error', code: 'any' },
  { group: 'json', name: 'a NUL byte before the JSON', body: `\u0000${json(invalidUnassign)}`, status: 400, code: 'BAD_REQUEST' },
  { group: 'json', name: 'a raw NUL byte inside a JSON string', body: `{"query": "{ bulkLimits { maxBulkIds } }\u0000"}`, status: 400, code: 'BAD_REQUEST' },
  { group: 'json', name: 'trailing garbage after the JSON', body: `${json(invalidUnassign)} x`, status: 400, code: 'BAD_REQUEST' },
  { group: 'json', name: 'two JSON documents back to back', body: `${json(invalidUnassign)}${json(invalidUnassign)}`, status: 400, code: 'BAD_REQUEST' },
  { group: 'json', name: 'a UTF-16 encoded body', headers: { 'content-type': 'application/json; charset=utf-16le' }, body: Buffer.from(json(invalidUnassign), 'utf16le'), status: 'client error', code: 'any' },
  { group: 'json', name: 'an unpaired surrogate in search (was 200 INTERNAL_SERVER_ERROR)', body: unassign({ filter: { search: 'ann\ud800' } }), status: 200, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'an unpaired surrogate in a DateTime', body: unassign({ filter: { lastActivityGte: '2026-11-01T00:00:00Z\udc00' } }), status: 400, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'an unpaired surrogate in operationName', body: { ...invalidUnassign, operationName: 'U\ud800' }, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { group: 'json', name: 'an unpaired surrogate inside a string in the document', body: { query: 'mutation { bulkUnassignProjectMembers(input: {projectId: 100, all: true, filter: {search: "\ud800"}}) { unassignments } }' }, status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { group: 'json', name: 'a \\uD800 escape inside a string in the document', body: { query: 'mutation { bulkUnassignProjectMembers(input: {projectId: 100, all: true, filter: {search: "\\uD800"}}) { unassignments } }' }, status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { group: 'json', name: 'a DateTime in year 0000', body: unassign({ filter: { lastActivityGte: '0000-01-01T00:00:00Z' } }), status: 400, code: 'BAD_USER_INPUT' },
  { group: 'json', name: 'a DateTime an offset moves past year 9999', body: unassign({ filter: { lastActivityLte: '9999-12-31T23:59:59-00:01' } }), status: 400, code: 'BAD_USER_INPUT' },

  // Compressed bodies: nothing here inflates a body, so a compression bomb is inert.
  { group: 'compression', name: 'a gzip-compressed body', headers: { 'content-encoding': 'gzip' }, body: gzipSync(json(assign({}))), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { group: 'compression', name: 'a deflate-compressed body', headers: { 'content-encoding': 'deflate' }, body: deflateSync(json(assign({}))), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { group: 'compression', name: 'a brotli-compressed body', headers: { 'content-encoding': 'br' }, body: brotliCompressSync(json(assign({}))), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { group: 'compression', name: 'gzip twice over', headers: { 'content-encoding': 'gzip, gzip' }, body: gzipSync(gzipSync(json(assign({})))), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { group: 'compression', name: 'a gzip bomb (64 KB inflating to 64 MB)', headers: { 'content-encoding': 'gzip' }, body: bomb(), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  { group: 'compression', name: 'an unknown content coding', headers: { 'content-encoding': 'zstd' }, body: json(assign({})), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },

  // Odd GraphQL documents.
  { group: 'document', name: '60 named operations and no operationName', body: { query: ids(60).map((i) => `query Q${i} { bulkLimits { maxBulkIds } }`).join(' ') }, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { group: 'document', name: '60 anonymous operations', body: { query: ids(60).map(() => '{ bulkLimits { maxBulkIds } }').join(' ') }, status: 400, code: 'OPERATION_RESOLUTION_FAILURE' },
  { group: 'document', name: 'an operation picked by name among 1,000 (over the token limit)', body: { query: ids(1_000).map((i) => `query Q${i} { bulkLimits { maxBulkIds } }`).join(' '), operationName: 'Q1' }, status: 400, code: 'GRAPHQL_PARSE_FAILED' },
  { group: 'document', name: 'a fragment that spreads itself', body: { query: '{ ...A } fragment A on Query { bulkLimits { maxBulkIds } ...A }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { group: 'document', name: 'a three-fragment cycle', body: { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...C } fragment C on Query { ...A }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { group: 'document', name: 'a fragment cycle through an inline fragment', body: { query: '{ ...A } fragment A on Query { ... on Query { ...A } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { group: 'document', name: 'a spread bomb: 30 fragments each spreading the next twice (2^30 expansions)', body: { query: fragmentChain(30) }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { group: 'document', name: '400 spreads of one mutation fragment with an invalid input', body: { query: `mutation { ${'...M '.repeat(400)}} fragment M on Mutation { bulkUnassignProjectMembers(input: {projectId: -1, all: true}) { unassignments } }` }, status: 200, code: 'BAD_USER_INPUT' },
  { group: 'document', name: 'a spread of an unknown fragment', body: { query: '{ ...Nope }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { group: 'document', name: 'a subscription (was 500: graphql-jit threw compiling it)', body: { query: 'subscription { bulkLimits { maxBulkIds } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { group: 'document', name: 'an unused variable definition', body: { query: 'mutation ($x: Int) { bulkUnassignProjectMembers(input: {projectId: -1, all: true}) { unassignments } }' }, status: 400, code: 'GRAPHQL_VALIDATION_FAILED' },
  { group: 'document', name: 'a query that is a list of strings', body: { query: ['{ bulkLimits { maxBulkIds } }'] }, status: 400, code: 'BAD_REQUEST' },

  // Hostile Authorization values (CR/LF, oversized and duplicate headers need raw sockets: hostile-http.ts).
  { group: 'authorization', name: 'an unsecured JWT (alg none) as a bearer token', headers: { authorization: `Bearer ${unsignedJwt({ token_type: 'access', user_id: 1, exp: 4_000_000_000 })}` }, body: assign({}), status: 200, code: 'UNAUTHENTICATED' },
  { group: 'authorization', name: 'an unsecured JWT posing as a personal access token (no refresh call)', headers: { authorization: `Bearer ${unsignedJwt({ token_type: 'refresh', user_id: 1, exp: 4_000_000_000 })}` }, body: assign({}), status: 200, code: 'UNAUTHENTICATED' },
  { group: 'authorization', name: 'alg None with a junk signature', headers: { authorization: `Bearer ${unsignedJwt({ token_type: 'access' }, 'c2ln').replace(jwtPart({ alg: 'none', typ: 'JWT' }), jwtPart({ alg: 'None' }))}` }, body: assign({}), status: 200, code: 'UNAUTHENTICATED' },
  { group: 'authorization', name: 'a 12 KB credential (under the header limit)', headers: { authorization: `Token ${'a'.repeat(12_000)}` }, body: assign({}), status: 200, code: 'UNAUTHENTICATED' },
  { group: 'authorization', name: 'two credentials joined by a comma', headers: { authorization: 'Token demo-admin-token, Token other' }, body: assign({}), status: 200, code: 'UNAUTHENTICATED' },
  { group: 'authorization', name: 'a quoted credential', headers: { authorization: 'Token "demo-admin-token"' }, body: assign({}), status: 200, code: 'UNAUTHENTICATED' },
  { group: 'authorization', name: 'a scheme and no credential', headers: { authorization: 'Bearer ' }, body: assign({}), status: 200, code: 'UNAUTHENTICATED' },
];

/** Sends one case to a facade the way a client would: JSON content type and the admin's key unless the case says otherwise. */
export function sendHostile(baseUrl: string, hostile: HostileRequest): Promise<Response> {
  const url = new URL(`${baseUrl}/graphql`);
  for (const [name, value] of Object.entries(hostile.search ?? {})) url.searchParams.set(name, value);
  const method = hostile.method ?? 'POST';
  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json',
    authorization: 'Token demo-admin-token',
    ...(method === 'GET' ? {} : { 'content-type': 'application/json' }),
    ...hostile.headers,
  };
  if (headers['authorization'] === '') delete headers['authorization'];
  const body = method === 'GET' ? undefined : typeof hostile.body === 'string' || hostile.body instanceof Uint8Array ? (hostile.body as BodyInit) : JSON.stringify(hostile.body);
  return fetch(url, { method, headers, body });
}
