import type { LabelStudioError } from './errors.js';
import type { Organization, OrganizationMember, OrgRole, Project, SimulatorData, User } from './model.js';

type Refused = { ok: false; error: LabelStudioError };

const NOT_FOUND: Refused = { ok: false, error: { status: 404, detail: 'Not found.' } };

export function findOrganization(data: SimulatorData, id: number): Organization | undefined {
  return data.organizations.find((organization) => organization.id === id);
}

export function findProject(data: SimulatorData, id: number): Project | undefined {
  return data.projects.find((project) => project.id === id);
}

export function findUser(data: SimulatorData, id: number): User | undefined {
  return data.users.find((user) => user.id === id);
}

export function findMember(organization: Organization, userId: number): OrganizationMember | undefined {
  return organization.members.find((member) => member.userId === userId);
}

/** The role that grants rights: a deleted membership grants none. */
function activeRole(organization: Organization, userId: number): OrgRole | undefined {
  const member = findMember(organization, userId);
  return member === undefined || member.isDeleted ? undefined : (member.role ?? undefined);
}

/** Label Studio's refusal of an actor whose active role is not one of `allowed`; undefined when it is. */
function refusal(organization: Organization, actorUserId: number, allowed: readonly OrgRole[]): Refused | undefined {
  const role = activeRole(organization, actorUserId);
  if (role !== undefined && allowed.includes(role)) return undefined;
  return { ok: false, error: { status: 403, detail: 'You do not have permission to perform this action.' } };
}

/** The organization an endpoint acts on, as Label Studio checks it: 404 when it does not exist, 403 unless the actor's role is one of `allowed`. */
export function organizationFor(data: SimulatorData, organizationId: number, actorUserId: number, allowed: readonly OrgRole[]) {
  const organization = findOrganization(data, organizationId);
  if (organization === undefined) return NOT_FOUND;
  return refusal(organization, actorUserId, allowed) ?? { ok: true as const, organization };
}

/** The project an endpoint acts on and its organization, checked like `organizationFor`'s. */
export function projectFor(data: SimulatorData, projectId: number, actorUserId: number, allowed: readonly OrgRole[]) {
  const project = findProject(data, projectId);
  const organization = project && findOrganization(data, project.organizationId);
  if (project === undefined || organization === undefined) return NOT_FOUND;
  return refusal(organization, actorUserId, allowed) ?? { ok: true as const, project, organization };
}
