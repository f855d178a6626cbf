import { describe, expect, it } from 'vitest';
import { call, useSimulator, type Page } from './http.js';

const LIST = '/api/workspaces/50/memberships/paginated/';
const BULK = '/api/workspaces/50/memberships/bulk/';
const sim = useSimulator();

const memberIds = () => sim.data.workspaces.find((workspace) => workspace.id === 50)?.memberIds.slice().sort((a, b) => a - b);
const listed = async (query = '') => (await call(sim, 'GET', `${LIST}${query}`)).json as Page<{ id: number; email: string; organization_membership: { role: string } }>;

describe('GET /api/workspaces/{id}/memberships/paginated/', () => {
  it('lists the members as users with their organization membership, paged, with search and ids', async () => {
    const page = await listed('?page_size=2');
    expect(page.count).toBe(3);
    expect(page.results.map((user) => user.id)).toEqual([3, 4]);
    expect(page.results[0]).toMatchObject({ id: 3, email: 'manager@acme.test', organization_membership: { role: 'MA' } });
    expect(page.next).not.toBeNull();

    expect((await listed('?search=rita')).results.map((user) => user.id)).toEqual([4]);
    expect((await listed('?ids=4,5,9')).results.map((user) => user.id)).toEqual([4, 5]);
  });

  it("searches by name or email only, as the definition says, not by username as the organization's list does", async () => {
    expect((await listed('?search=anna one')).results.map((user) => user.id)).toEqual([5]);
    expect((await listed('?search=ann.one@')).results.map((user) => user.id)).toEqual([5]);
    expect((await listed('?search=ann1')).results).toEqual([]);
    expect((await call(sim, 'DELETE', `${BULK}?all=true&search=ann1`)).json).toEqual({ unassignments: 0 });
    expect(((await call(sim, 'GET', '/api/organizations/1/memberships?search=ann1')).json as Page<{ user: { id: number } }>).results.map(({ user }) => user.id)).toEqual([5]);
  });

  it('answers 404 for an unknown workspace and 403 outside its organization', async () => {
    expect((await call(sim, 'GET', '/api/workspaces/999/memberships/paginated/')).status).toBe(404);
    expect((await call(sim, 'GET', LIST, { authorization: `Token ${sim.tokens.otherOrgOwner}` })).status).toBe(403);
  });
});

describe('POST /api/workspaces/{id}/memberships/bulk/', () => {
  it('adds the included organization members not yet in the workspace, skipping outsiders and deleted memberships', async () => {
    const result = await call(sim, 'POST', BULK, { json: { all: false, included: [3, 6, 6, 10, 20] } });

    expect(result.json).toEqual({ assignments: 1 });
    expect(memberIds()).toEqual([3, 4, 5, 6]);
  });

  it('with all: true adds every non-deleted organization member minus excluded', async () => {
    const result = await call(sim, 'POST', BULK, { json: { all: true, excluded: [9] } });

    expect(result.json).toEqual({ assignments: 5 });
    expect(memberIds()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('lets owners, administrators and managers change; others get 403, and a body without all is a 400', async () => {
    expect((await call(sim, 'POST', BULK, { json: { all: true }, authorization: `Token ${sim.tokens.annotator}` })).status).toBe(403);
    expect((await call(sim, 'POST', BULK, { json: { included: [3] } })).status).toBe(400);
  });
});

describe('DELETE /api/workspaces/{id}/memberships/bulk/', () => {
  it('removes the included members (query), or those search selects minus excluded (all: true), or the body selection', async () => {
    expect((await call(sim, 'DELETE', `${BULK}?all=false&included=3,9`)).json).toEqual({ unassignments: 1 });
    expect(memberIds()).toEqual([4, 5]);
    sim.reset();
    expect((await call(sim, 'DELETE', `${BULK}?all=true&search=acme.test&excluded=4`)).json).toEqual({ unassignments: 2 });
    expect(memberIds()).toEqual([4]);
    sim.reset();
    expect((await call(sim, 'DELETE', BULK, { json: { all: false, included: [4, 5] } })).json).toEqual({ unassignments: 2 });
    expect(memberIds()).toEqual([3]);
  });

  it('refuses a DELETE without all', async () => {
    expect((await call(sim, 'DELETE', `${BULK}?included=3`)).status).toBe(400);
  });
});
