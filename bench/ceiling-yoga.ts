import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import ky, { type Options } from 'ky';
import { forwardHttp } from './forward-http.js';
import { assignRest, unassignRest, type RestRequest } from './rest-shape.js';

// The same two mutations served by graphql-yoga with nothing else: no validation, no logging, no error
// mapping, and without Yoga's stream-piping body-size limiter (about 40% of a bare Yoga server's
// throughput; the facade replaces it too). CEILING_HOP picks what a resolver does:
//   none  answers at once: what Yoga itself costs per request;
//   http  makes the REST call on keep-alive node:http (as baseline-http does);
//   ky    makes it through ky over that same node:http, the body and the answer kept beside ky's Request
//         and Response as the facade keeps them: the difference from `http` is ky's own per-call cost.
// They put the facade's overhead in proportion: no facade on Yoga and ky can beat the `ky` row.

type Hop = (rest: RestRequest, authorization: string | undefined) => Promise<{ status: number; text: string }>;

const mode = process.env['CEILING_HOP'] ?? 'none';
const upstreamUrl = process.env['UPSTREAM_URL']?.replace(/\/+$/, '') ?? '';
const port = Number(process.env['PORT']);
if (!Number.isInteger(port) || !['none', 'http', 'ky'].includes(mode) || (mode !== 'none' && !upstreamUrl)) {
  throw new Error('PORT, CEILING_HOP (none, http or ky) and, unless none, UPSTREAM_URL are required');
}

function kyHop(): Hop {
  const answers = new WeakMap<Response, string>();
  const viaHttp = async (request: Request, options: { jsonBody?: string }) => {
    const { status, text } = await forwardHttp(request.url, { method: request.method as RestRequest['method'], target: '', body: options.jsonBody }, request.headers.get('authorization') ?? undefined);
    const response = new Response(null, { status });
    answers.set(response, text);
    return response;
  };
  const client = ky.create({ fetch: viaHttp as typeof fetch, retry: 0, timeout: false, throwHttpErrors: false });
  return async (rest, authorization) => {
    const options: Options & { jsonBody?: string } = {
      method: rest.method,
      headers: { accept: 'application/json', ...(authorization === undefined ? {} : { authorization }) },
      jsonBody: rest.body,
    };
    const response = await client(`${upstreamUrl}${rest.target}`, options);
    return { status: response.status, text: answers.get(response) ?? '' };
  };
}

const hop: Hop | undefined = mode === 'http' ? (rest, authorization) => forwardHttp(`${upstreamUrl}${rest.target}`, rest, authorization) : mode === 'ky' ? kyHop() : undefined;

async function count(rest: RestRequest, countKey: string, authorization: string | undefined, fallback: number): Promise<number> {
  if (!hop) return fallback;
  const { status, text } = await hop(rest, authorization);
  const value: unknown = status >= 200 && status < 300 ? (JSON.parse(text) as Record<string, unknown>)[countKey] : undefined;
  if (!Number.isInteger(value)) throw new Error(`upstream answered ${status}`);
  return value as number;
}

interface Selection {
  all: boolean;
  included?: number[] | null;
}
type Context = { request: Request };

const schema = createSchema<Context>({
  typeDefs: /* GraphQL */ `
    input BulkAssignOrgMemberTagsInput {
      organizationId: Int!
      all: Boolean!
      included: [Int!]
      excluded: [Int!]
      tags: [Int!]
      overwrite: Boolean
    }
    input BulkUnassignProjectMembersInput {
      projectId: Int!
      all: Boolean!
      included: [Int!]
      excluded: [Int!]
    }
    type AssignPayload {
      assigned: Int!
    }
    type UnassignPayload {
      unassignments: Int!
    }
    type Query {
      ok: Boolean
    }
    type Mutation {
      bulkAssignOrgMemberTags(input: BulkAssignOrgMemberTagsInput!): AssignPayload!
      bulkUnassignProjectMembers(input: BulkUnassignProjectMembersInput!): UnassignPayload!
    }
  `,
  resolvers: {
    Mutation: {
      bulkAssignOrgMemberTags: async (_: unknown, { input }: { input: Selection & { organizationId: number; tags?: number[] | null; overwrite?: boolean | null } }, { request }: Context) => {
        const included = input.included ?? [];
        const rest = assignRest({ organizationId: input.organizationId, all: input.all, included, overwrite: input.overwrite ?? false, tags: input.tags ?? [] });
        return { assigned: await count(rest, 'assigned', request.headers.get('authorization') ?? undefined, included.length) };
      },
      bulkUnassignProjectMembers: async (_: unknown, { input }: { input: Selection & { projectId: number } }, { request }: Context) => {
        const included = input.included ?? [];
        const rest = unassignRest({ projectId: input.projectId, all: input.all, included });
        return { unassignments: await count(rest, 'unassignments', request.headers.get('authorization') ?? undefined, included.length) };
      },
    },
  },
});

const server = createServer(createYoga({ schema, logging: false, graphiql: false, landingPage: false, maxRequestBodySize: false }));
server.listen(port, '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
