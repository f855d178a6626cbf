import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../src/simulator/server.js';
import { ASSIGN, postGraphQL, startFacade, startStack, useStack } from '../support/stack.js';

const stack = useStack({ LOG_LEVEL: 'trace' });

const assign = { query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [5], tags: [4] } } };
const routes = () => stack.simulator.requests.map((request) => `${request.method} ${request.path}`);
const REFRESH = 'POST /api/token/refresh/';
const ASSIGNMENT = 'POST /api/organizations/1/member-tags/assignments';

describe('personal access tokens', () => {
  it('exchanges a PAT for an access token and sends only the access token to the API', async () => {
    const pat = stack.simulator.issuePersonalAccessToken(2);

    const result = await stack.graphql({ ...assign, authorization: `Bearer ${pat}` });

    expect(result.body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 1 } });
    expect(routes()).toEqual([REFRESH, ASSIGNMENT]);
    expect(stack.simulator.requests[0]?.body).toEqual({ refresh: pat });
    const sent = stack.simulator.requests[1]?.authorization ?? '';
    expect(sent).toMatch(/^Bearer /);
    expect(sent).not.toContain(pat);
  });

  it('reuses the access token for later requests with the same PAT', async () => {
    const pat = stack.simulator.issuePersonalAccessToken(2);

    await stack.graphql({ ...assign, authorization: `Bearer ${pat}` });
    await stack.graphql({ ...assign, authorization: `Bearer ${pat}` });

    expect(routes()).toEqual([REFRESH, ASSIGNMENT, ASSIGNMENT]);
  });

  it('shares one refresh among concurrent requests with the same PAT', async () => {
    const pat = stack.simulator.issuePersonalAccessToken(2);

    const results = await Promise.all(Array.from({ length: 5 }, () => stack.graphql({ ...assign, authorization: `Bearer ${pat}` })));

    expect(results.every((result) => result.body.errors === undefined)).toBe(true);
    expect(routes().filter((route) => route === REFRESH)).toHaveLength(1);
  });

  it.each([
    { name: 'an expired PAT', pat: () => stack.simulator.issuePersonalAccessToken(2, { expiresInSeconds: -60 }), says: /expired/ },
    { name: 'a PAT without exp', pat: () => stack.simulator.issuePersonalAccessToken(2, { withoutExp: true }), says: /no expiry/ },
  ])('refuses $name with UNAUTHENTICATED saying why, without calling Label Studio', async ({ pat, says }) => {
    const result = await stack.graphql({ ...assign, authorization: `Bearer ${pat()}` });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.body.errors?.[0]?.message).toMatch(says);
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('answers a refused refresh with UNAUTHENTICATED saying so', async () => {
    const stranger = await startSimulator();
    const foreignPat = stranger.issuePersonalAccessToken(2);
    await stranger.close();

    const result = await stack.graphql({ ...assign, authorization: `Bearer ${foreignPat}` });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.body.errors?.[0]?.message).toMatch(/refused to exchange/);
    expect(routes()).toEqual([REFRESH]);
  });

  it('after a 401 to its access token, refreshes once and retries once', async () => {
    const pat = stack.simulator.issuePersonalAccessToken(2);
    stack.simulator.injectFault({ route: 'assign', status: 401 });

    const result = await stack.graphql({ ...assign, authorization: `Bearer ${pat}` });

    expect(result.body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 1 } });
    expect(routes()).toEqual([REFRESH, ASSIGNMENT, REFRESH, ASSIGNMENT]);
  });

  it('does not say a change may have run when its token exchange failed and the change was never sent', async () => {
    const pat = stack.simulator.issuePersonalAccessToken(2);
    stack.simulator.injectFault({ route: 'refresh', status: 502 });

    const result = await stack.graphql({ ...assign, authorization: `Bearer ${pat}` });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 502 });
    expect(routes()).toEqual([REFRESH]);
  });

  it('does not say a change may have run when it was refused (401) and the exchange for its retry failed', async () => {
    const pat = stack.simulator.issuePersonalAccessToken(2);
    await stack.graphql({ ...assign, authorization: `Bearer ${pat}` });
    stack.simulator.injectFault({ route: 'assign', status: 401 });
    stack.simulator.injectFault({ route: 'refresh', status: 504 });

    const result = await stack.graphql({ ...assign, authorization: `Bearer ${pat}` });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 504 });
    expect(routes()).toEqual([REFRESH, ASSIGNMENT, ASSIGNMENT, REFRESH]);
  });

  it('gives up with UNAUTHENTICATED when the fresh access token is refused too', async () => {
    const pat = stack.simulator.issuePersonalAccessToken(2);
    stack.simulator.injectFault({ route: 'assign', status: 401, times: 5 });

    const result = await stack.graphql({ ...assign, authorization: `Bearer ${pat}` });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', upstreamStatus: 401 });
    expect(routes()).toEqual([REFRESH, ASSIGNMENT, REFRESH, ASSIGNMENT]);
  });

  it('passes an access JWT through unchanged, with no exchange', async () => {
    const access = `Bearer ${stack.simulator.issueAccessToken(2)}`;

    await stack.graphql({ ...assign, authorization: access });

    expect(routes()).toEqual([ASSIGNMENT]);
    expect(stack.simulator.requests[0]?.authorization).toBe(access);
  });

  it('never writes a token to the logs', async () => {
    const pat = stack.simulator.issuePersonalAccessToken(2);
    stack.simulator.injectFault({ route: 'assign', status: 401 });
    await stack.graphql({ ...assign, authorization: `Bearer ${pat}` });
    await stack.graphql({ ...assign, authorization: 'Token demo-admin-token' });
    const accessTokens = stack.simulator.requests.map((request) => request.authorization?.replace(/^Bearer /, '')).filter((token) => token?.includes('.'));

    expect(stack.logs.length).toBeGreaterThan(0);
    for (const secret of [pat, 'demo-admin-token', ...accessTokens]) {
      expect(stack.logs.join('\n')).not.toContain(secret);
    }
  });
});

