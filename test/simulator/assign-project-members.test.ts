import { describe, expect, it } from 'vitest';
import { call, useSimulator } from './http.js';

const sim = useSimulator();

const BULK = '/api/projects/101/members/bulk/';
// Project 101 (organization 1) starts with users 5 and 6, both without a project role.

const membersOf = (projectId: number) => sim.data.projects.find((project) => project.id === projectId)?.members;
const post = (json: unknown, query = '', authorization?: string) => call(sim, 'POST', `${BULK}${query}`, { json, authorization });

describe('bulk assign project members', () => {
  it('adds included organization members with their roles entry as project role, else none', async () => {
    const result = await post({ all: false, included: [3, 4], roles: [{ user_id: 4, role: 'RE' }] });

    expect(result).toMatchObject({ status: 200, json: { assignments: 2, skipped_user_ids: [] } });
    expect(membersOf(101)).toEqual([
      { userId: 5, role: null },
      { userId: 6, role: null },
      { userId: 3, role: null },
      { userId: 4, role: 'RE' },
    ]);
  });

  it('leaves explicit members as they are and does not count them, whatever their roles entry says', async () => {
    const result = await post({ all: false, included: [5, 7], roles: [{ user_id: 5, role: 'MA' }] });

    expect(result.json).toEqual({ assignments: 1, skipped_user_ids: [] });
    expect(membersOf(101)).toEqual([
      { userId: 5, role: null },
      { userId: 6, role: null },
      { userId: 7, role: null },
    ]);
  });

  it('makes an implicit member (an administrator) explicit', async () => {
    const result = await post({ all: false, included: [2] });

    expect(result.json).toEqual({ assignments: 1, skipped_user_ids: [] });
  });

  it('skips users outside the organization, and deleted memberships, reporting them in skipped_user_ids', async () => {
    const result = await post({ all: false, included: [21, 10, 99, 7] });

    expect(result.json).toEqual({ assignments: 1, skipped_user_ids: [21, 10, 99] });
    expect(membersOf(101)?.map((member) => member.userId)).toEqual([5, 6, 7]);
  });

  it('counts each included user once', async () => {
    expect((await post({ all: false, included: [7, 7] })).json).toEqual({ assignments: 1, skipped_user_ids: [] });
  });

  it('with all=true adds every organization member matching the filters (organization role for role), minus excluded', async () => {
    // Organization 1's annotators and view-only members: 5, 6, 7 (VO) and 10 (deleted); 5 and 6 are already members.
    const result = await post({ all: true, excluded: [7] }, '?role=AN,VO');

    expect(result.json).toEqual({ assignments: 0, skipped_user_ids: [] });
    expect((await post({ all: true }, '?role=AN,VO')).json).toEqual({ assignments: 1, skipped_user_ids: [] });
    expect(membersOf(101)?.map((member) => member.userId)).toEqual([5, 6, 7]);
  });

  it.each([
    ['search', 'search=maria', [3]],
    ['tags', 'tags=2', [3, 4]],
    ['user_type', 'user_type=viewonly', [7]],
    ['last_activity__gte', 'last_activity__gte=2026-11-01T00:00:00Z', [1, 2, 3]],
    ['last_activity__lte, which never matches a user who never signed in', 'last_activity__lte=2026-02-01T00:00:00Z', [8]],
  ])('with all=true filters by %s, as the unassign names it', async (_label, query, added) => {
    const result = await post({ all: true }, `?${query}`);

    expect(result.json).toEqual({ assignments: added.length, skipped_user_ids: [] });
    expect(membersOf(101)?.slice(2).map((member) => member.userId)).toEqual(added);
  });

  it('ignores the filters when all=false', async () => {
    expect((await post({ all: false, included: [3] }, '?role=AN')).json).toEqual({ assignments: 1, skipped_user_ids: [] });
  });

  it('answers 400 on roles when an entry is malformed, and changes nothing', async () => {
    const result = await post({ all: false, included: [3], roles: [{ user_id: 3, role: 'XX' }] });

    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ validation_errors: { roles: [expect.any(String)] } });
    expect(membersOf(101)).toHaveLength(2);
  });

  it('refuses a view-only project role with a 400 on roles (VO is not an assignable role), and changes nothing', async () => {
    const result = await post({ all: false, included: [3], roles: [{ user_id: 3, role: 'VO' }] });

    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ validation_errors: { roles: [expect.any(String)] } });
    expect(membersOf(101)).toHaveLength(2);
  });

  it('answers 400 on all when it is missing', async () => {
    const result = await post({ included: [3] });

    expect(result.status).toBe(400);
    expect(result.json).toMatchObject({ validation_errors: { all: ['This field is required.'] } });
  });

  it('answers 403 to an annotator and 404 for an unknown project', async () => {
    expect((await post({ all: false, included: [3] }, '', `Token ${sim.tokens.annotator}`)).status).toBe(403);
    expect((await call(sim, 'POST', '/api/projects/999/members/bulk/', { json: { all: true } })).status).toBe(404);
  });

  it('is what the project list then shows: explicit members with their project roles', async () => {
    await post({ all: false, included: [3, 4], roles: [{ user_id: 4, role: 'RE' }] });

    const list = await call(sim, 'GET', '/api/projects/101/members/paginated/?implicit=false');
    const results = (list.json as { results: { id: number; project_role: string | null }[] }).results;
    expect(results.map(({ id, project_role }) => ({ id, project_role }))).toEqual([
      { id: 3, project_role: null },
      { id: 4, project_role: 'RE' },
      { id: 5, project_role: null },
      { id: 6, project_role: null },
    ]);
  });
});
