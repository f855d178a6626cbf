import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorCallbackConfiguration } from '@escape.tech/graphql-armor-types';
import { GraphQLError } from 'graphql';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../../../config.js';
import { useEntityFanOut } from './entity-fan-out.js';
import { knownOperationTypes } from './known-operation-types.js';
import { maxRootMutations } from './max-root-mutations.js';

/** The header a browser page must send, which a cross-site form or image request cannot. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';
/** Apollo's, which Apollo Router's health check (`GET /graphql?query={__typename}`) sends, passes too. */
const CSRF_HEADERS = [CSRF_HEADER, 'apollo-require-preflight'];

// graphql-armor throws its validation-time rejections, which Yoga then answers as a 200 execution error
// without a code. Reported as validation errors they get 400 and GRAPHQL_VALIDATION_FAILED like any other
// invalid document. (The token limit acts while parsing, where throwing is right: 400 GRAPHQL_PARSE_FAILED.)
const reportAsValidationError: GraphQLArmorCallbackConfiguration = {
  propagateOnRejection: false,
  onReject: [(context, error) => context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')))],
};

/**
 * The abuse limits on the document and the request, all from configuration: document shape
 * (graphql-armor), mutation and read fan-out (entities' too), operation types the schema lacks, CSRF and introspection. Body size, admission and batching are
 * set up beside these in app.ts.
 */
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
    {
      onValidate: ({ addValidationRule }) => {
        addValidationRule(maxRootMutations(limits.maxRootMutations));
        addValidationRule(knownOperationTypes);
      },
    } satisfies Plugin,
    useEntityFanOut(limits.maxRootMutations),
    useCSRFPrevention({ requestHeaders: CSRF_HEADERS }),
    ...(limits.introspection ? [] : [useDisableIntrospection()]),
  ];
}

