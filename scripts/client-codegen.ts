import { readdirSync, readFileSync } from 'node:fs';
import { codegen } from '@graphql-codegen/core';
import { preset } from '@graphql-codegen/client-preset';
import { buildASTSchema, parse, printSchema } from 'graphql';
import { DEFAULT_SCHEMA_LIMITS } from '../src/config.js';
import { buildSchema } from '../src/schema/index.js';

export const CLIENT_DIR = new URL('../client/', import.meta.url);
const OPERATIONS_DIR = new URL('operations/', CLIENT_DIR);
const GENERATED = 'generated/';

/**
 * GraphQL Code Generator's client preset over client/operations/*.graphql, against the facade's own
 * schema: TypedDocumentNodes and the persisted-documents.json manifest TRUSTED_DOCUMENTS loads.
 * Called through @graphql-codegen/core rather than the codegen CLI: the CLI's 7.x line depends on
 * packages that require Node 22 (listr2 10, sync-fetch), and this also lets the staleness test
 * generate in memory. Returns file contents by path relative to client/.
 */
export async function generateClient(): Promise<Map<string, string>> {
  // Rebuilt from its SDL: the Pothos schema's enums carry Label Studio's codes ('AD') as internal values,
  // which the generator would emit instead of the names clients send (ADMINISTRATOR).
  const schema = parse(printSchema(buildSchema(DEFAULT_SCHEMA_LIMITS)));
  const schemaAst = buildASTSchema(schema);
  const documents = readdirSync(OPERATIONS_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => {
      const rawSDL = readFileSync(new URL(name, OPERATIONS_DIR), 'utf8');
      return { location: `operations/${name}`, document: parse(rawSDL), rawSDL };
    });
  const config = {
    // Values travel as JSON: a DateTime is an ISO 8601 string with an offset.
    scalars: { DateTime: 'string' },
    useTypeImports: true,
    // Relative imports with .js, as NodeNext resolution (this repo's, and many bundlers') requires.
    emitLegacyCommonJSImports: false,
    enumType: 'const',
  };
  const sections = await preset.buildGeneratesSection({
    baseOutputDir: GENERATED,
    schema,
    schemaAst,
    documents,
    config,
    presetConfig: { persistedDocuments: { hashAlgorithm: 'sha256' }, fragmentMasking: false },
    plugins: [],
    pluginMap: {},
  });
  const files = new Map<string, string>();
  for (const section of sections) files.set(section.filename, await codegen({ ...section, schemaAst }));
  return files;
}
