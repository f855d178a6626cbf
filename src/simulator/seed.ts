import type { OrganizationMember, OrgRole, SimulatorData, UserType } from './model.js';

export const SEEDED_API_KEYS = {
  admin: 'demo-admin-token',
  otherOrgOwner: 'other-org-owner-token',
  annotator: 'annotator-token',
} as const;

interface SeedMember {
  id: number;
  email: string;
  username: string;
  firstName: string;
  lastName: string;
  role: OrgRole;
  userType: UserType;
  lastActivity: string | null;
  isDeleted: boolean;
  tagIds: number[];
}

// One row per organization member, in the reference's column order, so the seed reads like its table.
function member(
  id: number,
  email: string,
  username: string,
  firstName: string,
  lastName: string,
  role: OrgRole,
  userType: UserType,
  lastActivity: string | null,
  isDeleted: boolean,
  tagIds: number[],
): SeedMember {
  return { id, email, username, firstName, lastName, role, userType, lastActivity, isDeleted, tagIds };
}

const ACME_MEMBERS: SeedMember[] = [
  member(1, 'owner@acme.test', 'owner', 'Olivia', 'Owner', 'OW', 'standard', '2026-11-20T10:00:00Z', false, [1]),
  member(2, 'admin@acme.test', 'admin', 'Adam', 'Admin', 'AD', 'standard', '2026-11-19T09:00:00Z', false, [1]),
  member(3, 'manager@acme.test', 'manager', 'Maria', 'Manager', 'MA', 'standard', '2026-11-01T12:00:00Z', false, [2]),
  member(4, 'reviewer@acme.test', 'reviewer', 'Rita', 'Reviewer', 'RE', 'flex', '2026-10-15T08:30:00Z', false, [2, 3]),
  member(5, 'ann.one@acme.test', 'ann1', 'Anna', 'One', 'AN', 'flex', '2026-09-01T16:00:00Z', false, []),
  member(6, 'ann.two@acme.test', 'ann2', 'Andre', 'Two', 'AN', 'standard', '2026-08-01T07:00:00Z', false, [3]),
  // A view-only seat carries role VO (the reference: such a seat "cannot be combined with a role").
  member(7, 'viewer@acme.test', 'viewer', 'Victor', 'Viewer', 'VO', 'viewonly', '2026-07-01T00:00:00Z', false, []),
  member(8, 'gone@acme.test', 'deactivated', 'Dana', 'Deactivated', 'DI', 'standard', '2026-01-01T00:00:00Z', false, []),
  member(9, 'new@acme.test', 'invited', 'Nico', 'New', 'NO', 'standard', null, false, []),
  member(10, 'former@acme.test', 'former', 'Fred', 'Former', 'AN', 'standard', '2026-05-01T00:00:00Z', true, [1]),
];

const OTHER_MEMBERS: SeedMember[] = [
  member(20, 'boss@other.test', 'boss', 'Bea', 'Boss', 'OW', 'standard', '2026-11-18T00:00:00Z', false, [5]),
  member(21, 'helper@other.test', 'helper', 'Hal', 'Helper', 'AN', 'standard', '2026-11-10T00:00:00Z', false, []),
];

function memberships(rows: SeedMember[]): OrganizationMember[] {
  return rows.map(({ id, role, userType, isDeleted, tagIds }) => ({ userId: id, role, userType, isDeleted, tagIds }));
}

// Every seeded user joined, and every tag was made, before any seeded activity.
const DATE_JOINED = '2025-01-06T09:00:00Z';
const TAGS_CREATED = '2025-02-03T09:00:00Z';

const SEED: SimulatorData = {
  users: [...ACME_MEMBERS, ...OTHER_MEMBERS].map(({ id, email, username, firstName, lastName, lastActivity }) => ({
    id,
    email,
    username,
    firstName,
    lastName,
    lastActivity,
    dateJoined: DATE_JOINED,
  })),
  organizations: [
    {
      id: 1,
      title: 'Acme Labeling',
      memberTags: [
        { id: 1, label: 'Senior', createdBy: 1, createdAt: TAGS_CREATED },
        { id: 2, label: 'Medical', createdBy: 1, createdAt: TAGS_CREATED },
        { id: 3, label: 'Night shift', createdBy: 2, createdAt: TAGS_CREATED },
        { id: 4, label: 'Spanish', createdBy: 2, createdAt: TAGS_CREATED },
      ],
      members: memberships(ACME_MEMBERS),
    },
    {
      id: 2,
      title: 'Other Org',
      memberTags: [{ id: 5, label: 'Partner', createdBy: 20, createdAt: TAGS_CREATED }],
      members: memberships(OTHER_MEMBERS),
    },
  ],
  workspaces: [{ id: 50, organizationId: 1, title: 'Clinical', memberIds: [3, 4, 5] }],
  projects: [
    {
      id: 100,
      organizationId: 1,
      title: 'Radiology',
      members: [
        { userId: 2, role: null },
        { userId: 3, role: null },
        { userId: 4, role: 'RE' },
        { userId: 5, role: 'AN' },
        { userId: 6, role: 'RE' },
        { userId: 7, role: null },
      ],
    },
    {
      id: 101,
      organizationId: 1,
      title: 'Transcripts',
      members: [
        { userId: 5, role: null },
        { userId: 6, role: null },
      ],
    },
    { id: 200, organizationId: 2, title: 'Partner Review', members: [{ userId: 21, role: null }] },
  ],
  apiTokens: [
    { key: SEEDED_API_KEYS.admin, userId: 2 },
    { key: SEEDED_API_KEYS.otherOrgOwner, userId: 20 },
    { key: SEEDED_API_KEYS.annotator, userId: 5 },
  ],
};

/** A fresh deep copy on every call, so one test's mutations never leak into the next. */
export function seedData(): SimulatorData {
  return structuredClone(SEED);
}
