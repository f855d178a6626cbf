import pMap from 'p-map';
import type { ZodType } from 'zod';
import { LabelStudioError } from './errors.js';
import { readAllPages, readWindow, type AllPages } from './paging.js';
import {
  assignMemberTagsHttp,
  assignProjectMembersHttp,
  assignWorkspaceMembersHttp,
  createMemberTagHttp,
  deleteMemberTagsHttp,
  memberTagHttp,
  renameMemberTagHttp,
  unassignWorkspaceMembersHttp,
  workspaceMembersHttp,
  type AssignWorkspaceMembersRequest,
  type CreateMemberTagRequest,
  type DeleteMemberTagsRequest,
  type MemberTagRequest,
  type RenameMemberTagRequest,
  type UnassignWorkspaceMembersRequest,
  type WorkspaceMembersRequest,
  LIST_PAGE_SIZE,
  memberTagsHttp,
  organizationMembersHttp,
  projectMembersHttp,
  splitIdList,
  unassignProjectMembersHttp,
  type AssignMemberTagsRequest,
  type AssignProjectMembersRequest,
  type HttpRequestSpec,
  type MemberTagsRequest,
  type OrganizationMembersRequest,
  type ProjectMembersRequest,
  type RequestLineBudget,
  type UnassignProjectMembersRequest,
} from './requests.js';
import {
  assignedResponse,
  assignmentsResponse,
  deletedResponse,
  memberTagResponse,
  workspaceAssignmentsResponse,
  workspaceMemberPage,
  type WorkspaceMember,
  type WorkspaceMemberPage,
  memberTagPage,
  organizationMemberPage,
  projectMemberPage,
  unassignmentsResponse,
  type MemberPage,
  type MemberTag,
  type OrganizationMember,
  type ProjectMember,
  type ProjectMemberPage,
} from './responses.js';

/** One request of an operation, under its Deadline and credentials. */
export type Send = <T>(spec: HttpRequestSpec, schema: ZodType<T>) => Promise<T>;

/** The count and a page of members, with no claim about the pages after it. */
export type MemberCount = Pick<MemberPage, 'count' | 'results'>;
export type ProjectMemberCount = Pick<ProjectMemberPage, 'count' | 'results'>;

/** A walk over the members the filters select; `complete` only when it showed that it saw them all. */
export type MemberScan = AllPages<OrganizationMember>;

// Reads one operation may have in flight at once (id lists split over several requests, pages of a scan):
// enough to overlap round trips, few enough that one preview cannot crowd out other callers' calls.
const MAX_CONCURRENT_READS = 4;

const IDS_PARAMETER = '&ids=';
// Room on the request line for the page number of a walk: a list of a million members at the smallest page size.
const MAX_PAGE_NUMBER = 1_000_000;

/**
 * The calls an operation may make, each one or more requests under the operation's Deadline and
 * credentials. A class, not an object of closures: every operation makes one.
 */
export class LabelStudioCalls {
  constructor(
    private readonly send: Send,
    private readonly line: RequestLineBudget,
  ) {}

  assignMemberTags(request: AssignMemberTagsRequest) {
    return this.send(assignMemberTagsHttp(request), assignedResponse);
  }

  unassignProjectMembers(request: UnassignProjectMembersRequest) {
    return this.send(unassignProjectMembersHttp(request, this.line), unassignmentsResponse);
  }

  assignProjectMembers(request: AssignProjectMembersRequest) {
    return this.send(assignProjectMembersHttp(request), assignmentsResponse);
  }

  /** The count and one page of the organization members the filters select. */
  organizationMembers(request: OrganizationMembersRequest) {
    return this.send(organizationMembersHttp(request), organizationMemberPage);
  }

  /**
   * Every organization member the filters select, read page by page, when there are at most `limit`;
   * otherwise the count and first page. The list cannot be filtered by user id, so a walk over several
   * pages is never shown complete (paging.ts).
   */
  scanOrganizationMembers(request: Omit<OrganizationMembersRequest, 'page' | 'pageSize'>, limit: number): Promise<MemberScan> {
    return readAllPages((page, pageSize) => this.send(organizationMembersHttp({ ...request, page, pageSize }), organizationMemberPage), {
      idOf: (member) => member.userId,
      maxItems: limit,
      pageSize: LIST_PAGE_SIZE,
      concurrency: MAX_CONCURRENT_READS,
    });
  }

  /**
   * Every project member the filters select (with `ids`, among those users only), read through all
   * pages; beyond `maxItems` the walk stops and says `overLimit`. Id lists too long for one request
   * line are read one after another, each within what is left of `maxItems`.
   */
  readProjectMembers(request: Omit<ProjectMembersRequest, 'page' | 'pageSize'>, maxItems: number): Promise<AllPages<ProjectMember>> {
    return this.readAmong(PROJECT_MEMBERS, request, maxItems);
  }

