/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which organization members get which member tags. */
export type BulkAssignOrgMemberTagsInput = {
  /** true: every member matching `filter`, minus `excluded`. false: exactly the users in `included`. */
  all: boolean;
  /** User ids to leave out when `all` is true (at most `Query.bulkLimits.maxBulkIds`; only with `all: true`). Duplicates are ignored. */
  excluded?: Array<number> | null | undefined;
  /** Conditions on members; only with `all: true`. */
  filter?: OrganizationMemberFilter | null | undefined;
  /** User ids to tag when `all` is false (required then, at most `Query.bulkLimits.maxBulkIds`; not allowed when `all` is true). Duplicates are ignored. */
  included?: Array<number> | null | undefined;
  /** Refuse the change (error TOO_MANY_MEMBERS, nothing changed) if it would reach more members than this; at least 0. The service then previews first, as the matching preview query does, and refuses on an upper bound over the limit too. Set it to the `members` a confirmed preview showed. Ignored by the preview queries. */
  maxAffectedMembers?: number | null | undefined;
  /** The Label Studio organization id. */
  organizationId: number;
  /** true replaces each targeted member's tags with `tags`; false (default) only adds them. */
  overwrite?: boolean | null | undefined;
  /** Member-tag ids to assign. Required (non-empty) unless `overwrite` is true, where an empty list clears the targets' tags. */
  tags?: Array<number> | null | undefined;
};

/** Which organization members to add to a project, and with which project roles. */
export type BulkAssignProjectMembersInput = {
  /** true: every member of the project's organization matching `filter` (organization role for `roles`), minus `excluded`. false: exactly the users in `included`. */
  all: boolean;
  /** User ids to leave out when `all` is true (at most `Query.bulkLimits.maxBulkIds`; only with `all: true`). */
  excluded?: Array<number> | null | undefined;
  /** Conditions on organization members; only with `all: true`. */
  filter?: ProjectMemberFilter | null | undefined;
  /** User ids to add when `all` is false (required then, at most `Query.bulkLimits.maxBulkIds`; not allowed when `all` is true). Users already explicit members are left as they are; users Label Studio cannot add come back in `skippedUserIds`. */
  included?: Array<number> | null | undefined;
  /** Refuse the change (error TOO_MANY_MEMBERS, nothing changed) if it could add more members than this; at least 0; only with `all: false`. The service counts `included` minus those already explicit members, an upper bound (`exact: false` in the error) as it cannot tell which of them belong to the project's organization. */
  maxAffectedMembers?: number | null | undefined;
  /** The Label Studio project id. */
  projectId: number;
  /** Project roles for users the change adds: each entry names a user the change targets (in `included`, or with `all: true` not in `excluded`), once. At most `Query.bulkLimits.maxBulkIds` entries. To undo an unassign, pass the non-null `projectRole`s of its `removedMembers`. */
  roles?: Array<ProjectMemberRoleInput> | null | undefined;
};

/** Which organization members to add to a workspace. */
export type BulkAssignWorkspaceMembersInput = {
  /** true: Label Studio's "apply to all", minus `excluded`; Label Studio does not document whom it reaches (the simulator assumes every member of the workspace's organization). false: exactly the users in `included`. */
  all: boolean;
  /** User ids to leave out when `all` is true (at most `Query.bulkLimits.maxBulkIds`; only with `all: true`). */
  excluded?: Array<number> | null | undefined;
  /** User ids to add when `all` is false (required then, at most `Query.bulkLimits.maxBulkIds`; not allowed when `all` is true). Users already in the workspace are left alone. */
  included?: Array<number> | null | undefined;
  /** Refuse the change (error TOO_MANY_MEMBERS, nothing changed) if it could add more members than this; at least 0; only with `all: false`. The service counts `included` minus those already members (one read of the workspace list with `ids=`), an upper bound (`exact: false`) as it cannot tell which of them belong to the workspace's organization. */
  maxAffectedMembers?: number | null | undefined;
  /** The Label Studio workspace id. */
  workspaceId: number;
};

