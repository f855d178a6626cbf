// The organization members room: their filter, the member tag assign that changes them (with its
// preview), and the list a member screen reads.
export { addOrganizationMemberFilter } from './filter.js';
export { addBulkAssignOrgMemberTags as addOrganizationMemberChanges } from './assign-tags/index.js';
export { addOrganizationMembers as addOrganizationMemberList } from './members.js';
