import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import RelayPlugin from '@pothos/plugin-relay';
import ZodPlugin from '@pothos/plugin-zod';
import type { GraphQLContext } from './context.js';
import { toValidationError } from './errors.js';

export interface BuilderTypes {
  Context: GraphQLContext;
  Scalars: { DateTime: { Input: Date; Output: Date } };
  DefaultFieldNullability: false;
  // Every list this service reads reports Label Studio's `count`.
  Connection: { totalCount: number };
  // A page holds members and tags, never holes.
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}

export function createBuilder() {
  return new SchemaBuilder<BuilderTypes>({
    // Federation last: it needs the directives plugin, and comes after plugins that wrap resolvers.
    plugins: [DirectivesPlugin, ZodPlugin, RelayPlugin, FederationPlugin],
    // Pothos 4 makes output fields nullable by default; the contract says `assigned: Int!`.
    defaultFieldNullability: false,
    zod: { validationError: toValidationError },
    relay: {
      // Connections only: no global object ids, so no `node`/`nodes` lookups that would bypass each list's arguments.
      nodeQueryOptions: false,
      nodesQueryOptions: false,
      nodesOnConnection: true,
      edgesFieldOptions: { nullable: false },
      nodeFieldOptions: { nullable: false },
    },
  });
}

export type Builder = ReturnType<typeof createBuilder>;
