import type { GraphQLSchema } from 'graphql';
import { createBuilder } from './builder.js';
import { addTotalCount } from './connections.js';
import { addEnums } from './enums.js';
import type { SchemaLimits } from './limits.js';
import { addMemberTagsRoom } from './member-tags/index.js';
import { addMemberInterface } from './members.js';
import { addNodeInterface } from './node.js';
import { addOrganizationMembersRoom } from './organization-members/index.js';
import { addOrganizations } from './organizations/index.js';
import { addPreviewTypes } from './preview.js';
import { addProjectMembersRoom } from './project-members/index.js';
import { addProjects } from './projects/index.js';
import { addQuery } from './query.js';
import { addScalars } from './scalars.js';
import { addWorkspacesRoom } from './workspaces/index.js';

export function buildSchema(limits: SchemaLimits): GraphQLSchema {
  const builder = createBuilder();
  addScalars(builder);
  const enums = addEnums(builder);
  addQuery(builder, limits);
  builder.mutationType({ description: 'Bulk membership operations, each one call to Label Studio Enterprise.' });
  addTotalCount(builder);
  const Node = addNodeInterface(builder);
  const shared = { enums, limits, previewTypes: addPreviewTypes(builder), memberInterfaces: { Node, Member: addMemberInterface(builder, enums, Node) } };

  const Organization = addOrganizations(builder);
  const Project = addProjects(builder);
  addOrganizationMembersRoom(builder, shared, Organization);
  addProjectMembersRoom(builder, shared, Project);
  addMemberTagsRoom(builder, limits, Organization);
  addWorkspacesRoom(builder, shared);

  // A Federation 2 subgraph: `_service { sdl }` lets a gateway compose it, and `_entities` resolves its
  // entities (Organization, Project, Workspace) from their keys.
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: ['@key'] });
}
