import { decodeJwt } from 'jose';
import { z } from 'zod';

const claims = z.object({ token_type: z.string().optional(), exp: z.number().optional() });

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
