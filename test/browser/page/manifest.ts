import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync(new URL('../../../client/generated/persisted-documents.json', import.meta.url), 'utf8')) as Record<string, string>;

/** The id under which the generated manifest holds an operation. */
export function documentIdOf(operationName: string): string {
  // Not anchored at the start: a document with fragments lists them before its operation.
  const id = Object.keys(manifest).find((hash) => new RegExp(`\\b(?:query|mutation|subscription) ${operationName}\\b`).test(manifest[hash] ?? ''));
  if (!id) throw new Error(`no ${operationName} in the manifest`);
  return id;
}
