import { describe, expect, it } from 'vitest';
import { call, useSimulator, type Page } from './http.js';

const TAGS = '/api/organizations/1/member-tags';

const sim = useSimulator();

type TagPage = Page<{ id: number; label: string; member_count: number }>;

async function list(target: string, authorization?: string) {
  const result = await call(sim, 'GET', target, authorization === undefined ? {} : { authorization });
  return { status: result.status, ...(result.json as TagPage) };
}

const labels = (page: TagPage) => page.results.map((tag) => tag.label);

describe('GET /api/organizations/{id}/member-tags', () => {
  it("lists the organization's tags in id order, in the reference shape", async () => {
    const page = await list(TAGS);

    expect(page).toMatchObject({ status: 200, count: 4, next: null, previous: null });
    expect(labels(page)).toEqual(['Senior', 'Medical', 'Night shift', 'Spanish']);
    expect(page.results[0]).toEqual({
      id: 1,
      label: 'Senior',
      // Owner and admin carry it; the deleted membership of user 10 does not count.
      member_count: 2,
      organization: 1,
      created_at: '2025-02-03T09:00:00Z',
      updated_at: '2025-02-03T09:00:00Z',
      created_by: { id: 1, username: 'owner', email: 'owner@acme.test', first_name: 'Olivia', last_name: 'Owner' },
    });
  });

  it('searches labels case-insensitively for the text anywhere in them', async () => {
    expect(labels(await list(`${TAGS}?search=SHIFT`))).toEqual(['Night shift']);
    expect(labels(await list(`${TAGS}?search=i`))).toEqual(['Senior', 'Medical', 'Night shift', 'Spanish']);
    expect((await list(`${TAGS}?search=nobody`)).count).toBe(0);
  });

  it('orders by label or member_count, either way, then by id', async () => {
    expect(labels(await list(`${TAGS}?ordering=label`))).toEqual(['Medical', 'Night shift', 'Senior', 'Spanish']);
    expect(labels(await list(`${TAGS}?ordering=-member_count`))).toEqual(['Senior', 'Medical', 'Night shift', 'Spanish']);
    expect(labels(await list(`${TAGS}?ordering=unknown`))).toEqual(['Senior', 'Medical', 'Night shift', 'Spanish']);
  });

  it('pages like the member lists: page_size up to 100, 404 past the last page', async () => {
    const first = await list(`${TAGS}?page_size=3`);
    const second = await list(`${TAGS}?page_size=3&page=2`);

    expect(labels(first)).toEqual(['Senior', 'Medical', 'Night shift']);
    expect(first.next).toBe(`${sim.url}${TAGS}?page_size=3&page=2`);
    expect(labels(second)).toEqual(['Spanish']);
    expect((await call(sim, 'GET', `${TAGS}?page_size=3&page=3`)).status).toBe(404);
  });

  it('answers 30 per page by default and at most 100', async () => {
    const organization = sim.data.organizations[0];
    for (let id = 10; id < 140; id += 1) organization?.memberTags.push({ id, label: `Tag ${id}`, createdBy: 1, createdAt: '2025-02-03T09:00:00Z' });

    expect((await list(TAGS)).results).toHaveLength(30);
    expect((await list(`${TAGS}?page_size=500`)).results).toHaveLength(100);
  });

  it('answers 401 without credentials, 403 outside the organization, 404 for an unknown one, and is a GET here', async () => {
    expect((await call(sim, 'GET', TAGS, { authorization: null })).status).toBe(401);
    expect((await call(sim, 'GET', TAGS, { authorization: `Token ${sim.tokens.otherOrgOwner}` })).status).toBe(403);
    expect((await call(sim, 'GET', '/api/organizations/999/member-tags')).status).toBe(404);
    expect((await call(sim, 'POST', TAGS)).status).toBe(405);
  });
});
