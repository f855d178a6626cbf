import { describe, expect, it } from 'vitest';
import {
  assignedResponse,
  assignmentsResponse,
  errorBody,
  memberTagPage,
  organizationMemberPage,
  parseRetryAfter,
  projectMemberPage,
  unassignmentsResponse,
  unknownCodesIn,
} from '../../src/label-studio/responses.js';

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('30')).toBe(30);
  });

  it('reads an HTTP date as seconds from now, never negative', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(parseRetryAfter('Tue, 24 Nov 2026 12:00:10 GMT', now)).toBe(10);
    expect(parseRetryAfter('Tue, 24 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe("Label Studio's error body", () => {
  it('keeps only validation_errors, and drops exc_info and detail unread', () => {
    const parsed = errorBody.parse({ detail: 'boom', exc_info: 'Traceback...', validation_errors: { tags: ['bad'] } });

    expect(parsed).toEqual({ validation_errors: { tags: ['bad'] } });
  });

  it('bounds what it keeps: 20 fields, 5 messages each, 500 characters a message', () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, Array.from({ length: 9 }, () => 'x'.repeat(900))]));

    const kept = errorBody.parse({ validation_errors: many }).validation_errors ?? {};

    expect(Object.keys(kept)).toHaveLength(20);
    expect(kept['f0']).toHaveLength(5);
    expect(kept['f0']?.[0]).toHaveLength(500);
  });

  it('bounds field names to 100 characters', () => {
    const kept = errorBody.parse({ validation_errors: { ['f'.repeat(5000)]: ['bad'] } }).validation_errors ?? {};

    expect(Object.keys(kept)).toEqual(['f'.repeat(100)]);
  });

  it('strips control characters (C0 with ESC and NUL, DEL, C1) from field names and messages', () => {
    const dirty = 'a\u0000b\u001b[31mc\u007fd\u0085e\u009bf\ng\th';

    const kept = errorBody.parse({ validation_errors: { [dirty]: [dirty, 'ok'] } }).validation_errors;

    expect(kept).toEqual({ 'ab[31mcdefgh': ['ab[31mcdefgh', 'ok'] });
  });

  it('accepts a single message where a list is expected', () => {
    expect(errorBody.parse({ validation_errors: { all: 'required' } }).validation_errors).toEqual({ all: ['required'] });
  });
});

describe('the organization member list, read as Label Studio defines it', () => {
  const user = { id: 4, email: 'r@acme.test', username: 'r', first_name: 'Rita', last_name: '', last_activity: '2026-10-15T08:30:00.123456Z' };

  it('reads a member with role, user type, tags and last activity, codes as sent', () => {
    const page = organizationMemberPage.parse({ count: 1, next: null, results: [{ id: 100_004, role: 'RE', user_type: 'flex', tags: [{ id: 2, label: 'Medical' }], user }] });

    expect(page.results[0]).toEqual({
      userId: 4,
      email: 'r@acme.test',
      username: 'r',
      firstName: 'Rita',
      lastName: null,
      roleCode: 'RE',
      userTypeCode: 'flex',
      tags: [{ id: 2, label: 'Medical' }],
      lastActivity: new Date('2026-10-15T08:30:00.123Z'),
    });
  });

  it.each([
    { name: 'the view-only role', member: { role: 'VO', user }, expected: { roleCode: 'VO' } },
    { name: 'a role this service does not know', member: { role: 'ZZ', user }, expected: { roleCode: 'ZZ' } },
    { name: 'no role', member: { user }, expected: { roleCode: null } },
    { name: 'a user type this service does not know', member: { role: 'AN', user_type: 'service_account', user }, expected: { userTypeCode: 'service_account' } },
    { name: 'fields added since (role_source, flex) and no tags, which is not saying', member: { role: 'AN', role_source: 'scim', flex: { claimed: true }, user }, expected: { tags: null } },
    { name: 'a tag without an id', member: { role: 'AN', tags: [{ label: 'Senior' }], user }, expected: { tags: [{ id: null, label: 'Senior' }] } },
    // Any integer the definition allows: a carried tag id is shown, never sent back.
    { name: 'a tag with id 0', member: { role: 'AN', tags: [{ id: 0, label: 'Senior' }], user }, expected: { tags: [{ id: 0, label: 'Senior' }] } },
  ])('reads a member with $name', ({ member, expected }) => {
    const page = organizationMemberPage.parse({ count: 1, next: null, results: [member] });

    expect(page.results[0]).toMatchObject({ userId: 4, ...expected });
  });

  it('reads a last activity with any offset as the instant it names', () => {
    const page = organizationMemberPage.parse({ count: 1, next: null, results: [{ role: 'AN', user: { ...user, last_activity: '2026-10-15T14:00:00.5+05:30' } }] });

    expect(page.results[0]?.lastActivity).toEqual(new Date('2026-10-15T08:30:00.500Z'));
  });

  it('reads a page without `next` as one that does not say whether there is more', () => {
    expect(organizationMemberPage.parse({ count: 0, results: [] }).next).toBeUndefined();
  });

  it.each([
    { name: 'no count', body: { next: null, results: [] } },
    { name: 'a count that is not an integer', body: { count: 1.5, next: null, results: [] } },
    { name: 'a member without a user id', body: { count: 1, next: null, results: [{ role: 'AN', user: { ...user, id: undefined } }] } },
    { name: 'a last activity that is no date-time', body: { count: 1, next: null, results: [{ role: 'AN', user: { ...user, last_activity: 'yesterday' } }] } },
    { name: 'a last activity Date alone would read ("1")', body: { count: 1, next: null, results: [{ role: 'AN', user: { ...user, last_activity: '1' } }] } },
    { name: 'a last activity without an offset', body: { count: 1, next: null, results: [{ role: 'AN', user: { ...user, last_activity: '2026-10-15T08:30:00' } }] } },
    { name: 'a tag without a label', body: { count: 1, next: null, results: [{ role: 'AN', tags: [{ id: 1 }], user }] } },
  ])('refuses a page with $name', ({ body }) => {
    expect(organizationMemberPage.safeParse(body).success).toBe(false);
  });
});

