import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/server.js';
import { contract, type WireRequest } from './definition.js';

// The simulator stands in for Label Studio in every other test, so it must answer as Label Studio's
// definition says: every operation, with each query parameter the definition declares, and its error
// answers. Checked against the closed variant of the definition, so that the simulator invents no field.

const closed = contract({ closed: true });
let simulator: Simulator;
beforeAll(async () => {
  simulator = await startSimulator();
});
afterAll(() => simulator.close());
beforeEach(() => simulator.reset());

interface Answer {
  status: number;
  body: unknown;
}

async function send({ method, path, query, body }: WireRequest, authorization: string | null = `Token ${simulator.tokens.admin}`): Promise<Answer> {
  const response = await fetch(`${simulator.url}${path}${query ? `?${query}` : ''}`, {
    method,
    headers: { ...(authorization ? { authorization } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

/** The request sent, its answer, and what the definition finds wrong with the answer. */
async function check(request: WireRequest, authorization?: string | null) {
  const answer = await send(request, authorization);
  return { ...answer, problems: closed.responseProblems(request, answer.status, answer.body) };
}

/** Each operation on a seeded target, with the query and body it needs besides the parameter under test. */
const OPERATIONS: Record<string, WireRequest> = {
  'POST /api/organizations/{id}/member-tags/assignments': { method: 'POST', path: '/api/organizations/1/member-tags/assignments', query: '', body: { all: true, tags: [4] } },
  'POST /api/projects/{id}/members/bulk/': { method: 'POST', path: '/api/projects/101/members/bulk/', query: '', body: { all: true } },
  'DELETE /api/projects/{id}/members/bulk/': { method: 'DELETE', path: '/api/projects/100/members/bulk/', query: 'all=true' },
  'GET /api/organizations/{id}/memberships': { method: 'GET', path: '/api/organizations/1/memberships', query: '' },
  'GET /api/projects/{id}/members/paginated/': { method: 'GET', path: '/api/projects/100/members/paginated/', query: '' },
  'GET /api/organizations/{id}/member-tags': { method: 'GET', path: '/api/organizations/1/member-tags', query: '' },
};

/** A valid value for each query parameter the definition declares, by name; the seed's ids, codes and dates. */
const SAMPLES: Record<string, string[]> = {
  all: ['true', 'false'],
  included: ['5,6'],
  excluded: ['5'],
  ids: ['4,5,7'],
  role: ['AN', 'RE,MA', 'VO', 'OW,AD,MA,RE,AN,DI,NO,VO'],
  user_type: ['standard', 'flex,viewonly'],
  tags: ['2', '1,3'],
  search: ['ann', 'Acme'],
  is_deleted: ['true', 'false'],
  exclude_project_id: ['100'],
  exclude_workspace_id: ['50'],
  user__last_activity__gte: ['2026-09-01T00:00:00Z'],
  user__last_activity__lte: ['2026-09-01T00:00:00Z'],
  last_activity__gte: ['2026-09-01T00:00:00Z'],
  last_activity__lte: ['2026-09-01T00:00:00Z'],
  contributed_to_projects: ['true', 'false'],
  implicit: ['true', 'false'],
  no_annotators: ['true'],
  with_deleted: ['true', 'false'],
  ordering: ['-last_activity', 'username'],
  page: ['1', '2'],
  page_size: ['1', '5', '100'],
};

const queryParametersOf = (key: string) => {
  const [method = '', template = ''] = key.split(' ');
  const operation = closed.definition.paths[template]?.[method.toLowerCase()];
  return (operation?.parameters ?? [])
    .map((parameter) => ('$ref' in parameter ? closed.definition.components.parameters[parameter.$ref.split('/').at(-1) ?? ''] : parameter))
    .filter((parameter) => parameter?.in === 'query')
    .map((parameter) => parameter?.name ?? '');
};

describe('the simulator answers as Label Studio is defined to', () => {
  it('serves every operation of the definition, and only those take part here', () => {
    const defined = Object.entries(closed.definition.paths).flatMap(([template, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${template}`));
    expect(defined.filter((key) => key !== 'POST /api/token/refresh/').sort()).toEqual(Object.keys(OPERATIONS).sort());
  });

  describe.each(Object.entries(OPERATIONS))('%s', (key, base) => {
    it('answers with no parameter', async () => {
      const { status, problems } = await check(base);
      expect(status).toBe(200);
      expect(problems).toEqual([]);
    });

    it.each(queryParametersOf(key))('answers with %s', async (name) => {
      const values = SAMPLES[name];
      expect(values, `a sample value for ${name}`).toBeDefined();
      for (const value of values ?? []) {
        simulator.reset();
        const query = new URLSearchParams(base.query);
        query.set(name, value);
        const request = { ...base, query: query.toString().replaceAll('%2C', ',') };
        expect(closed.requestProblems(request), `the test's own request ${name}=${value}`).toEqual([]);
        const { status, body, problems } = await check(request);
        // A page past the end is DRF's 404, an error answer the definition describes too.
        expect(status === 200 || (name === 'page' && status === 404), `${name}=${value}: ${status} ${JSON.stringify(body)}`).toBe(true);
        expect(problems, `${name}=${value}`).toEqual([]);
      }
    });
  });

  it('answers the unassign given its selection as a JSON body', async () => {
    const { status, problems } = await check({ method: 'DELETE', path: '/api/projects/100/members/bulk/', query: 'role=AN', body: { all: false, included: [5, 6] } });
    expect(status).toBe(200);
    expect(problems).toEqual([]);
  });

  it('answers the project assign with roles, skipped users included', async () => {
    const { status, body, problems } = await check({
      method: 'POST',
      path: '/api/projects/101/members/bulk/',
      query: '',
      body: { all: false, included: [3, 4, 99], roles: [{ user_id: 3, role: 'RE' }] },
    });
    expect(status).toBe(200);
    expect(body).toEqual({ assignments: 2, skipped_user_ids: [99] });
    expect(problems).toEqual([]);
  });

  it('exchanges a personal access token', async () => {
    const pat = simulator.issuePersonalAccessToken(2);
    const { status, problems } = await check({ method: 'POST', path: '/api/token/refresh/', query: '', body: { refresh: pat } }, null);
    expect(status).toBe(200);
    expect(problems).toEqual([]);
  });

  it('serves a member without a role and one with a user type the SDK does not name', async () => {
    const members = simulator.data.organizations[0]?.members ?? [];
    for (const member of members) {
      if (member.userId === 3) member.role = null;
      if (member.userId === 4) member.userType = 'service_account';
    }
    for (const path of ['/api/organizations/1/memberships', '/api/projects/100/members/paginated/']) {
      const { status, problems } = await check({ method: 'GET', path, query: 'page_size=100' });
      expect(status).toBe(200);
      expect(problems).toEqual([]);
    }
  });

  describe('its error answers', () => {
    const annotator = () => `Token ${simulator.tokens.annotator}`;
    it.each<[string, WireRequest, (() => string | null) | undefined, number]>([
      ['a bad assign body', { method: 'POST', path: '/api/organizations/1/member-tags/assignments', query: '', body: { all: 'yes' } }, undefined, 400],
      ['an assign without rights', { method: 'POST', path: '/api/organizations/1/member-tags/assignments', query: '', body: { all: true, tags: [1] } }, annotator, 403],
      ['an unknown organization', { method: 'POST', path: '/api/organizations/99/member-tags/assignments', query: '', body: { all: true, tags: [1] } }, undefined, 404],
      ['no credentials', { method: 'GET', path: '/api/organizations/1/memberships', query: '' }, () => null, 401],
      ['a page past the end', { method: 'GET', path: '/api/organizations/1/memberships', query: 'page=9' }, undefined, 404],
      ['a malformed filter', { method: 'GET', path: '/api/projects/100/members/paginated/', query: 'tags=x' }, undefined, 400],
      ['an unassign without a selection', { method: 'DELETE', path: '/api/projects/100/members/bulk/', query: '' }, undefined, 400],
      ['a project assign without rights', { method: 'POST', path: '/api/projects/100/members/bulk/', query: '', body: { all: true } }, annotator, 403],
      ['an unknown project', { method: 'GET', path: '/api/projects/999/members/paginated/', query: '' }, undefined, 404],
      ['a tag list without rights', { method: 'GET', path: '/api/organizations/2/member-tags', query: '' }, undefined, 403],
      ['a refresh without a token', { method: 'POST', path: '/api/token/refresh/', query: '', body: {} }, () => null, 400],
      ['a refresh with a bad token', { method: 'POST', path: '/api/token/refresh/', query: '', body: { refresh: 'not-a-jwt' } }, () => null, 401],
    ])('%s', async (_name, request, authorization, expected) => {
      const { status, body, problems } = await check(request, authorization?.());
      expect(status, JSON.stringify(body)).toBe(expected);
      expect(problems).toEqual([]);
    });
  });
});
