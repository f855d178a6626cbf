import { describe, expect, it } from 'vitest';
import type { Simulator } from '../../src/simulator/server.js';
import { ASSIGN, PREVIEW_ASSIGN, useStack, type Stack } from '../support/stack.js';

// Organization 1's members are users 1 to 10; the annotators (AN) are 5, 6, 7 and 10.
const stack = useStack();
// Five members at most are paged through: the seeded organization's ten are too many.
const small = useStack({ PREVIEW_SCAN_LIMIT: '5' });

type Preview = { members: number; exact: boolean; sample: { userId: number }[] };

async function previewed(on: Stack, input: Record<string, unknown>, sampleSize?: number): Promise<Preview> {
  const result = await on.graphql({ query: PREVIEW_ASSIGN, variables: { input: { organizationId: 1, tags: [4], ...input }, sampleSize } });
  expect(result.body.errors).toBeUndefined();
  return result.body.data?.['previewBulkAssignOrgMemberTags'] as Preview;
}
const sampleIds = (value: Preview) => value.sample.map((member) => member.userId);
const sent = (on: Stack) => on.simulator.requests.map((request) => `${request.method} ${request.path}?${request.query}`);
const LIST = 'GET /api/organizations/1/memberships';

/** Adds organization members 1001.. as annotators, so that a scan needs several pages. */
function addAnnotators(simulator: Simulator, count: number) {
  const organization = simulator.data.organizations.find((candidate) => candidate.id === 1);
  for (let index = 0; index < count; index += 1) {
    const id = 1001 + index;
    simulator.data.users.push({ id, email: `a${id}@acme.test`, username: `a${id}`, firstName: 'A', lastName: String(id), lastActivity: null });
    organization?.members.push({ userId: id, role: 'AN', userType: 'standard', isDeleted: false, tagIds: [] });
  }
}

describe('previewBulkAssignOrgMemberTags', () => {
  it('all: true without excluded is the list count, exact, in one request with page_size = sampleSize', async () => {
    const value = await previewed(stack, { all: true, filter: { roles: ['ANNOTATOR'] } });

    expect(value).toMatchObject({ members: 3, exact: true });
    expect(sampleIds(value)).toEqual([5, 6, 10]);
    expect(sent(stack)).toEqual([`${LIST}?role=AN&page=1&page_size=10`]);
  });

  it('sends every filter as the bulk assign gets it', async () => {
    await previewed(stack, {
      all: true,
      filter: {
        roles: ['ANNOTATOR', 'REVIEWER'],
        tags: [1],
        userTypes: ['FLEX'],
        isDeleted: false,
        excludeProjectId: 101,
        excludeWorkspaceId: 50,
        lastActivityGte: '2026-01-01T00:00:00Z',
        lastActivityLte: '2026-12-31T00:00:00Z',
      },
    });

    expect(sent(stack)).toEqual([
      `${LIST}?role=AN,RE&tags=1&user_type=flex&is_deleted=false&exclude_project_id=101&exclude_workspace_id=50` +
        '&user__last_activity__gte=2026-01-01T00%3A00%3A00.000Z&user__last_activity__lte=2026-12-31T00%3A00%3A00.000Z&page=1&page_size=10',
    ]);
  });

  it('all: true with excluded pages through the matching members and leaves the excluded out, exact', async () => {
    const value = await previewed(stack, { all: true, excluded: [5, 99], filter: { roles: ['ANNOTATOR'] } });

    expect(value).toMatchObject({ members: 2, exact: true });
    expect(sampleIds(value)).toEqual([6, 10]);
    expect(sent(stack)).toEqual([`${LIST}?role=AN&page=1&page_size=100`]);
  });

  it('all: false intersects included with the members, exact', async () => {
    const value = await previewed(stack, { all: false, included: [5, 6, 42] });

    expect(value).toMatchObject({ members: 2, exact: true });
    expect(sampleIds(value)).toEqual([5, 6]);
    expect(sent(stack)).toEqual([`${LIST}?page=1&page_size=100`]);
  });

  it('pages through every matching member in pages of 100, up to PREVIEW_SCAN_LIMIT; over several pages the count is an upper bound', async () => {
    addAnnotators(stack.simulator, 250);

    const value = await previewed(stack, { all: true, excluded: [5, 1100], filter: { roles: ['ANNOTATOR'] } }, 3);

    // The organization list cannot be filtered by user id, so nothing shows that a walk over several pages missed nobody.
    expect(value).toMatchObject({ members: 253, exact: false });
    expect(sampleIds(value)).toEqual([6, 10, 1001]);
    expect(sent(stack).sort()).toEqual([1, 2, 3].map((page) => `${LIST}?role=AN&page=${page}&page_size=100`));
  });

  it('finds included members on any page; over several pages the distinct included are an upper bound', async () => {
    addAnnotators(stack.simulator, 250);

    const value = await previewed(stack, { all: false, included: [1250, 3, 1001, 42] });

    expect(value).toMatchObject({ members: 4, exact: false });
    expect(sampleIds(value)).toEqual([3, 1001, 1250]);
  });

  it('above PREVIEW_SCAN_LIMIT, all: true with excluded reports the count as an upper bound from one page', async () => {
    const value = await previewed(small, { all: true, excluded: [1, 2] });

    expect(value).toMatchObject({ members: 10, exact: false });
    expect(sampleIds(value)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(sent(small)).toEqual([`${LIST}?page=1&page_size=100`]);
  });

  it('above PREVIEW_SCAN_LIMIT, all: false reports the number of distinct included as an upper bound', async () => {
    const value = await previewed(small, { all: false, included: [5, 6, 42, 6] });

    expect(value).toMatchObject({ members: 3, exact: false });
    expect(sampleIds(value)).toEqual([5, 6]);
  });

  it('above PREVIEW_SCAN_LIMIT, all: true without excluded stays exact: it needs no scan', async () => {
    const value = await previewed(small, { all: true }, 0);

    expect(value).toEqual({ members: 10, exact: true, sample: [] });
    expect(sent(small)).toEqual([`${LIST}?page=1&page_size=1`]);
  });

  it('counts the members the mutation then tags', async () => {
    const input = { all: true, excluded: [6], filter: { roles: ['ANNOTATOR'], isDeleted: false } };
    const value = await previewed(stack, input);

    const result = await stack.graphql({ query: ASSIGN, variables: { input: { organizationId: 1, tags: [4], ...input } } });

    // One new tag per member reached.
    expect(result.body.data).toEqual({ bulkAssignOrgMemberTags: { assigned: value.members } });
  });
});
