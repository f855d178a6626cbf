import type { GraphQLSchema } from 'graphql';
import { createBuilder } from './builder.js';
import { addEnums } from './enums.js';
import type { SchemaLimits } from './limits.js';
import { addBulkAssignOrgMemberTags } from './mutations/bulk-assign-org-member-tags.js';
import { addBulkUnassignProjectMembers } from './mutations/bulk-unassign-project-members.js';
import { addQuery } from './query.js';
import { addScalars } from './scalars.js';

export function buildSchema(limits: SchemaLimits): GraphQLSchema {
  const builder = createBuilder();
  addScalars(builder);
  const enums = addEnums(builder);
  addQuery(builder, limits);
  builder.mutationType({ description: 'Bulk membership operations, each one call to Label Studio Enterprise.' });
  addBulkAssignOrgMemberTags(builder, enums, limits);
  addBulkUnassignProjectMembers(builder, enums, limits);
  return builder.toSchema();
}
