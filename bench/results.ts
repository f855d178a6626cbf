import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Outside the repository: bench output is not source, and .gitignore is not ours to change. */
export const RESULTS_DIRECTORY = join(tmpdir(), 'label-studio-bulk-graphql-bench');

export async function writeResults(results: unknown): Promise<string> {
  await mkdir(RESULTS_DIRECTORY, { recursive: true });
  const path = join(RESULTS_DIRECTORY, 'latest.json');
  await writeFile(path, `${JSON.stringify(results, null, 2)}\n`);
  return path;
}
