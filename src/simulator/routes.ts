export type RouteName = 'assign' | 'unassign' | 'assign-project-members' | 'organization-members' | 'project-members' | 'member-tags' | 'refresh' | 'health';

export type Route =
  | { name: 'assign'; organizationId: number }
  | { name: 'unassign'; projectId: number }
  | { name: 'assign-project-members'; projectId: number }
  | { name: 'organization-members'; organizationId: number }
  | { name: 'project-members'; projectId: number }
  | { name: 'member-tags'; organizationId: number }
  | { name: 'refresh' }
  | { name: 'health' };

export const ROUTE_METHODS: Record<RouteName, string> = {
  assign: 'POST',
  unassign: 'DELETE',
  'assign-project-members': 'POST',
  'organization-members': 'GET',
  'project-members': 'GET',
  'member-tags': 'GET',
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
const REFRESH = '/api/token/refresh/';

// Label Studio's unauthenticated liveness endpoint, which the facade's readiness probe calls.
const HEALTH = '/health';

/** The route a request takes; the bulk project path is two routes, told apart by the method. */
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
  if (memberTags !== undefined) return { name: 'member-tags', organizationId: memberTags };
  return undefined;
}

/** The methods a path answers, for a 405's Allow: the bulk project path serves both the assign (POST) and the unassign (DELETE). */
export function allowedMethods(route: Route): string {
  return route.name === 'unassign' || route.name === 'assign-project-members' ? 'POST, DELETE' : ROUTE_METHODS[route.name];
}
