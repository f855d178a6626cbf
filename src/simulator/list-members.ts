import { organizationFor, projectFor } from './data-access.js';
import { hasValidationErrors, validationError, type ValidationErrors } from './errors.js';
import { matchesSearch } from './member-filters.js';
import type { Organization, OrganizationMember, OrgRole, SimulatorData, User } from './model.js';
import { ordered } from './ordering.js';
import { matchingOrganizationMembers } from './organization-members.js';
import { paginate, type Paginated } from './pagination.js';
import { matchingProjectMembers, projectMemberViews } from './project-members.js';
import { booleanParam, intListParam, lastParam } from './query-params.js';

// The two member lists a preview reads. They select members through the same functions as the bulk
// endpoints of their scope (organization-members.ts, project-members.ts) and only add list-only filters.

export interface ListMembersRequest {
  actorUserId: number;
  query: URLSearchParams;
  /** The absolute URL of this list with another query, for `next` and `previous`. */
  pageUrl: (query: URLSearchParams) => string;
}

export type Listed = Paginated<Record<string, unknown>>;

// Any working member may read who else is a member; deactivated and not yet activated ones may not, and
// (an assumption: the reference is silent) neither may a view-only seat, which sees projects, not people.
export const ROLES_ALLOWED_TO_LIST: readonly OrgRole[] = ['OW', 'AD', 'MA', 'RE', 'AN'];


const tagsOf = (organization: Organization, tagIds: readonly number[]) =>
  organization.memberTags.filter((tag) => tagIds.includes(tag.id)).map((tag) => ({ id: tag.id, label: tag.label }));

// Where the reference names a field but not its values, the simulator answers as follows (assumptions):
// every role was set by hand (`role_source: "manual"`, and `project_role_source` likewise where a project
// role is set, else null); `contributed_to_projects` and `created_projects` are null, as when the
// `contributed_to_projects` parameter is absent; no avatar; initials from the names (else the username);
// a membership is `active` unless deleted, deactivated or not yet activated. `flex`, the Flex seat's
// claim/window state, is undocumented beyond "a dict, null for non-Flex": `{}` for a flex seat, else null.
// A membership without a role answers `role: null` in the organization list; the project list's
// `organization_membership` requires a role, so such a member's is null there.
const initialsOf = (user: User | undefined) =>
  user ? (`${user.firstName.charAt(0)}${user.lastName.charAt(0)}` || user.username.slice(0, 2)).toUpperCase() : null;
const INACTIVE_ROLES: readonly (OrgRole | null)[] = ['DI', 'NO'];
const isActive = (membership: OrganizationMember) => !membership.isDeleted && !INACTIVE_ROLES.includes(membership.role);
const flexOf = (membership: OrganizationMember) => (membership.userType === 'flex' ? {} : null);

/** `GET /api/organizations/{id}/memberships`. */
export function listOrganizationMembers(data: SimulatorData, organizationId: number, request: ListMembersRequest): Listed {
  const target = organizationFor(data, organizationId, request.actorUserId, ROLES_ALLOWED_TO_LIST);
  if (!target.ok) return target;
  const { organization } = target;
  const { query } = request;
  const errors: ValidationErrors = {};
  const matched = matchingOrganizationMembers(data, organization, query, errors);
  // `contributed_to_projects` only adds a field to each result in Label Studio; it selects nobody.
  booleanParam(query, 'contributed_to_projects', errors);
  if (hasValidationErrors(errors)) return { ok: false, error: validationError(errors) };
  const search = lastParam(query, 'search')?.trim() || undefined;
  const usersById = new Map(data.users.map((user) => [user.id, user]));
  const listed = ordered(
    matched.filter((member) => matchesSearch(usersById.get(member.userId), search)),
    (member) => usersById.get(member.userId),
    query,
  );
  const page = paginate(listed, query, request.pageUrl);
  if (!page.ok) return page;
  const results = page.page.results.map((member) => {
    const user = usersById.get(member.userId);
    return {
      id: organization.id * 100_000 + member.userId,
      organization: organization.id,
      role: member.role,
      user_type: member.userType,
      role_source: member.role == null ? null : 'manual',
      flex: flexOf(member),
      tags: tagsOf(organization, member.tagIds),
      user: {
        id: member.userId,
        email: user?.email,
        username: user?.username,
        first_name: user?.firstName,
        last_name: user?.lastName,
        last_activity: user?.lastActivity ?? null,
        date_joined: user?.dateJoined ?? null,
        avatar: null,
        initials: initialsOf(user),
      },
      contributed_to_projects: null,
      created_projects: null,
    };
  });
  return { ok: true, page: { ...page.page, results } };
}

/** `GET /api/projects/{id}/members/paginated/`. */
export function listProjectMembers(data: SimulatorData, projectId: number, request: ListMembersRequest): Listed {
  const target = projectFor(data, projectId, request.actorUserId, ROLES_ALLOWED_TO_LIST);
  if (!target.ok) return target;
  const { project, organization } = target;
  const { query } = request;
  const errors: ValidationErrors = {};
  // `implicit=false`: only members added to the project directly, which are all the bulk unassign can remove.
  const implicit = booleanParam(query, 'implicit', errors);
  const ids = intListParam(query, 'ids', errors);
  const withDeleted = booleanParam(query, 'with_deleted', errors);
  const noAnnotators = booleanParam(query, 'no_annotators', errors);
  const matched = matchingProjectMembers(projectMemberViews(data, organization, project, implicit !== false), query, errors);
  if (hasValidationErrors(errors)) return { ok: false, error: validationError(errors) };
  const wanted = ids && new Set(ids);
  const selected = matched.filter(
    (member) =>
      (implicit !== true || member.implicit) &&
      (wanted === undefined || wanted.has(member.userId)) &&
      // Only an explicit `with_deleted=false` leaves out deleted memberships: by default the list, like the bulk unassign, keeps them.
      (withDeleted !== false || member.membership?.isDeleted !== true) &&
      (noAnnotators !== true || (member.projectRole ?? member.membership?.role) !== 'AN'),
  );
  const page = paginate(ordered(selected, (member) => member.user, query), query, request.pageUrl);
  if (!page.ok) return page;
  const results = page.page.results.map(({ userId, user, membership, projectRole, implicit: implicitMember }) => ({
    id: userId,
    email: user?.email,
    username: user?.username,
    first_name: user?.firstName,
    last_name: user?.lastName,
    implicit_member: implicitMember,
    project_role: projectRole,
    project_role_source: projectRole === null ? null : 'manual',
    user_type: membership?.userType,
    tags: tagsOf(organization, membership?.tagIds ?? []),
    last_activity: user?.lastActivity ?? null,
    date_joined: user?.dateJoined ?? null,
    organization_membership:
      membership?.role == null
        ? null
        : { role: membership.role, user_type: membership.userType, active: isActive(membership), organization_id: organization.id, flex: flexOf(membership) },
  }));
  return { ok: true, page: { ...page.page, results } };
}
