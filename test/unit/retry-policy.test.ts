import { describe, expect, it } from 'vitest';
import type { AttemptOutcome } from '../../src/label-studio/attempts.js';
import { isRetryable, MAX_ATTEMPTS, retryDelayMs } from '../../src/label-studio/retry-policy.js';

const refused: AttemptOutcome = { kind: 'refused' };
const network: AttemptOutcome = { kind: 'network' };
const interrupted: AttemptOutcome = { kind: 'interrupted' };
const http = (status: number, retryAfterSeconds?: number): AttemptOutcome => ({ kind: 'http', status, retryAfterSeconds });

describe('which failures may be retried', () => {
  it.each([
    ['GET', refused, true],
    ['GET', network, true],
    ['GET', interrupted, true],
    ['GET', http(408), true],
    ['GET', http(502), true],
    ['GET', http(503), true],
    ['GET', http(504), true],
    ['GET', http(429, 1), true],
    ['GET', http(429), false],
    ['GET', http(500), false],
    ['GET', http(400), false],
    ['GET', http(404), false],
    ['DELETE', refused, true],
    ['DELETE', interrupted, false],
    ['DELETE', http(408), false],
    ['DELETE', network, false],
    ['DELETE', http(502), false],
    ['DELETE', http(503), true],
    ['DELETE', http(504), false],
    ['DELETE', http(429, 1), true],
    ['DELETE', http(429), false],
    ['DELETE', http(500), false],
    ['DELETE', http(400), false],
    ['POST', refused, true],
    ['POST', network, false],
    ['POST', interrupted, false],
    ['POST', http(502), false],
    ['POST', http(503), true],
    ['POST', http(504), false],
    ['POST', http(429, 1), true],
    ['POST', http(429), false],
    ['POST', http(500), false],
  ] as const)('%s after %j: %s', (method, outcome, expected) => {
    expect(isRetryable(method, outcome)).toBe(expected);
  });
});

describe('how long to wait', () => {
  it('backs off exponentially with jitter between half and the full step', () => {
    expect(retryDelayMs('DELETE', http(503), 1, 10_000, () => 0)).toBe(50);
    expect(retryDelayMs('DELETE', http(503), 1, 10_000, () => 1)).toBe(100);
    expect(retryDelayMs('DELETE', http(503), 2, 10_000, () => 1)).toBe(200);
  });

  it('waits as long as Retry-After says', () => {
    expect(retryDelayMs('POST', http(429, 2), 1, 10_000)).toBe(2_000);
  });

  it('gives up when the wait would not leave time for another attempt', () => {
    expect(retryDelayMs('POST', http(429, 2), 1, 2_050)).toBeUndefined();
    expect(retryDelayMs('DELETE', http(503), 1, 120, () => 1)).toBeUndefined();
  });

  it(`stops after ${MAX_ATTEMPTS} attempts`, () => {
    expect(retryDelayMs('DELETE', http(503), MAX_ATTEMPTS, 10_000)).toBeUndefined();
  });
});
