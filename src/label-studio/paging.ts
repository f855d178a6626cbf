import pMap from 'p-map';
import { LabelStudioError } from './errors.js';

// The one paging routine used by every paged read. Label Studio computes each page when it is asked
// for, so a list that changes between two reads shifts every later page: a walk can see a member twice
// and miss another. `count` and what was read show most of that, but not all: a member read on an early
// page leaving while another joins behind the pages still to read keeps every count and the number of
// distinct ids, and hides the member who moved back onto a page already read. Only a read of the ids
// themselves closes that (`holdsExactly`); one page is one answer and needs none. A proxy
// or cache may also serve one page for every `page`, a server may keep a page size of its own, and a
// page may hold more results than its `count`. Pages are always asked for by number, on a URL the
// caller builds: `next` is read as "there is more", never followed, so credentials never travel to
// wherever it points.

/** A page as Label Studio's lists answer (the zod output of the page schemas). */
export interface ListPage<T> {
  count: number;
  /** null: the last page; undefined: Label Studio did not say (then only `count` and what was read tell). */
  next?: string | null;
  results: T[];
}

/** Reads page `page` (from 1) asking for `pageSize` results; the caller builds the URL (never follow `next` to another origin). */
export type FetchPage<T> = (page: number, pageSize: number) => Promise<ListPage<T>>;

export interface ReadAllOptions<T> {
  idOf: (item: T) => number;
  /** Read no further than this many items: a longer list is reported `overLimit` after its first page. */
  maxItems: number;
  /** What to ask for on the first page; later pages ask for what the server actually sent. */
  pageSize: number;
  /** Pages in flight at once; default 1. */
  concurrency?: number;
  /**
   * Whether the list holds these ids and no others now (its `count` filtered by them, and its `count`,
   * read together). A walk that read items from more than one page is complete only when it does: every
   * page having counted as many as were read, the list was then exactly what was read. Without it, such a
   * walk is never complete.
   */
  holdsExactly?: (ids: number[]) => Promise<boolean>;
}

export interface AllPages<T> {
  /** Every distinct item read, by id, in the order first read. */
  results: T[];
  /** The largest `count` any page gave. */
  count: number;
  /**
   * Shown to hold every item: distinct ids == `count`, the same `count` on every page, no page over its
   * `count`, the last page's `next` null, and, read from several pages, the list holding those ids and no others (`holdsExactly`).
   */
  complete: boolean;
  /** `count` was over `maxItems`: the walk stopped there (after the first page when the first page said so). */
  overLimit: boolean;
  /** false: a page held more results than its `count`, or more distinct items were read than the largest `count`: no count the list gave bounds it. */
  consistent: boolean;
}

/** DRF's answer to a page past the end ("Invalid page."): the list shrank while it was read, or pages the server sized otherwise. */
function isPastTheEnd(error: unknown, page: number): boolean {
  return page > 1 && error instanceof LabelStudioError && error.failure.kind === 'http' && error.failure.status === 404;
}

/** The page, or undefined when it lies past the end of the list. */
async function pageOrPastTheEnd<T>(fetchPage: FetchPage<T>, page: number, pageSize: number): Promise<ListPage<T> | undefined> {
  try {
    return await fetchPage(page, pageSize);
  } catch (error) {
    if (isPastTheEnd(error, page)) return undefined;
    throw error;
  }
}

const pageNumbers = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, index) => from + index);

/**
 * Walks every page: those the first page's `count` and length call for, at once up to `concurrency`, and
 * then one at a time while the last page read says there is more (`next`) and brought new items, even
 * when `count` looks covered: a page past a `count` that lies shows the lie. Stopping early only costs
 * exactness, never a bound: the walk ends at `next` null, an empty page, a page past the end, a page
 * with nothing new (a server repeating one page), one page more than the largest `count` could fill at
 * the smallest page size seen, or a `count` over `maxItems`.
 */
