import { describe, expect, it } from 'vitest';
import {
  assignMemberTagsHttp,
  assignWorkspaceMembersHttp,
  createMemberTagHttp,
  deleteMemberTagsHttp,
  renameMemberTagHttp,
  unassignProjectMembersHttp,
  unassignWorkspaceMembersHttp,
} from '../../src/label-studio/requests.js';

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

  it('member tags: POST the label to the list path, PATCH it to the tag path, DELETE the ids in the query of the bulk path', () => {
    expect(createMemberTagHttp({ organizationId: 1, label: 'Night shift' })).toEqual({
      method: 'POST',
      route: 'api/organizations/{id}/member-tags',
      path: 'api/organizations/1/member-tags',
      query: '',
      json: { label: 'Night shift' },
    });
    expect(renameMemberTagHttp({ organizationId: 1, tagId: 3, label: 'Nights' })).toMatchObject({
      method: 'PATCH',
      route: 'api/organizations/{id}/member-tags/{tag_pk}',
      path: 'api/organizations/1/member-tags/3',
      json: { label: 'Nights' },
    });
    expect(deleteMemberTagsHttp({ organizationId: 1, tagIds: [2, 3] })).toEqual({
      method: 'DELETE',
      route: 'api/organizations/{id}/member-tags/bulk',
      path: 'api/organizations/1/member-tags/bulk',
      query: 'ids=2,3',
    });
  });

  it('member tags: moves the ids to the JSON body the endpoint still accepts when the request line would not fit', () => {
    const spec = deleteMemberTagsHttp({ organizationId: 1, tagIds: [2, 3] }, { limit: 6, bytes: (_method, _path, queryLength) => queryLength });

    expect(spec).toMatchObject({ method: 'DELETE', query: '', json: { ids: [2, 3] } });
  });

  it('workspaces: the assign sends its selection as the body; the unassign its selection and search in the query, or the body when too long', () => {
    expect(assignWorkspaceMembersHttp({ workspaceId: 50, selection: { all: false, included: [4, 5], excluded: [] } })).toEqual({
      method: 'POST',
      route: 'api/workspaces/{id}/memberships/bulk/',
      path: 'api/workspaces/50/memberships/bulk/',
      query: '',
      json: { all: false, included: [4, 5] },
    });
    const request = { workspaceId: 50, selection: { all: true, excluded: [3] }, filters: { search: 'a b' } };
    expect(unassignWorkspaceMembersHttp(request)).toMatchObject({ method: 'DELETE', path: 'api/workspaces/50/memberships/bulk/', query: 'all=true&excluded=3&search=a%20b' });
    expect(unassignWorkspaceMembersHttp(request, { limit: 10, bytes: (_method, _path, queryLength) => queryLength })).toMatchObject({
      query: 'search=a%20b',
      json: { all: true, excluded: [3] },
    });
  });
});
