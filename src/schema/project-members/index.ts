// The project members room: their filter, the unassign (with its preview and undo capture) and the
// assign that change them, and the list a member screen reads.
import type { Builder } from '../builder.js';
import type { Enums } from '../enums.js';
import type { SchemaLimits } from '../limits.js';
import type { PreviewTypes } from '../preview.js';
import { addBulkAssignProjectMembers } from './assign/index.js';
import type { ProjectMemberFilter } from './filter.js';
import { addBulkUnassignProjectMembers } from './unassign/index.js';

export { addProjectMemberFilter } from './filter.js';
export { addProjectMembers as addProjectMemberList } from './members.js';

/** The changes to project members: the unassign, then the assign that is its way back. */
export function addProjectMemberChanges(builder: Builder, enums: Enums, ProjectMemberFilter: ProjectMemberFilter, previewTypes: PreviewTypes, limits: SchemaLimits) {
  addBulkUnassignProjectMembers(builder, enums, ProjectMemberFilter, previewTypes, limits);
  addBulkAssignProjectMembers(builder, enums, ProjectMemberFilter, limits);
}
