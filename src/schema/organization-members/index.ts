import type { Builder } from '../builder.js';
import type { Enums } from '../enums.js';
import type { SchemaLimits } from '../limits.js';
import type { MemberInterfaces } from '../members.js';
import type { OrganizationRef } from '../organizations/index.js';
import type { PreviewTypes } from '../preview.js';
import { addBulkAssignOrgMemberTags } from './assign-tags/index.js';
import { addOrganizationMemberFilter } from './filter.js';
import { addOrganizationMembers } from './members.js';

/**
 * The organization members room: their node type and list (at the root and on `Organization`), their
 * filter, and the member tag assign that changes them, with its preview.
 */
export function addOrganizationMembersRoom(
  builder: Builder,
  { enums, limits, previewTypes, memberInterfaces }: { enums: Enums; limits: SchemaLimits; previewTypes: PreviewTypes; memberInterfaces: MemberInterfaces },
  Organization: OrganizationRef,
) {
  const OrganizationMemberFilter = addOrganizationMemberFilter(builder, enums, limits);
  addOrganizationMembers(builder, memberInterfaces, OrganizationMemberFilter, Organization);
  addBulkAssignOrgMemberTags(builder, OrganizationMemberFilter, previewTypes, limits);
}
