import { describe, expect, it } from 'vitest';
import { memberTagsHttp, organizationMembersHttp, projectMembersHttp } from '../../src/label-studio/requests.js';
import { memberTagPage, organizationMemberListPage, projectMemberListPage } from '../../src/label-studio/responses.js';
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

describe('list responses for the connections', () => {
  const user = { id: 4, email: 'r@acme.test', username: 'r', first_name: 'Rita', last_name: '', last_activity: '2026-10-15T08:30:00.123456Z' };

  it('reads an organization member with role, user type, tags and last activity', () => {
    const page = organizationMemberListPage.parse({ count: 1, next: null, results: [{ id: 100_004, role: 'RE', user_type: 'flex', tags: [{ id: 2, label: 'Medical' }], user }] });

    expect(page.results[0]).toEqual({
      userId: 4,
      email: 'r@acme.test',
      username: 'r',
      firstName: 'Rita',
      lastName: null,
      role: 'RE',
      userType: 'flex',
      tags: [{ id: 2, label: 'Medical' }],
      lastActivity: new Date('2026-10-15T08:30:00.123Z'),
    });
  });

  it('reads a project member: the organization role from its membership, the project role null when the organization role applies', () => {
    const { last_activity, ...flat } = { ...user, last_activity: null };
    const page = projectMemberListPage.parse({
      count: 1,
      next: null,
      results: [{ ...flat, last_activity, implicit_member: true, project_role: null, user_type: 'standard', tags: [], organization_membership: { role: 'OW', user_type: 'standard' } }],
    });

    expect(page.results[0]).toMatchObject({ userId: 4, role: 'OW', projectRole: null, implicit: true, userType: 'standard', lastActivity: null, tags: [] });
  });

  it('reads a member tag with its member count', () => {
    expect(memberTagPage.parse({ count: 1, next: null, results: [{ id: 3, label: 'Night shift', member_count: 2, organization: 1 }] }).results).toEqual([
      { id: 3, label: 'Night shift', memberCount: 2 },
    ]);
  });

  it.each([
    { name: 'an unknown role', body: { count: 1, next: null, results: [{ role: 'XX', user }] } },
    { name: 'a last activity that is no date-time', body: { count: 1, next: null, results: [{ role: 'AN', user: { ...user, last_activity: 'yesterday' } }] } },
    { name: 'a tag without a label', body: { count: 1, next: null, results: [{ role: 'AN', tags: [{ id: 1 }], user }] } },
    { name: 'no next', body: { count: 0, results: [] } },
  ])('refuses an organization page with $name', ({ body }) => {
    expect(organizationMemberListPage.safeParse(body).success).toBe(false);
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
