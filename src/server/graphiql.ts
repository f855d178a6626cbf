import type { GraphiQLOptions } from 'graphql-yoga';

const EXAMPLE_DOCUMENT = `# Both bulk mutations, ready to run: pick one with the run button.
# Every mutation and preview needs an Authorization header (Headers tab below):
#   {"Authorization": "Token <Label Studio API key>"} or {"Authorization": "Bearer <token>"}

mutation AssignMemberTags($assign: BulkAssignOrgMemberTagsInput!) {
  bulkAssignOrgMemberTags(input: $assign) {
    assigned
  }
}

mutation UnassignProjectMembers($unassign: BulkUnassignProjectMembersInput!) {
  bulkUnassignProjectMembers(input: $unassign) {
    unassignments
  }
}

query Limits {
  bulkLimits {
    maxBulkIds
    maxSearchLength
  }
}

# See before you change: whom UnassignProjectMembers above would remove. Then add
# "maxAffectedMembers": <members> to its input, so that it refuses a larger change.
query PreviewUnassign($unassign: BulkUnassignProjectMembersInput!) {
  previewBulkUnassignProjectMembers(input: $unassign, sampleSize: 5) {
    members
    exact
    sample { userId email firstName lastName }
  }
}
`;

const EXAMPLE_VARIABLES = {
  assign: { organizationId: 1, all: false, included: [5, 6], tags: [4] },
  unassign: { projectId: 100, all: true, excluded: [2], filter: { roles: ['ANNOTATOR'] } },
};

/**
 * GraphiQL opens on a runnable example; `authorization` pre-fills the header (the demo's token) or
 * shows its form. Yoga's renderer hands `variables` to GraphiQL as its initial variables, though its
 * options type does not declare the field; hence the intersection.
 */
export function graphiqlOptions(authorization = 'Token <your Label Studio API key>'): GraphiQLOptions {
  const options: GraphiQLOptions & { variables: string } = {
    title: 'Label Studio bulk membership GraphQL',
    defaultQuery: EXAMPLE_DOCUMENT,
    headers: JSON.stringify({ Authorization: authorization }, null, 2),
    variables: JSON.stringify(EXAMPLE_VARIABLES, null, 2),
    defaultEditorToolsVisibility: 'variables',
  };
  return options;
}
