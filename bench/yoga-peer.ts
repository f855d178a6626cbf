import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { Kind, parse } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import ky, { type Options } from 'ky';
import { bodyText, createNodeHttpFetch, type TransportControl } from '../src/label-studio/node-http-fetch.js';

// The project's schema served by graphql-yoga, its two mutations resolved with one ky call each. YOGA_PEER:
//   card     the design card before any feature: Yoga and ky as their READMEs show them, ky over Node's
//            fetch with its defaults; no validation, limits, logging, metrics or error mapping;
//   ceiling  the same resolvers over the facade's own transport, as the facade wires ky to it, and Yoga
//            without its stream-piping body-size limit (the facade replaces it): no facade built on this
//            transport can do better than this row.
// They make the same Label Studio calls as the facade; the bench checks that before loading.

const mode = process.env['YOGA_PEER'];
const upstreamUrl = process.env['UPSTREAM_URL']?.replace(/\/+$/, '');
const port = Number(process.env['PORT']);
if (!upstreamUrl || !Number.isInteger(port) || (mode !== 'card' && mode !== 'ceiling')) throw new Error('UPSTREAM_URL, PORT and YOGA_PEER (card or ceiling) are required');

type Call = (method: 'post' | 'delete', path: string, options: { json?: unknown; searchParams?: Record<string, string> }, authorization: string) => Promise<unknown>;

function cardCall(): Call {
  const api = ky.create({ prefixUrl: `${upstreamUrl}/api/` });
  return (method, path, { json, searchParams }, authorization) => api(path, { method, json, searchParams, headers: { authorization } }).json();
}

function ceilingCall(): Call {
  const api = ky.create({ prefixUrl: `${upstreamUrl}/api/`, fetch: createNodeHttpFetch({ maxResponseBytes: 1 << 20, maxSockets: 64 }) as typeof fetch, retry: 0, timeout: false, throwHttpErrors: false });
  return async (method, path, { json, searchParams }, authorization) => {
    // The JSON body travels beside the Request, as the facade hands it to this transport.
    const options: Options & { transport: TransportControl } = { method, searchParams, headers: { accept: 'application/json', authorization }, transport: { jsonBody: json === undefined ? undefined : JSON.stringify(json) } };
    const response = await api(path, options);
    if (!response.ok) throw new Error(`upstream answered ${response.status}`);
    return JSON.parse(bodyText(response));
  };
}

const call = mode === 'card' ? cardCall() : ceilingCall();

interface Selection {
  all: boolean;
  included?: number[];
  excluded?: number[];
}
type Context = { request: Request };
const authorizationOf = ({ request }: Context) => request.headers.get('authorization') ?? '';
const definedOnly = (entries: Record<string, string | undefined>) => Object.fromEntries(Object.entries(entries).filter((entry): entry is [string, string] => entry[1] !== undefined));

const sdl = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
const schema = createSchema<Context>({
  // Without the federation `extend schema @link(...)`, with the `@key` its entities carry declared: the same types and fields.
  typeDefs: {
    ...sdl,
    definitions: [...parse('directive @key(fields: String!) repeatable on OBJECT | INTERFACE').definitions, ...sdl.definitions.filter((definition) => definition.kind !== Kind.SCHEMA_EXTENSION)],
  },
  resolvers: {
    Query: { bulkLimits: () => ({ maxBulkIds: 50_000, maxSearchLength: 255 }) },
    Mutation: {
      bulkAssignOrgMemberTags: (_: unknown, { input: { organizationId, ...body } }: { input: Selection & { organizationId: number } }, context: Context) =>
        call('post', `organizations/${organizationId}/member-tags/assignments`, { json: body }, authorizationOf(context)),
      bulkUnassignProjectMembers: (_: unknown, { input: { projectId, all, included, excluded } }: { input: Selection & { projectId: number } }, context: Context) => {
        const path = `projects/${projectId}/members/bulk/`;
        const searchParams = definedOnly({ all: String(all), included: included?.join(','), excluded: excluded?.join(',') });
        // Label Studio's reference: thousands of ids do not fit a request line (8 KB); the DELETE also takes a JSON body.
        const fits = Buffer.byteLength(`DELETE /api/${path}?${new URLSearchParams(searchParams)} HTTP/1.1`) <= 8192;
        return call('delete', path, fits ? { searchParams } : { json: { all, included, excluded } }, authorizationOf(context));
      },
    },
  },
});

const yoga = mode === 'card' ? createYoga({ schema }) : createYoga({ schema, logging: false, graphiql: false, landingPage: false, maxRequestBodySize: false });
const server = createServer(yoga).listen(port, '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
