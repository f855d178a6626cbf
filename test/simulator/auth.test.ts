import { describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/server.js';
import { call, jwtPayload, projectMemberIds, useSimulator } from './http.js';

const ASSIGN_ORG_1 = '/api/organizations/1/member-tags/assignments';
const UNASSIGN_PROJECT_100 = '/api/projects/100/members/bulk/?all=false&included=6';

const sim = useSimulator({ accessTokenTtlSeconds: 120 });

describe('authentication', () => {
  it('answers 401 in the Label Studio error shape when no credentials are sent', async () => {
    const result = await call(sim, 'POST', ASSIGN_ORG_1, { authorization: null, json: { all: false } });
    expect(result.status).toBe(401);
    expect(result.json).toMatchObject({
      status_code: 401,
      version: 'sim-1',
      detail: 'Authentication credentials were not provided.',
      exc_info: null,
    });
    expect((result.json as { id: unknown }).id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 401 to an unknown legacy token', async () => {
    const result = await call(sim, 'DELETE', UNASSIGN_PROJECT_100, { authorization: 'Token not-a-real-key' });
    expect(result.status).toBe(401);
    expect(projectMemberIds(sim, 100)).toContain(6);
  });

  it('rejects a personal access token sent as Bearer until it has been exchanged', async () => {
    const pat = sim.issuePersonalAccessToken(2);
    const result = await call(sim, 'DELETE', UNASSIGN_PROJECT_100, { authorization: `Bearer ${pat}` });
    expect(result.status).toBe(401);
    expect(result.json).toMatchObject({ code: 'token_not_valid' });
  });

  it('rejects an expired access token', async () => {
    const access = sim.issueAccessToken(2, { expiresInSeconds: -5 });
    const result = await call(sim, 'DELETE', UNASSIGN_PROJECT_100, { authorization: `Bearer ${access}` });
    expect(result.status).toBe(401);
  });

  it('rejects an access token signed by another simulator', async () => {
    const other = await startSimulator();
    try {
      const foreign = other.issueAccessToken(2);
      const result = await call(sim, 'DELETE', UNASSIGN_PROJECT_100, { authorization: `Bearer ${foreign}` });
      expect(result.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('PAT refresh', () => {
  it('exchanges a PAT for an access token that then works as Bearer', async () => {
    const refresh = await call(sim, 'POST', '/api/token/refresh/', {
      authorization: null,
      json: { refresh: sim.issuePersonalAccessToken(2) },
    });
    expect(refresh.status).toBe(200);
    const { access } = refresh.json as { access: string };
    const claims = jwtPayload(access);
    expect(claims).toMatchObject({ token_type: 'access', user_id: 2 });
    expect(claims['exp']).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + 115);
    expect(claims['exp']).toBeLessThanOrEqual(Math.floor(Date.now() / 1000) + 121);

    const result = await call(sim, 'DELETE', UNASSIGN_PROJECT_100, { authorization: `Bearer ${access}` });
    expect(result.status).toBe(200);
    expect(result.json).toEqual({ unassignments: 1 });
  });

  it('issues a distinct access token on every refresh', async () => {
    const pat = sim.issuePersonalAccessToken(2);
    const first = await call(sim, 'POST', '/api/token/refresh/', { authorization: null, json: { refresh: pat } });
    const second = await call(sim, 'POST', '/api/token/refresh/', { authorization: null, json: { refresh: pat } });
    expect(first.json).not.toEqual(second.json);
  });

  it.each([
    ['an expired PAT', (s: Simulator) => s.issuePersonalAccessToken(2, { expiresInSeconds: -60 })],
    ['a PAT without exp', (s: Simulator) => s.issuePersonalAccessToken(2, { withoutExp: true })],
    ['an access token', (s: Simulator) => s.issueAccessToken(2)],
    ['a PAT with a forged signature', (s: Simulator) => `${s.issuePersonalAccessToken(2).slice(0, -4)}AAAA`],
    ['a PAT for a user that does not exist', (s: Simulator) => s.issuePersonalAccessToken(999)],
  ])('refuses to refresh %s with 401 token_not_valid', async (_label, makeToken) => {
    const result = await call(sim, 'POST', '/api/token/refresh/', { authorization: null, json: { refresh: makeToken(sim) } });
    expect(result.status).toBe(401);
    expect(result.json).toMatchObject({ status_code: 401, code: 'token_not_valid' });
  });

  it('answers 400 on the refresh field when it is missing', async () => {
    const result = await call(sim, 'POST', '/api/token/refresh/', { authorization: null, json: {} });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ validation_errors: { refresh: ['This field is required.'] } });
  });
});

describe('rights', () => {
  it('forbids an annotator from both bulk endpoints', async () => {
    const authorization = `Token ${sim.tokens.annotator}`;
    const assign = await call(sim, 'POST', ASSIGN_ORG_1, { authorization, json: { all: true, tags: [4] } });
    const unassign = await call(sim, 'DELETE', UNASSIGN_PROJECT_100, { authorization });
    expect([assign.status, unassign.status]).toEqual([403, 403]);
    expect(projectMemberIds(sim, 100)).toContain(6);
  });

  it("forbids another organization's owner", async () => {
    const authorization = `Token ${sim.tokens.otherOrgOwner}`;
    const result = await call(sim, 'POST', ASSIGN_ORG_1, { authorization, json: { all: true, tags: [4] } });
    expect(result.status).toBe(403);
  });

  it('lets a manager unassign project members but not assign member tags', async () => {
    const authorization = `Bearer ${sim.issueAccessToken(3)}`;
    const assign = await call(sim, 'POST', ASSIGN_ORG_1, { authorization, json: { all: false, included: [5], tags: [4] } });
    const unassign = await call(sim, 'DELETE', UNASSIGN_PROJECT_100, { authorization });
    expect(assign.status).toBe(403);
    expect(unassign.status).toBe(200);
  });

  it('answers 404 for an unknown organization or project before checking rights', async () => {
    const authorization = `Token ${sim.tokens.annotator}`;
    const assign = await call(sim, 'POST', '/api/organizations/999/member-tags/assignments', {
      authorization,
      json: { all: true },
    });
    const unassign = await call(sim, 'DELETE', '/api/projects/999/members/bulk/?all=true', { authorization });
    expect([assign.status, unassign.status]).toEqual([404, 404]);
  });
});
