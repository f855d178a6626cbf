import type { GraphiQLOptions } from 'graphql-yoga';

const EXAMPLE_DOCUMENT = `# Both bulk mutations, ready to run: pick one with the run button.
# Every mutation, preview and list needs an Authorization header (Headers tab below):
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

# Who and what the ids above stand for, a page at a time: pass pageInfo.endCursor as
# "after" for the next page. The filters are the mutations' own, and select what they reach.
query MemberTags {
  memberTags(organizationId: 1, first: 10) {
    totalCount
    nodes { id label memberCount }
    pageInfo { hasNextPage endCursor }
  }
}

query OrganizationMembers {
  organizationMembers(organizationId: 1, filter: { isDeleted: false }, first: 10) {
    totalCount
    nodes { userId email firstName lastName role tags { id label } }
    pageInfo { hasNextPage endCursor }
  }
}

query ProjectMembers {
  projectMembers(projectId: 100, explicitOnly: true, filter: { roles: [ANNOTATOR] }, first: 10) {
    totalCount
    nodes { userId email role projectRole implicit }
    pageInfo { hasNextPage endCursor }
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
