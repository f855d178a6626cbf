import { describe, expect, it } from 'vitest';
import { call, tagsOf, useSimulator } from './http.js';

const ASSIGN = '/api/organizations/1/member-tags/assignments';
const SPANISH = 4;

const sim = useSimulator();

function holdersOf(tagId: number): number[] {
  const organization = sim.data.organizations.find((candidate) => candidate.id === 1);
  return (organization?.members ?? []).filter((member) => member.tagIds.includes(tagId)).map((member) => member.userId);
}

async function assign(query: string, body: unknown): Promise<{ status: number; json: unknown }> {
  return call(sim, 'POST', `${ASSIGN}${query}`, { json: body });
}

describe('bulk assign member tags: counting', () => {
  it('counts only (user, tag) pairs it creates', async () => {
    // Maria already has Medical; Rita already has both.
    const result = await assign('', { all: false, included: [3, 4], tags: [2, 3] });
    expect(result).toMatchObject({ status: 200, json: { assigned: 1 } });
    expect(tagsOf(sim, 1, 3)).toEqual([2, 3]);
    expect(tagsOf(sim, 1, 4)).toEqual([2, 3]);
  });

  it('with overwrite replaces each target’s other tags without counting kept pairs', async () => {
    const result = await assign('', { all: false, included: [4, 5], overwrite: true, tags: [3] });
    expect(result.json).toEqual({ assigned: 1 });
    expect(tagsOf(sim, 1, 4)).toEqual([3]);
    expect(tagsOf(sim, 1, 5)).toEqual([3]);
  });

  it('with overwrite and no tags clears the targets’ tags', async () => {
    const result = await assign('', { all: false, included: [4], overwrite: true });
    expect(result.json).toEqual({ assigned: 0 });
    expect(tagsOf(sim, 1, 4)).toEqual([]);
  });

  it('with all=true reaches every member matching the filters, minus excluded', async () => {
    const result = await assign('?role=AN&is_deleted=false', { all: true, excluded: [7], tags: [SPANISH] });
    expect(result.json).toEqual({ assigned: 2 });
    expect(holdersOf(SPANISH)).toEqual([5, 6]);
  });

  it('with all=true and no filters includes deleted memberships', async () => {
    const result = await assign('', { all: true, tags: [SPANISH] });
    expect(result.json).toEqual({ assigned: 10 });
  });
});

describe('bulk assign member tags: filters', () => {
  it.each([
    ['tags with literal commas', '?tags=2,3', [3, 4, 6]],
    ['tags with %2C-encoded commas', '?tags=2%2C3', [3, 4, 6]],
    ['user_type', '?user_type=flex,viewonly', [4, 5, 7]],
    ['exclude_project_id and exclude_workspace_id', '?is_deleted=false&exclude_project_id=100&exclude_workspace_id=50', [1, 8, 9]],
    ['user__last_activity__gte (never-active members never match)', '?user__last_activity__gte=2026-10-15T08:30:00Z', [1, 2, 3, 4]],
    ['user__last_activity__lte with an encoded offset', '?user__last_activity__lte=2026-08-01T08:00:00%2B01:00', [6, 7, 8, 10]],
    ['is_deleted=true', '?is_deleted=true', [10]],
  ])('filters by %s', async (_label, query, expected) => {
    const result = await assign(query, { all: true, tags: [SPANISH] });
    expect(result.json).toEqual({ assigned: expected.length });
    expect(holdersOf(SPANISH)).toEqual(expected);
  });
});

describe('bulk assign member tags: validation', () => {
  it.each([
    ['a missing all', '', { included: [5], tags: [SPANISH] }, 'all'],
    ['a non-boolean all', '', { all: 'yes', tags: [SPANISH] }, 'all'],
    ['an included id outside the organization', '', { all: false, included: [5, 20], tags: [SPANISH] }, 'included'],
    ['a non-integer included id', '', { all: false, included: ['5'], tags: [SPANISH] }, 'included'],
    ["another organization's tag", '', { all: false, included: [5], tags: [5] }, 'tags'],
    ['an unknown role code', '?role=AN,XX', { all: true, tags: [SPANISH] }, 'role'],
    ['an unknown user type', '?user_type=robot', { all: true, tags: [SPANISH] }, 'user_type'],
    ['a bad date', '?user__last_activity__gte=yesterday', { all: true, tags: [SPANISH] }, 'user__last_activity__gte'],
  ])('answers 400 on the field for %s and changes nothing', async (_label, query, body, field) => {
    const result = await assign(query, body);
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ status_code: 400, detail: 'Validation error', exc_info: null });
    expect((result.json as { validation_errors: Record<string, string[]> }).validation_errors[field]).toHaveLength(1);
    expect(holdersOf(SPANISH)).toEqual([]);
  });

  it('answers 400 to a malformed JSON body', async () => {
    const result = await call(sim, 'POST', ASSIGN, {
      rawBody: '{"all": tru',
      headers: { 'content-type': 'application/json' },
    });
    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ status_code: 400, validation_errors: {} });
  });

  it('answers 415 to a body that is not declared as JSON', async () => {
    const result = await call(sim, 'POST', ASSIGN, { rawBody: '{"all": true}', headers: { 'content-type': 'text/plain' } });
    expect(result.status).toBe(415);
  });
});
