import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ListFault } from '../../src/simulator/list-faults.js';
import type { Simulator } from '../../src/simulator/server.js';
import { ASSIGN, PREVIEW_ASSIGN, useStack } from '../support/stack.js';

// An organization list that does not hold still while the assign preview reads it. Organization 1 gets
// 20 more members (1001 to 1020), 30 in all, listed in user id order; members who join take ids 11 on,
// so they land ahead of most pages. The list keeps pages of 5 of its own, so a scan reads six pages.
const stack = useStack();

const EVERYONE = [...Array.from({ length: 10 }, (_, i) => i + 1), ...Array.from({ length: 20 }, (_, i) => 1001 + i)];

function addMembers(simulator: Simulator) {
  const organization = simulator.data.organizations.find((candidate) => candidate.id === 1);
  for (const id of EVERYONE.filter((userId) => userId > 1000)) {
    simulator.data.users.push({ id, email: `m${id}@acme.test`, username: `m${id}`, firstName: 'M', lastName: String(id), lastActivity: null });
    organization?.members.push({ userId: id, role: 'AN', userType: 'standard', isDeleted: false, tagIds: [] });
  }
}

/** The first reads misbehave as listed, one each; every later read as `rest`. */
function listReads(simulator: Simulator, first: ListFault[], rest: ListFault = { pageSize: 5 }) {
  for (const list of first) simulator.injectFault({ route: 'organization-members', list });
  simulator.injectFault({ route: 'organization-members', list: rest, times: 1_000 });
}

beforeEach(() => addMembers(stack.simulator));

type Preview = { members: number; exact: boolean };
const preview = async (input: Record<string, unknown>, sampleSize = 0) => {
  const result = await stack.graphql({ query: PREVIEW_ASSIGN, variables: { input: { organizationId: 1, tags: [4], ...input }, sampleSize } });
  return result.body;
};
const previewed = async (input: Record<string, unknown>): Promise<Preview> => {
  const body = await preview(input);
  expect(body.errors).toBeUndefined();
  const { members, exact } = body.data?.['previewBulkAssignOrgMemberTags'] as Preview;
  return { members, exact };
};
const assign = (input: Record<string, unknown>) => stack.graphql({ query: ASSIGN, variables: { input: { organizationId: 1, tags: [4], ...input } } });
const reads = () => stack.simulator.requests.filter((request) => request.method === 'GET').length;
const changes = () => stack.simulator.requests.filter((request) => request.method === 'POST');

const JOIN_AFTER_FIRST_PAGE = [{ pageSize: 5 }, { pageSize: 5, shift: 1 }];
const LEAVE_AFTER_FIRST_PAGE = [{ pageSize: 5 }, { pageSize: 5, shift: -1 }];

describe('an assign preview over a list that holds still', () => {
  it('is exact when one page holds it: one answer', async () => {
    expect(await previewed({ all: true, excluded: [5] })).toEqual({ members: 29, exact: true });
    expect(reads()).toBe(1);
  });

  it('is an upper bound over several pages, though it read every one: the list cannot be checked by user id', async () => {
    listReads(stack.simulator, [], { pageSize: 7 });

    expect(await previewed({ all: true, excluded: [5] })).toEqual({ members: 30, exact: false });
    expect(reads()).toBe(5);
  });
});

describe('an assign preview over a list that changes while it is read', () => {
  it('a member joins between two page reads: all: false is the number of distinct included, an upper bound', async () => {
    listReads(stack.simulator, JOIN_AFTER_FIRST_PAGE);

    expect(await previewed({ all: false, included: EVERYONE })).toEqual({ members: 30, exact: false });
    // Paged on past the pages the first count called for, to the new end of the list.
    expect(reads()).toBe(7);
  });

  it('a member leaves between two page reads: all: true is the largest count seen, nobody excluded subtracted, an upper bound', async () => {
    listReads(stack.simulator, LEAVE_AFTER_FIRST_PAGE);

    expect(await previewed({ all: true, excluded: [5, 6] })).toEqual({ members: 30, exact: false });
  });

  it('a guard one below the true count refuses the change instead of running it (30 tagged where 29 were confirmed)', async () => {
    listReads(stack.simulator, JOIN_AFTER_FIRST_PAGE);

    const result = await assign({ all: false, included: EVERYONE, maxAffectedMembers: 29 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'TOO_MANY_MEMBERS', members: 30, exact: false, maxAffectedMembers: 29 });
    expect(result.body.errors?.[0]?.message).toBe('The change would reach up to 30 members, more than maxAffectedMembers (29); nothing was changed.');
    expect(changes()).toEqual([]);
  });

  it('a guard at the bound lets the change run, and it reaches no more than the bound', async () => {
    listReads(stack.simulator, LEAVE_AFTER_FIRST_PAGE);

    const result = await assign({ all: true, excluded: [5], maxAffectedMembers: 30 });

    // 29 members after one left, less the excluded one.
    expect(result.body).toEqual({ data: { bulkAssignOrgMemberTags: { assigned: 28 } } });
  });
});

describe('an assign preview through a proxy or cache that answers one page for every page', () => {
  it('is an upper bound, read in a bounded number of requests', async () => {
    listReads(stack.simulator, [], { page: 1, pageSize: 5 });

    expect(await previewed({ all: true, excluded: [5] })).toEqual({ members: 30, exact: false });
    expect(await previewed({ all: false, included: [1, 2, 1020] })).toEqual({ members: 3, exact: false });
    expect(reads()).toBeLessThanOrEqual(14);
  });
});

describe('an assign preview over a list whose page holds more members than its count', () => {
  it('all: true with excluded is UPSTREAM_ERROR (no count bounds the change), and a guarded change does not run', async () => {
    listReads(stack.simulator, [], { undercount: 1 });

    expect((await preview({ all: true, excluded: [5] })).errors?.[0]).toMatchObject({
      message: 'Label Studio listed more members than its count said, so no bound on the change can be given; nothing was changed.',
      extensions: { code: 'UPSTREAM_ERROR' },
    });
    expect((await assign({ all: true, excluded: [5], maxAffectedMembers: 100 })).body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_ERROR' });
    expect(changes()).toEqual([]);
  });

  it('all: true alone is UPSTREAM_ERROR when its one page shows the count short', async () => {
    listReads(stack.simulator, [], { undercount: 25 });

    expect((await preview({ all: true }, 10)).errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_ERROR' });
  });

  it('a count the pages outrun only later is caught by reading on past it', async () => {
    listReads(stack.simulator, [], { pageSize: 5, undercount: 5 });

    expect((await preview({ all: true, excluded: [5] })).errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_ERROR' });
  });

  it('all: false is the number of distinct included, an upper bound', async () => {
    listReads(stack.simulator, [], { undercount: 1 });

    expect(await previewed({ all: false, included: [5, 6] })).toEqual({ members: 2, exact: false });
  });
});

describe('next links to another origin', () => {
  let elsewhere: Server;
  let hits = 0;
  beforeAll(async () => {
    elsewhere = createServer((_req, res) => {
      hits += 1;
      res.end('{}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  });
  afterAll(() => new Promise<void>((resolve) => elsewhere.close(() => resolve())));

  it('are never followed: pages are asked of Label Studio by number, with the credentials going nowhere else', async () => {
    const { port } = elsewhere.address() as AddressInfo;
    listReads(stack.simulator, [], { pageSize: 5, linkOrigin: `http://127.0.0.1:${port}` });

    expect(await previewed({ all: true, excluded: [5] })).toEqual({ members: 30, exact: false });
    expect(hits).toBe(0);
    expect(reads()).toBe(6);
  });
});
