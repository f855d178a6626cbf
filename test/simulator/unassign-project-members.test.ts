import { describe, expect, it } from 'vitest';
import { call, projectMemberIds, useSimulator } from './http.js';

const BULK = '/api/projects/100/members/bulk/';
const RADIOLOGY_MEMBERS = [2, 3, 4, 5, 6, 7];

const sim = useSimulator();

function remainingAfter(removed: number[]): number[] {
  return RADIOLOGY_MEMBERS.filter((id) => !removed.includes(id));
}

describe('bulk unassign project members', () => {
  it('removes included project members and ignores ids that are not members', async () => {
    const result = await call(sim, 'DELETE', `${BULK}?all=false&included=5,6,1,99`);
    expect(result).toMatchObject({ status: 200, json: { unassignments: 2 } });
    expect(projectMemberIds(sim, 100)).toEqual(remainingAfter([5, 6]));
    expect(projectMemberIds(sim, 101)).toEqual([5, 6]);
  });

  it.each([
    ['role, using the project role', 'role=RE', [4, 6]],
    ['role, falling back to the organization role', 'role=MA,AD', [2, 3]],
    ['search over username and email, case-insensitively', 'search=ANN', [5, 6]],
    ['search over the full name', 'search=maria%20manager', [3]],
    ['tags', 'tags=3', [4, 6]],
    ['user_type', 'user_type=viewonly', [7]],
    ['last_activity__lte, inclusively, with an encoded offset', 'last_activity__lte=2026-09-01T17:00:00%2B01:00', [5, 6, 7]],
    ['excluded', 'role=RE&excluded=6', [4]],
  ])('with all=true filters by %s', async (_label, query, removed) => {
    const result = await call(sim, 'DELETE', `${BULK}?all=true&${query}`);
    expect(result.json).toEqual({ unassignments: removed.length });
    expect(projectMemberIds(sim, 100)).toEqual(remainingAfter(removed));
  });

  it('ignores filters when all=false', async () => {
    const result = await call(sim, 'DELETE', `${BULK}?all=false&included=5&role=RE`);
    expect(result.json).toEqual({ unassignments: 1 });
  });

  it('accepts the selectors as a JSON body, which wins over the query', async () => {
    const included = [...Array.from({ length: 3000 }, (_, index) => 10_000 + index), 2, 3];
    const result = await call(sim, 'DELETE', `${BULK}?all=true`, { json: { all: false, included } });
    expect(result.json).toEqual({ unassignments: 2 });
    expect(projectMemberIds(sim, 100)).toEqual(remainingAfter([2, 3]));
  });

  it('applies query filters to a JSON-body all=true selection', async () => {
    const result = await call(sim, 'DELETE', `${BULK}?role=RE`, { json: { all: true, excluded: [4] } });
    expect(result.json).toEqual({ unassignments: 1 });
    expect(projectMemberIds(sim, 100)).toEqual(remainingAfter([6]));
  });

  it('answers 400 on all when it is missing', async () => {
    const result = await call(sim, 'DELETE', `${BULK}?included=5`);
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ validation_errors: { all: ['This field is required.'] } });
    expect(projectMemberIds(sim, 100)).toEqual(RADIOLOGY_MEMBERS);
  });

  it('answers 400 on included when an id is not an integer', async () => {
    const result = await call(sim, 'DELETE', `${BULK}?all=false&included=5,x`);
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ validation_errors: { included: ['Enter a whole number.'] } });
  });
});
