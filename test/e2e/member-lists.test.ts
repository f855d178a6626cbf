import { describe, expect, it } from 'vitest';
import { graphiqlOptions } from '../../src/server/graphiql.js';
import type { Fault } from '../../src/simulator/server.js';
import { ASSIGN, UNASSIGN, useStack, type GraphQLResult } from '../support/stack.js';

const stack = useStack({ UPSTREAM_TIMEOUT_MS: '2000' });

const MEMBER_FIELDS = 'userId email username firstName lastName userType tags { id label } lastActivity';
const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { userId } }';

const ORGANIZATION_MEMBERS = /* GraphQL */ `
  query OrganizationMembers($organizationId: Int!, $filter: OrganizationMemberFilter, $search: String, $first: Int, $after: String) {
    organizationMembers(organizationId: $organizationId, filter: $filter, search: $search, first: $first, after: $after) {
      ${PAGE} nodes { ${MEMBER_FIELDS} role }
    }
  }
`;
const PROJECT_MEMBERS = /* GraphQL */ `
  query ProjectMembers($projectId: Int!, $filter: ProjectMemberFilter, $explicitOnly: Boolean, $first: Int, $after: String) {
    projectMembers(projectId: $projectId, filter: $filter, explicitOnly: $explicitOnly, first: $first, after: $after) {
      ${PAGE} nodes { ${MEMBER_FIELDS} role projectRole implicit }
    }
  }
`;
const MEMBER_TAGS = /* GraphQL */ `
  query MemberTags($organizationId: Int!, $search: String, $first: Int, $after: String) {
    memberTags(organizationId: $organizationId, search: $search, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } nodes { id label memberCount }
    }
  }
`;

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage?: boolean; startCursor?: string | null; endCursor: string | null };
  edges: { cursor: string; node: Partial<T> }[];
  nodes: T[];
}
type Member = { userId: number } & Record<string, unknown>;

const connection = <T>(result: GraphQLResult, field: string): Connection<T> => {
  expect(result.body.errors).toBeUndefined();
  return result.body.data?.[field] as Connection<T>;
};
const organizationMembers = (variables: Record<string, unknown>, authorization?: string | null) =>
  stack.graphql({ query: ORGANIZATION_MEMBERS, variables: { organizationId: 1, ...variables }, authorization });
const projectMembers = (variables: Record<string, unknown>, authorization?: string | null) =>
  stack.graphql({ query: PROJECT_MEMBERS, variables: { projectId: 100, ...variables }, authorization });
const memberTags = (variables: Record<string, unknown>, authorization?: string | null) =>
  stack.graphql({ query: MEMBER_TAGS, variables: { organizationId: 1, ...variables }, authorization });

/** The seeded reviewer's fields of the Member interface, as both member lists show her. */
const REVIEWER = {
  userId: 4,
  email: 'reviewer@acme.test',
  username: 'reviewer',
  firstName: 'Rita',
  lastName: 'Reviewer',
  userType: 'FLEX',
  tags: [
    { id: 2, label: 'Medical' },
    { id: 3, label: 'Night shift' },
  ],
  lastActivity: '2026-10-15T08:30:00.000Z',
};

const ids = (page: Connection<Member>) => page.nodes.map((member) => member.userId);
const sent = () => stack.simulator.requests.map((request) => `${request.method} ${request.path}?${request.query}`);
/** The query a request sent, without its paging. */
const filtersSent = (index: number) =>
  stack.simulator.requests[index]?.query
    .split('&')
    .filter((part) => !/^(page|page_size)=/.test(part))
    .join('&');

