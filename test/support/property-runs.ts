import type fc from 'fast-check';

// `npm test` replays the same generated cases on every run, so the suite fails only when the code changes,
// never on a draw. `npm run test:sweep` draws new cases, twenty times as many, and a failure prints the seed
// that replays it: PROPERTY_SEED=<seed> PROPERTY_RUNS=<runs it made> npx vitest run <the file>.
const FIXED_SEED = 20_261_207;

/** fast-check parameters for a property that runs `numRuns` cases in `npm test`. */
export function propertyRuns(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env['PROPERTY_SEED'];
  const runs = process.env['PROPERTY_RUNS'];
  if (process.env['PROPERTY_SWEEP'] === '1') return { numRuns: Number(runs ?? numRuns * 20) };
  return { numRuns: runs ? Number(runs) : numRuns, seed: seed ? Number(seed) : FIXED_SEED };
}
