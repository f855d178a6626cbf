import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.js';
import { hostileCases, sendHostile } from './hostile-corpus.js';

const stack = useStack();

describe('a hostile-input corpus', () => {
  it('has at least 60 cases', () => {
    expect(hostileCases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(hostileCases)('$name → HTTP $status $code, nothing sent upstream, still healthy', async (hostile) => {
    const before = stack.simulator.requests.length;

    const response = await sendHostile(stack.facade.url, hostile);
    const text = await response.text();

    expect({ status: response.status, code: (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code }).toEqual({
      status: hostile.status,
      code: hostile.code,
    });
    expect(stack.simulator.requests.length).toBe(before);
    expect(text).not.toMatch(/\bat [\w.]+ \(|node_modules|Traceback/);
    expect((await fetch(`${stack.facade.url}/health`)).status).toBe(200);
  });
});