describe('organizationMembers', () => {
  it('pages the organization list as OrganizationMember nodes with Label Studio count as totalCount', async () => {
    const page = connection<Member>(await organizationMembers({ first: 4 }), 'organizationMembers');

    expect(page.totalCount).toBe(10);
    expect(ids(page)).toEqual([1, 2, 3, 4]);
    expect(page.nodes[3]).toEqual({ ...REVIEWER, role: 'REVIEWER' });
    expect(page.edges.map((edge) => edge.node.userId)).toEqual([1, 2, 3, 4]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: page.edges[0]?.cursor, endCursor: page.edges[3]?.cursor });
    expect(sent()).toEqual(['GET /api/organizations/1/memberships?page=1&page_size=4']);
  });

  it('reads 30 by default, and a member who never signed in has no last activity', async () => {
    const page = connection<Member>(await organizationMembers({}), 'organizationMembers');

    expect(page.nodes).toHaveLength(10);
    expect(page.nodes[8]).toMatchObject({ userId: 9, lastActivity: null, role: 'NOT_ACTIVATED' });
    expect(sent()).toEqual(['GET /api/organizations/1/memberships?page=1&page_size=30']);
  });

  it('sends the filter exactly as the bulk assign sends it, and search beside it', async () => {
    const filter = {
      roles: ['ANNOTATOR', 'REVIEWER'],
      tags: [2, 3],
      userTypes: ['FLEX', 'STANDARD'],
      isDeleted: false,
      excludeProjectId: 101,
      excludeWorkspaceId: 77,
      lastActivityGte: '2026-01-01T00:00:00Z',
      lastActivityLte: '2026-12-31T00:00:00+01:00',
    };
    await organizationMembers({ filter, search: ' rita ' });
    await stack.graphql({ query: ASSIGN, variables: { input: { organizationId: 1, all: true, tags: [4], filter } } });

    expect(filtersSent(0)).toBe(`${filtersSent(1)}&search=rita`);
  });

  it('lists with a filter, then the assign with all: true and the same filter tags exactly the members listed', async () => {
    const filter = { roles: ['ANNOTATOR'], isDeleted: false };
    const listed = connection<Member>(await organizationMembers({ filter }), 'organizationMembers');

    const assigned = await stack.graphql({ query: ASSIGN, variables: { input: { organizationId: 1, all: true, tags: [4], filter } } });
    const tagged = connection<Member>(await organizationMembers({ filter: { tags: [4] } }), 'organizationMembers');

    expect(assigned.body.data?.['bulkAssignOrgMemberTags']).toEqual({ assigned: listed.totalCount });
    expect(ids(tagged)).toEqual(ids(listed));
  });
});

describe('projectMembers', () => {
  it('pages the project list as ProjectMember nodes: implicit members too by default, with project roles', async () => {
    const page = connection<Member>(await projectMembers({}), 'projectMembers');

    expect(page.totalCount).toBe(7);
    expect(page.nodes[0]).toMatchObject({ userId: 1, role: 'OWNER', projectRole: null, implicit: true });
    expect(page.nodes[3]).toEqual({ ...REVIEWER, role: 'REVIEWER', projectRole: 'REVIEWER', implicit: false });
    expect(page.nodes[2]).toMatchObject({ userId: 3, role: 'MANAGER', projectRole: null, implicit: false });
    expect(sent()).toEqual(['GET /api/projects/100/members/paginated/?page=1&page_size=30']);
  });

  it('explicitOnly sends implicit=false, and the filter exactly as the bulk unassign sends it', async () => {
    const filter = { search: ' ann ', roles: ['ANNOTATOR'], tags: [3], userTypes: ['STANDARD'], lastActivityGte: '2026-01-01T00:00:00Z' };
    await projectMembers({ filter, explicitOnly: true });
    await stack.graphql({ query: UNASSIGN, variables: { input: { projectId: 100, all: true, filter } } });

    expect(filtersSent(0)).toBe('search=ann&role=AN&tags=3&user_type=standard&last_activity__gte=2026-01-01T00%3A00%3A00.000Z&implicit=false');
    expect(filtersSent(1)).toBe('all=true&search=ann&role=AN&tags=3&user_type=standard&last_activity__gte=2026-01-01T00%3A00%3A00.000Z');
  });

  it('lists explicit members with a filter, then the unassign with all: true and the same filter removes exactly those', async () => {
    const filter = { roles: ['REVIEWER'] };
    const listed = connection<Member>(await projectMembers({ filter, explicitOnly: true }), 'projectMembers');

    const removed = await stack.graphql({ query: UNASSIGN, variables: { input: { projectId: 100, all: true, filter } } });
    const left = connection<Member>(await projectMembers({ explicitOnly: true }), 'projectMembers');

    expect(ids(listed)).toEqual([4, 6]);
    expect(removed.body.data?.['bulkUnassignProjectMembers']).toEqual({ unassignments: listed.totalCount });
    expect(ids(left)).toEqual([2, 3, 5, 7]);
  });
});

