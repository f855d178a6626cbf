import { describe, expect, it } from 'vitest';
import { organizationMembersHttp, projectMembersHttp, splitIdList } from '../../src/label-studio/requests.js';
import { organizationMemberPage, projectMemberPage } from '../../src/label-studio/responses.js';

describe('member list requests', () => {
  it('organization: GET without a trailing slash, the bulk filters, then the page', () => {
    expect(organizationMembersHttp({ organizationId: 3, filters: { role: ['AN'], is_deleted: false }, page: 2, pageSize: 100 })).toEqual({
      method: 'GET',
      route: 'api/organizations/{id}/memberships',
      path: 'api/organizations/3/memberships',
      query: 'role=AN&is_deleted=false&page=2&page_size=100',
    });
  });

  it('project: GET with the trailing slash, implicit and the page before ids, which come last', () => {
    expect(projectMembersHttp({ projectId: 9, filters: { search: 'ann' }, implicit: false, ids: [4, 5], pageSize: 1 })).toEqual({
      method: 'GET',
      route: 'api/projects/{id}/members/paginated/',
      path: 'api/projects/9/members/paginated/',
      query: 'search=ann&implicit=false&page=1&page_size=1&ids=4,5',
    });
  });
});

describe('splitting an id list to fit the request line', () => {
  it('keeps a list that fits whole', () => {
    expect(splitIdList([1, 22, 333], 8)).toEqual([[1, 22, 333]]);
  });

  it('starts a new list where the next id and its comma would not fit, keeping the order', () => {
    expect(splitIdList([1, 22, 333, 4444, 5], 7)).toEqual([[1, 22], [333], [4444, 5]]);
  });

  it('gives up when not even one id fits', () => {
    expect(splitIdList([1, 123456], 5)).toBeUndefined();
  });
});

describe('member list responses', () => {
  const user = { id: 4, email: 'r@acme.test', username: 'r', first_name: 'Rita', last_name: '' };

  it('reads the organization list, whose results nest the user, in the facade terms, with whether there is more', () => {
    const page = organizationMemberPage.parse({ count: 7, next: 'http://ls.test/api/organizations/1/memberships?page=2', previous: null, results: [{ id: 100_004, role: 'RE', user }] });

    expect(page).toEqual({ count: 7, next: 'http://ls.test/api/organizations/1/memberships?page=2', results: [{ userId: 4, email: 'r@acme.test', username: 'r', firstName: 'Rita', lastName: null }] });
  });

  it('reads the project list, whose results are flat', () => {
    const page = projectMemberPage.parse({ count: 1, next: null, results: [{ ...user, implicit_member: false, last_name: null }] });

    expect(page.results[0]).toEqual({ userId: 4, email: 'r@acme.test', username: 'r', firstName: 'Rita', lastName: null, projectRole: null });
  });

  it('reads a project member\'s project role, which an undo gives back', () => {
    const page = projectMemberPage.parse({ count: 1, next: null, results: [{ ...user, project_role: 'RE' }] });

    expect(page.results[0]?.projectRole).toBe('RE');
  });

  it.each([
    { name: 'no count', body: { next: null, results: [] } },
    { name: 'a user id that is not a positive integer', body: { count: 1, next: null, results: [{ ...user, id: 0 }] } },
    { name: 'results that are not a list', body: { count: 1, next: null, results: {} } },
    { name: 'no next (Django REST Framework always sends it)', body: { count: 1, results: [] } },
  ])('refuses a page with $name', ({ body }) => {
    expect(projectMemberPage.safeParse(body).success).toBe(false);
  });
});