  /** Every workspace member `search` selects (with `ids`, among those users only), read as `readProjectMembers` reads. */
  readWorkspaceMembers(request: Omit<WorkspaceMembersRequest, 'page' | 'pageSize'>, maxItems: number): Promise<AllPages<WorkspaceMember>> {
    return this.readAmong(WORKSPACE_MEMBERS, request, maxItems);
  }

  /**
   * Each tag (`GET .../member-tags/{tag_pk}`, a tag that does not exist is a 404) and how many organization
   * members carry it now (the organization list's `count` with `tags=<id>`), a few tags at a time.
   */
  memberTagReach(organizationId: number, tagIds: readonly number[]): Promise<{ tag: MemberTag; members: number }[]> {
    return pMap(
      tagIds,
      async (tagId) => {
        const [tag, carriers] = await Promise.all([
          this.memberTag({ organizationId, tagId }),
          this.organizationMembers({ organizationId, filters: { tags: [tagId] }, page: 1, pageSize: 1 }),
        ]);
        return { tag, members: carriers.count };
      },
      // Two requests a tag: half as many tags at once keeps the reads in flight at MAX_CONCURRENT_READS.
      { concurrency: MAX_CONCURRENT_READS / 2 },
    );
  }

  /**
   * Each tag and every organization member carrying it, tag after tag, all within `maxItems` members:
   * a tag whose carriers would pass what is left stops the walk (`overLimit` on its read).
   */
  async readTagCarriers(organizationId: number, tagIds: readonly number[], maxItems: number): Promise<{ tag: MemberTag; carriers: MemberScan }[]> {
    const read: { tag: MemberTag; carriers: MemberScan }[] = [];
    let left = maxItems;
    for (const tagId of tagIds) {
      const [tag, carriers] = await Promise.all([
        this.memberTag({ organizationId, tagId }),
        this.scanOrganizationMembers({ organizationId, filters: { tags: [tagId] } }, left),
      ]);
      read.push({ tag, carriers });
      // Over the limit, or a list holding more than its count (which bounds nothing): the tags after it are not read.
      if (carriers.overLimit || !carriers.consistent) break;
      // A walk not shown whole may have missed carriers: what is left for the next tags is less its count too.
      left -= Math.max(carriers.count, carriers.results.length);
    }
    return read;
  }

  assignWorkspaceMembers(request: AssignWorkspaceMembersRequest) {
    return this.send(assignWorkspaceMembersHttp(request), workspaceAssignmentsResponse);
  }

  unassignWorkspaceMembers(request: UnassignWorkspaceMembersRequest) {
    return this.send(unassignWorkspaceMembersHttp(request, this.line), unassignmentsResponse);
  }

  createMemberTag(request: CreateMemberTagRequest) {
    return this.send(createMemberTagHttp(request), memberTagResponse);
  }

  renameMemberTag(request: RenameMemberTagRequest) {
    return this.send(renameMemberTagHttp(request), memberTagResponse);
  }

  memberTag(request: MemberTagRequest) {
    return this.send(memberTagHttp(request), memberTagResponse);
  }

  deleteMemberTags(request: DeleteMemberTagsRequest) {
    return this.send(deleteMemberTagsHttp(request, this.line), deletedResponse);
  }

  // The lists a screen pages through, one window each, with every field their node types show: one
  // call for a window on a page boundary (a client paging forward with the same `first`), two at most.

  /** Organization members the filters and `search` select, from `offset` on. */
  organizationMemberWindow(request: Omit<OrganizationMembersRequest, 'page' | 'pageSize'>, { offset, limit }: ListWindowRequest) {
    return readWindow((page, pageSize) => this.send(organizationMembersHttp({ ...request, page, pageSize }), organizationMemberPage), offset, limit);
  }

  /** Project members the filters select (only explicit ones with `implicit: false`), from `offset` on. */
  projectMemberWindow(request: Omit<ProjectMembersRequest, 'ids' | 'page' | 'pageSize'>, { offset, limit }: ListWindowRequest) {
    return readWindow((page, pageSize) => this.send(projectMembersHttp({ ...request, page, pageSize }), projectMemberPage), offset, limit);
  }

  /** Workspace members `search` selects, from `offset` on. */
  workspaceMemberWindow(request: Omit<WorkspaceMembersRequest, 'ids' | 'page' | 'pageSize'>, { offset, limit }: ListWindowRequest) {
    return readWindow((page, pageSize) => this.send(workspaceMembersHttp({ ...request, page, pageSize }), workspaceMemberPage), offset, limit);
  }

  /** The organization's member tags whose label contains `search`, from `offset` on. */
  memberTagWindow(request: Omit<MemberTagsRequest, 'page' | 'pageSize'>, { offset, limit }: ListWindowRequest) {
    return readWindow((page, pageSize) => this.send(memberTagsHttp({ ...request, page, pageSize }), memberTagPage), offset, limit);
  }

