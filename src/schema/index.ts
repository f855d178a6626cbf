import type { GraphQLSchema } from 'graphql';
import { createBuilder } from './builder.js';
import { addTotalCount } from './connections.js';
import { addEnums } from './enums.js';
import type { SchemaLimits } from './limits.js';
import { addMemberTags } from './member-tags/index.js';
import { addMemberInterface } from './members.js';
import { addBulkAssignOrgMemberTags } from './mutations/bulk-assign-org-member-tags/index.js';
import { addBulkAssignProjectMembers } from './mutations/bulk-assign-project-members/index.js';
import { addBulkUnassignProjectMembers } from './mutations/bulk-unassign-project-members/index.js';
import { addOrganizationMembers } from './mutations/bulk-assign-org-member-tags/members.js';
import { addProjectMembers } from './mutations/bulk-unassign-project-members/members.js';
import { addOrganizationMemberFilter } from './organization-member-filter.js';
import { addPreviewTypes } from './preview.js';
import { addProjectMemberFilter } from './project-member-filter.js';
import { addQuery } from './query.js';
import { addScalars } from './scalars.js';

export function buildSchema(limits: SchemaLimits): GraphQLSchema {
  const builder = createBuilder();
  addScalars(builder);
  const enums = addEnums(builder);
  addQuery(builder, limits);
  builder.mutationType({ description: 'Bulk membership operations, each one call to Label Studio Enterprise.' });
  const previewTypes = addPreviewTypes(builder);
  const OrganizationMemberFilter = addOrganizationMemberFilter(builder, enums, limits);
  addBulkAssignOrgMemberTags(builder, OrganizationMemberFilter, previewTypes, limits);
  const ProjectMemberFilter = addProjectMemberFilter(builder, enums, limits);
  addBulkUnassignProjectMembers(builder, enums, ProjectMemberFilter, previewTypes, limits);
  addBulkAssignProjectMembers(builder, enums, ProjectMemberFilter, limits);
  // The lists a member screen reads, their filters the changes' own.
  addTotalCount(builder);
  const Member = addMemberInterface(builder, enums);
  addOrganizationMembers(builder, enums, Member, OrganizationMemberFilter);
  addProjectMembers(builder, enums, Member, ProjectMemberFilter);
  addMemberTags(builder);
  // A Federation 2 subgraph: `_service { sdl }` lets a gateway compose it. With no entities, there is
  // nothing to import from the federation spec, and no `_entities` field.
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: [] });
}