/** Which members to remove from a project. */
export type BulkUnassignProjectMembersInput = {
  /** true: every project member matching `filter`, minus `excluded`. false: exactly the users in `included`. */
  all: boolean;
  /** User ids to keep when `all` is true (at most `Query.bulkLimits.maxBulkIds`; only with `all: true`). */
  excluded?: Array<number> | null | undefined;
  /** Conditions on members; only with `all: true`. */
  filter?: ProjectMemberFilter | null | undefined;
  /** User ids to remove when `all` is false (required then, at most `Query.bulkLimits.maxBulkIds`; not allowed when `all` is true). Ids that are not project members are ignored. */
  included?: Array<number> | null | undefined;
  /** Refuse the change (error TOO_MANY_MEMBERS, nothing changed) if it would reach more members than this; at least 0. The service then previews first, as the matching preview query does, and refuses on an upper bound over the limit too. Set it to the `members` a confirmed preview showed. Ignored by the preview queries. */
  maxAffectedMembers?: number | null | undefined;
  /** The Label Studio project id. */
  projectId: number;
};

/** Which members to remove from a workspace. */
export type BulkUnassignWorkspaceMembersInput = {
  /** true: every workspace member `search` selects, minus `excluded`. false: exactly the users in `included`. */
  all: boolean;
  /** User ids to keep when `all` is true (at most `Query.bulkLimits.maxBulkIds`; only with `all: true`). */
  excluded?: Array<number> | null | undefined;
  /** User ids to remove when `all` is false (required then, at most `Query.bulkLimits.maxBulkIds`; not allowed when `all` is true). Ids that are not members are ignored. */
  included?: Array<number> | null | undefined;
  /** Refuse the change (error TOO_MANY_MEMBERS, nothing changed) if it would reach more members than this; at least 0. The service then previews first, as the matching preview query does, and refuses on an upper bound over the limit too. Set it to the `members` a confirmed preview showed. Ignored by the preview queries. */
  maxAffectedMembers?: number | null | undefined;
  /** Name or email contains this text (trimmed; at most 255 characters, no control characters); only with `all: true`. */
  search?: string | null | undefined;
  /** The Label Studio workspace id. */
  workspaceId: number;
};

/** A new member tag of an organization. */
export type CreateMemberTagInput = {
  /** The label: trimmed, not empty, at most 255 characters, no control characters; unique in the organization (Label Studio refuses a label it has already: BAD_USER_INPUT at this field). */
  label: string;
  /** The Label Studio organization id. */
  organizationId: number;
};

/** Which of an organization's member tags to delete; deleting a tag takes it off every member who has it. */
export type DeleteMemberTagsInput = {
  /** Refuse the deletion (error TOO_MANY_ASSIGNMENTS, nothing changed) if it would take more tag assignments off members than this; at least 0. The service then counts first, as `previewDeleteMemberTags` does. Set it to the `assignments` a confirmed preview showed. Ignored by the preview. */
  maxAffectedAssignments?: number | null | undefined;
  /** The Label Studio organization id. */
  organizationId: number;
  /** The member-tag ids to delete: at least one, at most 100; duplicates are ignored. */
  tagIds: Array<number>;
};

/** A member's role in an organization or project. Label Studio may send codes this service does not know: the `...Code` fields beside each role show them. */
export const MemberRole = {
  /** Administrator (Label Studio code `AD`). */
  Administrator: 'ADMINISTRATOR',
  /** Annotator (Label Studio code `AN`). */
  Annotator: 'ANNOTATOR',
  /** Deactivated member (Label Studio code `DI`). */
  Deactivated: 'DEACTIVATED',
  /** Manager (Label Studio code `MA`). */
  Manager: 'MANAGER',
  /** Invited but not yet activated (Label Studio code `NO`). */
  NotActivated: 'NOT_ACTIVATED',
  /** Owner of the organization (Label Studio code `OW`). */
  Owner: 'OWNER',
  /** Reviewer (Label Studio code `RE`). */
  Reviewer: 'REVIEWER',
  /** View-only seat; filters take it, but Label Studio never assigns it as a project role (Label Studio code `VO`). */
  ViewOnly: 'VIEW_ONLY'
} as const;

