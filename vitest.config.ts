import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) copies with no "exports" map: Vite would pick the ESM one
    // for our sources while Node loads the CJS one for Yoga and Pothos, and `instanceof GraphQLError` would
    // then fail across the two. Point every import at the copy Node itself uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Each file starts its own simulator and facade on port 0, so files can run in parallel safely.
    pool: 'forks',
    // Importing the app (Yoga, Pothos, the plugins) was most of each file's start-up; a worker now imports it
    // once for all the files it runs. Safe because every test builds its own app and servers, and the suite
    // neither mocks modules nor changes globals.
    isolate: false,
    // Vitest's default leaves one core idle; many files mostly wait on sockets, timers and child processes.
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
