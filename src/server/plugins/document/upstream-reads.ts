import {
  getArgumentValues,
  GraphQLError,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  isUnionType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { CALLS_UPSTREAM } from '../../../schema/preview.js';

/** What a count of Label Studio reads needs beside the selections: the schema, the fragments, and the variables once known. */
export interface ReadCounting {
  schema: GraphQLSchema;
  fragment(name: string): FragmentDefinitionNode | undefined;
  /** Whether a field costs calls of its own: a preview or a list (CALLS_UPSTREAM), or any root mutation field, even one the schema lacks. */
  calls(field: GraphQLField<unknown, unknown> | undefined, parent: GraphQLCompositeType): boolean;
  /** At execution, the variables: `_entities` then runs its selection once per representation. Before it, once. */
  variables?: Record<string, unknown>;
}

export const callsUpstream = (field: GraphQLField<unknown, unknown> | undefined) => field?.extensions[CALLS_UPSTREAM] === true;

/**
 * How many fields that call Label Studio a selection runs, wherever they sit: at the root, on an entity
 * read through `Query.project`, or under `_entities`, once per representation of a type that reaches them.
 * Where the type is not known (a union, an interface) every fragment counts: the safe side. A fragment is
 * worked out once per type it is spread on, so neither a cycle nor a spread bomb costs more than that.
 */
export function countUpstreamReads(selectionSet: SelectionSetNode, type: GraphQLCompositeType, counting: ReadCounting): number {
  return new Counter(counting).count(selectionSet, type);
}

class Counter {
  private readonly fragments = new Map<string, number>();

  constructor(private readonly c: ReadCounting) {}

  count(selectionSet: SelectionSetNode, type: GraphQLCompositeType): number {
    let total = 0;
    // Spreads of one fragment in one selection set merge into one run of its fields.
    const spread = new Set<string>();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) total += this.field(selection, type);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? this.applicable(selection.typeCondition.name.value, type) : type;
        if (on) total += this.count(selection.selectionSet, on);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = this.c.fragment(selection.name.value);
        const on = fragment && this.applicable(fragment.typeCondition.name.value, type);
        if (fragment && on) total += this.spread(fragment, on);
      }
    }
    return total;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType): number {
    const field = 'getFields' in parent ? parent.getFields()[node.name.value] : undefined;
    const own = this.c.calls(field, parent) ? 1 : 0;
    if (!field) return own;
    const returned = getNamedType(field.type);
    if (!node.selectionSet || !isCompositeType(returned)) return own;
    if (node.name.value === '_entities' && this.c.variables) return own + this.perRepresentation(field, node, node.selectionSet);
    return own + this.count(node.selectionSet, returned);
  }

  /** `_entities`: its selection once per representation, on the representation's own type. */
  private perRepresentation(field: GraphQLField<unknown, unknown>, node: FieldNode, selectionSet: SelectionSetNode): number {
    const { representations } = getArgumentValues(field, node, this.c.variables) as { representations?: unknown };
    if (!Array.isArray(representations)) return 0;
    const perType = new Map<string, number>();
    let total = 0;
    const entities = this.c.schema.getType('_Entity');
    for (const [index, representation] of (representations as unknown[]).entries()) {
      const typename = (representation as { __typename?: unknown } | null)?.__typename;
      const type = typeof typename === 'string' ? this.c.schema.getType(typename) : undefined;
      // Anything else is a caller's mistake that the federation library would only meet mid-execution, as a 500.
      if (!isObjectType(type) || !isUnionType(entities) || !entities.getTypes().includes(type)) {
        throw new GraphQLError(`Invalid input: representations[${index}] names no entity of this service (${entities && isUnionType(entities) ? entities.getTypes().join(', ') : 'none'}).`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      let reads = perType.get(type.name);
      if (reads === undefined) perType.set(type.name, (reads = this.count(selectionSet, type)));
      total += reads;
    }
    return total;
  }

  private spread(fragment: FragmentDefinitionNode, on: GraphQLCompositeType): number {
    const key = `${fragment.name.value} on ${on.name}`;
    const known = this.fragments.get(key);
    if (known !== undefined) return known;
    // A fragment cycle is another rule's error; inside one, the fragment counts nothing more.
    this.fragments.set(key, 0);
    const reads = this.count(fragment.selectionSet, on);
    this.fragments.set(key, reads);
    return reads;
  }

  /** The type a fragment's selections run on inside `type`; undefined when they never run there. */
  private applicable(condition: string, type: GraphQLCompositeType): GraphQLCompositeType | undefined {
    const on = this.c.schema.getType(condition);
    if (!on || !isCompositeType(on)) return undefined;
    if (!isObjectType(type)) return on;
    if (on === type) return type;
    return isAbstractType(on) && this.c.schema.isSubType(on, type) ? type : undefined;
  }
}
