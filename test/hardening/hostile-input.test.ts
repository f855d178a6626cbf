import { describe, expect, it } from 'vitest';
import { useStack } from '../support/stack.js';
import { hostileCases, type HostileCase } from './hostile-corpus.js';

const stack = useStack();

async function send(hostile: HostileCase) {
  const url = new URL(`${stack.facade.url}/graphql`);
  for (const [name, value] of Object.entries(hostile.search ?? {})) url.searchParams.set(name, value);
  const method = hostile.method ?? 'POST';
  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json',
    authorization: 'Token demo-admin-token',
    ...(method === 'GET' ? {} : { 'content-type': 'application/json' }),
    ...hostile.headers,
  };
  if (headers['authorization'] === '') delete headers['authorization'];
  const body = method === 'GET' ? undefined : typeof hostile.body === 'string' ? hostile.body : JSON.stringify(hostile.body);
  return fetch(url, { method, headers, body });
}

describe('a hostile-input corpus', () => {
  it('has at least 60 cases', () => {
    expect(hostileCases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(hostileCases)('$name → HTTP $status $code, nothing sent upstream, still healthy', async (hostile) => {
    const before = stack.simulator.requests.length;

    const response = await send(hostile);
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
