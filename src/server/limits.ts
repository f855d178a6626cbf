import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorCallbackConfiguration } from '@escape.tech/graphql-armor-types';
import { GraphQLError } from 'graphql';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import { maxRootMutations } from './max-root-mutations.js';

/**
 * Headers a browser page must send, which a cross-site form or image request cannot: Yoga's own, and
 * Apollo's, which Apollo Router's health check (`GET /graphql?query={__typename}`) sends.
 */
const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'apollo-require-preflight'];

/**
 * The abuse limits on the document and the request, all from configuration: document shape
 * (graphql-armor), mutation fan-out, CSRF and introspection. Body size, admission and batching are
 * set up beside these in app.ts.
 */
// graphql-armor throws its validation-time rejections, which Yoga then answers as a 200 execution error
// without a code. Reported as validation errors they get 400 and GRAPHQL_VALIDATION_FAILED like any other
// invalid document. (The token limit acts while parsing, where throwing is right: 400 GRAPHQL_PARSE_FAILED.)
const reportAsValidationError: GraphQLArmorCallbackConfiguration = {
  propagateOnRejection: false,
  onReject: [(context, error) => context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')))],
};

export function limitPlugins(limits: Config['limits']) {
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, ...reportAsValidationError },
    maxTokens: { n: limits.maxTokens },
    maxAliases: { n: limits.maxAliases, ...reportAsValidationError },
    maxDirectives: { n: limits.maxDirectives, ...reportAsValidationError },
    costLimit: { maxCost: limits.maxCost, ...reportAsValidationError },
    // Suggestions ("did you mean …?") reveal the schema piece by piece: off together with introspection.
    blockFieldSuggestion: { enabled: !limits.introspection },
  });
  return [
    ...armor.protect().plugins,
    { onValidate: ({ addValidationRule }) => addValidationRule(maxRootMutations(limits.maxRootMutations)) } satisfies Plugin,
    useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
    useUnsupportedMediaTypeError(),
    ...(limits.introspection ? [] : [useDisableIntrospection()]),
  ];
}

/**
 * Yoga answers a body it has no parser for with a bare 415; this gives it the GraphQL error body and
 * code every other refusal has. Yoga's own parsers have registered by the time this hook runs.
 */
function useUnsupportedMediaTypeError(): Plugin {
  return {
    onRequestParse({ request, requestParser, endResponse, fetchAPI }) {
      // Other methods have no parser either; Yoga answers those with 405 itself.
      if (requestParser || request.method !== 'POST') return;
      const message = `Unsupported content type ${JSON.stringify(request.headers.get('content-type') ?? '')}: send application/json.`;
      endResponse(
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] }), {
          status: 415,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
      );
    },
  };
}
