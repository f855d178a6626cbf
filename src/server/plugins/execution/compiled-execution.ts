import { useGraphQlJit } from '@envelop/graphql-jit';
import { BREAK, execute, Kind, visit, type DocumentNode, type GraphQLError, type ValueNode } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Logger } from '../../../logger.js';

/**
 * Executes each parsed document through code graphql-jit compiled for it once. Coercing the variables
 * of a long id list dominated such a request's CPU; compiled, it is cheap (docs/performance.md).
 *
 * When variables do not coerce, graphql-jit answers with errors of its own: no extensions, and messages
 * that name an input field as if it were a variable. Nothing has run then (there is no `data`), so
 * graphql-js runs the same arguments again to give the canonical errors, answered with HTTP 400 as before.
 * A document graphql-jit cannot compile takes the same path, and graphql-js executes it.
 */
export function useCompiledExecution(logger: Logger) {
  const canonicalRequestErrors: Plugin = {
    onExecute: ({ args, setExecuteFn }) => {
      // @envelop/graphql-jit caches what it compiled by document alone, whichever operation was named: a
      // document of several operations (GraphiQL's opening one) would run the first one compiled for every
      // later operationName. graphql-js runs those; a client's documents hold one operation each.
      const document = args.document as DocumentNode;
      if (document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length > 1 || hasVariableInRepresentationLiteral(document)) {
        setExecuteFn(execute);
      }
      return {
        onExecuteDone({ args, result, setResult }) {
          if (isAsyncIterable(result) || 'data' in result) return;
          return Promise.resolve(execute(args)).then((canonical) => {
            if (!('data' in canonical)) for (const error of canonical.errors ?? []) markBadRequest(error);
            setResult(canonical);
          });
        },
      };
    },
  };
  const jit = useGraphQlJit(
    {},
    // The plugin's default is console.error; the document still runs, through graphql-js (above).
    { onError: (result) => logger.warn({ errors: result.errors?.map((error) => error.message) }, 'graphql-jit could not compile a document; graphql-js runs it') },
  );
  return [jit, canonicalRequestErrors];
}

const variableInRepresentations = new WeakMap<DocumentNode, boolean>();

/**
 * `_entities(representations: [{ __typename: $t, id: 100 }])`: graphql-jit reads an `_Any` literal without
 * the variables ($t is then missing), while the fan-out check (entity-fan-out.ts) reads it with them, so check
 * and execution would see different representations. graphql-js reads it as the check does, so it runs such
 * a document: it is still answered as the caller meant, and no refusal is needed for a form gateways never
 * send (they send `representations: $representations`, one variable, which graphql-jit reads whole).
 * Remembered per parsed document, which Yoga's parse cache hands back for a repeated query.
 */
function hasVariableInRepresentationLiteral(document: DocumentNode): boolean {
  let known = variableInRepresentations.get(document);
  if (known === undefined) {
    known = false;
    visit(document, {
      Field(field) {
        if (field.name.value !== '_entities') return;
        const representations = field.arguments?.find((argument) => argument.name.value === 'representations')?.value;
        if (representations && representations.kind !== Kind.VARIABLE && holdsVariable(representations)) {
          known = true;
          return BREAK;
        }
      },
    });
    variableInRepresentations.set(document, known);
  }
  return known;
}

function holdsVariable(value: ValueNode): boolean {
  if (value.kind === Kind.VARIABLE) return true;
  if (value.kind === Kind.LIST) return value.values.some(holdsVariable);
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => holdsVariable(field.value));
  return false;
}

function markBadRequest(error: GraphQLError) {
  const extensions = error.extensions as { http?: { status?: number } };
  extensions.http = { ...extensions.http, status: 400 };
}
