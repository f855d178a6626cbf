import { describe, expect, it } from 'vitest';
import { assignMemberTagsHttp, unassignProjectMembersHttp } from '../../src/label-studio/requests.js';

describe('REST request building', () => {
  it('assign: POST to the organization path, filters in the query, selection and tags in the body', () => {
    const spec = assignMemberTagsHttp({
      organizationId: 7,
      filters: { role: ['AN'], is_deleted: false },
      body: { all: true, excluded: [3], overwrite: false, tags: [1, 2] },
    });

    expect(spec).toEqual({
      method: 'POST',
      route: 'api/organizations/{id}/member-tags/assignments',
      path: 'api/organizations/7/member-tags/assignments',
      query: 'role=AN&is_deleted=false',
      json: { all: true, excluded: [3], overwrite: false, tags: [1, 2] },
    });
  });

  it('assign: leaves empty id lists out of the body', () => {
    const spec = assignMemberTagsHttp({ organizationId: 1, filters: {}, body: { all: true, included: [], excluded: [], overwrite: true, tags: [] } });

    expect(spec.json).toEqual({ all: true, overwrite: true, tags: [] });
  });

  it('unassign: DELETE to the project path with the trailing slash, everything in the query, no body', () => {
    const spec = unassignProjectMembersHttp({
      projectId: 9,
      selection: { all: true, excluded: [4, 5] },
      filters: { search: 'ann', user_type: ['flex'] },
    });

    expect(spec).toEqual({
      method: 'DELETE',
      route: 'api/projects/{id}/members/bulk/',
      path: 'api/projects/9/members/bulk/',
      query: 'all=true&excluded=4,5&search=ann&user_type=flex',
    });
  });

  it('unassign: moves the selection to the documented JSON body when the request line would not fit', () => {
    const spec = unassignProjectMembersHttp(
      { projectId: 9, selection: { all: true, excluded: [4, 5] }, filters: { role: ['AN'] } },
      { limit: 19, bytes: (_method, _path, queryLength) => queryLength },
    );

    expect(spec).toMatchObject({ method: 'DELETE', query: 'role=AN', json: { all: true, excluded: [4, 5] } });
  });
});