export type MemberRole = typeof MemberRole[keyof typeof MemberRole];
/** Narrows which organization members `all: true` reaches. Every given condition must hold; omitted ones do not filter. */
export type OrganizationMemberFilter = {
  /** Leave out members of this project. */
  excludeProjectId?: number | null | undefined;
  /** Leave out members of this workspace. */
  excludeWorkspaceId?: number | null | undefined;
  /** Only members whose membership is (true) or is not (false) marked deleted. */
  isDeleted?: boolean | null | undefined;
  /** Only members last active at or after this instant. */
  lastActivityGte?: string | null | undefined;
  /** Only members last active at or before this instant. */
  lastActivityLte?: string | null | undefined;
  /** Only members whose organization role is one of these. */
  roles?: Array<MemberRole> | null | undefined;
  /** Only members that currently have at least one of these member-tag ids. */
  tags?: Array<number> | null | undefined;
  /** Only members with one of these user types. */
  userTypes?: Array<UserType> | null | undefined;
};

/** Narrows which project members `all: true` reaches. Every given condition must hold; omitted ones do not filter. */
export type ProjectMemberFilter = {
  /** Only members last active at or after this instant. */
  lastActivityGte?: string | null | undefined;
  /** Only members last active at or before this instant. */
  lastActivityLte?: string | null | undefined;
  /** Only members whose project role (or, without one, organization role) is one of these. */
  roles?: Array<MemberRole> | null | undefined;
  /** Name, email or username contains this text (trimmed; at most 255 characters, no control characters). */
  search?: string | null | undefined;
  /** Only members that currently have at least one of these member-tag ids. */
  tags?: Array<number> | null | undefined;
  /** Only members with one of these user types. */
  userTypes?: Array<UserType> | null | undefined;
};

/** The project role one user gets when the assign adds them. */
export type ProjectMemberRoleInput = {
  /** Their project role (without an entry, the organization role applies); any role but VIEW_ONLY, which Label Studio never assigns. */
  role: MemberRole;
  /** A user the change targets. */
  userId: number;
};

/** A new label for a member tag; its id, and the members carrying it, stay. */
export type RenameMemberTagInput = {
  /** The label: trimmed, not empty, at most 255 characters, no control characters; unique in the organization (Label Studio refuses a label it has already: BAD_USER_INPUT at this field). */
  label: string;
  /** The Label Studio organization id. */
  organizationId: number;
  /** The member-tag id. */
  tagId: number;
};

/** The kind of seat a user holds. Label Studio may send others (service accounts): `userTypeCode` shows them. */
export const UserType = {
  /** A flex seat (Label Studio code `flex`). */
  Flex: 'FLEX',
  /** A standard seat (Label Studio code `standard`). */
  Standard: 'STANDARD',
  /** A view-only seat (Label Studio code `viewonly`). */
  Viewonly: 'VIEWONLY'
} as const;

export type UserType = typeof UserType[keyof typeof UserType];
export type BulkAssignOrgMemberTagsMutationVariables = Exact<{
  input: BulkAssignOrgMemberTagsInput;
}>;


export type BulkAssignOrgMemberTagsMutation = { bulkAssignOrgMemberTags: { assigned: number } };

export type BulkAssignProjectMembersMutationVariables = Exact<{
  input: BulkAssignProjectMembersInput;
}>;


export type BulkAssignProjectMembersMutation = { bulkAssignProjectMembers: { assignments: number, skippedUserIds: Array<number> | null } };

