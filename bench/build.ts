import type { Children } from './children.js';

/** `npm run build`, so the facade is measured as it ships (compiled dist/main.js), not through tsx. */
export function buildFacade(children: Children): Promise<void> {
  // Under `npm run bench`, npm_execpath is npm's own CLI script; running it with this node avoids a PATH lookup.
  const npmCli = process.env['npm_execpath'];
  return npmCli
    ? children.runToCompletion('npm run build', process.execPath, [npmCli, 'run', 'build'])
    : children.runToCompletion('npm run build', 'npm', ['run', 'build']);
}
