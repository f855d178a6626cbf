import { describe, expect, it } from 'vitest';
import { LabelStudioError } from '../../src/label-studio/errors.js';
import { readAllPages, readWindow, type FetchPage, type ListPage } from '../../src/label-studio/paging.js';

// A list server in a few lines, paging like Django REST Framework (404 past the end), with hooks that
// make it misbehave the ways a live Label Studio, a proxy or a cache can.

interface Behaviour {
  /** Called before each read is answered; may change the list (a member joining or leaving). */
  beforeRead?: (list: number[], read: number) => void;
  /** A page size of its own, whatever is asked. */
  ownPageSize?: number;
  /** Serve this page whatever is asked. */
  alwaysPage?: number;
  /** Subtract from the count. */
  undercount?: number;
  /** Leave `next` out, as Label Studio's definition allows. */
  noNext?: boolean;
}

function listServer(initial: number[], behaviour: Behaviour = {}) {
  const list = [...initial];
  const asked: [number, number][] = [];
  const fetchPage: FetchPage<number> = async (page, pageSize) => {
    asked.push([page, pageSize]);
    await Promise.resolve();
    behaviour.beforeRead?.(list, asked.length);
    const size = behaviour.ownPageSize ?? pageSize;
    const number = behaviour.alwaysPage ?? page;
    const last = Math.max(1, Math.ceil(list.length / size));
    if (number > last) throw new LabelStudioError({ kind: 'http', status: 404 });
    const next = number < last ? `http://elsewhere.test/?page=${number + 1}` : null;
    return {
      count: list.length - (behaviour.undercount ?? 0),
      ...(behaviour.noNext ? {} : { next }),
      results: list.slice((number - 1) * size, number * size),
    } satisfies ListPage<number>;
  };
  /** Whether the list holds exactly `ids`, as two counts of the project and workspace lists tell (filtered by them, and not). */
  const holdsExactly = async (ids: number[]) => ids.filter((id) => list.includes(id)).length === ids.length && list.length === ids.length;
  return { fetchPage, asked, list, holdsExactly };
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, index) => from + index);
const options = { idOf: (id: number) => id, maxItems: 1_000, pageSize: 10, concurrency: 4 };

