import { findUser, organizationFor } from './data-access.js';
import type { Listed, ListMembersRequest } from './list-members.js';
import { ROLES_ALLOWED_TO_LIST } from './list-members.js';
import type { MemberTag, Organization, SimulatorData } from './model.js';
import { orderedBy } from './ordering.js';
import { paginate } from './pagination.js';
import { lastParam } from './query-params.js';

// `GET /api/organizations/{id}/member-tags`: the organization's member tags, paged like the member lists.
// Where the reference is silent, the simulator assumes: the same members may list tags as may list
// members; `member_count` counts the memberships that carry the tag and are not deleted; `ordering`
// knows `id`, `label`, `member_count` and `created_at`; `updated_at` is `created_at` (tags are never
// edited here); `created_by` is the creator's id, username, email and names (UserSimple; no avatar).

const memberCount = (organization: Organization, tag: MemberTag) =>
  organization.members.filter((member) => !member.isDeleted && member.tagIds.includes(tag.id)).length;

export function listMemberTags(data: SimulatorData, organizationId: number, request: ListMembersRequest): Listed {
  const target = organizationFor(data, organizationId, request.actorUserId, ROLES_ALLOWED_TO_LIST);
  if (!target.ok) return target;
  const { organization } = target;
  const { query } = request;
  // Label contains the text, case-insensitively (Django's `icontains`).
  const search = lastParam(query, 'search')?.trim().toLowerCase() || undefined;
  const matched = organization.memberTags.filter((tag) => search === undefined || tag.label.toLowerCase().includes(search));
  const listed = orderedBy(
    matched,
    {
      id: (tag) => tag.id,
      label: (tag) => tag.label,
      member_count: (tag) => memberCount(organization, tag),
      created_at: (tag) => tag.createdAt,
    },
    query,
  );
  const page = paginate(listed, query, request.pageUrl);
  if (!page.ok) return page;
  const results = page.page.results.map((tag) => {
    const creator = findUser(data, tag.createdBy);
    return {
      id: tag.id,
      label: tag.label,
      member_count: memberCount(organization, tag),
      organization: organization.id,
      created_at: tag.createdAt,
      updated_at: tag.createdAt,
      created_by: creator
        ? { id: creator.id, username: creator.username, email: creator.email, first_name: creator.firstName, last_name: creator.lastName }
        : null,
    };
  });
  return { ok: true, page: { ...page.page, results } };
}
