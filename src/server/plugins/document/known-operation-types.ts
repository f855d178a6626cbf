import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * An operation the schema has no root type for (this schema has no Subscription) is an invalid document.
 * graphql-js 16 leaves it to execution, and graphql-jit throws on it while compiling, which Yoga masked
 * as a 500; reported here it is a 400 GRAPHQL_VALIDATION_FAILED whichever executor runs.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (context.getSchema().getRootType(operation.operation)) return;
    context.reportError(new GraphQLError(`The schema defines no ${operation.operation} operations.`, { nodes: [operation] }));
  },
});