describe('memberTags', () => {
  it('pages the tag list as MemberTag nodes, searched by label', async () => {
    const all = connection<{ id: number; label: string; memberCount: number }>(await memberTags({}), 'memberTags');
    const found = connection<{ id: number }>(await memberTags({ search: 'SHIFT' }), 'memberTags');

    expect(all.totalCount).toBe(4);
    expect(all.nodes).toEqual([
      { id: 1, label: 'Senior', memberCount: 2 },
      { id: 2, label: 'Medical', memberCount: 2 },
      { id: 3, label: 'Night shift', memberCount: 2 },
      { id: 4, label: 'Spanish', memberCount: 0 },
    ]);
    expect(found.nodes).toEqual([{ id: 3, label: 'Night shift', memberCount: 2 }]);
    expect(sent()).toEqual(['GET /api/organizations/1/member-tags?page=1&page_size=30', 'GET /api/organizations/1/member-tags?search=SHIFT&page=1&page_size=30']);
  });
});

describe('paging through a connection', () => {
  it('forward with the same first costs one Label Studio call a page, and reaches every member once', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (let pages = 1; ; pages += 1) {
      const before = stack.simulator.requests.length;
      const page: Connection<Member> = connection<Member>(await organizationMembers({ first: 3, after }), 'organizationMembers');
      expect(stack.simulator.requests.length - before).toBe(1);
      seen.push(...ids(page));
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
      expect(pages).toBeLessThan(4);
    }

    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(sent().map((line) => line.split('?')[1])).toEqual(['page=1&page_size=3', 'page=2&page_size=3', 'page=3&page_size=3', 'page=4&page_size=3']);
  });

  it('a changed first costs at most two calls, and the page still starts after the cursor', async () => {
    const first = connection<Member>(await projectMembers({ first: 3 }), 'projectMembers');
    stack.simulator.requests.length = 0;

    const next = connection<Member>(await projectMembers({ first: 2, after: first.pageInfo.endCursor }), 'projectMembers');

    expect(ids(next)).toEqual([4, 5]);
    expect(next.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(stack.simulator.requests.length).toBeLessThanOrEqual(2);
  });

  it('a server that keeps a page size of its own still gives the members after the cursor, never others', async () => {
    const first = connection<Member>(await organizationMembers({ first: 3 }), 'organizationMembers');
    stack.simulator.injectFault({ route: 'organization-members', list: { pageSize: 2 }, times: 10 });

    const next = connection<Member>(await organizationMembers({ first: 3, after: first.pageInfo.endCursor }), 'organizationMembers');
    const after = connection<Member>(await organizationMembers({ first: 3, after: next.pageInfo.endCursor }), 'organizationMembers');

    expect(ids(next).length).toBeGreaterThan(0);
    expect([...ids(next), ...ids(after)]).toEqual([4, 5, 6, 7, 8, 9].slice(0, ids(next).length + ids(after).length));
  });

  it('the last page says there is no next page', async () => {
    const first = connection<{ id: number }>(await memberTags({ first: 3 }), 'memberTags');
    const last = connection<{ id: number }>(await memberTags({ first: 3, after: first.pageInfo.endCursor }), 'memberTags');

    expect(last.nodes).toEqual([{ id: 4 }].map((tag) => expect.objectContaining(tag)));
    expect(last.pageInfo.hasNextPage).toBe(false);
  });
});