export type BulkAssignWorkspaceMembersMutationVariables = Exact<{
  input: BulkAssignWorkspaceMembersInput;
}>;


export type BulkAssignWorkspaceMembersMutation = { bulkAssignWorkspaceMembers: { assignments: number } };

export type BulkChangePreviewFieldsFragment = { members: number, exact: boolean, sample: Array<{ userId: number, email: string | null, username: string | null, firstName: string | null, lastName: string | null }> };

export type BulkLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type BulkLimitsQuery = { bulkLimits: { maxBulkIds: number, maxSearchLength: number } };

export type BulkUnassignProjectMembersWithUndoMutationVariables = Exact<{
  input: BulkUnassignProjectMembersInput;
}>;


export type BulkUnassignProjectMembersWithUndoMutation = { bulkUnassignProjectMembers: { unassignments: number, removedMembersExact: boolean | null, removedMembers: Array<{ userId: number, projectRole: MemberRole | null, projectRoleCode: string | null }> | null } };

export type BulkUnassignProjectMembersMutationVariables = Exact<{
  input: BulkUnassignProjectMembersInput;
}>;


export type BulkUnassignProjectMembersMutation = { bulkUnassignProjectMembers: { unassignments: number } };

export type BulkUnassignWorkspaceMembersWithUndoMutationVariables = Exact<{
  input: BulkUnassignWorkspaceMembersInput;
}>;


export type BulkUnassignWorkspaceMembersWithUndoMutation = { bulkUnassignWorkspaceMembers: { unassignments: number, removedMembersExact: boolean | null, removedMembers: Array<{ userId: number }> | null } };

export type BulkUnassignWorkspaceMembersMutationVariables = Exact<{
  input: BulkUnassignWorkspaceMembersInput;
}>;


export type BulkUnassignWorkspaceMembersMutation = { bulkUnassignWorkspaceMembers: { unassignments: number } };

export type CreateMemberTagMutationVariables = Exact<{
  input: CreateMemberTagInput;
}>;


export type CreateMemberTagMutation = { createMemberTag: { id: number, label: string, memberCount: number | null } };

export type DeleteMemberTagsWithUndoMutationVariables = Exact<{
  input: DeleteMemberTagsInput;
}>;


export type DeleteMemberTagsWithUndoMutation = { deleteMemberTags: { deleted: number, removedTagsExact: boolean | null, removedTags: Array<{ tagId: number, label: string, userIds: Array<number> }> | null } };

export type DeleteMemberTagsMutationVariables = Exact<{
  input: DeleteMemberTagsInput;
}>;


export type DeleteMemberTagsMutation = { deleteMemberTags: { deleted: number } };

type MemberFields_OrganizationMember_Fragment = { id: string, userId: number, email: string | null, username: string | null, firstName: string | null, lastName: string | null, role: MemberRole | null, roleCode: string | null, userType: UserType | null, userTypeCode: string | null, lastActivity: string | null, tags: Array<{ id: number | null, label: string }> | null };

type MemberFields_ProjectMember_Fragment = { id: string, userId: number, email: string | null, username: string | null, firstName: string | null, lastName: string | null, role: MemberRole | null, roleCode: string | null, userType: UserType | null, userTypeCode: string | null, lastActivity: string | null, tags: Array<{ id: number | null, label: string }> | null };

type MemberFields_WorkspaceMember_Fragment = { id: string, userId: number, email: string | null, username: string | null, firstName: string | null, lastName: string | null, role: MemberRole | null, roleCode: string | null, userType: UserType | null, userTypeCode: string | null, lastActivity: string | null, tags: Array<{ id: number | null, label: string }> | null };

export type MemberFieldsFragment =
  | MemberFields_OrganizationMember_Fragment
  | MemberFields_ProjectMember_Fragment
  | MemberFields_WorkspaceMember_Fragment
;

export type PageInfoFieldsFragment = { hasNextPage: boolean, endCursor: string | null };

