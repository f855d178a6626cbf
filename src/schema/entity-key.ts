import { GRAPHQL_MAX_INT } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { id } from './validation.js';

// A representation arrives as `_Any`, which no Int bounds: its id is given back as an Int and sent to Label
// Studio, so it is held to what an Int argument would be.
const key = id.max(GRAPHQL_MAX_INT);

/** What an entity of this service is made from: its Label Studio id, and nothing read from Label Studio. */
export interface EntityKey {
  id: number;
}

/**
 * An entity from its key, as a gateway sends it in `_entities(representations:)`: taken as it is, with no
 * Label Studio call (whether the id exists shows when one of its lists is read). A key that is no Label
 * Studio id is refused like any bad argument.
 */
export function fromKey(type: string, { id: sent }: { id: unknown }): EntityKey {
  const parsed = key.safeParse(sent);
  if (!parsed.success) throw createGraphQLError(`Invalid input: a ${type} representation's id must be a positive Int.`, { extensions: { code: 'BAD_USER_INPUT' } });
  return { id: parsed.data };
}
