// `node --import ./test/support/record-imports.mjs`: appends every module URL the process resolves to
// the file named by RECORD_IMPORTS, so a test can tell which packages a real process loaded.
import { register } from 'node:module';
import process from 'node:process';

const hooks = `
import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(${JSON.stringify(process.env.RECORD_IMPORTS ?? '/dev/null')}, resolved.url + '\\n');
  return resolved;
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
