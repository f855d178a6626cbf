import fc from 'fast-check';
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BulkAssignProjectMembersDocument, BulkUnassignProjectMembersWithUndoDocument } from '../../client/generated/graphql.js';
import { propertyRuns } from '../support/property-runs.js';
import { PREVIEW_UNASSIGN, UNASSIGN, useStack } from '../support/stack.js';

const UNASSIGN_WITH_UNDO = print(BulkUnassignProjectMembersWithUndoDocument);
const ASSIGN_PROJECT_MEMBERS = print(BulkAssignProjectMembersDocument);

const stack = useStack();

// Inputs over the seeded data: both projects of organization 1, user ids around its members (1 to 10,
// some not members at all), and every filter with values that do and do not match.
const userIds = fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 21, 99), { maxLength: 6 });
const subset = <T>(values: T[]) => fc.subarray(values, { minLength: 1 });
const instant = fc.constantFrom('2026-01-01T00:00:00Z', '2026-08-01T07:00:00Z', '2026-10-01T00:00:00Z', '2026-11-19T09:00:00Z');

const filter = fc.record(
  {
    search: fc.constantFrom('ann', 'A', 'maria manager', 'acme.test', 'nobody'),
    roles: subset(['OWNER', 'ADMINISTRATOR', 'MANAGER', 'REVIEWER', 'ANNOTATOR', 'DEACTIVATED', 'NOT_ACTIVATED']),
    tags: subset([1, 2, 3, 4]),
    userTypes: subset(['STANDARD', 'FLEX', 'VIEWONLY']),
    lastActivityGte: instant,
    lastActivityLte: fc.constant('2026-12-31T00:00:00Z'),
  },
  { requiredKeys: [] },
);

const input = fc.oneof(
  fc.record({ projectId: fc.constantFrom(100, 101), all: fc.constant(false), included: userIds.filter((ids) => ids.length > 0) }),
  fc.record({ projectId: fc.constantFrom(100, 101), all: fc.constant(true), excluded: userIds, filter: fc.option(filter, { nil: undefined }) }),
);

describe('a preview and the change after it agree', () => {
  it('previewBulkUnassignProjectMembers(input).members is the unassignments the mutation then reports', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (generated) => {
        stack.simulator.reset();

        const preview = await stack.graphql({ query: PREVIEW_UNASSIGN, variables: { input: generated, sampleSize: 0 } });
        const change = await stack.graphql({ query: UNASSIGN, variables: { input: generated } });

        expect(preview.body.errors).toBeUndefined();
        expect(change.body.errors).toBeUndefined();
        const members = (preview.body.data?.['previewBulkUnassignProjectMembers'] as { members: number }).members;
        expect(change.body.data).toEqual({ bulkUnassignProjectMembers: { unassignments: members } });
      }),
      propertyRuns(100),
    );
  });
});

interface RemovedMember {
  userId: number;
  projectRole: string | null;
}

describe('an unassign and its undo', () => {
  const explicitMembers = (projectId: number) =>
    [...(stack.simulator.data.projects.find((project) => project.id === projectId)?.members ?? [])].sort((a, b) => a.userId - b.userId);

  it('assigning back the removedMembers of an exact capture restores the explicit members and their roles', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (generated) => {
        stack.simulator.reset();
        const before = explicitMembers(generated.projectId);

        const change = await stack.graphql({ query: UNASSIGN_WITH_UNDO, variables: { input: generated } });
        expect(change.body.errors).toBeUndefined();
        const { removedMembers, removedMembersExact } = change.body.data?.['bulkUnassignProjectMembers'] as { removedMembers: RemovedMember[]; removedMembersExact: boolean };
        // Nothing changes the project between the read and the DELETE here, so every capture is exact.
        expect(removedMembersExact).toBe(true);
        if (removedMembers.length === 0) return;

        const undo = await stack.graphql({
          query: ASSIGN_PROJECT_MEMBERS,
          variables: {
            input: {
              projectId: generated.projectId,
              all: false,
              included: removedMembers.map((member) => member.userId),
              roles: removedMembers.flatMap(({ userId, projectRole }) => (projectRole === null ? [] : [{ userId, role: projectRole }])),
            },
          },
        });

        expect(undo.body.data).toEqual({ bulkAssignProjectMembers: { assignments: removedMembers.length, skippedUserIds: [] } });
        expect(explicitMembers(generated.projectId)).toEqual(before);
      }),
      propertyRuns(100),
    );
  });
});
