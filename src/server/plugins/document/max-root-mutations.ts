import { GraphQLError, type ValidationRule } from 'graphql';
import { callsUpstream, countUpstreamReads } from './upstream-reads.js';

/**
 * Each root mutation field is one REST call, each preview and list read one or more: without a cap, one
 * request with a hundred aliased fields would fan out into a hundred calls to Label Studio. Fragments
 * count too. In a query the fields marked CALLS_UPSTREAM count wherever they sit (a project's `members`
 * as much as `projectMembers`); `bulkLimits`, `project(id:)` and the like are free. Under `_entities`
 * each counts once here; entity-fan-out.ts multiplies it by the representations once the variables are known.
 */
export function maxRootMutations(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : null;
      if (!root) return;
      const calls = operation.operation === 'mutation' ? (_field: unknown, parent: unknown) => parent === root : callsUpstream;
      const count = countUpstreamReads(operation.selectionSet, root, { schema, fragment: (name) => context.getFragment(name) ?? undefined, calls });
      if (count <= max) return;
      const [what, code] = operation.operation === 'mutation' ? ['mutation fields', 'TOO_MANY_MUTATIONS'] : ['preview fields', 'TOO_MANY_PREVIEWS'];
      context.reportError(
        new GraphQLError(`An operation may hold at most ${max} ${what}; this one holds ${count}.`, { nodes: [operation], extensions: { code } }),
      );
    },
  });
}
