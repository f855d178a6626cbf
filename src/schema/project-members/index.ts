import type { Builder } from '../builder.js';
import type { Enums } from '../enums.js';
import type { SchemaLimits } from '../limits.js';
import type { MemberInterfaces } from '../members.js';
import type { PreviewTypes } from '../preview.js';
import type { ProjectRef } from '../projects/index.js';
import { addBulkAssignProjectMembers } from './assign/index.js';
import { addProjectMemberFilter } from './filter.js';
import { addProjectMembers } from './members.js';
import { addBulkUnassignProjectMembers } from './unassign/index.js';

/**
 * The project members room: their node type and list (at the root and on `Project`), their filter, and
 * the changes to them: the unassign (with its preview and undo capture) and the assign, its way back.
 */
export function addProjectMembersRoom(
  builder: Builder,
  { enums, limits, previewTypes, memberInterfaces }: { enums: Enums; limits: SchemaLimits; previewTypes: PreviewTypes; memberInterfaces: MemberInterfaces },
  Project: ProjectRef,
) {
  const ProjectMemberFilter = addProjectMemberFilter(builder, enums, limits);
  addProjectMembers(builder, enums, memberInterfaces, ProjectMemberFilter, Project);
  addBulkUnassignProjectMembers(builder, enums, ProjectMemberFilter, previewTypes, limits);
  addBulkAssignProjectMembers(builder, enums, ProjectMemberFilter, limits);
}
