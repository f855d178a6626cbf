import { describe, expect, it } from 'vitest';
import { PREVIEW_UNASSIGN, UNASSIGN, useStack } from '../support/stack.js';

const stack = useStack();

// Project 100's explicit members are users 2 to 7; the organization's owner (1) reaches it implicitly.
const preview = (input: Record<string, unknown>, sampleSize?: number) =>
  stack.graphql({ query: PREVIEW_UNASSIGN, variables: { input: { projectId: 100, ...input }, sampleSize } });
const previewed = async (input: Record<string, unknown>, sampleSize?: number) => {
  const result = await preview(input, sampleSize);
  expect(result.body.errors).toBeUndefined();
  return result.body.data?.['previewBulkUnassignProjectMembers'] as { members: number; exact: boolean; sample: { userId: number }[] };
};
const sampleIds = (value: { sample: { userId: number }[] }) => value.sample.map((member) => member.userId);
const sent = () => stack.simulator.requests.map((request) => `${request.method} ${request.path}?${request.query}`);
const LIST = 'GET /api/projects/100/members/paginated/';

describe('previewBulkUnassignProjectMembers', () => {
  it('all: false counts the explicit members among included with one ids= request', async () => {
    const value = await previewed({ all: false, included: [1, 5, 6, 99] });

    expect(value).toMatchObject({ members: 2, exact: true });
    expect(sampleIds(value)).toEqual([5, 6]);
    expect(sent()).toEqual([`${LIST}?implicit=false&page=1&page_size=10&ids=1,5,6,99`]);
  });

  it('all: true counts the members matching the filter, explicit ones only', async () => {
    const value = await previewed({ all: true, filter: { roles: ['REVIEWER'] } });

    expect(value).toMatchObject({ members: 2, exact: true });
    expect(sampleIds(value)).toEqual([4, 6]);
    expect(sent()).toEqual([`${LIST}?role=RE&implicit=false&page=1&page_size=10`]);
  });

  it('all: true without a filter leaves out the implicit owner, whom the unassign cannot remove', async () => {
    const value = await previewed({ all: true });

    expect(value.members).toBe(6);
    expect(sampleIds(value)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('all: true subtracts the excluded members that match, counted with a second ids= request', async () => {
    const value = await previewed({ all: true, excluded: [4, 5, 99], filter: { roles: ['REVIEWER'] } });

    expect(value).toMatchObject({ members: 1, exact: true });
    expect(sampleIds(value)).toEqual([6]);
    expect(sent().sort()).toEqual([`${LIST}?role=RE&implicit=false&page=1&page_size=1&ids=4,5,99`, `${LIST}?role=RE&implicit=false&page=1&page_size=13`]);
  });

  it('sends every filter as the bulk unassign gets it', async () => {
    await previewed({
      all: true,
      filter: { search: ' ann ', roles: ['ANNOTATOR'], tags: [3], userTypes: ['STANDARD'], lastActivityGte: '2026-01-01T00:00:00Z', lastActivityLte: '2026-12-31T00:00:00Z' },
    });

    expect(sent()).toEqual([
      `${LIST}?search=ann&role=AN&tags=3&user_type=standard` +
        '&last_activity__gte=2026-01-01T00%3A00%3A00.000Z&last_activity__lte=2026-12-31T00%3A00%3A00.000Z&implicit=false&page=1&page_size=10',
    ]);
  });

  it('describes each sampled member as Label Studio does', async () => {
    const value = await previewed({ all: false, included: [4] });

    expect(value.sample).toEqual([{ userId: 4, email: 'reviewer@acme.test', username: 'reviewer', firstName: 'Rita', lastName: 'Reviewer' }]);
  });

  it('returns at most sampleSize members in the sample, and still counts them all', async () => {
    const value = await previewed({ all: true }, 2);

    expect(value.members).toBe(6);
    expect(sampleIds(value)).toEqual([2, 3]);
    expect(sent()).toEqual([`${LIST}?implicit=false&page=1&page_size=2`]);
  });

  it('sampleSize 0 gives an empty sample and asks for pages of one', async () => {
    const value = await previewed({ all: false, included: [5, 6] }, 0);

    expect(value).toEqual({ members: 2, exact: true, sample: [] });
    expect(sent()).toEqual([`${LIST}?implicit=false&page=1&page_size=1&ids=5,6`]);
  });

  it('changes nothing, and counts what the mutation then removes', async () => {
    const input = { all: true, excluded: [6], filter: { roles: ['REVIEWER', 'ANNOTATOR'] } };
    const value = await previewed(input);
    expect(stack.simulator.data.projects.find((project) => project.id === 100)?.members).toHaveLength(6);

    const result = await stack.graphql({ query: UNASSIGN, variables: { input: { projectId: 100, ...input } } });

    expect(result.body.data).toEqual({ bulkUnassignProjectMembers: { unassignments: value.members } });
  });

  it('caches nothing: a second preview reads again and sees the change', async () => {
    expect((await previewed({ all: true })).members).toBe(6);
    await stack.graphql({ query: UNASSIGN, variables: { input: { projectId: 100, all: false, included: [5] } } });

    expect((await previewed({ all: true })).members).toBe(5);
  });
});
