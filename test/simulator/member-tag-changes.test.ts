import { describe, expect, it } from 'vitest';
import { call, tagsOf, useSimulator } from './http.js';

const TAGS = '/api/organizations/1/member-tags';
const sim = useSimulator();

describe('POST /api/organizations/{id}/member-tags', () => {
  it('creates a tag with the trimmed label and a new global id, answered 201 as the list shows it', async () => {
    const created = await call(sim, 'POST', TAGS, { json: { label: '  Triage ' } });

    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ id: 6, label: 'Triage', member_count: 0, organization: 1 });
  });

  it('refuses a blank, a too long or a taken label (case-insensitively) with a 400 on label', async () => {
    for (const label of ['  ', 'x'.repeat(256), 'MEDICAL']) {
      const refused = await call(sim, 'POST', TAGS, { json: { label } });
      expect(refused.status).toBe(400);
      expect(Object.keys((refused.json as { validation_errors: object }).validation_errors)).toEqual(['label']);
    }
  });

  it('counts a label in characters (code points), as Django does: 255 emoji are taken, 256 refused', async () => {
    expect((await call(sim, 'POST', TAGS, { json: { label: '🩺'.repeat(255) } })).status).toBe(201);
    expect((await call(sim, 'POST', TAGS, { json: { label: '🫀'.repeat(256) } })).status).toBe(400);
  });

  it('lets owners and administrators create; others get 403', async () => {
    expect((await call(sim, 'POST', TAGS, { json: { label: 'x' }, authorization: `Token ${sim.tokens.annotator}` })).status).toBe(403);
    expect((await call(sim, 'POST', '/api/organizations/999/member-tags', { json: { label: 'x' } })).status).toBe(404);
  });
});

describe('GET and PATCH /api/organizations/{id}/member-tags/{tag_pk}', () => {
  it('reads one tag, renames it (its own label is no conflict), and answers 404 for a tag of another organization', async () => {
    expect((await call(sim, 'GET', `${TAGS}/2`)).json).toMatchObject({ id: 2, label: 'Medical', member_count: 2 });
    expect((await call(sim, 'PATCH', `${TAGS}/2`, { json: { label: 'medical' } })).json).toMatchObject({ id: 2, label: 'medical' });
    expect((await call(sim, 'PATCH', `${TAGS}/2`, { json: { label: 'Senior' } })).status).toBe(400);
    expect((await call(sim, 'GET', `${TAGS}/5`)).status).toBe(404);
    expect((await call(sim, 'DELETE', `${TAGS}/2`)).headers.get('allow')).toBe('GET, PATCH');
  });
});

describe('DELETE /api/organizations/{id}/member-tags/bulk', () => {
  it('deletes the tags of the organization among ids (query or body), ignores the rest, and takes them off every member', async () => {
    const fromQuery = await call(sim, 'DELETE', `${TAGS}/bulk?ids=2,5,99`);
    expect(fromQuery.json).toEqual({ deleted: 1 });
    expect([tagsOf(sim, 1, 3), tagsOf(sim, 1, 4)]).toEqual([[], [3]]);
    expect(tagsOf(sim, 2, 20)).toEqual([5]);

    const fromBody = await call(sim, 'DELETE', `${TAGS}/bulk`, { json: { ids: [3] } });
    expect(fromBody.json).toEqual({ deleted: 1 });
    const listed = await call(sim, 'GET', '/api/organizations/1/memberships?tags=3');
    expect((listed.json as { count: number }).count).toBe(0);
  });

  it("never hands a deleted tag's id out again", async () => {
    const created = (await call(sim, 'POST', TAGS, { json: { label: 'Once' } })).json as { id: number };
    await call(sim, 'DELETE', `${TAGS}/bulk?ids=${created.id}`);

    expect(((await call(sim, 'POST', TAGS, { json: { label: 'Once' } })).json as { id: number }).id).toBe(created.id + 1);
  });

  it('lets owners and administrators delete; others get 403', async () => {
    expect((await call(sim, 'DELETE', `${TAGS}/bulk?ids=2`, { authorization: `Token ${sim.tokens.annotator}` })).status).toBe(403);
  });
});