describe('readAllPages', () => {
  it('reads a list whose pages leave `next` out to the page past its end, and then knows it saw every item', async () => {
    const server = listServer(range(1, 25), { noNext: true });

    const read = await readAllPages(server.fetchPage, { ...options, holdsExactly: server.holdsExactly });

    expect(read).toEqual({ results: range(1, 25), count: 25, complete: true, overLimit: false, consistent: true });
    expect(server.asked.map(([page]) => page).sort()).toEqual([1, 2, 3, 4]);
  });

  it('reads a one-page list that leaves `next` out as complete after one more call, past its end', async () => {
    const server = listServer(range(1, 4), { noNext: true });

    expect(await readAllPages(server.fetchPage, options)).toMatchObject({ results: range(1, 4), complete: true });
    expect(server.asked).toEqual([[1, 10], [2, 4]]);
  });

  it('does not call a list that leaves `next` out complete when it shifted while read', async () => {
    const server = listServer(range(1, 25), { noNext: true, beforeRead: (list, read) => read === 2 && list.splice(0, 1) });

    expect(await readAllPages(server.fetchPage, options)).toMatchObject({ complete: false });
  });

  it('reads a list that holds still, page by page, and proves it saw every item by counting the ids it read', async () => {
    const server = listServer(range(1, 25));

    const read = await readAllPages(server.fetchPage, { ...options, holdsExactly: server.holdsExactly });

    expect(read).toEqual({ results: range(1, 25), count: 25, complete: true, overLimit: false, consistent: true });
    expect(server.asked.sort(([a], [b]) => a - b)).toEqual([
      [1, 10],
      [2, 10],
      [3, 10],
    ]);
  });

  it('proves an empty list and a one-page list in one read', async () => {
    for (const items of [[], [7, 8]]) {
      const server = listServer(items);
      expect(await readAllPages(server.fetchPage, options)).toMatchObject({ results: items, count: items.length, complete: true });
      expect(server.asked).toHaveLength(1);
    }
  });

  it('pages by the size the server keeps when it answers shorter pages than asked', async () => {
    const server = listServer(range(1, 25), { ownPageSize: 4 });

    const read = await readAllPages(server.fetchPage, { ...options, holdsExactly: server.holdsExactly });

    expect(read).toMatchObject({ results: range(1, 25), count: 25, complete: true });
    expect(server.asked).toHaveLength(7);
    expect(server.asked.slice(1).every(([, size]) => size === 4)).toBe(true);
  });

  it('stops after the first page when the count is over maxItems', async () => {
    const server = listServer(range(1, 25));

    const read = await readAllPages(server.fetchPage, { ...options, maxItems: 20 });

    expect(read).toEqual({ results: range(1, 10), count: 25, complete: false, overLimit: true, consistent: true });
    expect(server.asked).toHaveLength(1);
  });

  it('does not prove a list a member joined while it was read, and keeps paging to its new end', async () => {
    // Member 0 joins at the front before the second read: every later page moves back by one.
    const server = listServer(range(1, 20), { beforeRead: (list, read) => read === 2 && list.unshift(0) });

    const read = await readAllPages(server.fetchPage, { ...options, concurrency: 1 });

    expect(read).toMatchObject({ results: range(1, 20), count: 21, complete: false, consistent: true });
    expect(server.asked.map(([page]) => page)).toEqual([1, 2, 3]);
  });

  it('does not prove a list a member left while it was read, though it saw as many ids as the count', async () => {
    // Member 2 leaves before the second read: member 11 moves to page 1 and is never read.
    const server = listServer(range(1, 20), { beforeRead: (list, read) => read === 2 && list.splice(1, 1) });

    const read = await readAllPages(server.fetchPage, { ...options, concurrency: 1 });

    expect(read.results).not.toContain(11);
    expect(read).toMatchObject({ count: 20, complete: false, consistent: true });
  });

  it('cannot prove a walk over several pages of a list that holds still without counting the ids it read', async () => {
    const server = listServer(range(1, 25));

    expect(await readAllPages(server.fetchPage, options)).toMatchObject({ results: range(1, 25), count: 25, complete: false, consistent: true });
  });

  it('proves a one-page list without counting the ids it read: one answer', async () => {
    const server = listServer(range(1, 4), { noNext: true });

    expect(await readAllPages(server.fetchPage, options)).toMatchObject({ results: range(1, 4), complete: true });
  });

  it.each([{ noNext: false }, { noNext: true }])(
    'does not prove a list where a member read early left while another joined behind the pages to read, though every count agrees (%o)',
    async ({ noNext }) => {
      // Before the second read member 1 leaves and 99 joins at the end: 11 moves back onto page 1, already read.
      const server = listServer(range(1, 20), { noNext, beforeRead: (list, read) => read === 2 && (list.splice(0, 1), list.push(99)) });

      const read = await readAllPages(server.fetchPage, { ...options, concurrency: 1, holdsExactly: server.holdsExactly });

      expect(read.results).not.toContain(11);
      expect(read).toMatchObject({ count: 20, complete: false, consistent: true });
    },
  );

  it('does not prove a walk when a member read early left, another joined behind, and the first came back before the check: the count tells', async () => {
    const server = listServer(range(1, 20), { beforeRead: (list, read) => read === 2 && (list.splice(0, 1), list.push(99)) });
    const holdsExactly = async (ids: number[]) => (server.list.unshift(1), server.holdsExactly(ids));

    const read = await readAllPages(server.fetchPage, { ...options, concurrency: 1, holdsExactly });

    expect(read.results).toContain(1);
    expect(read).toMatchObject({ count: 20, complete: false });
  });

  it('does not prove a list where one member left and another joined between reads', async () => {
    const server = listServer(range(1, 20), {
      beforeRead: (list, read) => {
        if (read === 2) list.splice(1, 1);
        if (read === 3) list.unshift(0);
      },
    });

    const read = await readAllPages(server.fetchPage, { ...options, pageSize: 5, concurrency: 1 });

    expect(read.complete).toBe(false);
  });

  it('does not loop on a server that answers one page for every page number, and proves nothing', async () => {
    const server = listServer(range(1, 25), { alwaysPage: 1 });

    const read = await readAllPages(server.fetchPage, options);

    expect(read).toMatchObject({ results: range(1, 10), count: 25, complete: false, consistent: true });
    expect(server.asked.length).toBeLessThanOrEqual(4);
  });

  it('calls a page holding more results than its count inconsistent', async () => {
    const server = listServer(range(1, 8), { undercount: 1 });

    expect(await readAllPages(server.fetchPage, options)).toMatchObject({ count: 7, complete: false, consistent: false });
  });

  it('calls more distinct items than the largest count inconsistent', async () => {
    const server = listServer(range(1, 25), { undercount: 3 });

    expect(await readAllPages(server.fetchPage, options)).toMatchObject({ count: 22, complete: false, consistent: false });
  });

  it('reads on past a count the pages outrun, and calls the list inconsistent rather than trust it', async () => {
    // 30 items, a count of 25 and pages of 5: the first five pages cover the count, but the fifth says there is more.
    const server = listServer(range(1, 30), { ownPageSize: 5, undercount: 5 });

    expect(await readAllPages(server.fetchPage, options)).toMatchObject({ count: 25, complete: false, consistent: false });
  });

  it('treats a page past the end (the list shrank) as the end, unproven', async () => {
    // Five members leave before the later reads: page 3 no longer exists.
    const server = listServer(range(1, 25), { beforeRead: (list, read) => read === 2 && list.splice(0, 5) });

    const read = await readAllPages(server.fetchPage, { ...options, concurrency: 1 });

    expect(read).toMatchObject({ count: 25, complete: false });
  });

  it('lets any other failure through, and a 404 on the first page too', async () => {
    const failing: FetchPage<number> = () => Promise.reject(new LabelStudioError({ kind: 'http', status: 404 }));

    await expect(readAllPages(failing, options)).rejects.toBeInstanceOf(LabelStudioError);
  });

  it('stays within a bound of requests whatever a growing list does', async () => {
    const server = listServer(range(1, 30), { beforeRead: (list, read) => read > 1 && list.unshift(-read) });

    const read = await readAllPages(server.fetchPage, { ...options, concurrency: 1 });

    expect(read.complete).toBe(false);
    expect(server.asked.length).toBeLessThan(10);
  });
});

