import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { Config } from '../config.js';
import { createLabelStudioClient } from '../label-studio/client.js';
import type { Logger } from '../logger.js';
import type { GraphQLContext } from '../schema/context.js';
import { maskError } from '../schema/errors.js';
import { buildSchema } from '../schema/index.js';
import { graphiqlOptions } from './graphiql.js';

export interface AppOptions {
  config: Config;
  logger: Logger;
  /** Pre-fills GraphiQL's Authorization header; the demo passes its token. */
  graphiqlAuthorization?: string;
}

export type App = ReturnType<typeof createApp>;

/** The whole service as a fetch/node request handler; listening is someone else's job. */
export function createApp({ config, logger, graphiqlAuthorization }: AppOptions) {
  const labelStudio = createLabelStudioClient({
    baseUrl: config.labelStudioUrl,
    timeoutMs: config.upstreamTimeoutMs,
    maxRequestLineBytes: config.upstreamMaxRequestLineBytes,
    serviceApiKey: config.labelStudioApiKey,
    logger,
  });
  const schema = buildSchema({ maxBulkIds: config.maxBulkIds });

  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    context: ({ request }) => ({
      labelStudio,
      caller: { authorization: request.headers.get('authorization') ?? undefined, signal: request.signal },
    }),
    maskedErrors: { maskError },
    // Yoga's default GraphiQL loads from a CDN; this one is inlined from the npm package and works offline.
    renderGraphiQL,
    graphiql: graphiqlOptions(graphiqlAuthorization),
    landingPage: false,
    logging: logger,
  });
}
