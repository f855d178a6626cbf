export type RouteName = 'assign' | 'unassign' | 'organization-members' | 'project-members' | 'member-tags' | 'refresh' | 'health';

export type Route =
  | { name: 'assign'; organizationId: number }
  | { name: 'unassign'; projectId: number }
  | { name: 'organization-members'; organizationId: number }
  | { name: 'project-members'; projectId: number }
  | { name: 'member-tags'; organizationId: number }
  | { name: 'refresh' }
  | { name: 'health' };

export const ROUTE_METHODS: Record<RouteName, string> = {
  assign: 'POST',
  unassign: 'DELETE',
  'organization-members': 'GET',
  'project-members': 'GET',
  'member-tags': 'GET',
  refresh: 'POST',
  health: 'GET',
};

// Exact patterns as in Label Studio's URLconf: the assignments and memberships paths have no trailing
// slash, the others do, and getting that wrong is a 404 there too.
const ASSIGN = /^\/api\/organizations\/(\d+)\/member-tags\/assignments$/;
const UNASSIGN = /^\/api\/projects\/(\d+)\/members\/bulk\/$/;
const ORGANIZATION_MEMBERS = /^\/api\/organizations\/(\d+)\/memberships$/;
const PROJECT_MEMBERS = /^\/api\/projects\/(\d+)\/members\/paginated\/$/;
const MEMBER_TAGS = /^\/api\/organizations\/(\d+)\/member-tags$/;
const REFRESH = '/api/token/refresh/';
// Label Studio's unauthenticated liveness endpoint, which the facade's readiness probe calls.
const HEALTH = '/health';

export function matchRoute(path: string): Route | undefined {
  if (path === REFRESH) return { name: 'refresh' };
  if (path === HEALTH) return { name: 'health' };
  const id = (pattern: RegExp) => {
    const match = pattern.exec(path)?.[1];
    return match === undefined ? undefined : Number(match);
  };
  const assign = id(ASSIGN);
  if (assign !== undefined) return { name: 'assign', organizationId: assign };
  const unassign = id(UNASSIGN);
  if (unassign !== undefined) return { name: 'unassign', projectId: unassign };
  const organizationMembers = id(ORGANIZATION_MEMBERS);
  if (organizationMembers !== undefined) return { name: 'organization-members', organizationId: organizationMembers };
  const projectMembers = id(PROJECT_MEMBERS);
  if (projectMembers !== undefined) return { name: 'project-members', projectId: projectMembers };
  const memberTags = id(MEMBER_TAGS);
  if (memberTags !== undefined) return { name: 'member-tags', organizationId: memberTags };
  return undefined;
}
