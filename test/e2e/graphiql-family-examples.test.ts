import { describe, expect, it } from 'vitest';
import { graphiqlOptions } from '../../src/server/graphiql.js';
import { useStack } from '../support/stack.js';

// GraphiQL opens on an example of every member tag change and workspace operation: each runs as it stands,
// with the variables it opens with, against the seed.

const stack = useStack();

const OPERATIONS = [
  'CreateMemberTag',
  'RenameMemberTag',
  'PreviewDeleteMemberTags',
  'DeleteMemberTagsWithUndo',
  'DeleteMemberTags',
  'WorkspaceMembers',
  'PreviewBulkUnassignWorkspaceMembers',
  'BulkUnassignWorkspaceMembersWithUndo',
  'BulkUnassignWorkspaceMembers',
  'PreviewBulkAssignWorkspaceMembers',
  'BulkAssignWorkspaceMembers',
];

describe("GraphiQL's opening document, the member tag changes and workspaces", () => {
  it.each(OPERATIONS)('runs %s as it stands, with the variables it opens with', async (operationName) => {
    const { defaultQuery, variables } = graphiqlOptions() as { defaultQuery: string; variables: string };
    const response = await fetch(`${stack.facade.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Token ${stack.simulator.tokens.admin}` },
      body: JSON.stringify({ query: defaultQuery, variables: JSON.parse(variables) as unknown, operationName }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };

    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data ?? {})[0]).toBeTruthy();
  });
});
