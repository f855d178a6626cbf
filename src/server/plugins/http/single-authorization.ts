import type { IncomingMessage } from 'node:http';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

const NAME = 'authorization';

/**
 * Refuses a request that carries more than one Authorization header. Node keeps the first and drops
 * the rest, while a proxy in front may have read another one: which credential a request carries must
 * not depend on who reads it. Node's raw header list is a flat array of names and values, so this is
 * a loop over a few dozen strings, most of them skipped by their length.
 */
export function useSingleAuthorization(): Plugin<Record<string, unknown>, { req: IncomingMessage }> {
  return {
    onRequestParse({ serverContext }) {
      const raw = serverContext.req.rawHeaders;
      let seen = 0;
      for (let index = 0; index < raw.length; index += 2) {
        const name = raw[index];
        if (name?.length === NAME.length && name.toLowerCase() === NAME) seen += 1;
      }
      if (seen > 1) {
        throw createGraphQLError('Send one Authorization header, not several.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
      }
    },
  };
}
