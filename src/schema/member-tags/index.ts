import type { Builder } from '../builder.js';
import type { SchemaLimits } from '../limits.js';
import type { OrganizationRef } from '../organizations/index.js';
import { addMemberTagChanges } from './create-and-rename.js';
import { addDeleteMemberTags } from './delete/index.js';
import { addMemberTags } from './list.js';

/**
 * The member tags room: an organization's tags (at the root and on `Organization`), what the tag ids
 * elsewhere stand for; and the changes to them: create, rename, and delete (with its preview, guard and undo record).
 */
export function addMemberTagsRoom(builder: Builder, limits: SchemaLimits, Organization: OrganizationRef) {
  const MemberTag = addMemberTags(builder, Organization);
  addMemberTagChanges(builder, MemberTag);
  addDeleteMemberTags(builder, limits);
}
