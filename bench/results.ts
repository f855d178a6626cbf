import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Outside the repository: bench output is not source, and .gitignore is not ours to change. */
export async function writeResults(results: unknown): Promise<string> {
  const directory = join(tmpdir(), 'label-studio-bulk-graphql-bench');
  await mkdir(directory, { recursive: true });
  const path = join(directory, 'latest.json');
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
  return path;
}
