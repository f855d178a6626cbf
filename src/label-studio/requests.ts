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

/** `all` with only the id lists that hold ids: an empty list is never sent. */
function selectionJson({ all, included, excluded }: UnassignProjectMembersRequest['selection']) {
  return { all, ...(included?.length ? { included } : {}), ...(excluded?.length ? { excluded } : {}) };
}

export function assignMemberTagsHttp(request: AssignMemberTagsRequest): HttpRequestSpec {
  const { body } = request;
  return {
    method: 'POST',
    route: 'api/organizations/{id}/member-tags/assignments',
    path: `api/organizations/${request.organizationId}/member-tags/assignments`,
    query: encodeQuery(request.filters),
    json: { ...selectionJson(body), overwrite: body.overwrite, tags: body.tags },
  };
}

/** Whether a request line (`METHOD /path?query HTTP/1.1`) with a query of this many bytes fits the front proxy's limit. */
export type FitsRequestLine = (method: HttpRequestSpec['method'], path: string, queryLength: number) => boolean;

export function unassignProjectMembersHttp(request: UnassignProjectMembersRequest, fits: FitsRequestLine = () => true): HttpRequestSpec {
  const route = 'api/projects/{id}/members/bulk/';
  const path = `api/projects/${request.projectId}/members/bulk/`;
  const { included = [], excluded = [] } = request.selection;
  // Each id takes at least two bytes of a query (a digit and a comma): a list that cannot fit even so
  // is not encoded just to learn that (for 5,000 ids that was a twentieth of the request's CPU).
  if (fits('DELETE', path, 2 * (included.length + excluded.length))) {
    const query = encodeQuery({ ...request.selection, ...request.filters });
    if (fits('DELETE', path, query.length)) return { method: 'DELETE', route, path, query };
  }
  // Thousands of ids do not fit a request line. The documented JSON-body form sends each id once, in
  // one request, so `excluded` stays whole under `all: true` and Label Studio reports one total.
  return { method: 'DELETE', route, path, query: encodeQuery(request.filters), json: selectionJson(request.selection) };
}

export function refreshAccessTokenHttp(personalAccessToken: string): HttpRequestSpec {
  return { method: 'POST', route: 'api/token/refresh/', path: 'api/token/refresh/', query: '', json: { refresh: personalAccessToken } };
}