describe('the access token cache', () => {
  it('refreshes again once the access token is about to expire', async () => {
    // Access tokens that live 10 s are inside the 30 s safety margin: each request needs a fresh one.
    const shortLived = await startStack({}, { accessTokenTtlSeconds: 10 });
    try {
      const pat = shortLived.simulator.issuePersonalAccessToken(2);
      await shortLived.graphql({ ...assign, authorization: `Bearer ${pat}` });
      await shortLived.graphql({ ...assign, authorization: `Bearer ${pat}` });

      expect(shortLived.simulator.requests.filter((request) => request.path === '/api/token/refresh/')).toHaveLength(2);
    } finally {
      await shortLived.close();
    }
  });
});

describe('the service credential (LABEL_STUDIO_API_KEY)', () => {
  it('stands in for a caller that sent no Authorization header', async () => {
    const facade = await startFacade({ LABEL_STUDIO_URL: stack.simulator.url, LABEL_STUDIO_API_KEY: 'demo-admin-token' });
    try {
      const result = await postGraphQL(facade.url, { ...assign, authorization: null });

      expect(result.body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 1 } });
      expect(stack.simulator.requests[0]?.authorization).toBe('Token demo-admin-token');
    } finally {
      await facade.close();
    }
  });

  it("never replaces the caller's own header", async () => {
    const facade = await startFacade({ LABEL_STUDIO_URL: stack.simulator.url, LABEL_STUDIO_API_KEY: 'demo-admin-token' });
    try {
      const result = await postGraphQL(facade.url, { ...assign, authorization: 'Token annotator-token' });

      expect(result.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(stack.simulator.requests[0]?.authorization).toBe('Token annotator-token');
    } finally {
      await facade.close();
    }
  });

  it('may be a PAT, exchanged like a caller PAT', async () => {
    const pat = stack.simulator.issuePersonalAccessToken(2);
    const facade = await startFacade({ LABEL_STUDIO_URL: stack.simulator.url, LABEL_STUDIO_API_KEY: pat });
    try {
      const result = await postGraphQL(facade.url, { ...assign, authorization: null });

      expect(result.body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: 1 } });
      expect(routes()).toEqual([REFRESH, ASSIGNMENT]);
    } finally {
      await facade.close();
    }
  });
});
