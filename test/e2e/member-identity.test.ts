import { describe, expect, it } from 'vitest';
import { ASSIGN, useStack } from '../support/stack.js';

const stack = useStack();

// Rita (user 4) is a member of organization 1 and of its project Radiology (100).
const RITA = 4;
const RADIOLOGY = 100;

const ORGANIZATION_IDS = /* GraphQL */ `
  query ($first: Int, $after: String) { organizationMembers(organizationId: 1, first: $first, after: $after) { nodes { id userId } } }
`;
const PROJECT_IDS = /* GraphQL */ `
  query ($filter: ProjectMemberFilter, $first: Int, $after: String) {
    projectMembers(projectId: ${RADIOLOGY}, filter: $filter, first: $first, after: $after) { pageInfo { endCursor } nodes { id userId } }
  }
`;

type Nodes = { id: string; userId: number }[];
async function ids(query: string, field: string, variables: Record<string, unknown> = {}) {
  const result = await stack.graphql({ query, variables });
  expect(result.body.errors).toBeUndefined();
  return (result.body.data?.[field] as { nodes: Nodes; pageInfo?: { endCursor: string } });
}
const idOf = (nodes: Nodes, userId: number) => nodes.find((node) => node.userId === userId)?.id;

describe('member node ids', () => {
  it('are the same in two reads of the same list', async () => {
    const [first, second] = [await ids(PROJECT_IDS, 'projectMembers'), await ids(PROJECT_IDS, 'projectMembers')];

    expect(first.nodes.length).toBeGreaterThan(1);
    expect(second.nodes).toEqual(first.nodes);
  });

  it('differ between the members of one list', async () => {
    const { nodes } = await ids(PROJECT_IDS, 'projectMembers');

    expect(new Set(nodes.map((node) => node.id)).size).toBe(nodes.length);
  });

  it('differ between the organization member and the project member of the same user', async () => {
    const inOrganization = idOf((await ids(ORGANIZATION_IDS, 'organizationMembers')).nodes, RITA);
    const inProject = idOf((await ids(PROJECT_IDS, 'projectMembers')).nodes, RITA);

    expect(inOrganization).toEqual(expect.any(String));
    expect(inProject).toEqual(expect.any(String));
    expect(inProject).not.toBe(inOrganization);
  });

  it('are equal for the same project member read from two lists and from two pages', async () => {
    const whole = idOf((await ids(PROJECT_IDS, 'projectMembers')).nodes, RITA);
    const filtered = idOf((await ids(PROJECT_IDS, 'projectMembers', { filter: { tags: [2, 3] } })).nodes, RITA);
    // Page by page, one member a page, until Rita's page.
    let byPage: string | undefined;
    let after: string | undefined;
    for (let page = 0; page < 20 && byPage === undefined; page += 1) {
      const { nodes, pageInfo } = await ids(PROJECT_IDS, 'projectMembers', { first: 1, after });
      byPage = idOf(nodes, RITA);
      after = pageInfo?.endCursor;
    }

    expect(whole).toEqual(expect.any(String));
    expect(filtered).toBe(whole);
    expect(byPage).toBe(whole);
  });

  it('stay the same when the member changes', async () => {
    const before = idOf((await ids(ORGANIZATION_IDS, 'organizationMembers')).nodes, RITA);
    const tagged = await stack.graphql({ query: ASSIGN, variables: { input: { organizationId: 1, all: false, included: [RITA], tags: [4] } } });
    expect(tagged.body.errors).toBeUndefined();

    expect(idOf((await ids(ORGANIZATION_IDS, 'organizationMembers')).nodes, RITA)).toBe(before);
  });

  it('are opaque names of what identifies the member, the same in any process', async () => {
    const { nodes } = await ids(PROJECT_IDS, 'projectMembers');

    expect(idOf(nodes, RITA)).toBe(Buffer.from(`ProjectMember:${RADIOLOGY}:${RITA}`).toString('base64url'));
  });
});
