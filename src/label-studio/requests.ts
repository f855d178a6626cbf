import type { RoleCode, UserTypeCode } from './codes.js';
import { encodeQuery } from './query-string.js';

/** `POST /api/organizations/{id}/member-tags/assignments`, in the REST API's own terms. */
export interface AssignMemberTagsRequest {
  organizationId: number;
  filters: {
    role?: RoleCode[];
    tags?: number[];
    user_type?: UserTypeCode[];
    is_deleted?: boolean;
    exclude_project_id?: number;
    exclude_workspace_id?: number;
    user__last_activity__gte?: Date;
    user__last_activity__lte?: Date;
  };
  body: { all: boolean; included?: number[]; excluded?: number[]; overwrite: boolean; tags: number[] };
}

/** `DELETE /api/projects/{id}/members/bulk/`, in the REST API's own terms. */
export interface UnassignProjectMembersRequest {
  projectId: number;
  selection: { all: boolean; included?: number[]; excluded?: number[] };
  filters: {
    search?: string;
    role?: RoleCode[];
    tags?: number[];
    user_type?: UserTypeCode[];
    last_activity__gte?: Date;
    last_activity__lte?: Date;
  };
}

/** A request ready for the wire; `route` is the path template, safe to log and to label metrics with. */
export interface HttpRequestSpec {
  method: 'POST' | 'DELETE';
  route: string;
  path: string;
  query: string;
  json?: unknown;
}

export function assignMemberTagsHttp(request: AssignMemberTagsRequest): HttpRequestSpec {
  const { body } = request;
  return {
    method: 'POST',
    route: 'api/organizations/{id}/member-tags/assignments',
    path: `api/organizations/${request.organizationId}/member-tags/assignments`,
    query: encodeQuery(request.filters),
    json: {
      all: body.all,
      ...(body.included?.length ? { included: body.included } : {}),
      ...(body.excluded?.length ? { excluded: body.excluded } : {}),
      overwrite: body.overwrite,
      tags: body.tags,
    },
  };
}

export function unassignProjectMembersHttp(request: UnassignProjectMembersRequest): HttpRequestSpec {
  return {
    method: 'DELETE',
    route: 'api/projects/{id}/members/bulk/',
    path: `api/projects/${request.projectId}/members/bulk/`,
    query: encodeQuery({ ...request.selection, ...request.filters }),
  };
}
