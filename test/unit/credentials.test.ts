import { describe, expect, it } from 'vitest';
import { createCredentials } from '../../src/label-studio/credentials.js';
import { Deadline } from '../../src/label-studio/deadline.js';
import { LabelStudioError } from '../../src/label-studio/errors.js';

const NOW = 1_800_000_000_000;
const jwt = (claims: Record<string, unknown>) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
const pat = (exp = NOW / 1000 + 3600) => jwt({ token_type: 'refresh', exp });
const access = (exp = NOW / 1000 + 300) => jwt({ token_type: 'access', exp, jti: Math.random() });

function setup(options: { serviceApiKey?: string; cacheSize?: number } = {}) {
  const exchanged: string[] = [];
  const credentials = createCredentials({
    ...options,
    now: () => NOW,
    exchange: async (token) => {
      exchanged.push(token);
      return access();
    },
  });
  return { credentials, exchanged, resolve: (header: string | undefined) => credentials.resolve(header, new Deadline(1_000)) };
}

const reason = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof LabelStudioError && error.failure.kind === 'unauthenticated' ? error.failure.reason : 'other'),
  );

describe('credentials', () => {
  it('passes legacy keys and non-refresh bearer tokens through unchanged', async () => {
    const { resolve, exchanged } = setup();
    const bearer = `Bearer ${access()}`;

    expect((await resolve('Token abc')).header).toBe('Token abc');
    expect((await resolve(bearer)).header).toBe(bearer);
    expect((await resolve('Bearer opaque-value')).header).toBe('Bearer opaque-value');
    expect(exchanged).toEqual([]);
  });

  it('says why credentials are unusable', async () => {
    const { resolve } = setup();

    expect(await reason(resolve(undefined))).toBe('missing');
    expect(await reason(resolve('Basic abc'))).toBe('malformed');
    expect(await reason(resolve(`Bearer ${pat(NOW / 1000 - 1)}`))).toBe('pat-expired');
    expect(await reason(resolve(`Bearer ${jwt({ token_type: 'refresh' })}`))).toBe('pat-without-exp');
  });

  it.each([
    ['two headers joined by a comma', 'Token abc, Token def'],
    ['a byte beyond ASCII', 'Token ab\u00e9'],
    ['a quoted credential', 'Token "abc"'],
    ['a credential over 4 KB', `Token ${'a'.repeat(5000)}`],
  ])('refuses %s as malformed, without an exchange', async (_name, header) => {
    const { resolve, exchanged } = setup();

    expect(await reason(resolve(header))).toBe('malformed');
    expect(exchanged).toEqual([]);
  });

  it.each([
    ['alg none', `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(JSON.stringify({ token_type: 'refresh', exp: NOW / 1000 + 60 })).toString('base64url')}.`],
    ['alg None with a signature', `${Buffer.from('{"alg":"None"}').toString('base64url')}.${Buffer.from('{"token_type":"access"}').toString('base64url')}.c2ln`],
    ['an empty signature', `e30.${Buffer.from('{"token_type":"refresh"}').toString('base64url')}.`],
  ])('refuses an unsigned JWT (%s) as a bearer token, never exchanging it', async (_name, token) => {
    const { resolve, exchanged } = setup();

    expect(await reason(resolve(`Bearer ${token}`))).toBe('unsigned-jwt');
    expect(exchanged).toEqual([]);
  });

  it('keeps at most cacheSize access tokens, dropping the least recently used', async () => {
    const { resolve, exchanged } = setup({ cacheSize: 2 });
    const [a, b, c] = [pat(NOW / 1000 + 1), pat(NOW / 1000 + 2), pat(NOW / 1000 + 3)];

    for (const token of [a, b, a, c, a, b]) await resolve(`Bearer ${token}`);

    // a and b are cached; c evicts b (least recently used), so b is exchanged again at the end.
    expect(exchanged).toEqual([a, b, c, b]);
  });

  it('turns a service key into the header Label Studio expects', async () => {
    expect((await setup({ serviceApiKey: 'legacy' }).resolve(undefined)).header).toBe('Token legacy');
    const withPat = setup({ serviceApiKey: pat() });
    expect((await withPat.resolve(undefined)).header).toMatch(/^Bearer e30\./);
    expect(withPat.exchanged).toHaveLength(1);
  });
});
