import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';

// A company's own service in the supergraph: it owns organizations and projects (their names, here),
// and this facade adds their member lists to the same entities.

const ORGANIZATIONS = new Map([[1, 'Acme Health']]);
/** Radiology and Oncology are the simulator's projects 100 and 101; 102 to 199 are this service's alone. */
const PROJECTS = new Map<number, string>([[100, 'Radiology'], [101, 'Oncology'], ...Array.from({ length: 98 }, (_, index) => [102 + index, `Study ${102 + index}`] as [number, string])]);

const typeDefs = parse(/* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
  type Organization @key(fields: "id") { id: Int!  name: String! }
  type Project @key(fields: "id") { id: Int!  name: String! }
  type Query {
    "The first \`count\` projects, Radiology (100) and Oncology (101) first."
    companyProjects(count: Int!): [Project!]!
  }
`);

const resolvers = {
  Query: { companyProjects: (_root: unknown, { count }: { count: number }) => [...PROJECTS.keys()].slice(0, count).map((id) => ({ id })) },
  Organization: { name: ({ id }: { id: number }) => ORGANIZATIONS.get(id) ?? `Organization ${id}`, __resolveReference: ({ id }: { id: number }) => ({ id }) },
  Project: { name: ({ id }: { id: number }) => PROJECTS.get(id) ?? `Project ${id}`, __resolveReference: ({ id }: { id: number }) => ({ id }) },
};

/** The company's subgraph on 127.0.0.1, at `url`. */
export async function startCompanySubgraph() {
  const yoga = createYoga({ schema: buildSubgraphSchema({ typeDefs, resolvers }), graphqlEndpoint: '/graphql', logging: false, landingPage: false });
  const server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