describe('the project member list, read as Label Studio defines it', () => {
  const user = { id: 4, email: 'r@acme.test', username: 'r', first_name: 'Rita', last_name: null };

  it('reads the organization role from the membership, and a null project role as the organization role applying', () => {
    const page = projectMemberPage.parse({
      count: 1,
      next: null,
      results: [{ ...user, last_activity: null, implicit_member: true, project_role: null, user_type: 'standard', tags: [], organization_membership: { role: 'OW', user_type: 'standard' } }],
    });

    expect(page.results[0]).toEqual({
      userId: 4,
      email: 'r@acme.test',
      username: 'r',
      firstName: 'Rita',
      lastName: null,
      roleCode: 'OW',
      userTypeCode: 'standard',
      tags: [],
      lastActivity: null,
      projectRoleCode: null,
      implicit: true,
    });
  });

  it('keeps project and organization role codes it does not know, as sent', () => {
    const page = projectMemberPage.parse({ count: 1, next: null, results: [{ ...user, project_role: 'XY', organization_membership: { role: 'VO', active: true } }] });

    expect(page.results[0]).toMatchObject({ projectRoleCode: 'XY', roleCode: 'VO' });
  });

  it('reads a member without implicit_member, organization_membership or user_type as not said', () => {
    const page = projectMemberPage.parse({ count: 1, next: null, results: [{ ...user, project_role_source: 'manual' }] });

    expect(page.results[0]).toMatchObject({ implicit: null, roleCode: null, userTypeCode: null, projectRoleCode: null });
  });

  it('takes the user type from the membership when the flat one is missing', () => {
    const page = projectMemberPage.parse({ count: 1, next: null, results: [{ ...user, organization_membership: { role: 'AN', user_type: 'flex' } }] });

    expect(page.results[0]?.userTypeCode).toBe('flex');
  });

  it.each([
    { name: 'no count', body: { next: null, results: [] } },
    { name: 'a user id that is not a positive integer', body: { count: 1, next: null, results: [{ ...user, id: 0 }] } },
    { name: 'a member without a user id', body: { count: 1, next: null, results: [{ username: 'r' }] } },
    { name: 'results that are not a list', body: { count: 1, next: null, results: {} } },
  ])('refuses a page with $name', ({ body }) => {
    expect(projectMemberPage.safeParse(body).success).toBe(false);
  });
});

