import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ProjectWithMembersDocument } from '../../client/generated/graphql.js';
import { graphiqlOptions } from '../../src/server/graphiql.js';
import { useStack } from '../support/stack.js';

// GRAPHQL_MAX_ROOT_MUTATIONS is 5 by default: an operation reads Label Studio at most five times.
const stack = useStack();

const RADIOLOGY = 100;
const PAGE = 'totalCount pageInfo { hasNextPage endCursor } nodes { id userId }';
const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on Project { id } ... on Organization { id } } }
`;
const ENTITY_LISTS = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Project { id members(first: 2) { totalCount } }
      ... on Organization { id members(first: 2) { totalCount } memberTags { totalCount } }
    }
  }
`;
// The seed's two projects, in turn: a gateway may well ask for one entity twice.
const projects = (count: number) => Array.from({ length: count }, (_, index) => ({ __typename: 'Project', id: RADIOLOGY + (index % 2) }));

async function data(query: string, variables: Record<string, unknown> = {}) {
  const result = await stack.graphql({ query, variables });
  expect(result.body.errors).toBeUndefined();
  return result.body.data as Record<string, unknown>;
}

describe('Organization and Project, entities of the supergraph', () => {
  it('Project.members is projectMembers for the project: the same page, ids and cursors', async () => {
    const { project, projectMembers } = await data(`{ project(id: ${RADIOLOGY}) { id members(first: 2) { ${PAGE} } } projectMembers(projectId: ${RADIOLOGY}, first: 2) { ${PAGE} } }`);

    expect(project).toEqual({ id: RADIOLOGY, members: projectMembers });
  });

  it("reads on from the root list's cursor, and the root list from the entity's", async () => {
    const first = (await data(`{ projectMembers(projectId: ${RADIOLOGY}, first: 2) { pageInfo { endCursor } } }`)) as { projectMembers: { pageInfo: { endCursor: string } } };
    const after = first.projectMembers.pageInfo.endCursor;

    const { project, projectMembers } = await data(
      `query ($after: String) { project(id: ${RADIOLOGY}) { members(first: 2, after: $after) { ${PAGE} } } projectMembers(projectId: ${RADIOLOGY}, first: 2, after: $after) { ${PAGE} } }`,
      { after },
    );

    expect((project as { members: unknown }).members).toEqual(projectMembers);
  });

  it('Organization.members and Organization.memberTags are the root lists for the organization, filters included', async () => {
    const { organization, organizationMembers, memberTags } = await data(`{
      organization(id: 1) { id members(filter: { tags: [2] }, search: "r") { ${PAGE} } memberTags(search: "a") { totalCount nodes { id label } } }
      organizationMembers(organizationId: 1, filter: { tags: [2] }, search: "r") { ${PAGE} }
      memberTags(organizationId: 1, search: "a") { totalCount nodes { id label } }
    }`);

    expect(organization).toEqual({ id: 1, members: organizationMembers, memberTags });
    expect((memberTags as { totalCount: number }).totalCount).toBeGreaterThan(0);
  });

  it('takes the ProjectWithMembers client document as a frontend sends it, within the default limits', async () => {
    const result = await stack.graphql({ query: print(ProjectWithMembersDocument), variables: { projectId: RADIOLOGY, first: 30 } });

    expect(result.body.errors).toBeUndefined();
    expect((result.body.data?.['project'] as { members: { totalCount: number } }).members.totalCount).toBeGreaterThan(0);
  });

  it("refuses an entity list's bad arguments as the root list does, before any call", async () => {
    const result = await stack.graphql({
      query: `{ project(id: ${RADIOLOGY}) { members(first: 0, after: "bm90IGEgY3Vyc29y") { totalCount } } }`,
    });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.message).toMatch(/first must be at least 1; after is not a cursor of projectMembers/);
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('refuses an id that is no Label Studio id', async () => {
    const result = await stack.graphql({ query: '{ organization(id: 0) { id } }' });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves an entity from its key alone, with no Label Studio call', async () => {
    expect(await data(`{ project(id: 123456) { id } organization(id: 1) { id } }`)).toEqual({ project: { id: 123456 }, organization: { id: 1 } });
    expect(stack.simulator.requests).toHaveLength(0);
  });
});

describe('_entities, as a gateway asks', () => {
  it('resolves many representations with no Label Studio call when no list is read', async () => {
    const { _entities } = await data(ENTITIES, { representations: [...projects(200), { __typename: 'Organization', id: 1 }] });

    expect(_entities).toHaveLength(201);
    expect((_entities as unknown[])[200]).toEqual({ __typename: 'Organization', id: 1 });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('reads the lists of as many entities as the cap allows', async () => {
    const { _entities } = await data(ENTITY_LISTS, { representations: projects(5) });

    expect(_entities).toHaveLength(5);
    expect(stack.simulator.requests.length).toBeGreaterThanOrEqual(5);
  });

  it("refuses more entities' lists than the cap, before any call", async () => {
    const result = await stack.graphql({ query: ENTITY_LISTS, variables: { representations: projects(6) } });

    expect(result.body.data ?? null).toBeNull();
    expect(result.body.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_PREVIEWS' } });
    expect(result.body.errors?.[0]?.message).toContain('this one would read it 6 times');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('counts each list an entity reads: three organizations with two lists each are six', async () => {
    const organizations = [1, 2, 3].map((id) => ({ __typename: 'Organization', id }));

    const result = await stack.graphql({ query: ENTITY_LISTS, variables: { representations: organizations } });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_PREVIEWS');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it.each([
    { name: 'a member type', representation: { __typename: 'OrganizationMember', id: 1 } },
    { name: 'the query type', representation: { __typename: 'Query', id: 1 } },
    { name: 'no __typename', representation: { id: 1 } },
    { name: 'no object at all', representation: 5 },
  ])('refuses a representation naming $name as the caller\'s mistake, before any call', async ({ representation }) => {
    const result = await stack.graphql({ query: ENTITY_LISTS, variables: { representations: [{ __typename: 'Project', id: RADIOLOGY }, representation] } });

    expect(result.status).toBeLessThan(500);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.body.errors?.[0]?.message).toMatch(/representations\[1\] names no entity/);
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('answers representations that are missing as any operation with a missing variable', async () => {
    const result = await stack.graphql({ query: ENTITY_LISTS, variables: {} });

    expect(result.status).toBeLessThan(500);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('refuses a representation whose id is no Label Studio id', async () => {
    const result = await stack.graphql({ query: ENTITIES, variables: { representations: [{ __typename: 'Project', id: 'one' }] } });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it.each([
    { name: 'its key alone', query: ENTITIES },
    { name: 'its lists', query: ENTITY_LISTS },
  ])("refuses a representation whose id is beyond GraphQL's Int, asked for $name, before any call", async ({ query }) => {
    const result = await stack.graphql({ query, variables: { representations: [{ __typename: 'Project', id: 2 ** 31 }] } });

    expect(result.status).toBeLessThan(500);
    expect(result.body.errors?.[0]).toMatchObject({ message: expect.stringContaining('must be a positive Int'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('takes a representation whose id is the largest Int', async () => {
    expect(await data(ENTITIES, { representations: [{ __typename: 'Project', id: 2 ** 31 - 1 }] })).toEqual({ _entities: [{ __typename: 'Project', id: 2 ** 31 - 1 }] });
  });
});

describe('_entities with variables inside its representations, as a gateway never sends them', () => {
  // Gateways send `representations: $representations`; a variable inside a literal must still be read one way, by check and run alike.
  it('takes a variable for a representation\'s __typename', async () => {
    const query = `query ($t: String) { _entities(representations: [{ __typename: $t, id: ${RADIOLOGY} }]) { __typename ... on Project { id } } }`;

    expect(await data(query, { t: 'Project' })).toEqual({ _entities: [{ __typename: 'Project', id: RADIOLOGY }] });
  });

  it('takes a variable for a representation\'s id', async () => {
    const query = `query ($id: Int) { _entities(representations: [{ __typename: "Project", id: $id }]) { __typename ... on Project { id } } }`;

    expect(await data(query, { id: RADIOLOGY })).toEqual({ _entities: [{ __typename: 'Project', id: RADIOLOGY }] });
  });

  it("counts the lists of representations written with variables against the cap, before any call", async () => {
    const representations = Array.from({ length: 6 }, () => `{ __typename: $t, id: ${RADIOLOGY} }`).join(', ');
    const query = `query ($t: String) { _entities(representations: [${representations}]) { ... on Project { members(first: 2) { totalCount } } } }`;

    const result = await stack.graphql({ query, variables: { t: 'Project' } });

    expect(result.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_PREVIEWS');
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('refuses a variable that names no entity, before any call', async () => {
    const query = `query ($t: String) { _entities(representations: [{ __typename: $t, id: ${RADIOLOGY} }]) { ... on Project { members(first: 2) { totalCount } } } }`;

    const result = await stack.graphql({ query, variables: { t: 'Query' } });

    expect(result.status).toBeLessThan(500);
    expect(result.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.simulator.requests).toHaveLength(0);
  });
});

describe('the cap counts list reads wherever they sit', () => {
  it('refuses six entity lists written in one query, before any call', async () => {
    const reads = Array.from({ length: 6 }, (_, index) => `p${index}: project(id: ${RADIOLOGY}) { members { totalCount } }`).join(' ');

    const result = await stack.graphql({ query: `{ ${reads} }` });

    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]).toMatchObject({ message: 'An operation may hold at most 5 preview fields; this one holds 6.', extensions: { code: 'TOO_MANY_PREVIEWS' } });
    expect(stack.simulator.requests).toHaveLength(0);
  });

  it('counts root lists and entity lists together, fragments included', async () => {
    const query = `{ ...Lists organization(id: 1) { ...OrganizationLists } } fragment Lists on Query { projectMembers(projectId: ${RADIOLOGY}) { totalCount } a: memberTags(organizationId: 1) { totalCount } b: memberTags(organizationId: 1) { totalCount } c: memberTags(organizationId: 1) { totalCount } }
      fragment OrganizationLists on Organization { members { totalCount } memberTags { totalCount } }`;

    const result = await stack.graphql({ query });

    expect(result.body.errors?.[0]?.message).toBe('An operation may hold at most 5 preview fields; this one holds 6.');
    expect(stack.simulator.requests).toHaveLength(0);
  });
});

describe("GraphiQL's entity-style example", () => {
  it('runs as it stands and reads the same page as ProjectMembers with the same variables', async () => {
    const { defaultQuery, variables } = graphiqlOptions() as { defaultQuery: string; variables: string };
    const run = async (operationName: string) => {
      const response = await fetch(`${stack.facade.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Token ${stack.simulator.tokens.admin}` },
        body: JSON.stringify({ query: defaultQuery, variables: JSON.parse(variables) as unknown, operationName }),
      });
      return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    };

    const [entity, root] = [await run('ProjectWithMembers'), await run('ProjectMembers')];

    expect(entity.errors).toBeUndefined();
    const { members } = entity.data?.['project'] as { members: { totalCount: number } };
    expect(members.totalCount).toBeGreaterThan(0);
    expect(members).toEqual(root.data?.['projectMembers']);
  });
});
