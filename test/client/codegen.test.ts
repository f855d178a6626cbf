import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CLIENT_DIR, generateClient } from '../../scripts/client-codegen.js';
import { DEFAULT_SCHEMA_LIMITS } from '../../src/config.js';
import { buildSchema } from '../../src/schema/index.js';
import { loadTrustedDocuments } from '../../src/server/plugins/document/trusted-documents.js';

const MANIFEST = new URL('generated/persisted-documents.json', CLIENT_DIR).pathname;
const OPERATIONS = new URL('operations/', CLIENT_DIR);

describe('the typed client in client/', () => {
  it('is what `npm run codegen` generates from client/operations (run it after changing an operation or the schema)', async () => {
    const generated = await generateClient();

    for (const [name, content] of generated) expect(readFileSync(new URL(name, CLIENT_DIR), 'utf8'), `client/${name}`).toBe(content);
  });

  it('ships a manifest TRUSTED_DOCUMENTS loads, keyed by sha256 hashes, holding every operation in client/operations', () => {
    const documents = loadTrustedDocuments(MANIFEST, buildSchema(DEFAULT_SCHEMA_LIMITS));
    const namesIn = (sources: Iterable<DocumentNode>) =>
      [...sources].flatMap((document) => document.definitions.flatMap((definition) => (definition.kind === Kind.OPERATION_DEFINITION ? [definition.name?.value] : []))).sort();
    const operationFiles = readdirSync(OPERATIONS).filter((name) => name.endsWith('.graphql'));

    expect([...documents.keys()].every((hash) => /^sha256:[\da-f]{64}$/.test(hash))).toBe(true);
    expect(namesIn(documents.values())).toEqual(namesIn(operationFiles.map((name) => parse(readFileSync(new URL(name, OPERATIONS), 'utf8')))));
    // What frontends need at least: both mutations and the limits query.
    expect(namesIn(documents.values())).toEqual(expect.arrayContaining(['BulkAssignOrgMemberTags', 'BulkLimits', 'BulkUnassignProjectMembers']));
  });
});
