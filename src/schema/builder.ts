import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import ZodPlugin from '@pothos/plugin-zod';
import type { GraphQLContext } from './context.js';
import { toValidationError } from './errors.js';

export interface BuilderTypes {
  Context: GraphQLContext;
  Scalars: { DateTime: { Input: Date; Output: Date } };
  DefaultFieldNullability: false;
}

export function createBuilder() {
  return new SchemaBuilder<BuilderTypes>({
    // Federation last: it needs the directives plugin, and comes after plugins that wrap resolvers.
    plugins: [DirectivesPlugin, ZodPlugin, FederationPlugin],
    // Pothos 4 makes output fields nullable by default; the contract says `assigned: Int!`.
    defaultFieldNullability: false,
    zod: { validationError: toValidationError },
  });
}

export type Builder = ReturnType<typeof createBuilder>;