describe('bad paging arguments, refused before any call', () => {
  const cursorOf = (text: string) => Buffer.from(text).toString('base64url');

  it.each([
    { name: 'first 0', variables: { first: 0 }, path: 'first' },
    { name: 'first 101', variables: { first: 101 }, path: 'first' },
    { name: 'a cursor that is not ours', variables: { after: 'not-a-cursor' }, path: 'after' },
    { name: 'a cursor of another list', variables: { after: cursorOf('memberTags:2') }, path: 'after' },
    { name: 'a cursor out of range', variables: { after: cursorOf('organizationMembers:99999999999') }, path: 'after' },
    { name: 'a cursor with a negative position', variables: { after: cursorOf('organizationMembers:-1') }, path: 'after' },
  ])('$name is BAD_USER_INPUT', async ({ variables, path }) => {
    const result = await organizationMembers(variables);

    expect(result.status).toBe(200);
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ path })] });
    expect(stack.simulator.requests).toEqual([]);
  });

  it('each list refuses the others and bad ids the same way', async () => {
    const page = connection<Member>(await organizationMembers({ first: 1 }), 'organizationMembers');
    stack.simulator.requests.length = 0;

    for (const result of [
      await projectMembers({ after: page.pageInfo.endCursor }),
      await memberTags({ after: page.pageInfo.endCursor }),
      await projectMembers({ projectId: 0 }),
      await memberTags({ organizationId: -1 }),
      await projectMembers({ filter: { search: 'a\u0000b' } }),
    ]) {
      expect(result.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
    expect(stack.simulator.requests).toEqual([]);
  });

  it('a list without an Authorization header is UNAUTHENTICATED, with no call', async () => {
    expect((await memberTags({}, null)).body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(stack.simulator.requests).toEqual([]);
  });
});

describe("Label Studio's answers to the list calls, mapped as for the other calls, never a 5xx", () => {
  const lists = [
    { route: 'organization-members', run: () => organizationMembers({}) },
    { route: 'project-members', run: () => projectMembers({}) },
    { route: 'member-tags', run: () => memberTags({}) },
  ] as const;
  const cases: { name: string; fault: Fault; extensions: Record<string, unknown> }[] = [
    { name: '401', fault: { status: 401 }, extensions: { code: 'UNAUTHENTICATED', upstreamStatus: 401 } },
    { name: '403', fault: { status: 403 }, extensions: { code: 'FORBIDDEN', upstreamStatus: 403 } },
    { name: '404', fault: { status: 404 }, extensions: { code: 'NOT_FOUND', upstreamStatus: 404 } },
    { name: '429', fault: { status: 429, headers: { 'Retry-After': '7' } }, extensions: { code: 'RATE_LIMITED', upstreamStatus: 429, retryAfter: 7 } },
    { name: '500', fault: { status: 500 }, extensions: { code: 'UPSTREAM_ERROR', upstreamStatus: 500 } },
    { name: 'a lasting 503', fault: { status: 503, times: 3 }, extensions: { code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 503 } },
    { name: 'invalid JSON', fault: { status: 200, body: '{"count": 1, "next": null, "results": [' }, extensions: { code: 'UPSTREAM_ERROR', upstreamStatus: 200 } },
    { name: 'a result of another shape', fault: { status: 200, body: '{"count": 1, "next": null, "results": [{"id": "x"}]}' }, extensions: { code: 'UPSTREAM_ERROR', upstreamStatus: 200 } },
  ];

  for (const { route, run } of lists) {
    it.each(cases)(`${route}: $name`, async ({ fault, extensions }) => {
      stack.simulator.injectFault({ route, ...fault });

      const result = await run();

      expect(result.status).toBe(200);
      expect(result.body.errors?.[0]?.extensions).toEqual(extensions);
      expect(result.text).not.toMatch(/Traceback|exc_info/);
    });
  }

  it('an unknown organization or project is NOT_FOUND', async () => {
    expect((await organizationMembers({ organizationId: 999 })).body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', upstreamStatus: 404 });
    expect((await projectMembers({ projectId: 999 })).body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', upstreamStatus: 404 });
    expect((await memberTags({ organizationId: 999 })).body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', upstreamStatus: 404 });
  });
});

describe('the root-field cap counts list fields', () => {
  it('refuses a query with more list fields than GRAPHQL_MAX_ROOT_MUTATIONS, before any call', async () => {
    const fields = Array.from({ length: 6 }, (_, index) => `t${index}: memberTags(organizationId: 1) { totalCount }`).join(' ');

    const result = await stack.graphql({ query: `{ ${fields} }` });

    expect(result.body.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_PREVIEWS');
    expect(stack.simulator.requests).toEqual([]);
  });

  it('counts lists and previews together, and lets five through', async () => {
    const lists = 'a: memberTags(organizationId: 1) { totalCount } b: organizationMembers(organizationId: 1) { totalCount } c: projectMembers(projectId: 100) { totalCount }';
    const preview = 'previewBulkUnassignProjectMembers(input: { projectId: 100, all: true }) { members }';

    expect((await stack.graphql({ query: `{ ${lists} d: memberTags(organizationId: 1, search: "s") { totalCount } ${preview} }` })).body.errors).toBeUndefined();
    expect((await stack.graphql({ query: `{ ${lists} d: memberTags(organizationId: 1) { totalCount } e: memberTags(organizationId: 1) { totalCount } ${preview} }` })).body.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_PREVIEWS');
  });
});

describe("GraphiQL's opening document", () => {
  it.each(['MemberTags', 'OrganizationMembers', 'ProjectMembers'])('runs its %s read as it stands, with the variables it opens with', async (operationName) => {
    const { defaultQuery, variables } = graphiqlOptions() as { defaultQuery: string; variables: string };
    const response = await fetch(`${stack.facade.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Token ${stack.simulator.tokens.admin}` },
      body: JSON.stringify({ query: defaultQuery, variables: JSON.parse(variables) as unknown, operationName }),
    });
    const body = (await response.json()) as { data?: Record<string, { totalCount: number }>; errors?: unknown };

    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data ?? {})[0]?.totalCount).toBeGreaterThan(0);
  });
});
