import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLIENT_DIR, generateClient } from '../../scripts/client-codegen.js';
import { DEFAULT_MAX_BULK_IDS } from '../../src/config.js';
import { buildSchema } from '../../src/schema/index.js';
import { loadTrustedDocuments } from '../../src/server/trusted-documents.js';

const MANIFEST = new URL('generated/persisted-documents.json', CLIENT_DIR).pathname;

describe('the typed client in client/', () => {
  it('is what `npm run codegen` generates from client/operations (run it after changing an operation or the schema)', async () => {
    const generated = await generateClient();

    for (const [name, content] of generated) expect(readFileSync(new URL(name, CLIENT_DIR), 'utf8'), `client/${name}`).toBe(content);
  });

  it('ships a manifest TRUSTED_DOCUMENTS loads, keyed by sha256 hashes, holding both mutations and the limits query', () => {
    const documents = loadTrustedDocuments(MANIFEST, buildSchema({ maxBulkIds: DEFAULT_MAX_BULK_IDS }));

    expect([...documents.keys()].every((hash) => /^sha256:[\da-f]{64}$/.test(hash))).toBe(true);
    const operations = [...documents.values()].flatMap((document) => document.definitions.map((definition) => ('name' in definition ? definition.name?.value : undefined)));
    expect(operations.sort()).toEqual(['BulkAssignOrgMemberTags', 'BulkLimits', 'BulkUnassignProjectMembers']);
  });
});