export async function readAllPages<T>(fetchPage: FetchPage<T>, options: ReadAllOptions<T>): Promise<AllPages<T>> {
  const { idOf, maxItems } = options;
  const first = await fetchPage(1, options.pageSize);
  const seen = new Map<number, T>();
  let count = 0;
  let sameCount = true;
  let withinCount = true;
  let smallestPage = Number.POSITIVE_INFINITY;
  let pagesWithNew = 0;

  /** Takes in one page; returns how many items it brought that were not read before. */
  const absorb = (page: ListPage<T>): number => {
    if (page.count !== first.count) sameCount = false;
    if (page.results.length > page.count) withinCount = false;
    count = Math.max(count, page.count);
    if (page.results.length > 0) smallestPage = Math.min(smallestPage, page.results.length);
    const before = seen.size;
    for (const item of page.results) {
      const id = idOf(item);
      if (!seen.has(id)) seen.set(id, item);
    }
    if (seen.size > before) pagesWithNew += 1;
    return seen.size - before;
  };
  // Where the server says `next`, only `next` null ends the list for certain. Where it leaves `next` out (its
  // definition allows that), the walk reads on to an empty page or one past the end, which end it as surely.
  const saysNext = first.next !== undefined;
  const ended = (last: ListPage<T> | undefined) => (saysNext ? last?.next === null : last === undefined || last.results.length === 0);
  const answer = async (last: ListPage<T> | undefined): Promise<AllPages<T>> => {
    const consistent = withinCount && seen.size <= count;
    const overLimit = count > maxItems;
    const shown = consistent && !overLimit && sameCount && ended(last) && seen.size === first.count;
    const complete = shown && (pagesWithNew <= 1 || (options.holdsExactly !== undefined && (await options.holdsExactly([...seen.keys()]))));
    return { results: [...seen.values()], count, complete, overLimit, consistent };
  };

  absorb(first);
  if (first.count > maxItems || first.next === null || first.results.length === 0) return answer(first);

  // A server that keeps a page size of its own answers shorter (or longer) pages: page by what it sends.
  const pageSize = first.results.length;
  const planned = await pMap(
    pageNumbers(2, Math.ceil(first.count / pageSize)),
    (page) => pageOrPastTheEnd(fetchPage, page, pageSize),
    { concurrency: options.concurrency ?? 1 },
  );
  let last: ListPage<T> | undefined = first;
  let lastNumber = 1;
  let fresh = 1;
  for (const page of planned) {
    last = page;
    if (page === undefined) break;
    lastNumber += 1;
    fresh = absorb(page);
  }
  while (
    last !== undefined &&
    last.next !== null &&
    last.results.length > 0 &&
    fresh > 0 &&
    count <= maxItems &&
    lastNumber < Math.ceil(count / smallestPage) + 1
  ) {
    lastNumber += 1;
    last = await pageOrPastTheEnd(fetchPage, lastNumber, pageSize);
    if (last !== undefined) fresh = absorb(last);
  }
  return answer(last);
}

/**
 * Items [offset, offset + limit) of a list, for a Relay connection, with the list's `count`. One call
 * when `offset` is a multiple of `limit` (a client paging forward with the same `first`), two at most
 * otherwise. A server that keeps a page size of its own gets one more call, for the page of its size
 * that holds `offset`, and the window is then only what that page holds from `offset` on (fewer items).
 * A window past the end is empty, with `count` from a one-item first page.
 */
export async function readWindow<T>(fetchPage: FetchPage<T>, offset: number, limit: number): Promise<{ count: number; results: T[] }> {
  if (limit <= 0) return { count: (await fetchPage(1, 1)).count, results: [] };
  const number = Math.floor(offset / limit) + 1;
  const page = await pageOrPastTheEnd(fetchPage, number, limit);
  if (page === undefined) return { count: (await fetchPage(1, 1)).count, results: [] };
  // Asked `limit`, a server that honours it sends this many, and says there is more unless this is its last page.
  const expected = Math.min(limit, Math.max(0, page.count - (number - 1) * limit));
  const atEnd = number * limit >= page.count;
  // A page that leaves `next` out says nothing against that: the count alone tells where the list ends.
  if (page.results.length === expected && (page.next === undefined || (page.next === null) === atEnd)) {
    const results = page.results.slice(offset - (number - 1) * limit);
    if (results.length === limit || atEnd) return { count: page.count, results: results.slice(0, limit) };
    const following = await pageOrPastTheEnd(fetchPage, number + 1, limit);
    return { count: page.count, results: [...results, ...(following?.results ?? [])].slice(0, limit) };
  }
  return readOwnPageSize(fetchPage, offset, limit, page);
}

/** The window when the server sized its pages otherwise than asked: the page of its size that holds `offset`. */
async function readOwnPageSize<T>(fetchPage: FetchPage<T>, offset: number, limit: number, page: ListPage<T>): Promise<{ count: number; results: T[] }> {
  // A page with more after it, or longer than asked, shows the server's size; a short last page does
  // not, but the first page does (or holds the whole list).
  const sample = page.next !== null || page.results.length > limit ? page : await fetchPage(1, limit);
  if (sample.next === null && sample !== page) return { count: sample.count, results: sample.results.slice(offset, offset + limit) };
  const size = Math.max(1, sample.results.length);
  const number = Math.floor(offset / size) + 1;
  const own = await pageOrPastTheEnd(fetchPage, number, size);
  if (own === undefined) return { count: sample.count, results: [] };
  const start = offset - (number - 1) * size;
  return { count: own.count, results: own.results.slice(start, start + limit) };
}
