import { readFileSync } from 'node:fs';
import {
  buildSchema,
  GraphQLEnumType,
  GraphQLInterfaceType,
  GraphQLSchema,
  isIntrospectionType,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLNamedType,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema as buildFacadeSchema } from '../src/schema/index.js';
import { printSchemaSdl } from '../src/schema/print.js';

// The public contract from the core-service issue, verbatim, with the previews and `maxAffectedMembers`
// of issue 11, the member and tag connections, the project assign and the undo of issue 19, and the codes as
// Label Studio sent them beside each role and user type (issue 25), and the member tag changes and workspace
// membership of issue 27. Frontends and the gateway depend on it.
const CONTRACT = /* GraphQL */ `
  scalar DateTime
  type Query {
    bulkLimits: BulkLimits!
    previewBulkAssignOrgMemberTags(input: BulkAssignOrgMemberTagsInput!, sampleSize: Int = 10): BulkChangePreview!
    previewBulkUnassignProjectMembers(input: BulkUnassignProjectMembersInput!, sampleSize: Int = 10): BulkChangePreview!
    organizationMembers(organizationId: Int!, filter: OrganizationMemberFilter, search: String, first: Int = 30, after: String): OrganizationMemberConnection!
    projectMembers(projectId: Int!, filter: ProjectMemberFilter, explicitOnly: Boolean = false, first: Int = 30, after: String): ProjectMemberConnection!
    memberTags(organizationId: Int!, search: String, first: Int = 30, after: String): MemberTagConnection!
    previewDeleteMemberTags(input: DeleteMemberTagsInput!): DeleteMemberTagsPreview!
    workspaceMembers(workspaceId: Int!, search: String, first: Int = 30, after: String): WorkspaceMemberConnection!
    previewBulkAssignWorkspaceMembers(input: BulkAssignWorkspaceMembersInput!): BulkChangePreview!
    previewBulkUnassignWorkspaceMembers(input: BulkUnassignWorkspaceMembersInput!, sampleSize: Int = 10): BulkChangePreview!
    workspace(id: Int!): Workspace!
    organization(id: Int!): Organization!
    project(id: Int!): Project!
  }
  type Organization {
    id: Int!
    members(filter: OrganizationMemberFilter, search: String, first: Int = 30, after: String): OrganizationMemberConnection!
    memberTags(search: String, first: Int = 30, after: String): MemberTagConnection!
  }
  type Project { id: Int!  members(filter: ProjectMemberFilter, explicitOnly: Boolean = false, first: Int = 30, after: String): ProjectMemberConnection! }
  type PageInfo { hasNextPage: Boolean!  hasPreviousPage: Boolean!  startCursor: String  endCursor: String }
  type OrganizationMemberConnection { totalCount: Int!  pageInfo: PageInfo!  edges: [OrganizationMemberEdge!]!  nodes: [OrganizationMember!]! }
  type OrganizationMemberEdge { cursor: String!  node: OrganizationMember! }
  type ProjectMemberConnection { totalCount: Int!  pageInfo: PageInfo!  edges: [ProjectMemberEdge!]!  nodes: [ProjectMember!]! }
  type ProjectMemberEdge { cursor: String!  node: ProjectMember! }
  type MemberTagConnection { totalCount: Int!  pageInfo: PageInfo!  edges: [MemberTagEdge!]!  nodes: [MemberTag!]! }
  type MemberTagEdge { cursor: String!  node: MemberTag! }
  interface Node { id: ID! }
  interface Member implements Node {
    id: ID!
    userId: Int!  email: String  username: String  firstName: String  lastName: String
    userType: UserType  userTypeCode: String  tags: [MemberTagLabel!]  lastActivity: DateTime
    role: MemberRole  roleCode: String
  }
  type OrganizationMember implements Node & Member {
    id: ID!
    userId: Int!  email: String  username: String  firstName: String  lastName: String
    userType: UserType  userTypeCode: String  tags: [MemberTagLabel!]  lastActivity: DateTime
    role: MemberRole  roleCode: String
  }
  type ProjectMember implements Node & Member {
    id: ID!
    userId: Int!  email: String  username: String  firstName: String  lastName: String
    userType: UserType  userTypeCode: String  tags: [MemberTagLabel!]  lastActivity: DateTime
    role: MemberRole  roleCode: String  projectRole: MemberRole  projectRoleCode: String  implicit: Boolean
  }
  type MemberTagLabel { id: Int  label: String! }
  type MemberTag { id: Int!  label: String!  memberCount: Int }
  type BulkLimits { maxBulkIds: Int! maxSearchLength: Int! }
  type BulkChangePreview {
    members: Int!
    exact: Boolean!
    sample: [PreviewMember!]!
  }
  type PreviewMember { userId: Int!  email: String  username: String  firstName: String  lastName: String }
  type Mutation {
    bulkAssignOrgMemberTags(input: BulkAssignOrgMemberTagsInput!): BulkAssignOrgMemberTagsPayload!
    bulkUnassignProjectMembers(input: BulkUnassignProjectMembersInput!): BulkUnassignProjectMembersPayload!
    bulkAssignProjectMembers(input: BulkAssignProjectMembersInput!): BulkAssignProjectMembersPayload!
    createMemberTag(input: CreateMemberTagInput!): MemberTag!
    renameMemberTag(input: RenameMemberTagInput!): MemberTag!
    deleteMemberTags(input: DeleteMemberTagsInput!): DeleteMemberTagsPayload!
    bulkAssignWorkspaceMembers(input: BulkAssignWorkspaceMembersInput!): BulkAssignWorkspaceMembersPayload!
    bulkUnassignWorkspaceMembers(input: BulkUnassignWorkspaceMembersInput!): BulkUnassignWorkspaceMembersPayload!
  }
  type Workspace { id: Int!  members(search: String, first: Int = 30, after: String): WorkspaceMemberConnection! }
  type WorkspaceMemberConnection { totalCount: Int!  pageInfo: PageInfo!  edges: [WorkspaceMemberEdge!]!  nodes: [WorkspaceMember!]! }
  type WorkspaceMemberEdge { cursor: String!  node: WorkspaceMember! }
  type WorkspaceMember implements Node & Member {
    id: ID!
    userId: Int!  email: String  username: String  firstName: String  lastName: String
    userType: UserType  userTypeCode: String  tags: [MemberTagLabel!]  lastActivity: DateTime
    role: MemberRole  roleCode: String
  }
  input BulkAssignWorkspaceMembersInput { workspaceId: Int!  all: Boolean!  included: [Int!]  excluded: [Int!]  maxAffectedMembers: Int }
  input BulkUnassignWorkspaceMembersInput { workspaceId: Int!  all: Boolean!  included: [Int!]  excluded: [Int!]  search: String  maxAffectedMembers: Int }
  type BulkAssignWorkspaceMembersPayload { assignments: Int! }
  type BulkUnassignWorkspaceMembersPayload { unassignments: Int!  removedMembers: [RemovedWorkspaceMember!]  removedMembersExact: Boolean }
  type RemovedWorkspaceMember { userId: Int! }
  input CreateMemberTagInput { organizationId: Int!  label: String! }
  input RenameMemberTagInput { organizationId: Int!  tagId: Int!  label: String! }
  input DeleteMemberTagsInput { organizationId: Int!  tagIds: [Int!]!  maxAffectedAssignments: Int }
  type DeleteMemberTagsPayload { deleted: Int!  removedTags: [RemovedMemberTag!]  removedTagsExact: Boolean }
  type RemovedMemberTag { tagId: Int!  label: String!  userIds: [Int!]! }
  type DeleteMemberTagsPreview { assignments: Int!  exact: Boolean!  tags: [MemberTagReach!]! }
  type MemberTagReach { tagId: Int!  label: String!  members: Int! }
  input BulkAssignOrgMemberTagsInput {
    organizationId: Int!
    all: Boolean!
    included: [Int!]
    excluded: [Int!]
    tags: [Int!]
    overwrite: Boolean = false
    filter: OrganizationMemberFilter
    maxAffectedMembers: Int
  }
  input OrganizationMemberFilter {
    roles: [MemberRole!]
    tags: [Int!]
    userTypes: [UserType!]
    isDeleted: Boolean
    excludeProjectId: Int
    excludeWorkspaceId: Int
    lastActivityGte: DateTime
    lastActivityLte: DateTime
  }
  type BulkAssignOrgMemberTagsPayload { assigned: Int! }
  input BulkUnassignProjectMembersInput {
    projectId: Int!
    all: Boolean!
    included: [Int!]
    excluded: [Int!]
    filter: ProjectMemberFilter
    maxAffectedMembers: Int
  }
  input ProjectMemberFilter {
    search: String
    roles: [MemberRole!]
    tags: [Int!]
    userTypes: [UserType!]
    lastActivityGte: DateTime
    lastActivityLte: DateTime
  }
  type BulkUnassignProjectMembersPayload { unassignments: Int! removedMembers: [RemovedMember!] removedMembersExact: Boolean }
  type RemovedMember { userId: Int! projectRole: MemberRole projectRoleCode: String }
  input BulkAssignProjectMembersInput {
    projectId: Int!
    all: Boolean!
    included: [Int!]
    excluded: [Int!]
    roles: [ProjectMemberRoleInput!]
    filter: ProjectMemberFilter
    maxAffectedMembers: Int
  }
  input ProjectMemberRoleInput { userId: Int! role: MemberRole! }
  type BulkAssignProjectMembersPayload { assignments: Int! skippedUserIds: [Int!] }
  enum MemberRole { OWNER ADMINISTRATOR MANAGER REVIEWER ANNOTATOR DEACTIVATED NOT_ACTIVATED VIEW_ONLY }
  enum UserType { STANDARD FLEX VIEWONLY }
`;

