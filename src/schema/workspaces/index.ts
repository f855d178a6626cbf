import type { Builder } from '../builder.js';
import type { SchemaLimits } from '../limits.js';
import type { MemberInterfaces } from '../members.js';
import type { PreviewTypes } from '../preview.js';
import { addBulkAssignWorkspaceMembers } from './assign/index.js';
import { defineInputs } from './input.js';
import { addWorkspaceMembers } from './members.js';
import { addBulkUnassignWorkspaceMembers } from './unassign/index.js';
import { addWorkspace } from './workspace.js';

/**
 * The workspaces room: `Workspace` (an entity, like `Organization` and `Project`), its members' node type
 * and list (at the root and on `Workspace`), and the changes to them: the unassign (with its preview and
 * undo capture) and the assign, its way back (with its preview).
 */
export function addWorkspacesRoom(
  builder: Builder,
  { limits, previewTypes, memberInterfaces }: { limits: SchemaLimits; previewTypes: PreviewTypes; memberInterfaces: MemberInterfaces },
) {
  const Workspace = addWorkspace(builder);
  addWorkspaceMembers(builder, memberInterfaces, Workspace);
  const inputs = defineInputs(builder, limits);
  addBulkUnassignWorkspaceMembers(builder, inputs.Unassign, previewTypes, limits.undoCaptureLimit);
  addBulkAssignWorkspaceMembers(builder, inputs.Assign, previewTypes);
}
