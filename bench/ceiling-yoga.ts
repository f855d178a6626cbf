import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

// The same two mutations served by graphql-yoga with nothing behind them: no validation, no upstream
// call, no logging, and without Yoga's stream-piping body-size limiter (which alone costs about 40% of
// this server's throughput; the facade replaces it). It shows what Yoga itself costs per request on the
// same machine, which puts the facade's overhead and the baselines' numbers in proportion.

const schema = createSchema({
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
      bulkAssignOrgMemberTags: (_: unknown, { input }: { input: { included?: number[] } }) => ({ assigned: input.included?.length ?? 0 }),
      bulkUnassignProjectMembers: (_: unknown, { input }: { input: { included?: number[] } }) => ({ unassignments: input.included?.length ?? 0 }),
    },
  },
});

const port = Number(process.env['PORT']);
if (!Number.isInteger(port)) throw new Error('PORT is required');
const server = createServer(createYoga({ schema, logging: false, graphiql: false, landingPage: false, maxRequestBodySize: false }));
server.listen(port, '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
