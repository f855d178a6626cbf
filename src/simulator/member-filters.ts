import type { ValidationErrors } from './errors.js';
import { ORG_ROLES, USER_TYPES, type OrgRole, type User, type UserType } from './model.js';
import { choiceListParam, dateTimeParam, intListParam } from './query-params.js';

// The filters every member endpoint shares (bulk and list, both scopes); only their query parameter names differ.

export interface MemberFilterNames {
  role: string;
  tags: string;
  userType: string;
  lastActivityGte: string;
  lastActivityLte: string;
}

export interface MemberFilters {
  roles?: OrgRole[];
  tagIds?: number[];
  userTypes?: UserType[];
  lastActivityGte?: number;
  lastActivityLte?: number;
}

/** What the filters look at, already resolved (e.g. a project role falling back to the organization role). */
export interface MemberFacts {
  role: OrgRole | null | undefined;
  userType: string | undefined;
  tagIds: readonly number[];
  lastActivity: string | null;
}

export function parseMemberFilters(
  params: URLSearchParams,
  names: MemberFilterNames,
  errors: ValidationErrors,
): MemberFilters {
  return {
    roles: choiceListParam(params, names.role, ORG_ROLES, errors),
    tagIds: intListParam(params, names.tags, errors),
    userTypes: choiceListParam(params, names.userType, USER_TYPES, errors),
    lastActivityGte: dateTimeParam(params, names.lastActivityGte, errors),
    lastActivityLte: dateTimeParam(params, names.lastActivityLte, errors),
  };
}

export function matchesMemberFilters(filters: MemberFilters, facts: MemberFacts): boolean {
  if (filters.roles && (facts.role == null || !filters.roles.includes(facts.role))) return false;
  // A user type outside the filter's choices (a service account's) matches no `user_type` filter.
  if (filters.userTypes && !filters.userTypes.some((userType) => userType === facts.userType)) return false;
  if (filters.tagIds && !filters.tagIds.some((tagId) => facts.tagIds.includes(tagId))) return false;
  if (filters.lastActivityGte === undefined && filters.lastActivityLte === undefined) return true;
  // SQL semantics: comparing NULL never matches, so a member who never signed in escapes every date filter.
  if (facts.lastActivity === null) return false;
  const lastActivity = Date.parse(facts.lastActivity);
  if (filters.lastActivityGte !== undefined && lastActivity < filters.lastActivityGte) return false;
  if (filters.lastActivityLte !== undefined && lastActivity > filters.lastActivityLte) return false;
  return true;
}

/** `search` of the organization and project lists (`memberSearch`): name, email or username contains the text, case-insensitively. */
export function matchesSearch(user: User | undefined, search: string | undefined): boolean {
  return contains(user, search, (found) => [...nameAndEmail(found), found.username]);
}

/** `search` of a workspace's list and bulk DELETE, which their definition gives as "by name or email": no username. */
export function matchesNameOrEmailSearch(user: User | undefined, search: string | undefined): boolean {
  return contains(user, search, nameAndEmail);
}

const nameAndEmail = (user: User) => [user.firstName, user.lastName, `${user.firstName} ${user.lastName}`, user.email];

function contains(user: User | undefined, search: string | undefined, haystacks: (user: User) => string[]): boolean {
  if (search === undefined) return true;
  if (user === undefined) return false;
  const needle = search.toLowerCase();
  return haystacks(user).some((haystack) => haystack.toLowerCase().includes(needle));
}
