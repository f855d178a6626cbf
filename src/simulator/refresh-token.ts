import { findUser } from './data-access.js';
import type { LabelStudioError } from './errors.js';
import type { SimulatorData } from './model.js';
import { bodyObject, type RequestBody } from './request-body.js';
import { issueToken, verifyToken } from './tokens.js';

export type RefreshResult = { ok: true; access: string } | { ok: false; error: LabelStudioError };

const TOKEN_NOT_VALID: LabelStudioError = {
  status: 401,
  detail: 'Token is invalid or expired',
  extra: { code: 'token_not_valid' },
};

/** `POST /api/token/refresh/`: exchanges a PAT for a short-lived access token. */
export function refreshAccessToken(
  data: SimulatorData,
  secret: Buffer,
  accessTokenTtlSeconds: number,
  body: RequestBody,
): RefreshResult {
  const parsedBody = bodyObject(body);
  if (!parsedBody.ok) return parsedBody;
  const refresh = parsedBody.value?.['refresh'];
  // simplejwt's serializer rejects a missing field with a 400 before looking at any token.
  if (typeof refresh !== 'string' || refresh === '') {
    const message = refresh === undefined || refresh === '' ? 'This field is required.' : 'Not a valid string.';
    return { ok: false, error: { status: 400, detail: 'Validation error', validationErrors: { refresh: [message] } } };
  }
  const verified = verifyToken(refresh, secret, 'refresh');
  if (verified === undefined || findUser(data, verified.userId) === undefined) return { ok: false, error: TOKEN_NOT_VALID };
  return { ok: true, access: issueToken(secret, 'access', verified.userId, accessTokenTtlSeconds) };
}
