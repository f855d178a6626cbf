import { describe, expect, it } from 'vitest';
import { memberTagsHttp, organizationMembersHttp, projectMembersHttp } from '../../src/label-studio/requests.js';
import { decodeCursor, encodeCursor, pageWindow, toConnection } from '../../src/schema/connections.js';

describe('list requests for the connections', () => {
  it('organization: search after the bulk filters, then the page', () => {
    expect(organizationMembersHttp({ organizationId: 1, filters: { role: ['AN'] }, search: 'ann', page: 3, pageSize: 30 }).query).toBe('role=AN&search=ann&page=3&page_size=30');
  });

  it('project: any page, implicit=false before it', () => {
    expect(projectMembersHttp({ projectId: 9, filters: {}, implicit: false, page: 4, pageSize: 25 }).query).toBe('implicit=false&page=4&page_size=25');
  });

  it('member tags: GET without a trailing slash, search and the page', () => {
    expect(memberTagsHttp({ organizationId: 2, search: 'night shift', page: 1, pageSize: 30 })).toEqual({
      method: 'GET',
      route: 'api/organizations/{id}/member-tags',
      path: 'api/organizations/2/member-tags',
      query: 'search=night%20shift&page=1&page_size=30',
    });
  });
});

describe('cursors', () => {
  it('round-trip a position within their own list only', () => {
    const cursor = encodeCursor('projectMembers', 41);

    expect(decodeCursor('projectMembers', cursor)).toBe(41);
    expect(decodeCursor('organizationMembers', cursor)).toBeUndefined();
  });

  it.each(['', '!!!', 'cHJvamVjdE1lbWJlcnM6MDE', Buffer.from('projectMembers:2147483648').toString('base64url'), Buffer.from('projectMembers:1.5').toString('base64url')])(
    'refuse %j',
    (cursor) => {
      expect(decodeCursor('projectMembers', cursor)).toBeUndefined();
    },
  );

  it('a page starts after its cursor, and its edges carry their own positions', () => {
    const window = pageWindow('memberTags', { first: 2, after: encodeCursor('memberTags', 3) });
    const page = toConnection('memberTags', window, { count: 7, results: ['e', 'f'] });

    expect(window).toEqual({ offset: 4, limit: 2 });
    expect(page.edges.map((edge) => decodeCursor('memberTags', edge.cursor))).toEqual([4, 5]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(page.totalCount).toBe(7);
  });
});