describe('readWindow', () => {
  it.each([0, 10, 20, 24])('reads the window at %i of a list whose pages leave `next` out', async (offset) => {
    const window = await readWindow(listServer(range(1, 25), { noNext: true }).fetchPage, offset, 10);

    expect(window).toEqual({ count: 25, results: range(offset + 1, Math.min(10, 25 - offset)) });
  });

  it('reads a window across two pages of a list that leaves `next` out, whole', async () => {
    expect(await readWindow(listServer(range(1, 47), { noNext: true }).fetchPage, 30, 17)).toEqual({ count: 47, results: range(31, 17) });
  });

  it('reads the one page of a one-page list that leaves `next` out in one call', async () => {
    const server = listServer(range(1, 7), { noNext: true });

    expect(await readWindow(server.fetchPage, 0, 10)).toEqual({ count: 7, results: range(1, 7) });
    expect(server.asked).toEqual([[1, 10]]);
  });

  it('reads a window that starts on a page boundary in one call', async () => {
    const server = listServer(range(1, 25));

    expect(await readWindow(server.fetchPage, 10, 10)).toEqual({ count: 25, results: range(11, 10) });
    expect(server.asked).toEqual([[2, 10]]);
  });

  it('reads a window across two pages in two calls', async () => {
    const server = listServer(range(1, 25));

    expect(await readWindow(server.fetchPage, 5, 10)).toEqual({ count: 25, results: range(6, 10) });
    expect(server.asked).toEqual([
      [1, 10],
      [2, 10],
    ]);
  });

  it('reads the short end of a list in one call', async () => {
    const server = listServer(range(1, 25));

    expect(await readWindow(server.fetchPage, 23, 10)).toEqual({ count: 25, results: [24, 25] });
    expect(server.asked).toEqual([[3, 10]]);
  });

  it('answers a window past the end with no items and the count', async () => {
    const server = listServer(range(1, 25));

    expect(await readWindow(server.fetchPage, 30, 10)).toEqual({ count: 25, results: [] });
    expect(await readWindow(listServer([]).fetchPage, 0, 10)).toEqual({ count: 0, results: [] });
  });

  it('copes with a server that keeps a smaller page size of its own by returning fewer items, the right ones', async () => {
    const server = listServer(range(1, 25), { ownPageSize: 4 });

    expect(await readWindow(server.fetchPage, 10, 10)).toEqual({ count: 25, results: [11, 12] });
    expect(await readWindow(server.fetchPage, 0, 10)).toEqual({ count: 25, results: [1, 2, 3, 4] });
  });

  it('copes with a server that keeps its own size when the asked page is its last one', async () => {
    // Asked page 2 of 10 (items 11 to 20); a server of 8 per page answers its page 2, items 9 to 16.
    const server = listServer(range(1, 16), { ownPageSize: 8 });

    expect(await readWindow(server.fetchPage, 10, 10)).toEqual({ count: 16, results: range(11, 6) });
  });

  it('copes with a server that keeps a larger page size of its own', async () => {
    const server = listServer(range(1, 60), { ownPageSize: 25 });

    expect(await readWindow(server.fetchPage, 20, 10)).toEqual({ count: 60, results: range(21, 5) });
  });

  it('answers only the count for a window of no items', async () => {
    const server = listServer(range(1, 25));

    expect(await readWindow(server.fetchPage, 0, 0)).toEqual({ count: 25, results: [] });
    expect(server.asked).toEqual([[1, 1]]);
  });
});
