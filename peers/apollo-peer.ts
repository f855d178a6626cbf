import { readFileSync } from 'node:fs';
import { RESTDataSource, type AugmentedRequest, type DataSourceConfig } from '@apollo/datasource-rest';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Kind, parse, type DocumentNode } from 'graphql';

// The Apollo peer: what a team would write in an afternoon following Apollo's own docs for Apollo Server 5
// standalone and a RESTDataSource. Nothing is tuned (default node-fetch, default cache, no plugins) and
// nothing is validated, logged or measured; upstream errors reach callers as RESTDataSource raises them, and
// filters are not translated (the workloads send none). It serves the project's schema and makes the same
// Label Studio call per mutation as the facade, which the bench checks before loading. Self-contained: it
// imports nothing of the project, so it can live beside its own dependencies.

const upstreamUrl = process.env['UPSTREAM_URL']?.replace(/\/+$/, '');
const port = Number(process.env['PORT']);
if (!upstreamUrl || !Number.isInteger(port)) throw new Error('UPSTREAM_URL and PORT are required');

// The project's SDL minus its federation `extend schema @link(...)`, which a plain Apollo Server rejects
// as an unknown directive, and with the `@key` its entities carry declared: the same types and fields.
function projectTypeDefs(): DocumentNode {
  const sdl = parse(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
  const key = parse('directive @key(fields: String!) repeatable on OBJECT | INTERFACE').definitions;
  return { ...sdl, definitions: [...key, ...sdl.definitions.filter((definition) => definition.kind !== Kind.SCHEMA_EXTENSION)] };
}

interface Selection {
  all: boolean;
  included?: number[];
  excluded?: number[];
}
interface AssignInput extends Selection {
  organizationId: number;
  tags?: number[];
  overwrite?: boolean;
}
interface UnassignInput extends Selection {
  projectId: number;
}

class LabelStudioAPI extends RESTDataSource {
  override baseURL = `${upstreamUrl}/api/`;
  private readonly token: string | undefined;

  constructor(options: DataSourceConfig & { token: string | undefined }) {
    super(options);
    this.token = options.token;
  }

  override willSendRequest(_path: string, request: AugmentedRequest): void {
    if (this.token !== undefined) request.headers['authorization'] = this.token;
  }

  assignOrgMemberTags({ organizationId, ...body }: AssignInput): Promise<{ assigned: number }> {
    return this.post(`organizations/${organizationId}/member-tags/assignments`, { body });
  }

  unassignProjectMembers({ projectId, all, included, excluded }: UnassignInput): Promise<{ unassignments: number }> {
    const path = `projects/${projectId}/members/bulk/`;
    const params = { all: String(all), included: included?.join(','), excluded: excluded?.join(',') };
    // Label Studio's reference: thousands of ids do not fit in a request line (nginx: 8 KB), and the
    // endpoint also takes the bulk fields as a JSON body on the DELETE.
    const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined));
    if (Buffer.byteLength(`DELETE /api/${path}?${query} HTTP/1.1`) <= 8192) return this.delete(path, { params });
    return this.delete(path, { body: { all, included, excluded } });
  }
}

interface Context {
  dataSources: { labelStudio: LabelStudioAPI };
}

const resolvers = {
  Query: {
    // It enforces no limits; it answers the facade's defaults so that the field exists.
    bulkLimits: () => ({ maxBulkIds: 50_000, maxSearchLength: 255 }),
  },
  Mutation: {
    bulkAssignOrgMemberTags: (_: unknown, { input }: { input: AssignInput }, { dataSources }: Context) => dataSources.labelStudio.assignOrgMemberTags(input),
    bulkUnassignProjectMembers: (_: unknown, { input }: { input: UnassignInput }, { dataSources }: Context) =>
      dataSources.labelStudio.unassignProjectMembers(input),
  },
};

const server = new ApolloServer<Context>({ typeDefs: projectTypeDefs(), resolvers });
// Apollo Server stops itself on SIGTERM/SIGINT (stopOnTerminationSignals), so the bench's stop is graceful.
await startStandaloneServer(server, {
  listen: { port, host: '127.0.0.1' },
  context: async ({ req }) => {
    const { cache } = server;
    return { dataSources: { labelStudio: new LabelStudioAPI({ cache, token: req.headers.authorization }) } };
  },
});
