import { getOperationAST, GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { callsUpstream, countUpstreamReads } from './upstream-reads.js';

/**
 * The cap of max-root-mutations.ts where validation cannot see it: a gateway's `_entities` runs its
 * selection once per representation, and the representations come in variables. A gateway asking for
 * 500 projects' members would otherwise fan out into 500 list reads. Counted once the variables are
 * known and before anything runs, so a refused operation calls Label Studio not at all.
 */
export function useEntityFanOut(max: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName);
      const root = args.schema.getQueryType();
      // Only `_entities` multiplies; every other operation was counted whole in validation.
      if (operation?.operation !== 'query' || !root || !hasEntitiesField(operation.selectionSet, args.document, new Set())) return;
      let count: number;
      try {
        count = countUpstreamReads(operation.selectionSet, root, {
          schema: args.schema,
          fragment: (name) => fragmentOf(args.document, name),
          calls: callsUpstream,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
        });
      } catch (error) {
        // A representation that names no entity is refused here; variables that do not coerce are left to
        // execution, which reports them as for any operation.
        if (error instanceof GraphQLError && error.extensions['code'] !== undefined) setResultAndStopExecution({ errors: [error] });
        return;
      }
      if (count <= max) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(`An operation may read Label Studio at most ${max} times (previews and lists); this one would read it ${count} times, counting each entity's lists.`, {
            extensions: { code: 'TOO_MANY_PREVIEWS' },
          }),
        ],
      });
    },
  };
}

function hasEntitiesField(selectionSet: SelectionSetNode, document: DocumentNode, seen: Set<string>): boolean {
  return selectionSet.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === '_entities';
    if (selection.kind === Kind.INLINE_FRAGMENT) return hasEntitiesField(selection.selectionSet, document, seen);
    if (seen.has(selection.name.value)) return false;
    seen.add(selection.name.value);
    const fragment = fragmentOf(document, selection.name.value);
    return fragment !== undefined && hasEntitiesField(fragment.selectionSet, document, seen);
  });
}

function fragmentOf(document: DocumentNode, name: string): FragmentDefinitionNode | undefined {
  return document.definitions.find((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === name);
}
