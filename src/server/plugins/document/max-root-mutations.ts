import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';
import { CALLS_UPSTREAM } from '../../../schema/preview.js';

/**
 * Each root mutation field is one REST call, each preview one or more: without a cap, one request with
 * a hundred aliased fields would fan out into a hundred calls to Label Studio. Fragments at the root
 * count too. In a query only the fields marked CALLS_UPSTREAM count; `bulkLimits` and the like are free.
 */
export function maxRootMutations(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'query' ? schema.getQueryType() : null;
      if (!root) return;
      const counts = operation.operation === 'mutation' ? () => true : (name: string) => root.getFields()[name]?.extensions[CALLS_UPSTREAM] === true;
      const count = countRootFields(operation.selectionSet, context, counts, new Set());
      if (count <= max) return;
      const [what, code] = operation.operation === 'mutation' ? ['mutation fields', 'TOO_MANY_MUTATIONS'] : ['preview fields', 'TOO_MANY_PREVIEWS'];
      context.reportError(
        new GraphQLError(`An operation may hold at most ${max} ${what}; this one holds ${count}.`, { nodes: [operation], extensions: { code } }),
      );
    },
  });
}

function countRootFields(selectionSet: SelectionSetNode, context: ValidationContext, counts: (name: string) => boolean, seenFragments: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += counts(selection.name.value) ? 1 : 0;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(selection.selectionSet, context, counts, seenFragments);
    else if (!seenFragments.has(selection.name.value)) {
      // A fragment cycle is another rule's error; counting each fragment once keeps this one finite.
      seenFragments.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countRootFields(fragment.selectionSet, context, counts, seenFragments);
    }
  }
  return count;
}
