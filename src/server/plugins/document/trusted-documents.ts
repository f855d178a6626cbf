import { readFileSync } from 'node:fs';
import { Kind, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { z } from 'zod';
import { ConfigError } from '../../../config.js';

/** Trusted documents by their id (the manifest's key), parsed and validated once at start-up. */
export type TrustedDocuments = ReadonlyMap<string, DocumentNode>;

const manifestSchema = z.record(z.string(), z.string());

/**
 * Reads the `{ "<hash>": "<document>" }` manifest GraphQL Code Generator's client preset writes
 * (client/generated/persisted-documents.json). A document that does not parse or validate against
 * the schema stops the service at start-up, named by its hash, rather than failing its first caller.
 */
export function loadTrustedDocuments(path: string, schema: GraphQLSchema): TrustedDocuments {
  const refuse = (reason: string) => new ConfigError(`TRUSTED_DOCUMENTS ${path}: ${reason}`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw refuse(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refuse('is not JSON');
  }
  const manifest = manifestSchema.safeParse(json);
  if (!manifest.success) throw refuse('must be a JSON object of "<hash>": "<document>" strings');
  const documents = new Map<string, DocumentNode>();
  for (const [hash, source] of Object.entries(manifest.data)) {
    let document: DocumentNode;
    try {
      document = parse(source);
    } catch (error) {
      throw refuse(`document ${hash} does not parse: ${(error as Error).message}`);
    }
    const [invalid] = validate(schema, document);
    if (invalid) throw refuse(`document ${hash} does not validate against the schema: ${invalid.message}`);
    documents.set(hash, document);
  }
  return documents;
}

const containsMutation = (document: DocumentNode) =>
  document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation');

type OnParseDoneHook = Exclude<ReturnType<NonNullable<Plugin['onParse']>>, void>;

type PersistedParams = { documentId?: unknown; extensions?: { persistedQuery?: { version?: unknown; sha256Hash?: unknown } } };

/** `{"documentId": id}` (GraphQL over HTTP's persisted documents) or APQ's `extensions.persistedQuery.sha256Hash`. */
function documentIdOf(params: PersistedParams): string | null {
  if (typeof params.documentId === 'string') return params.documentId;
  const persisted = params.extensions?.persistedQuery;
  return persisted?.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

/**
 * With a manifest loaded, mutations run only as trusted documents sent by id: a mutation sent as text is
 * refused before validation, so a page or script can run only the operations the frontends were built
 * with. Documents without a mutation stay open for text: a gateway's `_service`, introspection (GraphiQL's
 * schema load) and `bulkLimits`. A trusted document is recognised by identity: it is one of the parsed
 * documents above, which the persisted-operations plugin hands to the executor as they are.
 */
export function useTrustedDocuments(documents: TrustedDocuments): Plugin[] {
  const trusted = new Set(documents.values());
  const refuseUntrustedMutation: OnParseDoneHook = ({ result }) => {
    if (!result || result instanceof Error || trusted.has(result) || !containsMutation(result)) return;
    throw createGraphQLError('Mutations run only as trusted documents: send the documentId of a document from the manifest.', {
      extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
    });
  };
  return [
    usePersistedOperations({
      allowArbitraryOperations: true,
      extractPersistedOperationId: (params) => documentIdOf(params as PersistedParams),
      getPersistedOperation: (id) => documents.get(id) ?? null,
      customErrors: {
        // APQ clients (Apollo's link, urql's persistedExchange) recognise a miss by this exact message.
        notFound: {
          message: 'PersistedQueryNotFound',
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
        },
        keyNotFound: {
          message: 'Must provide a query string or a documentId.',
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        },
      },
    }),
    { onParse: () => refuseUntrustedMutation },
  ];
}
