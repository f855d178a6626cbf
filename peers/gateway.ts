import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, IntrospectAndCompose, RemoteGraphQLDataSource } from '@apollo/gateway';

/** Another service of the supergraph beside the facade, such as a company's own. */
export interface Subgraph {
  name: string;
  url: string;
}

interface GatewayContext {
  authorization?: string;
}

/**
 * A real Apollo Gateway in front of the facade, configured as the README tells users to: it composes
 * from `_service { sdl }` (no credentials needed) and forwards each caller's Authorization header. Other
 * subgraphs, when given, are composed beside it.
 */
export async function startGateway(subgraphUrl: string, otherSubgraphs: Subgraph[] = []) {
  const gateway = new ApolloGateway({
    supergraphSdl: new IntrospectAndCompose({ subgraphs: [{ name: 'label-studio-bulk', url: subgraphUrl }, ...otherSubgraphs] }),
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource<GatewayContext>({
        url,
        willSendRequest({ request, context }) {
          if (context.authorization) request.http?.headers.set('authorization', context.authorization);
        },
      }),
  });
  const server = new ApolloServer<GatewayContext>({ gateway });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => ({ authorization: req.headers.authorization }),
  });
  return { url: url.replace(/\/$/, ''), stop: () => server.stop() };
}
