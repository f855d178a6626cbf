import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEMA_LIMITS } from '../../src/config.js';
import { buildSchema } from '../../src/schema/index.js';
import { loadTrustedDocuments } from '../../src/server/plugins/document/trusted-documents.js';
import { ASSIGN, useStack } from '../support/stack.js';

const root = new URL('../..', import.meta.url).pathname;
const MANIFEST = join(root, 'client/generated/persisted-documents.json');
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
const idOf = (operation: string) => Object.keys(manifest).find((hash) => manifest[hash]?.includes(` ${operation}(`)) ?? '';
const ASSIGN_ID = idOf('BulkAssignOrgMemberTags');
const UNASSIGN_ID = idOf('BulkUnassignProjectMembers');
const assignInput = { organizationId: 1, all: false, included: [5, 6], tags: [4] };

function useFacade(env: Record<string, string>) {
  const stack = useStack(env);
  const post = async (body: object, authorization: string | null = 'Token demo-admin-token') => {
    const response = await fetch(`${stack.facade.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string; extensions?: { code?: string } }[] } };
  };
  const codeOf = (result: Awaited<ReturnType<typeof post>>) => result.body.errors?.[0]?.extensions?.code;
  return { stack, post, codeOf };
}

describe('with TRUSTED_DOCUMENTS set to the generated manifest', () => {
  const { stack, post, codeOf } = useFacade({ TRUSTED_DOCUMENTS: MANIFEST });

  it('runs a mutation sent by documentId', async () => {
    const result = await post({ documentId: ASSIGN_ID, variables: { input: assignInput } });

    expect(result).toEqual({ status: 200, body: { data: { bulkAssignOrgMemberTags: { assigned: 2 } } } });
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it('runs a mutation sent in the APQ shape (extensions.persistedQuery.sha256Hash)', async () => {
    const result = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: UNASSIGN_ID } }, variables: { input: { projectId: 100, all: true } } });

    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ bulkUnassignProjectMembers: { unassignments: expect.any(Number) } });
  });

  it('refuses a mutation sent as text with 400 PERSISTED_QUERY_ONLY, calling nothing upstream', async () => {
    const verbatim = await post({ query: manifest[ASSIGN_ID], variables: { input: assignInput } });
    const written = await post({ query: ASSIGN, variables: { input: assignInput } });
    const hiddenBesideAQuery = await post({ query: `query L { bulkLimits { maxBulkIds } } ${ASSIGN}`, operationName: 'L' });

    for (const result of [verbatim, written, hiddenBesideAQuery]) expect({ status: result.status, code: codeOf(result) }).toEqual({ status: 400, code: 'PERSISTED_QUERY_ONLY' });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('refuses a text mutation with an id beside it: the text is not trusted', async () => {
    const result = await post({ query: ASSIGN, extensions: { persistedQuery: { version: 1, sha256Hash: ASSIGN_ID } }, variables: { input: assignInput } });

    expect(codeOf(result)).toBe('PERSISTED_QUERY_ONLY');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('answers an unknown id with 400 PERSISTED_QUERY_NOT_FOUND, calling nothing upstream', async () => {
    const byId = await post({ documentId: 'sha256:0000', variables: { input: assignInput } });
    const byHash = await post({ extensions: { persistedQuery: { version: 1, sha256Hash: 'nope' } } });

    for (const result of [byId, byHash]) expect({ status: result.status, code: codeOf(result) }).toEqual({ status: 400, code: 'PERSISTED_QUERY_NOT_FOUND' });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('answers a request with neither a query nor an id with 400 BAD_REQUEST', async () => {
    const result = await post({ variables: {} });

    expect({ status: result.status, code: codeOf(result) }).toEqual({ status: 400, code: 'BAD_REQUEST' });
  });

  it('keeps documents without a mutation open as text: _service, introspection, bulkLimits', async () => {
    for (const query of ['{ _service { sdl } }', '{ __schema { queryType { name } } }', '{ bulkLimits { maxBulkIds } }']) {
      const result = await post({ query }, null);
      expect({ query, status: result.status, errors: result.body.errors }).toEqual({ query, status: 200, errors: undefined });
    }
  });
});

describe('without TRUSTED_DOCUMENTS', () => {
  const { stack, post, codeOf } = useFacade({});

  it('runs mutations sent as text, as before', async () => {
    expect((await post({ query: ASSIGN, variables: { input: assignInput } })).body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 2 } });
  });

  it('does not know documentId: 400 BAD_REQUEST, nothing upstream', async () => {
    const result = await post({ documentId: ASSIGN_ID, variables: { input: assignInput } });

    expect({ status: result.status, code: codeOf(result) }).toEqual({ status: 400, code: 'BAD_REQUEST' });
    expect(stack.simulator.requests).toHaveLength(0);
  });
});

describe('the manifest is checked at start-up', () => {
  const schema = buildSchema(DEFAULT_SCHEMA_LIMITS);
  const dir = mkdtempSync(join(tmpdir(), 'trusted-documents-'));
  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it.each([
    ['a document that does not validate, naming its hash', { good: manifest[ASSIGN_ID], bad: '{ bulkLimits { nope } }' }, 'document bad does not validate against the schema: Cannot query field "nope"'],
    ['a document that does not parse, naming its hash', { broken: 'mutation {' }, 'document broken does not parse'],
    ['values that are not documents', { a: 1 }, 'must be a JSON object of "<hash>": "<document>" strings'],
  ])('refuses %s', (_name, content, message) => {
    expect(() => loadTrustedDocuments(write(`${_name}.json`, JSON.stringify(content)), schema)).toThrow(message);
  });

  it('refuses a file that is missing or not JSON', () => {
    expect(() => loadTrustedDocuments(join(dir, 'missing.json'), schema)).toThrow('cannot be read (ENOENT)');
    expect(() => loadTrustedDocuments(write('text.json', 'not json'), schema)).toThrow('is not JSON');
  });

  it('npm start’s program refuses to start with a bad manifest, in one line naming the hash, exit 1', async () => {
    const path = write('bad-hash.json', JSON.stringify({ 'sha256:bad': 'query { nope }' }));
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { ...process.env, LABEL_STUDIO_URL: 'http://127.0.0.1:9', PORT: '0', HOST: '127.0.0.1', TRUSTED_DOCUMENTS: path },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];

    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([`TRUSTED_DOCUMENTS ${path}: document sha256:bad does not validate against the schema: Cannot query field "nope" on type "Query".`]);
  }, 30_000);
});
