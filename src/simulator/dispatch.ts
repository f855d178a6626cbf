import { assignMemberTags } from './assign-member-tags.js';
import { assignProjectMembers } from './assign-project-members.js';
import { authenticate } from './auth.js';
import { misreadQuery, misreport, shiftMembers, type ListFault } from './list-faults.js';
import { listOrganizationMembers, listProjectMembers } from './list-members.js';
import { createMemberTag, deleteMemberTags, getMemberTag, renameMemberTag } from './member-tag-changes.js';
import { listMemberTags } from './member-tags.js';
import type { SimulatorData } from './model.js';
import { refreshAccessToken } from './refresh-token.js';
import type { RequestBody } from './request-body.js';
import { errorResponse, jsonResponse, type SimResponse } from './respond.js';
import { allowedMethods, ROUTE_METHODS, type Route } from './routes.js';
import { unassignProjectMembers } from './unassign-project-members.js';
import { assignWorkspaceMembers, listWorkspaceMembers, unassignWorkspaceMembers } from './workspace-members.js';

export interface DispatchContext {
  data: SimulatorData;
  secret: Buffer;
  accessTokenTtlSeconds: number;
  /** The simulator's own URL, known once it listens; lists link their pages with it. */
  baseUrl: string;
}

export interface Call {
  method: string;
  route: Route | undefined;
  path: string;
  query: string;
  authorization: string | undefined;
  body: RequestBody;
  /** How a member list misbehaves for this request (an injected fault). */
  listFault?: ListFault;
}

function methodNotAllowed(method: string, allowed: string): SimResponse {
  return errorResponse({ status: 405, detail: `Method "${method}" not allowed.` }, { allow: allowed });
}

/** One request through the real Label Studio behaviour, in DRF's order: authenticate, method, then the view. */
export function dispatch(context: DispatchContext, call: Call): SimResponse {
  const { route } = call;
  if (route === undefined) return errorResponse({ status: 404, detail: 'Not found.' });
  const allowed = ROUTE_METHODS[route.name];

  if (route.name === 'health') {
    return call.method === allowed ? jsonResponse(200, { status: 'UP' }) : methodNotAllowed(call.method, allowed);
  }

  if (route.name === 'refresh') {
    if (call.method !== allowed) return methodNotAllowed(call.method, allowed);
    const result = refreshAccessToken(context.data, context.secret, context.accessTokenTtlSeconds, call.body);
    return result.ok ? jsonResponse(200, { access: result.access }) : errorResponse(result.error);
  }

  const auth = authenticate(context.data, context.secret, call.authorization);
  if (!auth.ok) return errorResponse(auth.error);
  if (call.method !== allowed) return methodNotAllowed(call.method, allowedMethods(route));
  const query = new URLSearchParams(call.query);

  if (route.name === 'organization-members' || route.name === 'project-members' || route.name === 'member-tags' || route.name === 'workspace-members') {
    const { listFault } = call;
    const list = {
      actorUserId: auth.userId,
      query: misreadQuery(query, listFault),
      pageUrl: (linked: URLSearchParams) => `${context.baseUrl}${call.path}?${linked.toString()}`,
    };
    if (route.name === 'organization-members' && listFault?.shift) shiftMembers(context.data, route.organizationId, auth.userId, listFault.shift);
    const result =
      route.name === 'organization-members'
        ? listOrganizationMembers(context.data, route.organizationId, list)
        : route.name === 'project-members'
          ? listProjectMembers(context.data, route.projectId, list)
          : route.name === 'workspace-members'
            ? listWorkspaceMembers(context.data, route.workspaceId, list)
            : listMemberTags(context.data, route.organizationId, list);
    return result.ok ? jsonResponse(200, misreport(result.page, listFault)) : errorResponse(result.error);
  }

  const actorUserId = auth.userId;
  switch (route.name) {
    case 'create-member-tag':
    case 'member-tag':
    case 'rename-member-tag': {
      const request = { organizationId: route.organizationId, actorUserId, body: call.body };
      const result =
        route.name === 'create-member-tag'
          ? createMemberTag(context.data, request)
          : route.name === 'member-tag'
            ? getMemberTag(context.data, { ...request, tagId: route.tagId })
            : renameMemberTag(context.data, { ...request, tagId: route.tagId });
      return result.ok ? jsonResponse(route.name === 'create-member-tag' ? 201 : 200, result.tag) : errorResponse(result.error);
    }
    case 'delete-member-tags': {
      const result = deleteMemberTags(context.data, { organizationId: route.organizationId, actorUserId, query, body: call.body });
      return result.ok ? jsonResponse(200, { deleted: result.deleted }) : errorResponse(result.error);
    }
    case 'assign-workspace-members': {
      const result = assignWorkspaceMembers(context.data, { workspaceId: route.workspaceId, actorUserId, query, body: call.body });
      return result.ok ? jsonResponse(200, { assignments: result.assignments }) : errorResponse(result.error);
    }
    case 'unassign-workspace-members': {
      const result = unassignWorkspaceMembers(context.data, { workspaceId: route.workspaceId, actorUserId, query, body: call.body });
      return result.ok ? jsonResponse(200, { unassignments: result.unassignments }) : errorResponse(result.error);
    }
  }

  if (route.name === 'assign') {
    const result = assignMemberTags(context.data, {
      organizationId: route.organizationId,
      actorUserId: auth.userId,
      query,
      body: call.body,
    });
    return result.ok ? jsonResponse(200, { assigned: result.assigned }) : errorResponse(result.error);
  }

  if (route.name === 'assign-project-members') {
    const result = assignProjectMembers(context.data, {
      projectId: route.projectId,
      actorUserId: auth.userId,
      query,
      body: call.body,
    });
    return result.ok ? jsonResponse(200, { assignments: result.assignments, skipped_user_ids: result.skippedUserIds }) : errorResponse(result.error);
  }

  const result = unassignProjectMembers(context.data, {
    projectId: route.projectId,
    actorUserId: auth.userId,
    query,
    body: call.body,
  });
  return result.ok ? jsonResponse(200, { unassignments: result.unassignments }) : errorResponse(result.error);
}
