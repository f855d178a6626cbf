import type { GraphQLSchema } from 'graphql';
import { createBuilder } from './builder.js';
import { addTotalCount } from './connections.js';
import { addEnums } from './enums.js';
import type { SchemaLimits } from './limits.js';
import { addMemberTagList } from './member-tags/index.js';
import { addMemberInterface } from './members.js';
import { addNodeInterface } from './node.js';
import { addOrganizationMemberChanges, addOrganizationMemberFilter, addOrganizationMemberList } from './organization-members/index.js';
import { addPreviewTypes } from './preview.js';
import { addProjectMemberChanges, addProjectMemberFilter, addProjectMemberList } from './project-members/index.js';
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
  const ProjectMemberFilter = addProjectMemberFilter(builder, enums, limits);
  // Each room's changes, then each room's list: the order in which the contract lists the root fields.
  addOrganizationMemberChanges(builder, OrganizationMemberFilter, previewTypes, limits);
  addProjectMemberChanges(builder, enums, ProjectMemberFilter, previewTypes, limits);
  addTotalCount(builder);
  const Node = addNodeInterface(builder);
  const memberInterfaces = { Node, Member: addMemberInterface(builder, enums, Node) };
  addOrganizationMemberList(builder, enums, memberInterfaces, OrganizationMemberFilter);
  addProjectMemberList(builder, enums, memberInterfaces, ProjectMemberFilter);
  addMemberTagList(builder);
  // A Federation 2 subgraph: `_service { sdl }` lets a gateway compose it. With no entities, there is
  // nothing to import from the federation spec, and no `_entities` field.
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: [] });
}
