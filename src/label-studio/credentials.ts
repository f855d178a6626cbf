import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Deadline } from './deadline.js';
import { deadlineFailure, LabelStudioError } from './errors.js';
import { isUnsignedJwt, readJwtClaims } from './jwt-claims.js';

export interface UpstreamCredential {
  /** The Authorization header to send to Label Studio. */
  header: string;
  /** Present for personal access tokens: exchange again after Label Studio refused the access token. */
  renew?: (deadline: Deadline) => Promise<string>;
}

export interface CredentialsOptions {
  /** Used only when the caller sent no Authorization header: a legacy key or a personal access token. */
  serviceApiKey?: string;
  /** Trades a personal access token for an access token (`POST /api/token/refresh/`). */
  exchange: (personalAccessToken: string) => Promise<string>;
  cacheSize?: number;
  now?: () => number;
}

// The credential is a token68 (RFC 7235): what Label Studio's keys and JWTs are made of. Anything else
// (spaces, commas joining two headers, quotes, bytes beyond ASCII) cannot be a credential it accepts.
const CALLER_HEADER = /^(Token|Bearer) ([\w.~+/-]+=*)$/;
// Label Studio's tokens are a few hundred characters; its front proxy refuses header lines over 8 KB.
const MAX_CALLER_HEADER_LENGTH = 4096;
// Refresh a little early so an access token never expires between our check and Label Studio's.
const EXPIRY_MARGIN_MS = 30_000;

export type Credentials = ReturnType<typeof createCredentials>;

export function createCredentials({ serviceApiKey, exchange, cacheSize = 1000, now = Date.now }: CredentialsOptions) {
  // Keyed by a hash of the PAT so the cache never holds one; least recently used dropped past `cacheSize`.
  // Expiry stays ours: it is the access token's own `exp`, on the injectable clock.
  const cache = new LRUCache<string, { access: string; expiresAt: number }>({ max: cacheSize });
  const inFlight = new Map<string, Promise<string>>();
  const serviceHeader = serviceApiKey === undefined ? undefined : readJwtClaims(serviceApiKey) ? `Bearer ${serviceApiKey}` : `Token ${serviceApiKey}`;

  function cached(key: string): string | undefined {
    const entry = cache.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt - EXPIRY_MARGIN_MS > now()) return entry.access;
    cache.delete(key);
    return undefined;
  }

  function remember(key: string, access: string) {
    const exp = readJwtClaims(access)?.exp;
    if (exp !== undefined) cache.set(key, { access, expiresAt: exp * 1000 });
  }

  /** One exchange per PAT at a time: concurrent requests wait for the same refresh. */
  function accessFor(key: string, pat: string, deadline: Deadline): Promise<string> {
    const known = cached(key);
    if (known) return Promise.resolve(known);
    let pending = inFlight.get(key);
    if (!pending) {
      pending = exchange(pat)
        .then((access) => {
          remember(key, access);
          return access;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    return withinDeadline(pending, deadline);
  }

  function personalAccessToken(pat: string, exp: number | undefined, deadline: Deadline): Promise<UpstreamCredential> {
    if (exp === undefined) throw new LabelStudioError({ kind: 'unauthenticated', reason: 'pat-without-exp' });
    if (exp * 1000 <= now()) throw new LabelStudioError({ kind: 'unauthenticated', reason: 'pat-expired' });
    const key = createHash('sha256').update(pat).digest('base64url');
    const renew = async (renewDeadline: Deadline) => {
      cache.delete(key);
      return `Bearer ${await accessFor(key, pat, renewDeadline)}`;
    };
    return accessFor(key, pat, deadline).then((access) => ({ header: `Bearer ${access}`, renew }));
  }

  return {
    /** The caller's header wins; the service key stands in only when the caller sent none. */
    async resolve(authorization: string | undefined, deadline: Deadline): Promise<UpstreamCredential> {
      const header = authorization ?? serviceHeader;
      const match = header === undefined || header.length > MAX_CALLER_HEADER_LENGTH ? null : CALLER_HEADER.exec(header);
      if (!header || !match) throw new LabelStudioError({ kind: 'unauthenticated', reason: header ? 'malformed' : 'missing' });
      const [, scheme, token = ''] = match;
      if (scheme === 'Bearer' && isUnsignedJwt(token)) throw new LabelStudioError({ kind: 'unauthenticated', reason: 'unsigned-jwt' });
      const claims = scheme === 'Bearer' ? readJwtClaims(token) : undefined;
      // Legacy keys and access tokens pass through unchanged; only a refresh-type JWT is exchanged.
      if (claims?.token_type !== 'refresh') return { header };
      return personalAccessToken(token, claims.exp, deadline);
    },
  };
}

/** The shared exchange runs on its own budget; each waiting request still stops at its own deadline. */
function withinDeadline<T>(promise: Promise<T>, deadline: Deadline): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const unsubscribe = deadline.onEnd(() => reject(new LabelStudioError(deadlineFailure(deadline.timedOut), 'api/token/refresh/')));
    promise.then(resolve, reject).finally(unsubscribe);
  });
}
