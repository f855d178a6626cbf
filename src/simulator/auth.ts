import { findUser } from './data-access.js';
import type { LabelStudioError } from './errors.js';
import type { SimulatorData } from './model.js';
import { verifyToken } from './tokens.js';

export type Authentication = { ok: true; userId: number } | { ok: false; error: LabelStudioError };

function unauthorized(detail: string, extra?: Record<string, unknown>): Authentication {
  return { ok: false, error: { status: 401, detail, extra } };
}

/** DRF's TokenAuthentication plus simplejwt's JWTAuthentication, which accepts access tokens only. */
export function authenticate(data: SimulatorData, secret: Buffer, authorization: string | undefined): Authentication {
  const [scheme = '', credential, ...rest] = (authorization ?? '').trim().split(/\s+/);
  const keyword = scheme.toLowerCase();
  if (keyword !== 'token' && keyword !== 'bearer') {
    return unauthorized('Authentication credentials were not provided.');
  }
  if (credential === undefined || rest.length > 0) {
    return unauthorized(`Invalid ${keyword} header. Credentials must be a single string without spaces.`);
  }

  if (keyword === 'token') {
    const apiToken = data.apiTokens.find((candidate) => candidate.key === credential);
    if (apiToken === undefined || findUser(data, apiToken.userId) === undefined) return unauthorized('Invalid token.');
    return { ok: true, userId: apiToken.userId };
  }

  // A PAT is a refresh token: it fails here on purpose until it has been exchanged for an access token.
  const verified = verifyToken(credential, secret, 'access');
  if (verified === undefined || findUser(data, verified.userId) === undefined) {
    return unauthorized('Given token not valid for any token type', { code: 'token_not_valid' });
  }
  return { ok: true, userId: verified.userId };
}
