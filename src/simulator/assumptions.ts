import type { OrgRole } from './model.js';

// What the simulator assumes where the reference (section 7) and the SDK are silent, for the workspace
// membership endpoints and the member tag changes, in one place; the handlers (workspace-members.ts,
// member-tag-changes.ts) follow it.
//
// Who may call each endpoint (others, and deleted memberships, get 403; an unknown organization,
// workspace or tag 404):
// - `GET /api/workspaces/{id}/memberships/paginated/`: any working member of the workspace's organization,
//   as for the other lists (owner, administrator, manager, reviewer, annotator).
// - `POST` and `DELETE /api/workspaces/{id}/memberships/bulk/`: owners, administrators and managers, as for
//   the project bulk endpoints.
// - `POST .../member-tags`, `PATCH .../member-tags/{tag_pk}`, `DELETE .../member-tags/bulk`: owners and
//   administrators, as for the tag assign. `GET .../member-tags/{tag_pk}`: whoever may list tags.
//
// Workspaces:
// - `POST .../memberships/bulk/` with `all: true` ("apply to all workspace members", says the SDK) adds
//   every member of the workspace's organization whose membership is not deleted, minus `excluded`; with
//   `all: false`, each distinct `included` user who is such a member. Users already in the workspace are
//   left alone and not counted; users outside the organization (or with a deleted membership) are skipped
//   silently: the answer has only `assignments`.
// - `DELETE .../memberships/bulk/` removes, with `all: true`, every workspace member `search` (first name,
//   last name, full name or email contains, case-insensitively: the definition says "by name or email", so
//   not the username the organization and project lists also search) and `ids` select, minus `excluded`;
//   with `all: false`, the `included` who are members (`search` and `ids` then select nothing further). A
//   JSON body replaces the query's `all`, `included` and `excluded` wholesale, as the project DELETE's does.
// - The paginated list selects with `search` and `ids` like the DELETE (whose definition calls them the
//   "paginated-list filters"; the list's own `search` says only "a search term"), in user id order, and
//   gives each member as `LseUser` with their organization membership (role, user type) nested. No tags.
//
// Member tags:
// - A label is trimmed; blank, longer than 255 characters (code points, as Django counts), or already a label of the organization
//   (case-insensitively) is a 400 on `label`. A rename to the tag's own label is no conflict.
// - Tag ids come from one sequence for all organizations, as a database's would: a deleted tag's id is never
//   handed out again.
// - `DELETE .../member-tags/bulk` takes `ids` from the query (comma-separated or repeated) or, without
//   them, from a JSON body `{ids}`; ids that are not tags of the organization are ignored; `deleted`
//   counts the tags deleted. A deleted tag is taken off every membership that had it, deleted ones
//   included: it no longer shows in any member list's `tags`, and `tags=<its id>` then selects nobody.

export const ROLES_ALLOWED_TO_LIST_WORKSPACE: readonly OrgRole[] = ['OW', 'AD', 'MA', 'RE', 'AN'];
export const ROLES_ALLOWED_TO_CHANGE_WORKSPACE: readonly OrgRole[] = ['OW', 'AD', 'MA'];
export const ROLES_ALLOWED_TO_CHANGE_TAGS: readonly OrgRole[] = ['OW', 'AD'];
