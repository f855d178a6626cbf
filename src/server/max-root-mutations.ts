import { GraphQLError, Kind, type SelectionSetNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Each root mutation field is one REST call: without a cap, one request with a hundred aliased
 * mutations would fan out into a hundred calls to Label Studio. Fragments at the root count too.
 */
export function maxRootMutations(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (operation.operation !== 'mutation') return;
      const count = countRootFields(operation.selectionSet, context, new Set());
      if (count > max) {
        context.reportError(
          new GraphQLError(`An operation may hold at most ${max} mutation fields; this one holds ${count}.`, {
            nodes: [operation],
            extensions: { code: 'TOO_MANY_MUTATIONS' },
          }),
        );
      }
    },
  });
}

function countRootFields(selectionSet: SelectionSetNode, context: ValidationContext, seenFragments: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) count += 1;
    else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRootFields(selection.selectionSet, context, seenFragments);
    else if (!seenFragments.has(selection.name.value)) {
      // A fragment cycle is another rule's error; counting each fragment once keeps this one finite.
      seenFragments.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      if (fragment) count += countRootFields(fragment.selectionSet, context, seenFragments);
    }
  }
  return count;
}