/** A type's names and types only: descriptions, member order and argument order are ours to choose (arguments are named). */
function shape(type: GraphQLNamedType | null | undefined): string[] {
  if (!type) return ['(missing)'];
  if (type instanceof GraphQLEnumType) return type.getValues().map((value) => value.name).sort();
  if (!('getFields' in type)) return [type.toString()];
  const input = (value: GraphQLInputField | GraphQLArgument) =>
    `${value.name}: ${String(value.type)}${value.defaultValue === undefined ? '' : ` = ${JSON.stringify(value.defaultValue)}`}`;
  return Object.values(type.getFields())
    .filter((field) => !isFederationInternal(field.name))
    .map((field) => ('args' in field ? `${field.name}(${field.args.map(input).sort().join(', ')}): ${String(field.type)}` : input(field)))
    .sort();
}

// Federation's own additions (`_service`, `_Service`, `link__Import`, ...) are the spec's, not ours to describe.
const isFederationInternal = (name: string) => name.startsWith('_') || name.includes('__');

function namedTypes(schema: GraphQLSchema) {
  return Object.values(schema.getTypeMap()).filter(
    (type) => !isIntrospectionType(type) && !isSpecifiedScalarType(type) && !isFederationInternal(type.name),
  );
}

describe('schema', () => {
  const ours = buildFacadeSchema({ maxBulkIds: 50_000, previewScanLimit: 2_000, undoCaptureLimit: 10_000 });

  it('schema.graphql is the printed schema (run `npm run schema` after changing it)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');

    expect(committed).toBe(printSchemaSdl());
  });

  it.each(namedTypes(buildSchema(CONTRACT)).map((type) => [type.name, type] as const))('%s matches the public contract exactly', (name, type) => {
    expect(shape(ours.getType(name))).toEqual(shape(type));
  });

  it('gives every member node type an identity: each implements Node', () => {
    const implementors = ours.getImplementations(ours.getType('Node') as GraphQLInterfaceType);

    expect(implementors.objects.map((type) => type.name).sort()).toEqual(['OrganizationMember', 'ProjectMember', 'WorkspaceMember']);
    expect(implementors.interfaces.map((type) => type.name)).toEqual(['Member']);
  });

  it('describes every type, field, argument and enum value (GraphiQL shows them)', () => {
    const missing: string[] = [];
    for (const type of namedTypes(ours)) {
      if (!type.description) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields()).filter((field) => !isFederationInternal(field.name))) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if ('getValues' in type) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }

    expect(missing).toEqual([]);
  });
});
