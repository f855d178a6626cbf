import { describe, expect, it } from 'vitest';
import { call, useSimulator, type Page } from './http.js';

// Organization 1's members are users 1 to 10, listed in user id order; the calls are the admin's, user 2.
const ORG = '/api/organizations/1/memberships';

const sim = useSimulator();

type ListPage = Page<{ id: number; user?: { id: number } }>;

async function list(target: string): Promise<ListPage> {
  const result = await call(sim, 'GET', target);
  expect(result.status).toBe(200);
  return result.json as ListPage;
}
const userIds = (page: ListPage) => page.results.map((result) => result.user?.id ?? result.id);
const organizationMembers = () => sim.data.organizations.find((organization) => organization.id === 1)?.members.map((member) => member.userId);

describe('list faults: a list that misbehaves while it is read', () => {
  it('shift > 0: new members join with the smallest free user ids before the answer, and stay', async () => {
    sim.injectFault({ route: 'organization-members', list: { shift: 2 } });

    const page = await list(`${ORG}?page=3&page_size=4`);

    expect(page.count).toBe(12);
    expect(userIds(page)).toEqual([9, 10, 11, 12]);
    expect(organizationMembers()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(sim.data.users.find((user) => user.id === 11)).toMatchObject({ username: 'joined11' });
  });

  it('shift < 0: the members with the smallest ids leave, never the caller, so later pages move forward', async () => {
    sim.injectFault({ route: 'organization-members', list: { shift: -2 } });

    const page = await list(`${ORG}?page=2&page_size=4`);

    expect(page.count).toBe(8);
    expect(userIds(page)).toEqual([7, 8, 9, 10]);
    expect(organizationMembers()).toEqual([2, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('page: serves that page whatever page is asked, its next link included', async () => {
    sim.injectFault({ route: 'organization-members', list: { page: 1 }, times: 2 });

    const second = await list(`${ORG}?page=2&page_size=4`);
    const third = await list(`${ORG}?page=3&page_size=4`);

    expect(userIds(second)).toEqual([1, 2, 3, 4]);
    expect(userIds(third)).toEqual([1, 2, 3, 4]);
    expect(second.next).toMatch(/page=2/);
  });

  it('pageSize: keeps a page size of its own whatever page_size asks', async () => {
    sim.injectFault({ route: 'organization-members', list: { pageSize: 3 } });

    const page = await list(`${ORG}?page=2&page_size=100`);

    expect(userIds(page)).toEqual([4, 5, 6]);
    expect(page.next).not.toBeNull();
  });

  it('undercount: reports a count lower than the list holds, even lower than the page', async () => {
    sim.injectFault({ route: 'organization-members', list: { undercount: 1 } });

    const page = await list(`${ORG}?page_size=100`);

    expect(page.count).toBe(9);
    expect(page.results).toHaveLength(10);
  });

  it('linkOrigin: links next and previous on another origin', async () => {
    sim.injectFault({ route: 'organization-members', list: { linkOrigin: 'http://127.0.0.2:9' } });

    const page = await list(`${ORG}?page=2&page_size=4`);

    expect(page.next).toBe(`http://127.0.0.2:9${ORG}?page=3&page_size=4`);
    expect(page.previous).toBe(`http://127.0.0.2:9${ORG}?page=1&page_size=4`);
  });
});
