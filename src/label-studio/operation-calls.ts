import pMap from 'p-map';
import type { ZodType } from 'zod';
import { LabelStudioError } from './errors.js';
import { readAllPages, readWindow, type AllPages } from './paging.js';
import {
  assignMemberTagsHttp,
  assignProjectMembersHttp,
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
  memberTagPage,
  organizationMemberPage,
  projectMemberPage,
  unassignmentsResponse,
  type MemberPage,
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

  /** Every organization member the filters select, read page by page, when there are at most `limit`; otherwise the count and first page. */
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
  async readProjectMembers({ ids, ...request }: Omit<ProjectMembersRequest, 'page' | 'pageSize'>, maxItems: number): Promise<AllPages<ProjectMember>> {
    if (ids === undefined) return this.readAll(request, maxItems);
    const total: AllPages<ProjectMember> = { results: [], count: 0, complete: true, overLimit: false, consistent: true };
    // The last page a walk asks for is not known yet: the lists leave room for a long page number.
    for (const list of ids.length === 0 ? [] : this.idLists({ ...request, page: MAX_PAGE_NUMBER, pageSize: LIST_PAGE_SIZE }, ids)) {
      const part = await this.readAll({ ...request, ids: list }, maxItems - total.count);
      // The lists are disjoint, so their members and counts add up.
      total.results.push(...part.results);
      total.count += part.count;
      total.complete &&= part.complete;
      total.consistent &&= part.consistent;
      if (part.overLimit) return { ...total, complete: false, overLimit: true };
    }
    return total;
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

  /** The organization's member tags whose label contains `search`, from `offset` on. */
  memberTagWindow(request: Omit<MemberTagsRequest, 'page' | 'pageSize'>, { offset, limit }: ListWindowRequest) {
    return readWindow((page, pageSize) => this.send(memberTagsHttp({ ...request, page, pageSize }), memberTagPage), offset, limit);
  }

  /** The count and first page of the project members the filters select; with `ids`, of those users only (none: nobody). */
  projectMembers({ ids, ...request }: ProjectMembersRequest): Promise<ProjectMemberCount> {
    if (ids === undefined) return this.send(projectMembersHttp(request), projectMemberPage);
    return ids.length === 0 ? Promise.resolve({ count: 0, results: [] }) : this.projectMembersAmong(request, ids);
  }

  /** `ids` split into lists that each fit the request line of this project member request. */
  private idLists(request: Omit<ProjectMembersRequest, 'ids'>, ids: number[]): number[][] {
    const without = projectMembersHttp(request);
    const lineWithout = this.line.bytes('GET', without.path, without.query.length + IDS_PARAMETER.length);
    const lists = splitIdList(ids, this.line.limit - lineWithout);
    if (!lists) throw new LabelStudioError({ kind: 'request-too-large', bytes: lineWithout + String(ids[0]).length, limit: this.line.limit }, without.route);
    return lists;
  }

  /** Every member one project list request selects, page after page (paging.ts). */
  private readAll(request: Omit<ProjectMembersRequest, 'page' | 'pageSize'>, maxItems: number) {
    return readAllPages((page, pageSize) => this.send(projectMembersHttp({ ...request, page, pageSize }), projectMemberPage), {
      idOf: (member) => member.userId,
      maxItems,
      pageSize: LIST_PAGE_SIZE,
      concurrency: MAX_CONCURRENT_READS,
    });
  }

  private async projectMembersAmong(request: Omit<ProjectMembersRequest, 'ids'>, ids: number[]): Promise<ProjectMemberCount> {
    const lists = this.idLists(request, ids);
    // The ids are distinct, so the lists are disjoint and their counts add up.
    const pages = await pMap(lists, (list) => this.send(projectMembersHttp({ ...request, ids: list }), projectMemberPage), { concurrency: MAX_CONCURRENT_READS });
    return {
      count: pages.reduce((total, page) => total + page.count, 0),
      results: pages.flatMap((page) => page.results).slice(0, request.pageSize),
    };
  }
}

/** Where a list window starts and how long it is: `limit` items from position `offset` (from 0). */
export interface ListWindowRequest {
  offset: number;
  limit: number;
}
