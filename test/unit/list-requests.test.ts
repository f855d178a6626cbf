import { describe, expect, it } from 'vitest';
import { organizationMembersHttp, projectMembersHttp, splitIdList } from '../../src/label-studio/requests.js';

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
