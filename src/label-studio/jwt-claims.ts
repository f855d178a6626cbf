import { decodeJwt } from 'jose';
import { z } from 'zod';

const claims = z.object({ token_type: z.string().optional(), exp: z.number().optional() });
const algorithm = z.object({ alg: z.string() });

export type JwtClaims = z.output<typeof claims>;

/**
 * Reads a JWT's claims without verifying it: only Label Studio can verify, and the facade needs just
 * enough to route a personal access token to the refresh exchange and to know when an access token
 * expires. Undefined when the value is not a JWT.
 */
export function readJwtClaims(token: string): JwtClaims | undefined {
  try {
    const parsed = claims.safeParse(decodeJwt(token));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An unsecured JWT (alg "none", RFC 7519 section 6) or one with an empty signature: Label Studio signs
 * every token it issues, so such a value is refused without asking it (or trading it as a PAT).
 */
export function isUnsignedJwt(token: string): boolean {
  const [header, payload, signature, ...rest] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined || rest.length > 0) return false;
  if (signature === '') return true;
  try {
    const parsed = algorithm.safeParse(JSON.parse(Buffer.from(header, 'base64url').toString('utf8')));
    return parsed.success && parsed.data.alg.toLowerCase() === 'none';
  } catch {
    return false;
  }
}