describe('the member tag list, read as Label Studio defines it', () => {
  it('reads a tag with its member count', () => {
    expect(memberTagPage.parse({ count: 1, next: null, results: [{ id: 3, label: 'Night shift', member_count: 2, organization: 1 }] }).results).toEqual([
      { id: 3, label: 'Night shift', memberCount: 2 },
    ]);
  });

  it('reads a tag without member_count as not said', () => {
    expect(memberTagPage.parse({ count: 1, next: null, results: [{ id: 3, label: 'Night shift' }] }).results).toEqual([{ id: 3, label: 'Night shift', memberCount: null }]);
  });

  it('refuses a tag without an id, which no filter could take', () => {
    expect(memberTagPage.safeParse({ count: 1, next: null, results: [{ label: 'Night shift' }] }).success).toBe(false);
  });
});

describe('count payloads', () => {
  it.each([{ assigned: -1 }, { assigned: 1.5 }, {}, { assigned: '3' }])('refuse %j: a count is a non-negative integer, and there must be one', (body) => {
    expect(assignedResponse.safeParse(body).success).toBe(false);
  });

  it('unassignments likewise', () => {
    expect(unassignmentsResponse.safeParse({}).success).toBe(false);
    expect(unassignmentsResponse.parse({ unassignments: 0, extra: true })).toEqual({ unassignments: 0 });
  });

  it("the project assign's skipped ids are passed on as sent, any integer, and null when not reported", () => {
    expect(assignmentsResponse.parse({ assignments: 2, skipped_user_ids: [0, 7] })).toEqual({ assignments: 2, skippedUserIds: [0, 7] });
    expect(assignmentsResponse.parse({ assignments: 2 })).toEqual({ assignments: 2, skippedUserIds: null });
    expect(assignmentsResponse.safeParse({ assignments: 2, skipped_user_ids: [1.5] }).success).toBe(false);
  });
});

describe("integers beyond GraphQL's Int (32-bit signed), which no answer could carry on", () => {
  const beyond = 2 ** 31;
  const largest = 2 ** 31 - 1;
  const user = (id: number) => ({ id, username: 'r' });
  const orgPage = ({ count = 1, userId = 4, carried = 2 }) => ({ count, next: null, results: [{ role: 'AN', tags: [{ id: carried, label: 'Medical' }], user: user(userId) }] });

  it.each([
    { name: 'a count of 2^31', read: () => organizationMemberPage.safeParse(orgPage({ count: beyond })) },
    { name: "a change's count of 2^31", read: () => assignedResponse.safeParse({ assigned: beyond }) },
    { name: 'a user id of 2^31', read: () => organizationMemberPage.safeParse(orgPage({ userId: beyond })) },
    { name: 'a tag id of 2^31', read: () => memberTagPage.safeParse({ count: 1, next: null, results: [{ id: beyond, label: 'Senior' }] }) },
    { name: "a member's carried tag id of 2^31", read: () => organizationMemberPage.safeParse(orgPage({ carried: beyond })) },
    { name: 'a carried tag id of -2^31-1', read: () => organizationMemberPage.safeParse(orgPage({ carried: -beyond - 1 })) },
    { name: 'a skipped user id of 2^31', read: () => assignmentsResponse.safeParse({ assignments: 1, skipped_user_ids: [beyond] }) },
  ])('refuse $name', ({ read }) => {
    expect(read().success).toBe(false);
  });

  it('accept 2^31-1 in each place', () => {
    expect(organizationMemberPage.parse(orgPage({ count: largest, userId: largest, carried: largest })).results[0]).toMatchObject({
      userId: largest,
      tags: [{ id: largest, label: 'Medical' }],
    });
    expect(memberTagPage.parse({ count: largest, next: null, results: [{ id: largest, label: 'Senior', member_count: largest }] }).results[0]?.id).toBe(largest);
    expect(assignmentsResponse.parse({ assignments: largest, skipped_user_ids: [0, largest] }).skippedUserIds).toEqual([0, largest]);
  });
});

describe('unknown codes', () => {
  it('are found in member pages, by field, and only codes this service does not know', () => {
    const page = projectMemberPage.parse({
      count: 2,
      next: null,
      results: [
        { id: 1, username: 'a', project_role: 'QQ', user_type: 'service_account', organization_membership: { role: 'VO' } },
        { id: 2, username: 'b', project_role: 'RE', user_type: 'flex', organization_membership: { role: 'ZZ' } },
      ],
    });

    expect(unknownCodesIn(page)).toEqual([
      { field: 'project_role', code: 'QQ' },
      { field: 'user_type', code: 'service_account' },
      { field: 'role', code: 'ZZ' },
    ]);
  });

  it('are none in an answer that is no page', () => {
    expect(unknownCodesIn({ assigned: 3 })).toEqual([]);
  });
});
