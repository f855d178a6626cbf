import { describe, expect, it } from 'vitest';
import { call, useSimulator, type Page } from './http.js';

const ORG = '/api/organizations/1/memberships';
const PROJECT = '/api/projects/100/members/paginated/';

const sim = useSimulator();

type ListPage = Page<{ id: number; user?: { id: number } }>;

async function list(target: string, authorization?: string): Promise<ListPage & { status: number }> {
  const result = await call(sim, 'GET', target, authorization === undefined ? {} : { authorization });
  return { status: result.status, ...(result.json as ListPage) };
}

const userIds = (page: ListPage) => page.results.map((result) => result.user?.id ?? result.id);

describe('GET /api/organizations/{id}/memberships', () => {
  it('lists every member in user id order, in the reference shape', async () => {
    const page = await list(`${ORG}?page_size=100`);

    expect(page).toMatchObject({ status: 200, count: 10, next: null, previous: null });
    expect(userIds(page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(page.results[3]).toEqual({
      id: 100_004,
      organization: 1,
      role: 'RE',
      role_source: 'manual',
      user_type: 'flex',
      flex: {},
      tags: [
        { id: 2, label: 'Medical' },
        { id: 3, label: 'Night shift' },
      ],
      user: {
        id: 4,
        email: 'reviewer@acme.test',
        username: 'reviewer',
        first_name: 'Rita',
        last_name: 'Reviewer',
        last_activity: '2026-10-15T08:30:00Z',
        date_joined: '2025-01-06T09:00:00Z',
        avatar: null,
        initials: 'RR',
      },
      contributed_to_projects: null,
      created_projects: null,
    });
  });

  it('pages with page and page_size, linking next and previous absolutely', async () => {
    const first = await list(`${ORG}?page_size=4`);
    const second = await list(`${ORG}?page_size=4&page=2`);
    const last = await list(`${ORG}?page_size=4&page=3`);

    expect(userIds(first)).toEqual([1, 2, 3, 4]);
    expect(first.next).toBe(`${sim.url}${ORG}?page_size=4&page=2`);
    expect(userIds(second)).toEqual([5, 6, 7, 8]);
    expect(second.previous).toBe(`${sim.url}${ORG}?page_size=4&page=1`);
    expect(userIds(last)).toEqual([9, 10]);
    expect(last.next).toBeNull();
    expect([first.count, second.count, last.count]).toEqual([10, 10, 10]);
  });

  it('answers 404 for a page past the last one', async () => {
    const result = await call(sim, 'GET', `${ORG}?page_size=4&page=4`);

    expect(result.status).toBe(404);
  });

  it.each([
    ['role', 'role=AN', [5, 6, 10]],
    ['role, view only', 'role=VO', [7]],
    ['tags', 'tags=1', [1, 2, 10]],
    ['user_type', 'user_type=flex', [4, 5]],
    ['is_deleted', 'is_deleted=true', [10]],
    ['exclude_project_id', 'exclude_project_id=100', [1, 8, 9, 10]],
    ['exclude_workspace_id', 'exclude_workspace_id=50', [1, 2, 6, 7, 8, 9, 10]],
    ['user__last_activity__gte', 'user__last_activity__gte=2026-11-01T12:00:00Z', [1, 2, 3]],
    ['user__last_activity__lte', 'user__last_activity__lte=2026-05-01T00:00:00Z', [8, 10]],
    ['search', 'search=ANN', [5, 6]],
  ])('filters by %s, as the bulk assign does', async (_name, query, expected) => {
    const page = await list(`${ORG}?page_size=100&${query}`);

    expect(userIds(page)).toEqual(expected);
    expect(page.count).toBe(expected.length);
  });

  it('serves a member without a role and one with a user type the SDK does not name, as the definition allows', async () => {
    const members = sim.data.organizations[0]?.members;
    const roleless = members?.find((member) => member.userId === 9);
    const serviceAccount = members?.find((member) => member.userId === 8);
    if (roleless) roleless.role = null;
    if (serviceAccount) serviceAccount.userType = 'service_account';

    const page = (await list(`${ORG}?page_size=100`)) as ListPage & { results: { id: number; role?: unknown; role_source?: unknown; user_type?: unknown }[] };

    expect(page.results.find((result) => result.user?.id === 9)).toMatchObject({ role: null, role_source: null });
    expect(page.results.find((result) => result.user?.id === 8)).toMatchObject({ user_type: 'service_account' });
    // Neither matches a filter on the codes it lacks or that the filter does not know.
    expect(userIds(await list(`${ORG}?page_size=100&role=NO`))).toEqual([]);
    expect(userIds(await list(`${ORG}?page_size=100&user_type=standard`))).toEqual([1, 2, 3, 6, 9, 10]);
  });

  it('orders by the given field', async () => {
    const page = await list(`${ORG}?page_size=3&ordering=-id`);

    expect(userIds(page)).toEqual([10, 9, 8]);
  });

  it('refuses a bad filter value with a 400 naming it', async () => {
    const result = await call(sim, 'GET', `${ORG}?role=XX`);

    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ validation_errors: { role: [expect.any(String)] } });
  });

  it('answers 401 without credentials, 403 outside the organization, 404 for an unknown one', async () => {
    expect((await call(sim, 'GET', ORG, { authorization: null })).status).toBe(401);
    expect((await call(sim, 'GET', ORG, { authorization: `Token ${sim.tokens.otherOrgOwner}` })).status).toBe(403);
    expect((await call(sim, 'GET', '/api/organizations/9/memberships')).status).toBe(404);
  });
});

