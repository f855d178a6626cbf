import { GraphQLError, type ValidationRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Refuses an operation whose root type the schema lacks (a `subscription` here) as an invalid document.
 * graphql-js 16 leaves that to execution, and graphql-jit throws on it while compiling, which Yoga
 * answered as a 500 "Unexpected error." (graphql-js 17 has this rule built in.)
 */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This service has no ${node.operation} operations: send a query or a mutation.`, { nodes: node }));
    }
  },
});

export function useKnownOperationTypes(): Plugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(knownOperationTypes) };
}
