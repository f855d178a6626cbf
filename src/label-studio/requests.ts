import type { RoleCode, UserTypeCode } from './codes.js';
import { encodeQuery, type QueryValue } from './query-string.js';

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

/** `POST /api/projects/{id}/members/bulk/`, in the REST API's own terms. */
export interface AssignProjectMembersRequest {
  projectId: number;
  selection: UnassignProjectMembersRequest['selection'];
  /** The project role to give each listed user; users not listed get none (their organization role applies). */
  roles: { user_id: number; role: RoleCode }[];
  /** Sent only with `all: true`, as the unassign's. */
  filters: UnassignProjectMembersRequest['filters'];
}

/** The page size of a scan, and the most this service asks of a list in one page. */
export const LIST_PAGE_SIZE = 100;

/** `GET /api/organizations/{id}/memberships`: one page of the members the filters select (no filter by user id). */
export interface OrganizationMembersRequest {
  organizationId: number;
  filters: AssignMemberTagsRequest['filters'];
  /** Name, email or username contains this text: a list-only filter, which the bulk assign does not take. */
  search?: string;
  page: number;
  pageSize: number;
}

/** `GET /api/projects/{id}/members/paginated/`: a page (the first unless `page` says) of the project members the filters select. */
export interface ProjectMembersRequest {
  projectId: number;
  filters: UnassignProjectMembersRequest['filters'];
  /** false: only members added to the project directly; absent: implicit members too. */
  implicit?: boolean;
  /** Only these users; any number of them (the client splits a list too long for one request line). */
  ids?: number[];
  /** From 1; default 1. */
  page?: number;
  pageSize: number;
}

/** `GET /api/organizations/{id}/member-tags`: one page of the organization's member tags. */
export interface MemberTagsRequest {
  organizationId: number;
  /** Label contains this text, case-insensitively. */
  search?: string;
  page: number;
  pageSize: number;
}

/** `GET /api/workspaces/{id}/memberships/paginated/`: a page of the workspace's members (users). */
export interface WorkspaceMembersRequest {
  workspaceId: number;
  /** Name or email contains this text. */
  search?: string;
  /** Only these users; any number of them (the client splits a list too long for one request line). */
  ids?: number[];
  /** From 1; default 1. */
  page?: number;
  pageSize: number;
}

/** `POST /api/workspaces/{id}/memberships/bulk/`: the selection in the JSON body. */
export interface AssignWorkspaceMembersRequest {
  workspaceId: number;
  selection: UnassignProjectMembersRequest['selection'];
}

/** `DELETE /api/workspaces/{id}/memberships/bulk/`: the selection and `search` in the query. */
export interface UnassignWorkspaceMembersRequest {
  workspaceId: number;
  selection: UnassignProjectMembersRequest['selection'];
  filters: { search?: string };
}

/** `POST /api/organizations/{id}/member-tags`. */
export interface CreateMemberTagRequest {
  organizationId: number;
  label: string;
}

/** `PATCH /api/organizations/{id}/member-tags/{tag_pk}`. */
export interface RenameMemberTagRequest {
  organizationId: number;
  tagId: number;
  label: string;
}

/** `GET /api/organizations/{id}/member-tags/{tag_pk}`. */
export interface MemberTagRequest {
  organizationId: number;
  tagId: number;
}

/** `DELETE /api/organizations/{id}/member-tags/bulk?ids=1,2`. */
export interface DeleteMemberTagsRequest {
  organizationId: number;
  tagIds: number[];
}