describe('GET /api/projects/{id}/members/paginated/', () => {
  it('lists explicit and implicit members by default, flat, in the reference shape', async () => {
    const page = await list(`${PROJECT}?page_size=100`);

    // The owner (1) reaches every project of the organization without being added; the admin (2) was added.
    expect(userIds(page)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(page.results[0]).toMatchObject({ id: 1, implicit_member: true, project_role: null });
    expect(page.results[3]).toEqual({
      id: 4,
      email: 'reviewer@acme.test',
      username: 'reviewer',
      first_name: 'Rita',
      last_name: 'Reviewer',
      implicit_member: false,
      project_role: 'RE',
      project_role_source: 'manual',
      user_type: 'flex',
      tags: [
        { id: 2, label: 'Medical' },
        { id: 3, label: 'Night shift' },
      ],
      last_activity: '2026-10-15T08:30:00Z',
      date_joined: '2025-01-06T09:00:00Z',
      organization_membership: { role: 'RE', user_type: 'flex', active: true, organization_id: 1, flex: {} },
    });
  });

  it('gives an implicit member no project role and its organization membership, inactive once deactivated', async () => {
    const member = sim.data.organizations[0]?.members.find((candidate) => candidate.userId === 3);
    if (member) member.role = 'DI';

    const page = await list(`${PROJECT}?page_size=100`);

    expect(page.results[0]).toMatchObject({ id: 1, implicit_member: true, project_role: null, project_role_source: null, organization_membership: { role: 'OW', active: true } });
    expect(page.results[2]).toMatchObject({ id: 3, organization_membership: { role: 'DI', active: false } });
  });

  it('gives a member without an organization role no organization membership (its role is required there)', async () => {
    const member = sim.data.organizations[0]?.members.find((candidate) => candidate.userId === 3);
    if (member) member.role = null;

    const page = await list(`${PROJECT}?page_size=100`);

    expect(page.results.find((result) => result.id === 3)).toMatchObject({ user_type: 'standard', organization_membership: null });
  });

  it('lists only explicit members with implicit=false, only implicit ones with implicit=true', async () => {
    expect(userIds(await list(`${PROJECT}?implicit=false`))).toEqual([2, 3, 4, 5, 6, 7]);
    expect(userIds(await list(`${PROJECT}?implicit=true`))).toEqual([1]);
  });

  it('narrows to the users in ids, ignoring ids that are not members', async () => {
    const page = await list(`${PROJECT}?implicit=false&ids=1,5,7,99&page_size=1`);

    expect(page.count).toBe(2);
    expect(userIds(page)).toEqual([5]);
  });

  it.each([
    ['role, using the project role', 'role=RE', [4, 6]],
    ['role, falling back to the organization role', 'role=MA,AD', [2, 3]],
    ['search', 'search=maria%20manager', [3]],
    ['tags', 'tags=3', [4, 6]],
    ['user_type', 'user_type=viewonly', [7]],
    ['last_activity__gte', 'last_activity__gte=2026-10-01T00:00:00Z', [2, 3, 4]],
    ['last_activity__lte', 'last_activity__lte=2026-09-01T17:00:00%2B01:00', [5, 6, 7]],
    ['no_annotators', 'no_annotators=true', [2, 3, 4, 6, 7]],
    ['role, view only, falling back to the organization role', 'role=VO', [7]],
    ['with_deleted', 'with_deleted=false', [2, 3, 4, 5, 6, 7]],
  ])('filters by %s, as the bulk unassign does', async (_name, query, expected) => {
    const page = await list(`${PROJECT}?implicit=false&page_size=100&${query}`);

    expect(userIds(page)).toEqual(expected);
  });

  it('counts exactly what the bulk unassign then removes', async () => {
    const query = 'role=RE,AN&user_type=flex,standard';
    const listed = await list(`${PROJECT}?implicit=false&${query}`);

    const removed = await call(sim, 'DELETE', `/api/projects/100/members/bulk/?all=true&${query}`);

    expect(removed.json).toEqual({ unassignments: listed.count });
  });

  it('answers 403 outside the organization and 404 for an unknown project', async () => {
    expect((await call(sim, 'GET', PROJECT, { authorization: `Token ${sim.tokens.otherOrgOwner}` })).status).toBe(403);
    expect((await call(sim, 'GET', '/api/projects/999/members/paginated/')).status).toBe(404);
  });

  it('is a GET only', async () => {
    expect((await call(sim, 'POST', PROJECT)).status).toBe(405);
  });
});
