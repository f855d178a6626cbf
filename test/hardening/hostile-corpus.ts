/**
 * Hostile and malformed requests, one row each: what is sent, and the HTTP status and
 * `extensions.code` the service must answer with. None of them may reach Label Studio.
 */
export interface HostileCase {
  name: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Query string for GET requests. */
  search?: Record<string, string>;
  headers?: Record<string, string>;
  /** Raw body; objects are sent as JSON. */
  body?: string | object;
  status: number;
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
  const body = method === 'GET' ? undefined : typeof hostile.body === 'string' ? hostile.body : JSON.stringify(hostile.body);
  return fetch(url, { method, headers, body });
}