export type MemberTagsQueryVariables = Exact<{
  organizationId: number;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MemberTagsQuery = { memberTags: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: number, label: string, memberCount: number | null }> } };

export type OrganizationMembersQueryVariables = Exact<{
  organizationId: number;
  filter?: OrganizationMemberFilter | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationMembersQuery = { organizationMembers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, userId: number, email: string | null, username: string | null, firstName: string | null, lastName: string | null, role: MemberRole | null, roleCode: string | null, userType: UserType | null, userTypeCode: string | null, lastActivity: string | null, tags: Array<{ id: number | null, label: string }> | null }> } };

export type PreviewBulkAssignOrgMemberTagsQueryVariables = Exact<{
  input: BulkAssignOrgMemberTagsInput;
  sampleSize?: number | null | undefined;
}>;


export type PreviewBulkAssignOrgMemberTagsQuery = { previewBulkAssignOrgMemberTags: { members: number, exact: boolean, sample: Array<{ userId: number, email: string | null, username: string | null, firstName: string | null, lastName: string | null }> } };

export type PreviewBulkAssignWorkspaceMembersQueryVariables = Exact<{
  input: BulkAssignWorkspaceMembersInput;
}>;


export type PreviewBulkAssignWorkspaceMembersQuery = { previewBulkAssignWorkspaceMembers: { members: number, exact: boolean, sample: Array<{ userId: number, email: string | null, username: string | null, firstName: string | null, lastName: string | null }> } };

export type PreviewBulkUnassignProjectMembersQueryVariables = Exact<{
  input: BulkUnassignProjectMembersInput;
  sampleSize?: number | null | undefined;
}>;


export type PreviewBulkUnassignProjectMembersQuery = { previewBulkUnassignProjectMembers: { members: number, exact: boolean, sample: Array<{ userId: number, email: string | null, username: string | null, firstName: string | null, lastName: string | null }> } };

export type PreviewBulkUnassignWorkspaceMembersQueryVariables = Exact<{
  input: BulkUnassignWorkspaceMembersInput;
  sampleSize?: number | null | undefined;
}>;


export type PreviewBulkUnassignWorkspaceMembersQuery = { previewBulkUnassignWorkspaceMembers: { members: number, exact: boolean, sample: Array<{ userId: number, email: string | null, username: string | null, firstName: string | null, lastName: string | null }> } };

export type PreviewDeleteMemberTagsQueryVariables = Exact<{
  input: DeleteMemberTagsInput;
}>;


export type PreviewDeleteMemberTagsQuery = { previewDeleteMemberTags: { assignments: number, exact: boolean, tags: Array<{ tagId: number, label: string, members: number }> } };

export type ProjectMembersQueryVariables = Exact<{
  projectId: number;
  filter?: ProjectMemberFilter | null | undefined;
  explicitOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectMembersQuery = { projectMembers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ projectRole: MemberRole | null, projectRoleCode: string | null, implicit: boolean | null, id: string, userId: number, email: string | null, username: string | null, firstName: string | null, lastName: string | null, role: MemberRole | null, roleCode: string | null, userType: UserType | null, userTypeCode: string | null, lastActivity: string | null, tags: Array<{ id: number | null, label: string }> | null }> } };

export type ProjectWithMembersQueryVariables = Exact<{
  projectId: number;
  filter?: ProjectMemberFilter | null | undefined;
  explicitOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProjectWithMembersQuery = { project: { id: number, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ projectRole: MemberRole | null, projectRoleCode: string | null, implicit: boolean | null, id: string, userId: number, email: string | null, username: string | null, firstName: string | null, lastName: string | null, role: MemberRole | null, roleCode: string | null, userType: UserType | null, userTypeCode: string | null, lastActivity: string | null, tags: Array<{ id: number | null, label: string }> | null }> } } };

export type RenameMemberTagMutationVariables = Exact<{
  input: RenameMemberTagInput;
}>;


