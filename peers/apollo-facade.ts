import { RESTDataSource, type AugmentedRequest, type DataSourceConfig } from '@apollo/datasource-rest';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Kind, parse, type DocumentNode } from 'graphql';

// The peer the facade is measured against: what a team would write in an afternoon following Apollo's own
// docs for Apollo Server 5 standalone and a RESTDataSource. Nothing is tuned (default node-fetch, default
// cache, no plugins) and nothing is validated, logged or measured; upstream errors reach callers as
// RESTDataSource raises them, and filters are not translated (the workloads send none). It serves the
// project's schema and makes the same single Label Studio call per mutation as the facade, which the bench
// checks against the simulator's request log before loading. bench/apollo-facade.ts runs it.

export interface ApolloFacadeOptions {
  upstreamUrl: string;
  port: number;
  /** The project's schema.graphql. */
  sdl: string;
  /** Whether `METHOD target HTTP/1.1` fits Label Studio's request-line cap. */
  fitsRequestLine: (method: string, target: string) => boolean;
}

// The project's SDL minus its federation `extend schema @link(...)`, which a plain Apollo Server rejects
// as an unknown directive: the same types and fields.
function projectTypeDefs(sdl: string): DocumentNode {
  const document = parse(sdl);
  return { ...document, definitions: document.definitions.filter((definition) => definition.kind !== Kind.SCHEMA_EXTENSION) };
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
  override baseURL: string;
  private readonly token: string | undefined;
  private readonly fitsRequestLine: ApolloFacadeOptions['fitsRequestLine'];

  constructor(options: DataSourceConfig & Pick<ApolloFacadeOptions, 'upstreamUrl' | 'fitsRequestLine'> & { token: string | undefined }) {
    super(options);
    this.baseURL = `${options.upstreamUrl}/api/`;
    this.token = options.token;
    this.fitsRequestLine = options.fitsRequestLine;
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
    if (this.fitsRequestLine('DELETE', `/api/${path}?${query}`)) return this.delete(path, { params });
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

export async function startApolloFacade({ upstreamUrl, port, sdl, fitsRequestLine }: ApolloFacadeOptions): Promise<void> {
  const server = new ApolloServer<Context>({ typeDefs: projectTypeDefs(sdl), resolvers });
  // Apollo Server stops itself on SIGTERM/SIGINT (stopOnTerminationSignals), so the bench's stop is graceful.
  await startStandaloneServer(server, {
    listen: { port, host: '127.0.0.1' },
    context: async ({ req }) => {
      const { cache } = server;
      return { dataSources: { labelStudio: new LabelStudioAPI({ cache, upstreamUrl, fitsRequestLine, token: req.headers.authorization }) } };
    },
  });
}
