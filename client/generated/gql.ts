/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation BulkAssignOrgMemberTags($input: BulkAssignOrgMemberTagsInput!) {\n  bulkAssignOrgMemberTags(input: $input) {\n    assigned\n  }\n}\n": typeof types.BulkAssignOrgMemberTagsDocument,
    "mutation BulkAssignProjectMembers($input: BulkAssignProjectMembersInput!) {\n  bulkAssignProjectMembers(input: $input) {\n    assignments\n    skippedUserIds\n  }\n}\n": typeof types.BulkAssignProjectMembersDocument,
    "mutation BulkAssignWorkspaceMembers($input: BulkAssignWorkspaceMembersInput!) {\n  bulkAssignWorkspaceMembers(input: $input) {\n    assignments\n  }\n}\n": typeof types.BulkAssignWorkspaceMembersDocument,
    "fragment BulkChangePreviewFields on BulkChangePreview {\n  members\n  exact\n  sample {\n    userId\n    email\n    username\n    firstName\n    lastName\n  }\n}\n": typeof types.BulkChangePreviewFieldsFragmentDoc,
    "query BulkLimits {\n  bulkLimits {\n    maxBulkIds\n    maxSearchLength\n  }\n}\n": typeof types.BulkLimitsDocument,
    "mutation BulkUnassignProjectMembersWithUndo($input: BulkUnassignProjectMembersInput!) {\n  bulkUnassignProjectMembers(input: $input) {\n    unassignments\n    removedMembers {\n      userId\n      projectRole\n      projectRoleCode\n    }\n    removedMembersExact\n  }\n}\n": typeof types.BulkUnassignProjectMembersWithUndoDocument,
    "mutation BulkUnassignProjectMembers($input: BulkUnassignProjectMembersInput!) {\n  bulkUnassignProjectMembers(input: $input) {\n    unassignments\n  }\n}\n": typeof types.BulkUnassignProjectMembersDocument,
    "mutation BulkUnassignWorkspaceMembersWithUndo($input: BulkUnassignWorkspaceMembersInput!) {\n  bulkUnassignWorkspaceMembers(input: $input) {\n    unassignments\n    removedMembers {\n      userId\n    }\n    removedMembersExact\n  }\n}\n": typeof types.BulkUnassignWorkspaceMembersWithUndoDocument,
    "mutation BulkUnassignWorkspaceMembers($input: BulkUnassignWorkspaceMembersInput!) {\n  bulkUnassignWorkspaceMembers(input: $input) {\n    unassignments\n  }\n}\n": typeof types.BulkUnassignWorkspaceMembersDocument,
    "mutation CreateMemberTag($input: CreateMemberTagInput!) {\n  createMemberTag(input: $input) {\n    id\n    label\n    memberCount\n  }\n}\n": typeof types.CreateMemberTagDocument,
    "mutation DeleteMemberTagsWithUndo($input: DeleteMemberTagsInput!) {\n  deleteMemberTags(input: $input) {\n    deleted\n    removedTags {\n      tagId\n      label\n      userIds\n    }\n    removedTagsExact\n  }\n}\n": typeof types.DeleteMemberTagsWithUndoDocument,
    "mutation DeleteMemberTags($input: DeleteMemberTagsInput!) {\n  deleteMemberTags(input: $input) {\n    deleted\n  }\n}\n": typeof types.DeleteMemberTagsDocument,
    "fragment MemberFields on Member {\n  id\n  userId\n  email\n  username\n  firstName\n  lastName\n  role\n  roleCode\n  userType\n  userTypeCode\n  tags {\n    id\n    label\n  }\n  lastActivity\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  endCursor\n}\n": typeof types.MemberFieldsFragmentDoc,
    "query MemberTags($organizationId: Int!, $search: String, $first: Int, $after: String) {\n  memberTags(organizationId: $organizationId, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      id\n      label\n      memberCount\n    }\n  }\n}\n": typeof types.MemberTagsDocument,
    "query OrganizationMembers($organizationId: Int!, $filter: OrganizationMemberFilter, $search: String, $first: Int, $after: String) {\n  organizationMembers(organizationId: $organizationId, filter: $filter, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...MemberFields\n    }\n  }\n}\n": typeof types.OrganizationMembersDocument,
    "query PreviewBulkAssignOrgMemberTags($input: BulkAssignOrgMemberTagsInput!, $sampleSize: Int) {\n  previewBulkAssignOrgMemberTags(input: $input, sampleSize: $sampleSize) {\n    ...BulkChangePreviewFields\n  }\n}\n": typeof types.PreviewBulkAssignOrgMemberTagsDocument,
    "query PreviewBulkAssignWorkspaceMembers($input: BulkAssignWorkspaceMembersInput!) {\n  previewBulkAssignWorkspaceMembers(input: $input) {\n    ...BulkChangePreviewFields\n  }\n}\n": typeof types.PreviewBulkAssignWorkspaceMembersDocument,
    "query PreviewBulkUnassignProjectMembers($input: BulkUnassignProjectMembersInput!, $sampleSize: Int) {\n  previewBulkUnassignProjectMembers(input: $input, sampleSize: $sampleSize) {\n    ...BulkChangePreviewFields\n  }\n}\n": typeof types.PreviewBulkUnassignProjectMembersDocument,
    "query PreviewBulkUnassignWorkspaceMembers($input: BulkUnassignWorkspaceMembersInput!, $sampleSize: Int) {\n  previewBulkUnassignWorkspaceMembers(input: $input, sampleSize: $sampleSize) {\n    ...BulkChangePreviewFields\n  }\n}\n": typeof types.PreviewBulkUnassignWorkspaceMembersDocument,
    "query PreviewDeleteMemberTags($input: DeleteMemberTagsInput!) {\n  previewDeleteMemberTags(input: $input) {\n    assignments\n    exact\n    tags {\n      tagId\n      label\n      members\n    }\n  }\n}\n": typeof types.PreviewDeleteMemberTagsDocument,
    "query ProjectMembers($projectId: Int!, $filter: ProjectMemberFilter, $explicitOnly: Boolean, $first: Int, $after: String) {\n  projectMembers(projectId: $projectId, filter: $filter, explicitOnly: $explicitOnly, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...MemberFields\n      projectRole\n      projectRoleCode\n      implicit\n    }\n  }\n}\n": typeof types.ProjectMembersDocument,
    "query ProjectWithMembers($projectId: Int!, $filter: ProjectMemberFilter, $explicitOnly: Boolean, $first: Int, $after: String) {\n  project(id: $projectId) {\n    id\n    members(filter: $filter, explicitOnly: $explicitOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...MemberFields\n        projectRole\n        projectRoleCode\n        implicit\n      }\n    }\n  }\n}\n": typeof types.ProjectWithMembersDocument,
    "mutation RenameMemberTag($input: RenameMemberTagInput!) {\n  renameMemberTag(input: $input) {\n    id\n    label\n    memberCount\n  }\n}\n": typeof types.RenameMemberTagDocument,
    "query WorkspaceMembers($workspaceId: Int!, $search: String, $first: Int, $after: String) {\n  workspaceMembers(workspaceId: $workspaceId, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...MemberFields\n    }\n  }\n}\n": typeof types.WorkspaceMembersDocument,
};
const documents: Documents = {
    "mutation BulkAssignOrgMemberTags($input: BulkAssignOrgMemberTagsInput!) {\n  bulkAssignOrgMemberTags(input: $input) {\n    assigned\n  }\n}\n": types.BulkAssignOrgMemberTagsDocument,
    "mutation BulkAssignProjectMembers($input: BulkAssignProjectMembersInput!) {\n  bulkAssignProjectMembers(input: $input) {\n    assignments\n    skippedUserIds\n  }\n}\n": types.BulkAssignProjectMembersDocument,
    "mutation BulkAssignWorkspaceMembers($input: BulkAssignWorkspaceMembersInput!) {\n  bulkAssignWorkspaceMembers(input: $input) {\n    assignments\n  }\n}\n": types.BulkAssignWorkspaceMembersDocument,
    "fragment BulkChangePreviewFields on BulkChangePreview {\n  members\n  exact\n  sample {\n    userId\n    email\n    username\n    firstName\n    lastName\n  }\n}\n": types.BulkChangePreviewFieldsFragmentDoc,
    "query BulkLimits {\n  bulkLimits {\n    maxBulkIds\n    maxSearchLength\n  }\n}\n": types.BulkLimitsDocument,
    "mutation BulkUnassignProjectMembersWithUndo($input: BulkUnassignProjectMembersInput!) {\n  bulkUnassignProjectMembers(input: $input) {\n    unassignments\n    removedMembers {\n      userId\n      projectRole\n      projectRoleCode\n    }\n    removedMembersExact\n  }\n}\n": types.BulkUnassignProjectMembersWithUndoDocument,
    "mutation BulkUnassignProjectMembers($input: BulkUnassignProjectMembersInput!) {\n  bulkUnassignProjectMembers(input: $input) {\n    unassignments\n  }\n}\n": types.BulkUnassignProjectMembersDocument,
    "mutation BulkUnassignWorkspaceMembersWithUndo($input: BulkUnassignWorkspaceMembersInput!) {\n  bulkUnassignWorkspaceMembers(input: $input) {\n    unassignments\n    removedMembers {\n      userId\n    }\n    removedMembersExact\n  }\n}\n": types.BulkUnassignWorkspaceMembersWithUndoDocument,
    "mutation BulkUnassignWorkspaceMembers($input: BulkUnassignWorkspaceMembersInput!) {\n  bulkUnassignWorkspaceMembers(input: $input) {\n    unassignments\n  }\n}\n": types.BulkUnassignWorkspaceMembersDocument,
    "mutation CreateMemberTag($input: CreateMemberTagInput!) {\n  createMemberTag(input: $input) {\n    id\n    label\n    memberCount\n  }\n}\n": types.CreateMemberTagDocument,
    "mutation DeleteMemberTagsWithUndo($input: DeleteMemberTagsInput!) {\n  deleteMemberTags(input: $input) {\n    deleted\n    removedTags {\n      tagId\n      label\n      userIds\n    }\n    removedTagsExact\n  }\n}\n": types.DeleteMemberTagsWithUndoDocument,
    "mutation DeleteMemberTags($input: DeleteMemberTagsInput!) {\n  deleteMemberTags(input: $input) {\n    deleted\n  }\n}\n": types.DeleteMemberTagsDocument,
    "fragment MemberFields on Member {\n  id\n  userId\n  email\n  username\n  firstName\n  lastName\n  role\n  roleCode\n  userType\n  userTypeCode\n  tags {\n    id\n    label\n  }\n  lastActivity\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  endCursor\n}\n": types.MemberFieldsFragmentDoc,
    "query MemberTags($organizationId: Int!, $search: String, $first: Int, $after: String) {\n  memberTags(organizationId: $organizationId, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      id\n      label\n      memberCount\n    }\n  }\n}\n": types.MemberTagsDocument,
    "query OrganizationMembers($organizationId: Int!, $filter: OrganizationMemberFilter, $search: String, $first: Int, $after: String) {\n  organizationMembers(organizationId: $organizationId, filter: $filter, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...MemberFields\n    }\n  }\n}\n": types.OrganizationMembersDocument,
    "query PreviewBulkAssignOrgMemberTags($input: BulkAssignOrgMemberTagsInput!, $sampleSize: Int) {\n  previewBulkAssignOrgMemberTags(input: $input, sampleSize: $sampleSize) {\n    ...BulkChangePreviewFields\n  }\n}\n": types.PreviewBulkAssignOrgMemberTagsDocument,
    "query PreviewBulkAssignWorkspaceMembers($input: BulkAssignWorkspaceMembersInput!) {\n  previewBulkAssignWorkspaceMembers(input: $input) {\n    ...BulkChangePreviewFields\n  }\n}\n": types.PreviewBulkAssignWorkspaceMembersDocument,
    "query PreviewBulkUnassignProjectMembers($input: BulkUnassignProjectMembersInput!, $sampleSize: Int) {\n  previewBulkUnassignProjectMembers(input: $input, sampleSize: $sampleSize) {\n    ...BulkChangePreviewFields\n  }\n}\n": types.PreviewBulkUnassignProjectMembersDocument,
    "query PreviewBulkUnassignWorkspaceMembers($input: BulkUnassignWorkspaceMembersInput!, $sampleSize: Int) {\n  previewBulkUnassignWorkspaceMembers(input: $input, sampleSize: $sampleSize) {\n    ...BulkChangePreviewFields\n  }\n}\n": types.PreviewBulkUnassignWorkspaceMembersDocument,
    "query PreviewDeleteMemberTags($input: DeleteMemberTagsInput!) {\n  previewDeleteMemberTags(input: $input) {\n    assignments\n    exact\n    tags {\n      tagId\n      label\n      members\n    }\n  }\n}\n": types.PreviewDeleteMemberTagsDocument,
    "query ProjectMembers($projectId: Int!, $filter: ProjectMemberFilter, $explicitOnly: Boolean, $first: Int, $after: String) {\n  projectMembers(projectId: $projectId, filter: $filter, explicitOnly: $explicitOnly, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...MemberFields\n      projectRole\n      projectRoleCode\n      implicit\n    }\n  }\n}\n": types.ProjectMembersDocument,
    "query ProjectWithMembers($projectId: Int!, $filter: ProjectMemberFilter, $explicitOnly: Boolean, $first: Int, $after: String) {\n  project(id: $projectId) {\n    id\n    members(filter: $filter, explicitOnly: $explicitOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...MemberFields\n        projectRole\n        projectRoleCode\n        implicit\n      }\n    }\n  }\n}\n": types.ProjectWithMembersDocument,
    "mutation RenameMemberTag($input: RenameMemberTagInput!) {\n  renameMemberTag(input: $input) {\n    id\n    label\n    memberCount\n  }\n}\n": types.RenameMemberTagDocument,
    "query WorkspaceMembers($workspaceId: Int!, $search: String, $first: Int, $after: String) {\n  workspaceMembers(workspaceId: $workspaceId, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...MemberFields\n    }\n  }\n}\n": types.WorkspaceMembersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BulkAssignOrgMemberTags($input: BulkAssignOrgMemberTagsInput!) {\n  bulkAssignOrgMemberTags(input: $input) {\n    assigned\n  }\n}\n"): (typeof documents)["mutation BulkAssignOrgMemberTags($input: BulkAssignOrgMemberTagsInput!) {\n  bulkAssignOrgMemberTags(input: $input) {\n    assigned\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BulkAssignProjectMembers($input: BulkAssignProjectMembersInput!) {\n  bulkAssignProjectMembers(input: $input) {\n    assignments\n    skippedUserIds\n  }\n}\n"): (typeof documents)["mutation BulkAssignProjectMembers($input: BulkAssignProjectMembersInput!) {\n  bulkAssignProjectMembers(input: $input) {\n    assignments\n    skippedUserIds\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BulkAssignWorkspaceMembers($input: BulkAssignWorkspaceMembersInput!) {\n  bulkAssignWorkspaceMembers(input: $input) {\n    assignments\n  }\n}\n"): (typeof documents)["mutation BulkAssignWorkspaceMembers($input: BulkAssignWorkspaceMembersInput!) {\n  bulkAssignWorkspaceMembers(input: $input) {\n    assignments\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment BulkChangePreviewFields on BulkChangePreview {\n  members\n  exact\n  sample {\n    userId\n    email\n    username\n    firstName\n    lastName\n  }\n}\n"): (typeof documents)["fragment BulkChangePreviewFields on BulkChangePreview {\n  members\n  exact\n  sample {\n    userId\n    email\n    username\n    firstName\n    lastName\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BulkLimits {\n  bulkLimits {\n    maxBulkIds\n    maxSearchLength\n  }\n}\n"): (typeof documents)["query BulkLimits {\n  bulkLimits {\n    maxBulkIds\n    maxSearchLength\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BulkUnassignProjectMembersWithUndo($input: BulkUnassignProjectMembersInput!) {\n  bulkUnassignProjectMembers(input: $input) {\n    unassignments\n    removedMembers {\n      userId\n      projectRole\n      projectRoleCode\n    }\n    removedMembersExact\n  }\n}\n"): (typeof documents)["mutation BulkUnassignProjectMembersWithUndo($input: BulkUnassignProjectMembersInput!) {\n  bulkUnassignProjectMembers(input: $input) {\n    unassignments\n    removedMembers {\n      userId\n      projectRole\n      projectRoleCode\n    }\n    removedMembersExact\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BulkUnassignProjectMembers($input: BulkUnassignProjectMembersInput!) {\n  bulkUnassignProjectMembers(input: $input) {\n    unassignments\n  }\n}\n"): (typeof documents)["mutation BulkUnassignProjectMembers($input: BulkUnassignProjectMembersInput!) {\n  bulkUnassignProjectMembers(input: $input) {\n    unassignments\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BulkUnassignWorkspaceMembersWithUndo($input: BulkUnassignWorkspaceMembersInput!) {\n  bulkUnassignWorkspaceMembers(input: $input) {\n    unassignments\n    removedMembers {\n      userId\n    }\n    removedMembersExact\n  }\n}\n"): (typeof documents)["mutation BulkUnassignWorkspaceMembersWithUndo($input: BulkUnassignWorkspaceMembersInput!) {\n  bulkUnassignWorkspaceMembers(input: $input) {\n    unassignments\n    removedMembers {\n      userId\n    }\n    removedMembersExact\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BulkUnassignWorkspaceMembers($input: BulkUnassignWorkspaceMembersInput!) {\n  bulkUnassignWorkspaceMembers(input: $input) {\n    unassignments\n  }\n}\n"): (typeof documents)["mutation BulkUnassignWorkspaceMembers($input: BulkUnassignWorkspaceMembersInput!) {\n  bulkUnassignWorkspaceMembers(input: $input) {\n    unassignments\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMemberTag($input: CreateMemberTagInput!) {\n  createMemberTag(input: $input) {\n    id\n    label\n    memberCount\n  }\n}\n"): (typeof documents)["mutation CreateMemberTag($input: CreateMemberTagInput!) {\n  createMemberTag(input: $input) {\n    id\n    label\n    memberCount\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteMemberTagsWithUndo($input: DeleteMemberTagsInput!) {\n  deleteMemberTags(input: $input) {\n    deleted\n    removedTags {\n      tagId\n      label\n      userIds\n    }\n    removedTagsExact\n  }\n}\n"): (typeof documents)["mutation DeleteMemberTagsWithUndo($input: DeleteMemberTagsInput!) {\n  deleteMemberTags(input: $input) {\n    deleted\n    removedTags {\n      tagId\n      label\n      userIds\n    }\n    removedTagsExact\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DeleteMemberTags($input: DeleteMemberTagsInput!) {\n  deleteMemberTags(input: $input) {\n    deleted\n  }\n}\n"): (typeof documents)["mutation DeleteMemberTags($input: DeleteMemberTagsInput!) {\n  deleteMemberTags(input: $input) {\n    deleted\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment MemberFields on Member {\n  id\n  userId\n  email\n  username\n  firstName\n  lastName\n  role\n  roleCode\n  userType\n  userTypeCode\n  tags {\n    id\n    label\n  }\n  lastActivity\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  endCursor\n}\n"): (typeof documents)["fragment MemberFields on Member {\n  id\n  userId\n  email\n  username\n  firstName\n  lastName\n  role\n  roleCode\n  userType\n  userTypeCode\n  tags {\n    id\n    label\n  }\n  lastActivity\n}\n\nfragment PageInfoFields on PageInfo {\n  hasNextPage\n  endCursor\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MemberTags($organizationId: Int!, $search: String, $first: Int, $after: String) {\n  memberTags(organizationId: $organizationId, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      id\n      label\n      memberCount\n    }\n  }\n}\n"): (typeof documents)["query MemberTags($organizationId: Int!, $search: String, $first: Int, $after: String) {\n  memberTags(organizationId: $organizationId, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      id\n      label\n      memberCount\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrganizationMembers($organizationId: Int!, $filter: OrganizationMemberFilter, $search: String, $first: Int, $after: String) {\n  organizationMembers(organizationId: $organizationId, filter: $filter, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...MemberFields\n    }\n  }\n}\n"): (typeof documents)["query OrganizationMembers($organizationId: Int!, $filter: OrganizationMemberFilter, $search: String, $first: Int, $after: String) {\n  organizationMembers(organizationId: $organizationId, filter: $filter, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...MemberFields\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewBulkAssignOrgMemberTags($input: BulkAssignOrgMemberTagsInput!, $sampleSize: Int) {\n  previewBulkAssignOrgMemberTags(input: $input, sampleSize: $sampleSize) {\n    ...BulkChangePreviewFields\n  }\n}\n"): (typeof documents)["query PreviewBulkAssignOrgMemberTags($input: BulkAssignOrgMemberTagsInput!, $sampleSize: Int) {\n  previewBulkAssignOrgMemberTags(input: $input, sampleSize: $sampleSize) {\n    ...BulkChangePreviewFields\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewBulkAssignWorkspaceMembers($input: BulkAssignWorkspaceMembersInput!) {\n  previewBulkAssignWorkspaceMembers(input: $input) {\n    ...BulkChangePreviewFields\n  }\n}\n"): (typeof documents)["query PreviewBulkAssignWorkspaceMembers($input: BulkAssignWorkspaceMembersInput!) {\n  previewBulkAssignWorkspaceMembers(input: $input) {\n    ...BulkChangePreviewFields\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewBulkUnassignProjectMembers($input: BulkUnassignProjectMembersInput!, $sampleSize: Int) {\n  previewBulkUnassignProjectMembers(input: $input, sampleSize: $sampleSize) {\n    ...BulkChangePreviewFields\n  }\n}\n"): (typeof documents)["query PreviewBulkUnassignProjectMembers($input: BulkUnassignProjectMembersInput!, $sampleSize: Int) {\n  previewBulkUnassignProjectMembers(input: $input, sampleSize: $sampleSize) {\n    ...BulkChangePreviewFields\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewBulkUnassignWorkspaceMembers($input: BulkUnassignWorkspaceMembersInput!, $sampleSize: Int) {\n  previewBulkUnassignWorkspaceMembers(input: $input, sampleSize: $sampleSize) {\n    ...BulkChangePreviewFields\n  }\n}\n"): (typeof documents)["query PreviewBulkUnassignWorkspaceMembers($input: BulkUnassignWorkspaceMembersInput!, $sampleSize: Int) {\n  previewBulkUnassignWorkspaceMembers(input: $input, sampleSize: $sampleSize) {\n    ...BulkChangePreviewFields\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PreviewDeleteMemberTags($input: DeleteMemberTagsInput!) {\n  previewDeleteMemberTags(input: $input) {\n    assignments\n    exact\n    tags {\n      tagId\n      label\n      members\n    }\n  }\n}\n"): (typeof documents)["query PreviewDeleteMemberTags($input: DeleteMemberTagsInput!) {\n  previewDeleteMemberTags(input: $input) {\n    assignments\n    exact\n    tags {\n      tagId\n      label\n      members\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectMembers($projectId: Int!, $filter: ProjectMemberFilter, $explicitOnly: Boolean, $first: Int, $after: String) {\n  projectMembers(projectId: $projectId, filter: $filter, explicitOnly: $explicitOnly, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...MemberFields\n      projectRole\n      projectRoleCode\n      implicit\n    }\n  }\n}\n"): (typeof documents)["query ProjectMembers($projectId: Int!, $filter: ProjectMemberFilter, $explicitOnly: Boolean, $first: Int, $after: String) {\n  projectMembers(projectId: $projectId, filter: $filter, explicitOnly: $explicitOnly, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...MemberFields\n      projectRole\n      projectRoleCode\n      implicit\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProjectWithMembers($projectId: Int!, $filter: ProjectMemberFilter, $explicitOnly: Boolean, $first: Int, $after: String) {\n  project(id: $projectId) {\n    id\n    members(filter: $filter, explicitOnly: $explicitOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...MemberFields\n        projectRole\n        projectRoleCode\n        implicit\n      }\n    }\n  }\n}\n"): (typeof documents)["query ProjectWithMembers($projectId: Int!, $filter: ProjectMemberFilter, $explicitOnly: Boolean, $first: Int, $after: String) {\n  project(id: $projectId) {\n    id\n    members(filter: $filter, explicitOnly: $explicitOnly, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        ...PageInfoFields\n      }\n      nodes {\n        ...MemberFields\n        projectRole\n        projectRoleCode\n        implicit\n      }\n    }\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RenameMemberTag($input: RenameMemberTagInput!) {\n  renameMemberTag(input: $input) {\n    id\n    label\n    memberCount\n  }\n}\n"): (typeof documents)["mutation RenameMemberTag($input: RenameMemberTagInput!) {\n  renameMemberTag(input: $input) {\n    id\n    label\n    memberCount\n  }\n}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WorkspaceMembers($workspaceId: Int!, $search: String, $first: Int, $after: String) {\n  workspaceMembers(workspaceId: $workspaceId, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...MemberFields\n    }\n  }\n}\n"): (typeof documents)["query WorkspaceMembers($workspaceId: Int!, $search: String, $first: Int, $after: String) {\n  workspaceMembers(workspaceId: $workspaceId, search: $search, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      ...PageInfoFields\n    }\n    nodes {\n      ...MemberFields\n    }\n  }\n}\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;