export type RenameMemberTagMutation = { renameMemberTag: { id: number, label: string, memberCount: number | null } };

export type WorkspaceMembersQueryVariables = Exact<{
  workspaceId: number;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WorkspaceMembersQuery = { workspaceMembers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, userId: number, email: string | null, username: string | null, firstName: string | null, lastName: string | null, role: MemberRole | null, roleCode: string | null, userType: UserType | null, userTypeCode: string | null, lastActivity: string | null, tags: Array<{ id: number | null, label: string }> | null }> } };

export const BulkChangePreviewFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkChangePreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkChangePreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<BulkChangePreviewFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleCode"}},{"kind":"Field","name":{"kind":"Name","value":"userType"}},{"kind":"Field","name":{"kind":"Name","value":"userTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastActivity"}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const BulkAssignOrgMemberTagsDocument = {"__meta__":{"hash":"sha256:994ef0036d8b622d87ebfb370a3132cfe46ab840efe57316ded49554d3250a25"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkAssignOrgMemberTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkAssignOrgMemberTagsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkAssignOrgMemberTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assigned"}}]}}]}}]} as unknown as DocumentNode<BulkAssignOrgMemberTagsMutation, BulkAssignOrgMemberTagsMutationVariables>;
export const BulkAssignProjectMembersDocument = {"__meta__":{"hash":"sha256:f9ea63d69f52f60c25f26d91511a4a814851caf69b1087ebddef3fa5285c3589"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkAssignProjectMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkAssignProjectMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkAssignProjectMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignments"}},{"kind":"Field","name":{"kind":"Name","value":"skippedUserIds"}}]}}]}}]} as unknown as DocumentNode<BulkAssignProjectMembersMutation, BulkAssignProjectMembersMutationVariables>;
export const BulkAssignWorkspaceMembersDocument = {"__meta__":{"hash":"sha256:83c4c08cc58931f3236dffd28faff3938b8dbfe17b31e28aa5e17e23585d0d04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkAssignWorkspaceMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkAssignWorkspaceMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkAssignWorkspaceMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignments"}}]}}]}}]} as unknown as DocumentNode<BulkAssignWorkspaceMembersMutation, BulkAssignWorkspaceMembersMutationVariables>;
export const BulkLimitsDocument = {"__meta__":{"hash":"sha256:ff3209e4a5effa2e53f82d13bb203c16b00dc23fddce366abf6a3fc98e8770f6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BulkLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkLimits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxBulkIds"}},{"kind":"Field","name":{"kind":"Name","value":"maxSearchLength"}}]}}]}}]} as unknown as DocumentNode<BulkLimitsQuery, BulkLimitsQueryVariables>;
export const BulkUnassignProjectMembersWithUndoDocument = {"__meta__":{"hash":"sha256:aa750339e2cc78441440c04dc2c09f517d223055f6a3839fa6e6c4038b97898b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkUnassignProjectMembersWithUndo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkUnassignProjectMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkUnassignProjectMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignments"}},{"kind":"Field","name":{"kind":"Name","value":"removedMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"projectRole"}},{"kind":"Field","name":{"kind":"Name","value":"projectRoleCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedMembersExact"}}]}}]}}]} as unknown as DocumentNode<BulkUnassignProjectMembersWithUndoMutation, BulkUnassignProjectMembersWithUndoMutationVariables>;
export const BulkUnassignProjectMembersDocument = {"__meta__":{"hash":"sha256:0032e493a7e35eb7a58e4682ed0c4ac5099b2a13ec1a649677795886a98a19b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkUnassignProjectMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkUnassignProjectMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkUnassignProjectMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignments"}}]}}]}}]} as unknown as DocumentNode<BulkUnassignProjectMembersMutation, BulkUnassignProjectMembersMutationVariables>;
export const BulkUnassignWorkspaceMembersWithUndoDocument = {"__meta__":{"hash":"sha256:93e84108048b93371d7eae0049e50be413778115df531e17ce79ba1b93f882bf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkUnassignWorkspaceMembersWithUndo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkUnassignWorkspaceMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkUnassignWorkspaceMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignments"}},{"kind":"Field","name":{"kind":"Name","value":"removedMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedMembersExact"}}]}}]}}]} as unknown as DocumentNode<BulkUnassignWorkspaceMembersWithUndoMutation, BulkUnassignWorkspaceMembersWithUndoMutationVariables>;
export const BulkUnassignWorkspaceMembersDocument = {"__meta__":{"hash":"sha256:7203ccfa0ae546b82cc918856f482ac8bf9a01578274ec7ae982974e56ba5672"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkUnassignWorkspaceMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkUnassignWorkspaceMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkUnassignWorkspaceMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignments"}}]}}]}}]} as unknown as DocumentNode<BulkUnassignWorkspaceMembersMutation, BulkUnassignWorkspaceMembersMutationVariables>;
export const CreateMemberTagDocument = {"__meta__":{"hash":"sha256:7b19b8a491a95fcc78ef981ac0c317d7a55f960dd653977e1a87bedce128c739"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMemberTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMemberTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMemberTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<CreateMemberTagMutation, CreateMemberTagMutationVariables>;
export const DeleteMemberTagsWithUndoDocument = {"__meta__":{"hash":"sha256:7f7267fd6111b5bedaa941c87cd90d3c6eef66ea9d14ded2b00481155d33f724"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMemberTagsWithUndo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMemberTagsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMemberTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"removedTags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"userIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"removedTagsExact"}}]}}]}}]} as unknown as DocumentNode<DeleteMemberTagsWithUndoMutation, DeleteMemberTagsWithUndoMutationVariables>;
export const DeleteMemberTagsDocument = {"__meta__":{"hash":"sha256:4b37b1ee3d9e898d3c565e8db1d39a02c187c63203290bef0883492136491732"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMemberTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMemberTagsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMemberTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}}]}}]}}]} as unknown as DocumentNode<DeleteMemberTagsMutation, DeleteMemberTagsMutationVariables>;
export const MemberTagsDocument = {"__meta__":{"hash":"sha256:6c36252c79c19f96e1df9f145fed4cd952c7fdbb927c05a8ffe89272370ece9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<MemberTagsQuery, MemberTagsQueryVariables>;
export const OrganizationMembersDocument = {"__meta__":{"hash":"sha256:40ee694b2ec41a979a51d1fa36eb12a5d2784f7c93bab17f76d15c9ddcdde264"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationMemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleCode"}},{"kind":"Field","name":{"kind":"Name","value":"userType"}},{"kind":"Field","name":{"kind":"Name","value":"userTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastActivity"}}]}}]} as unknown as DocumentNode<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const PreviewBulkAssignOrgMemberTagsDocument = {"__meta__":{"hash":"sha256:3da762c11292da995ad6e8c66a79ab0d2f47750dcebe6d5e6bbdd95f99e22453"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewBulkAssignOrgMemberTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkAssignOrgMemberTagsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sampleSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewBulkAssignOrgMemberTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"sampleSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sampleSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkChangePreviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkChangePreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkChangePreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<PreviewBulkAssignOrgMemberTagsQuery, PreviewBulkAssignOrgMemberTagsQueryVariables>;
export const PreviewBulkAssignWorkspaceMembersDocument = {"__meta__":{"hash":"sha256:ace3155745b27dc8c9fb1d02bfee90a92b62c24fd5557863192c777763a4b4ee"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewBulkAssignWorkspaceMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkAssignWorkspaceMembersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewBulkAssignWorkspaceMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkChangePreviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkChangePreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkChangePreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<PreviewBulkAssignWorkspaceMembersQuery, PreviewBulkAssignWorkspaceMembersQueryVariables>;
export const PreviewBulkUnassignProjectMembersDocument = {"__meta__":{"hash":"sha256:43aa79de86b71ccd65bf7ca4147b165a2d76c6cc3be65570c7fda2e942e94d34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewBulkUnassignProjectMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkUnassignProjectMembersInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sampleSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewBulkUnassignProjectMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"sampleSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sampleSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkChangePreviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkChangePreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkChangePreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<PreviewBulkUnassignProjectMembersQuery, PreviewBulkUnassignProjectMembersQueryVariables>;
export const PreviewBulkUnassignWorkspaceMembersDocument = {"__meta__":{"hash":"sha256:b7684ebc9ac4096068ab57e637db7ef88663fe0ab4e5d48528cc36d5993d4c18"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewBulkUnassignWorkspaceMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkUnassignWorkspaceMembersInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sampleSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewBulkUnassignWorkspaceMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"sampleSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sampleSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulkChangePreviewFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulkChangePreviewFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BulkChangePreview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"sample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]} as unknown as DocumentNode<PreviewBulkUnassignWorkspaceMembersQuery, PreviewBulkUnassignWorkspaceMembersQueryVariables>;
export const PreviewDeleteMemberTagsDocument = {"__meta__":{"hash":"sha256:695698d5f32708a4f196ada6cde2b835d08b917ef07df44f675bdea9c54c8094"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewDeleteMemberTags"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMemberTagsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewDeleteMemberTags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignments"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagId"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"members"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewDeleteMemberTagsQuery, PreviewDeleteMemberTagsQueryVariables>;
export const ProjectMembersDocument = {"__meta__":{"hash":"sha256:e3104ffc7c304b2710d6357bd25bdf1efdf4cb98f411b19807d8a9f3d352c496"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectMemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"explicitOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"explicitOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"explicitOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"projectRole"}},{"kind":"Field","name":{"kind":"Name","value":"projectRoleCode"}},{"kind":"Field","name":{"kind":"Name","value":"implicit"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleCode"}},{"kind":"Field","name":{"kind":"Name","value":"userType"}},{"kind":"Field","name":{"kind":"Name","value":"userTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastActivity"}}]}}]} as unknown as DocumentNode<ProjectMembersQuery, ProjectMembersQueryVariables>;
export const ProjectWithMembersDocument = {"__meta__":{"hash":"sha256:e1330bf300487400264de3a4fcbe196e1cd27144490210fed00deb02b4cfcb7a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectWithMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectMemberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"explicitOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"explicitOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"explicitOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}},{"kind":"Field","name":{"kind":"Name","value":"projectRole"}},{"kind":"Field","name":{"kind":"Name","value":"projectRoleCode"}},{"kind":"Field","name":{"kind":"Name","value":"implicit"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleCode"}},{"kind":"Field","name":{"kind":"Name","value":"userType"}},{"kind":"Field","name":{"kind":"Name","value":"userTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastActivity"}}]}}]} as unknown as DocumentNode<ProjectWithMembersQuery, ProjectWithMembersQueryVariables>;
export const RenameMemberTagDocument = {"__meta__":{"hash":"sha256:fcafd7d7e65e9e36ac8130ab96c677a42b759b698986ff302c6bdb231b049288"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameMemberTag"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenameMemberTagInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameMemberTag"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]} as unknown as DocumentNode<RenameMemberTagMutation, RenameMemberTagMutationVariables>;
export const WorkspaceMembersDocument = {"__meta__":{"hash":"sha256:3bbf251bf1c985a49990559095228fd747f345d8988955ebf5836fd55099a633"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaceMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workspaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workspaceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"roleCode"}},{"kind":"Field","name":{"kind":"Name","value":"userType"}},{"kind":"Field","name":{"kind":"Name","value":"userTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastActivity"}}]}}]} as unknown as DocumentNode<WorkspaceMembersQuery, WorkspaceMembersQueryVariables>;