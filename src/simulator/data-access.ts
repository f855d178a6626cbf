import type { Organization, OrganizationMember, OrgRole, Project, SimulatorData, User } from './model.js';

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
export function activeRole(organization: Organization, userId: number): OrgRole | undefined {
  const member = findMember(organization, userId);
  return member === undefined || member.isDeleted ? undefined : member.role;
}
