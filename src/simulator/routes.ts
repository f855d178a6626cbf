export type RouteName = 'assign' | 'unassign' | 'refresh' | 'health';

export type Route =
  | { name: 'assign'; organizationId: number }
  | { name: 'unassign'; projectId: number }
  | { name: 'refresh' }
  | { name: 'health' };

export const ROUTE_METHODS: Record<RouteName, string> = { assign: 'POST', unassign: 'DELETE', refresh: 'POST', health: 'GET' };

// Exact patterns as in Label Studio's URLconf: the assignments path has no trailing slash, the other two do,
// and getting that wrong is a 404 there too.
const ASSIGN = /^\/api\/organizations\/(\d+)\/member-tags\/assignments$/;
const UNASSIGN = /^\/api\/projects\/(\d+)\/members\/bulk\/$/;
const REFRESH = '/api/token/refresh/';
// Label Studio's unauthenticated liveness endpoint, which the facade's readiness probe calls.
const HEALTH = '/health';

export function matchRoute(path: string): Route | undefined {
  if (path === REFRESH) return { name: 'refresh' };
  if (path === HEALTH) return { name: 'health' };
  const assign = ASSIGN.exec(path);
  if (assign?.[1] !== undefined) return { name: 'assign', organizationId: Number(assign[1]) };
  const unassign = UNASSIGN.exec(path);
  if (unassign?.[1] !== undefined) return { name: 'unassign', projectId: Number(unassign[1]) };
  return undefined;
}
