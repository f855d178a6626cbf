export type RouteName =
  | 'assign'
  | 'unassign'
  | 'assign-project-members'
  | 'organization-members'
  | 'project-members'
  | 'member-tags'
  | 'create-member-tag'
  | 'member-tag'
  | 'rename-member-tag'
  | 'delete-member-tags'
  | 'workspace-members'
  | 'assign-workspace-members'
  | 'unassign-workspace-members'
  | 'refresh'
  | 'health';

export type Route =
  | { name: 'assign'; organizationId: number }
  | { name: 'unassign'; projectId: number }
  | { name: 'assign-project-members'; projectId: number }
  | { name: 'organization-members'; organizationId: number }
  | { name: 'project-members'; projectId: number }
  | { name: 'member-tags'; organizationId: number }
  | { name: 'create-member-tag'; organizationId: number }
  | { name: 'member-tag'; organizationId: number; tagId: number }
  | { name: 'rename-member-tag'; organizationId: number; tagId: number }
  | { name: 'delete-member-tags'; organizationId: number }
  | { name: 'workspace-members'; workspaceId: number }
  | { name: 'assign-workspace-members'; workspaceId: number }
  | { name: 'unassign-workspace-members'; workspaceId: number }
  | { name: 'refresh' }
  | { name: 'health' };

export const ROUTE_METHODS: Record<RouteName, string> = {
  assign: 'POST',
  unassign: 'DELETE',
  'assign-project-members': 'POST',
  'organization-members': 'GET',
  'project-members': 'GET',
  'member-tags': 'GET',
  'create-member-tag': 'POST',
  'member-tag': 'GET',
  'rename-member-tag': 'PATCH',
  'delete-member-tags': 'DELETE',
  'workspace-members': 'GET',
  'assign-workspace-members': 'POST',
  'unassign-workspace-members': 'DELETE',
  refresh: 'POST',
  health: 'GET',
};

// Exact patterns as in Label Studio's URLconf: the assignments and memberships paths have no trailing
// slash, the others do, and getting that wrong is a 404 there too.
const ASSIGN = /^\/api\/organizations\/(\d+)\/member-tags\/assignments$/;
const PROJECT_BULK = /^\/api\/projects\/(\d+)\/members\/bulk\/$/;
const ORGANIZATION_MEMBERS = /^\/api\/organizations\/(\d+)\/memberships$/;
const PROJECT_MEMBERS = /^\/api\/projects\/(\d+)\/members\/paginated\/$/;
const MEMBER_TAGS = /^\/api\/organizations\/(\d+)\/member-tags$/;
const MEMBER_TAG = /^\/api\/organizations\/(\d+)\/member-tags\/(\d+)$/;
const MEMBER_TAGS_BULK = /^\/api\/organizations\/(\d+)\/member-tags\/bulk$/;
const WORKSPACE_MEMBERS = /^\/api\/workspaces\/(\d+)\/memberships\/paginated\/$/;
const WORKSPACE_BULK = /^\/api\/workspaces\/(\d+)\/memberships\/bulk\/$/;
const REFRESH = '/api/token/refresh/';

// Label Studio's unauthenticated liveness endpoint, which the facade's readiness probe calls.
const HEALTH = '/health';

/** The route a request takes; a path with two routes (bulk project and workspace paths, the tag list, one tag) tells them apart by the method. */
export function matchRoute(path: string, method: string): Route | undefined {
  if (path === REFRESH) return { name: 'refresh' };
  if (path === HEALTH) return { name: 'health' };
  const id = (pattern: RegExp) => {
    const match = pattern.exec(path)?.[1];
    return match === undefined ? undefined : Number(match);
  };
  const assign = id(ASSIGN);
  if (assign !== undefined) return { name: 'assign', organizationId: assign };
  const unassign = id(PROJECT_BULK);
  if (unassign !== undefined) return method === 'POST' ? { name: 'assign-project-members', projectId: unassign } : { name: 'unassign', projectId: unassign };
  const organizationMembers = id(ORGANIZATION_MEMBERS);
  if (organizationMembers !== undefined) return { name: 'organization-members', organizationId: organizationMembers };
  const projectMembers = id(PROJECT_MEMBERS);
  if (projectMembers !== undefined) return { name: 'project-members', projectId: projectMembers };
  const memberTags = id(MEMBER_TAGS);
  if (memberTags !== undefined) return method === 'POST' ? { name: 'create-member-tag', organizationId: memberTags } : { name: 'member-tags', organizationId: memberTags };
  const tag = MEMBER_TAG.exec(path);
  if (tag) {
    const [organizationId, tagId] = [Number(tag[1]), Number(tag[2])];
    return method === 'PATCH' ? { name: 'rename-member-tag', organizationId, tagId } : { name: 'member-tag', organizationId, tagId };
  }
  const tagsBulk = id(MEMBER_TAGS_BULK);
  if (tagsBulk !== undefined) return { name: 'delete-member-tags', organizationId: tagsBulk };
  const workspaceMembers = id(WORKSPACE_MEMBERS);
  if (workspaceMembers !== undefined) return { name: 'workspace-members', workspaceId: workspaceMembers };
  const workspaceBulk = id(WORKSPACE_BULK);
  if (workspaceBulk !== undefined) {
    return method === 'POST' ? { name: 'assign-workspace-members', workspaceId: workspaceBulk } : { name: 'unassign-workspace-members', workspaceId: workspaceBulk };
  }
  return undefined;
}

/** The methods a path answers, for a 405's Allow: some paths are two routes told apart by the method. */
export function allowedMethods(route: Route): string {
  switch (route.name) {
    case 'unassign':
    case 'assign-project-members':
    case 'assign-workspace-members':
    case 'unassign-workspace-members':
      return 'POST, DELETE';
    case 'member-tags':
    case 'create-member-tag':
      return 'GET, POST';
    case 'member-tag':
    case 'rename-member-tag':
      return 'GET, PATCH';
    default:
      return ROUTE_METHODS[route.name];
  }
}