  /** The count and first page of the project members the filters select; with `ids`, of those users only (none: nobody). */
  projectMembers(request: ProjectMembersRequest): Promise<ProjectMemberCount> {
    return this.countAmong(PROJECT_MEMBERS, request);
  }

  /** The count and first page of the workspace members `search` selects; with `ids`, of those users only (none: nobody). */
  workspaceMembers(request: WorkspaceMembersRequest): Promise<Pick<WorkspaceMemberPage, 'count' | 'results'>> {
    return this.countAmong(WORKSPACE_MEMBERS, request);
  }

  /** `ids` split into lists that each fit the request line of this list request. */
  private idLists<R extends UserListRequest>(list: UserList<R, unknown>, request: R, ids: number[]): number[][] {
    const without = list.http({ ...request, ids: undefined });
    const lineWithout = this.line.bytes('GET', without.path, without.query.length + IDS_PARAMETER.length);
    const lists = splitIdList(ids, this.line.limit - lineWithout);
    if (!lists) throw new LabelStudioError({ kind: 'request-too-large', bytes: lineWithout + String(ids[0]).length, limit: this.line.limit }, without.route);
    return lists;
  }

  /** Every user one list request selects, page after page (paging.ts), a walk over several pages checked by the ids it read and the count. */
  private readAll<R extends UserListRequest, T extends { userId: number }>(list: UserList<R, T>, request: Omit<R, 'page' | 'pageSize'>, maxItems: number) {
    return readAllPages((page, pageSize) => this.send(list.http({ ...request, page, pageSize } as R), list.page), {
      idOf: (member) => member.userId,
      maxItems,
      pageSize: LIST_PAGE_SIZE,
      concurrency: MAX_CONCURRENT_READS,
      holdsExactly: async (ids) => {
        const [among, all] = await Promise.all([
          this.countAmong(list, { ...request, ids, page: 1, pageSize: 1 } as R),
          this.countAmong(list, { ...request, page: 1, pageSize: 1 } as R),
        ]);
        return among.count === ids.length && all.count === ids.length;
      },
    });
  }

  /** `readAll`, with `ids` split over request lines one after another, each within what is left of `maxItems`. */
  private async readAmong<R extends UserListRequest, T extends { userId: number }>(
    list: UserList<R, T>,
    { ids, ...request }: Omit<R, 'page' | 'pageSize'>,
    maxItems: number,
  ): Promise<AllPages<T>> {
    if (ids === undefined) return this.readAll(list, request as Omit<R, 'page' | 'pageSize'>, maxItems);
    const total: AllPages<T> = { results: [], count: 0, complete: true, overLimit: false, consistent: true };
    // The last page a walk asks for is not known yet: the lists leave room for a long page number.
    for (const part of ids.length === 0 ? [] : this.idLists(list, { ...request, page: MAX_PAGE_NUMBER, pageSize: LIST_PAGE_SIZE } as R, ids)) {
      const read = await this.readAll(list, { ...request, ids: part } as Omit<R, 'page' | 'pageSize'>, maxItems - total.count);
      // The lists are disjoint, so their members and counts add up.
      total.results.push(...read.results);
      total.count += read.count;
      total.complete &&= read.complete;
      total.consistent &&= read.consistent;
      if (read.overLimit) return { ...total, complete: false, overLimit: true };
    }
    return total;
  }

  /** The count and first page of one list request; with `ids` split over request lines and summed. */
  private async countAmong<R extends UserListRequest, T>(list: UserList<R, T>, request: R): Promise<{ count: number; results: T[] }> {
    const { ids } = request;
    if (ids === undefined) return this.send(list.http(request), list.page);
    if (ids.length === 0) return { count: 0, results: [] };
    const lists = this.idLists(list, request, ids);
    // The ids are distinct, so the lists are disjoint and their counts add up.
    const pages = await pMap(lists, (part) => this.send(list.http({ ...request, ids: part }), list.page), { concurrency: MAX_CONCURRENT_READS });
    return {
      count: pages.reduce((total, page) => total + page.count, 0),
      results: pages.flatMap((page) => page.results).slice(0, request.pageSize),
    };
  }
}

/** What a list of users that filters by user id takes: a page, and `ids`. */
interface UserListRequest {
  ids?: number[];
  page?: number;
  pageSize: number;
}

/** A list of users that filters by user id (`ids`): how to ask for a page of it, and how to read one. */
interface UserList<R extends UserListRequest, T> {
  http: (request: R) => HttpRequestSpec;
  page: ZodType<{ count: number; next?: string | null; results: T[] }>;
}

const PROJECT_MEMBERS: UserList<ProjectMembersRequest, ProjectMember> = { http: projectMembersHttp, page: projectMemberPage };
const WORKSPACE_MEMBERS: UserList<WorkspaceMembersRequest, WorkspaceMember> = { http: workspaceMembersHttp, page: workspaceMemberPage };

/** Where a list window starts and how long it is: `limit` items from position `offset` (from 0). */
export interface ListWindowRequest {
  offset: number;
  limit: number;
}