/** A request ready for the wire; `route` is the path template, safe to log and to label metrics with. */
export interface HttpRequestSpec {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
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

/** The front proxy's request-line limit (nginx: 8 KB), and how long a line is as this client sends it. */
export interface RequestLineBudget {
  limit: number;
  /** The bytes of `METHOD /base/path?query HTTP/1.1` with a query of `queryLength` bytes. */
  bytes(method: HttpRequestSpec['method'], path: string, queryLength: number): number;
}

/** Lines under `baseUrl`'s path; queries are ASCII (percent-encoded), so their length is their size in bytes. */
export function requestLineBudget(baseUrl: string, limit: number): RequestLineBudget {
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
  return {
    limit,
    bytes: (method, path, queryLength) => Buffer.byteLength(`${method} ${basePath}/${path} HTTP/1.1`) + (queryLength > 0 ? queryLength + 1 : 0),
  };
}

const UNBOUNDED: RequestLineBudget = { limit: Infinity, bytes: () => 0 };

export function unassignProjectMembersHttp(request: UnassignProjectMembersRequest, line: RequestLineBudget = UNBOUNDED): HttpRequestSpec {
  return bulkDeleteHttp('api/projects/{id}/members/bulk/', `api/projects/${request.projectId}/members/bulk/`, request.selection, request.filters, line);
}

export function unassignWorkspaceMembersHttp(request: UnassignWorkspaceMembersRequest, line: RequestLineBudget = UNBOUNDED): HttpRequestSpec {
  return bulkDeleteHttp(
    'api/workspaces/{id}/memberships/bulk/',
    `api/workspaces/${request.workspaceId}/memberships/bulk/`,
    request.selection,
    request.filters,
    line,
  );
}

/**
 * A bulk DELETE (project or workspace members): the selection and the filters in the query string, or,
 * when the selection would not fit the request line, the selection as the documented JSON body.
 */
function bulkDeleteHttp(
  route: string,
  path: string,
  selection: UnassignProjectMembersRequest['selection'],
  filters: Record<string, QueryValue | undefined>,
  line: RequestLineBudget,
): HttpRequestSpec {
  const fits = (queryLength: number) => line.bytes('DELETE', path, queryLength) <= line.limit;
  const { included = [], excluded = [] } = selection;
  // Each id takes at least two bytes of a query (a digit and a comma): a list that cannot fit even so
  // is not encoded just to learn that (encoding a long list showed in its CPU profile; docs/performance.md).
  if (fits(2 * (included.length + excluded.length))) {
    const query = encodeQuery({ ...selection, ...filters });
    if (fits(query.length)) return { method: 'DELETE', route, path, query };
  }
  // Thousands of ids do not fit a request line. The documented JSON-body form sends each id once, in
  // one request, so `excluded` stays whole under `all: true` and Label Studio reports one total.
  return { method: 'DELETE', route, path, query: encodeQuery(filters), json: selectionJson(selection) };
}

/** Ids travel in the JSON body, where any number of them fits; only the filters take the request line. */
export function assignProjectMembersHttp({ projectId, selection, roles, filters }: AssignProjectMembersRequest): HttpRequestSpec {
  return {
    method: 'POST',
    route: 'api/projects/{id}/members/bulk/',
    path: `api/projects/${projectId}/members/bulk/`,
    query: selection.all ? encodeQuery(filters) : '',
    json: { ...selectionJson(selection), ...(roles.length > 0 ? { roles } : {}) },
  };
}

export function organizationMembersHttp({ organizationId, filters, search, page, pageSize }: OrganizationMembersRequest): HttpRequestSpec {
  return {
    method: 'GET',
    route: 'api/organizations/{id}/memberships',
    path: `api/organizations/${organizationId}/memberships`,
    query: encodeQuery({ ...filters, search, page, page_size: pageSize }),
  };
}

/** `ids` goes last, so the room left for it on the request line is the line without it. */
export function projectMembersHttp({ projectId, filters, implicit, ids, page = 1, pageSize }: ProjectMembersRequest): HttpRequestSpec {
  return {
    method: 'GET',
    route: 'api/projects/{id}/members/paginated/',
    path: `api/projects/${projectId}/members/paginated/`,
    query: encodeQuery({ ...filters, implicit, page, page_size: pageSize, ids }),
  };
}

export function memberTagsHttp({ organizationId, search, page, pageSize }: MemberTagsRequest): HttpRequestSpec {
  return {
    method: 'GET',
    route: 'api/organizations/{id}/member-tags',
    path: `api/organizations/${organizationId}/member-tags`,
    query: encodeQuery({ search, page, page_size: pageSize }),
  };
}

/** `ids` goes last, so the room left for it on the request line is the line without it. */
export function workspaceMembersHttp({ workspaceId, search, ids, page = 1, pageSize }: WorkspaceMembersRequest): HttpRequestSpec {
  return {
    method: 'GET',
    route: 'api/workspaces/{id}/memberships/paginated/',
    path: `api/workspaces/${workspaceId}/memberships/paginated/`,
    query: encodeQuery({ search, page, page_size: pageSize, ids }),
  };
}

/** Ids travel in the JSON body, where any number of them fits. */
export function assignWorkspaceMembersHttp({ workspaceId, selection }: AssignWorkspaceMembersRequest): HttpRequestSpec {
  return {
    method: 'POST',
    route: 'api/workspaces/{id}/memberships/bulk/',
    path: `api/workspaces/${workspaceId}/memberships/bulk/`,
    query: '',
    json: selectionJson(selection),
  };
}

export function createMemberTagHttp({ organizationId, label }: CreateMemberTagRequest): HttpRequestSpec {
  return {
    method: 'POST',
    route: 'api/organizations/{id}/member-tags',
    path: `api/organizations/${organizationId}/member-tags`,
    query: '',
    json: { label },
  };
}

export function memberTagHttp({ organizationId, tagId }: MemberTagRequest): HttpRequestSpec {
  return {
    method: 'GET',
    route: 'api/organizations/{id}/member-tags/{tag_pk}',
    path: `api/organizations/${organizationId}/member-tags/${tagId}`,
    query: '',
  };
}

export function renameMemberTagHttp({ organizationId, tagId, label }: RenameMemberTagRequest): HttpRequestSpec {
  return { ...memberTagHttp({ organizationId, tagId }), method: 'PATCH', json: { label } };
}

/** The ids in the query, as documented; a list too long for the request line travels as the JSON body the endpoint still accepts. */
export function deleteMemberTagsHttp({ organizationId, tagIds }: DeleteMemberTagsRequest, line: RequestLineBudget = UNBOUNDED): HttpRequestSpec {
  const route = 'api/organizations/{id}/member-tags/bulk';
  const path = `api/organizations/${organizationId}/member-tags/bulk`;
  const query = encodeQuery({ ids: tagIds });
  if (line.bytes('DELETE', path, query.length) <= line.limit) return { method: 'DELETE', route, path, query };
  return { method: 'DELETE', route, path, query: '', json: { ids: tagIds } };
}

/**
 * Splits ids into lists whose comma-joined text takes at most `budgetBytes` each, in order; undefined
 * when not even one id fits.
 */
export function splitIdList(ids: readonly number[], budgetBytes: number): number[][] | undefined {
  const lists: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  for (const id of ids) {
    const length = String(id).length;
    if (length > budgetBytes) return undefined;
    if (current.length > 0 && bytes + 1 + length > budgetBytes) {
      lists.push(current);
      current = [];
      bytes = 0;
    }
    bytes += (current.length > 0 ? 1 : 0) + length;
    current.push(id);
  }
  if (current.length > 0) lists.push(current);
  return lists;
}

export function refreshAccessTokenHttp(personalAccessToken: string): HttpRequestSpec {
  return { method: 'POST', route: 'api/token/refresh/', path: 'api/token/refresh/', query: '', json: { refresh: personalAccessToken } };
}
