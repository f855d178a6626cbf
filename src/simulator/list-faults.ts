import { findOrganization } from './data-access.js';
import type { SimulatorData } from './model.js';
import type { Page } from './pagination.js';

/**
 * Ways a member list misbehaves while it is read, as a live Label Studio, a proxy or a cache can; the
 * real handler still answers. Label Studio computes each page when it is asked for, so a member who
 * joins or leaves between two reads moves every later page.
 */
export interface ListFault {
  /**
   * Before answering, `shift` new members join the organization (above 0), or that many of its members
   * leave (below 0), ahead of most of its list: joiners take the smallest free user ids, leavers are the
   * members with the smallest ids other than the caller. This changes the data, so the change that
   * follows reaches the organization as it then is. Organization list only.
   */
  shift?: number;
  /** Answer this page whatever `page` asks, as a cache that ignores the query string would. */
  page?: number;
  /** A page size of its own, whatever `page_size` asks. */
  pageSize?: number;
  /** Report a `count` this much lower than the list holds. */
  undercount?: number;
  /** Put `next` and `previous` on this origin (a misconfigured proxy in front). */
  linkOrigin?: string;
}

/** The query as a list that keeps its own page size, or a cache that serves one page, reads it. */
export function misreadQuery(query: URLSearchParams, fault: ListFault | undefined): URLSearchParams {
  if (fault?.page === undefined && fault?.pageSize === undefined) return query;
  const misread = new URLSearchParams(query);
  if (fault.page !== undefined) misread.set('page', String(fault.page));
  if (fault.pageSize !== undefined) misread.set('page_size', String(fault.pageSize));
  return misread;
}

/** The page as the fault reports it. */
export function misreport<T>(page: Page<T>, fault: ListFault | undefined): Page<T> {
  const origin = fault?.linkOrigin;
  const relink = (link: string | null) => (link === null || origin === undefined ? link : `${origin}${new URL(link).pathname}${new URL(link).search}`);
  return { ...page, count: Math.max(0, page.count - (fault?.undercount ?? 0)), next: relink(page.next), previous: relink(page.previous) };
}

/** Members join (n > 0) or leave (n < 0) the organization, as `ListFault.shift` says. */
export function shiftMembers(data: SimulatorData, organizationId: number, actorUserId: number, n: number): void {
  const organization = findOrganization(data, organizationId);
  if (organization === undefined) return;
  if (n < 0) {
    const leaving = new Set(
      organization.members
        .map((member) => member.userId)
        .filter((userId) => userId !== actorUserId)
        .sort((a, b) => a - b)
        .slice(0, -n),
    );
    organization.members = organization.members.filter((member) => !leaving.has(member.userId));
    return;
  }
  const taken = new Set(data.users.map((user) => user.id));
  for (let id = 1, joined = 0; joined < n; id += 1) {
    if (taken.has(id)) continue;
    data.users.push({ id, email: `joined${id}@acme.test`, username: `joined${id}`, firstName: 'Joined', lastName: String(id), lastActivity: null });
    organization.members.push({ userId: id, role: 'AN', userType: 'standard', isDeleted: false, tagIds: [] });
    joined += 1;
  }
}
