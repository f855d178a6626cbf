import { randomUUID } from 'node:crypto';
import { signJwt, verifyJwt, type JwtClaims } from './jwt.js';

// Claims follow djangorestframework-simplejwt, which Label Studio uses for personal access tokens.

export type TokenType = 'refresh' | 'access';

export interface VerifiedToken {
  userId: number;
}

/** `expiresInSeconds: undefined` issues a token without `exp`, which Label Studio rejects. */
export function issueToken(
  secret: Buffer,
  tokenType: TokenType,
  userId: number,
  expiresInSeconds: number | undefined,
): string {
  const now = Math.floor(Date.now() / 1000);
  const claims: JwtClaims = { token_type: tokenType, iat: now, jti: randomUUID().replaceAll('-', ''), user_id: userId };
  if (expiresInSeconds !== undefined) claims['exp'] = now + expiresInSeconds;
  return signJwt(claims, secret);
}

/** The token's user when it is genuine, of `tokenType`, and carries an `exp` still in the future. */
export function verifyToken(token: string, secret: Buffer, tokenType: TokenType): VerifiedToken | undefined {
  const claims = verifyJwt(token, secret);
  if (claims === undefined || claims['token_type'] !== tokenType) return undefined;
  const exp = claims['exp'];
  if (typeof exp !== 'number' || exp * 1000 <= Date.now()) return undefined;
  const userId = claims['user_id'];
  return typeof userId === 'number' && Number.isInteger(userId) ? { userId } : undefined;
}
