import { createGraphQLError, type Plugin } from 'graphql-yoga';

// `application/json`, optionally with parameters (`; charset=utf-8`), in any letter case.
const JSON_MEDIA_TYPE = /^application\/json\s*(?:;|$)/i;

/**
 * POST bodies must be JSON. Yoga also parses multipart, form-encoded, `application/graphql` and
 * `application/graphql+json` bodies: the first three are what a cross-site form or a `text/plain` fetch
 * sends without a CORS preflight, so refusing every other type here is what makes CORS the gate for
 * cross-origin mutations. Runs before the CSRF check, so a form post is 415 whatever headers it carries.
 */
// Yoga runs request-parse hooks only for its GraphQL endpoint (other paths got their 404 already).
export function useJsonBodiesOnly(): Plugin {
  return {
    onRequestParse({ request }) {
      if (request.method !== 'POST') return;
      const contentType = request.headers.get('content-type');
      // The exact string (what fetch clients send) needs no regular expression.
      if (contentType === 'application/json' || (contentType !== null && JSON_MEDIA_TYPE.test(contentType))) return;
      throw createGraphQLError(`Unsupported content type ${JSON.stringify(contentType ?? '')}: send application/json.`, {
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } },
      });
    },
  };
}
