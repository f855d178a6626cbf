import { describe, expect, it } from 'vitest';
import { toAssignMemberTagsRequest } from '../../src/schema/organization-members/assign-tags/input.js';
import { toUnassignProjectMembersRequest } from '../../src/schema/project-members/unassign/input.js';

describe('GraphQL input to REST request', () => {
  it('assign: renames every filter to its query parameter and fills the body defaults', () => {
    const gte = new Date('2026-01-01T00:00:00Z');
    const lte = new Date('2026-02-01T00:00:00Z');

    const request = toAssignMemberTagsRequest({
      organizationId: 1,
      all: true,
      excluded: [2],
      filter: {
        roles: ['AN'],
        tags: [3],
        userTypes: ['flex'],
        isDeleted: true,
        excludeProjectId: 4,
        excludeWorkspaceId: 5,
        lastActivityGte: gte,
        lastActivityLte: lte,
      },
    });

    expect(request).toEqual({
      organizationId: 1,
      filters: {
        role: ['AN'],
        tags: [3],
        user_type: ['flex'],
        is_deleted: true,
        exclude_project_id: 4,
        exclude_workspace_id: 5,
        user__last_activity__gte: gte,
        user__last_activity__lte: lte,
      },
      body: { all: true, included: undefined, excluded: [2], overwrite: false, tags: [] },
    });
  });

  it('assign: null fields become absent, not null', () => {
    const request = toAssignMemberTagsRequest({ organizationId: 1, all: false, included: [1], excluded: null, tags: [2], overwrite: null, filter: null });

    expect(request.body).toEqual({ all: false, included: [1], excluded: undefined, overwrite: false, tags: [2] });
    expect(Object.values(request.filters).every((value) => value === undefined)).toBe(true);
  });

  it('unassign: selection and filters map to the documented parameter names', () => {
    const request = toUnassignProjectMembersRequest({ projectId: 3, all: true, excluded: [1], filter: { search: 'x', roles: ['RE'], userTypes: ['viewonly'] } });

    expect(request).toEqual({
      projectId: 3,
      selection: { all: true, included: undefined, excluded: [1] },
      filters: { search: 'x', role: ['RE'], tags: undefined, user_type: ['viewonly'], last_activity__gte: undefined, last_activity__lte: undefined },
    });
  });
});
