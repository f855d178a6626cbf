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
      nodesOnConnection: { description: "This page's items, as `edges { node }` without the cursors." },
      edgesFieldOptions: { nullable: false, description: "This page's items, each with its cursor." },
      nodeFieldOptions: { nullable: false, description: 'The item.' },
      cursorFieldOptions: { description: "This item's position: pass it as `after` to read on from it." },
      pageInfoFieldOptions: { description: 'Where this page lies in the list.' },
      pageInfoTypeOptions: { description: 'Where a page lies in its list.' },
      hasNextPageFieldOptions: { description: 'Whether more items follow this page, by the count Label Studio gave.' },
      hasPreviousPageFieldOptions: { description: 'Whether this page starts after the first item.' },
      startCursorFieldOptions: { description: "The first item's cursor; null on an empty page." },
      endCursorFieldOptions: { description: "The last item's cursor, to pass as `after` for the next page; null on an empty page." },
    },
  });
}

export type Builder = ReturnType<typeof createBuilder>;
