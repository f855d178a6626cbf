import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListFault } from '../../src/simulator/list-faults.js';
import type { Simulator } from '../../src/simulator/server.js';
import { propertyRuns } from '../support/property-runs.js';
import { ASSIGN, PREVIEW_ASSIGN, useStack } from '../support/stack.js';

const stack = useStack();

// Organization 1 (members 1 to 10, the annotators 5, 6, 7 and 10) gets `extra` more annotators, 1001 on.
// The list keeps pages of `pageSize` of its own; before each of the first reads members join or leave
// (`shifts`), and a cache may answer page 1 for every later page. Nobody holds tag 4 yet, so `assigned`
// is the number of members the change reached.
const scenario = fc
  .record({
    extra: fc.integer({ min: 0, max: 20 }),
    pageSize: fc.integer({ min: 1, max: 12 }),
    shifts: fc.array(fc.integer({ min: -2, max: 2 }), { maxLength: 6 }),
    cache: fc.boolean(),
    all: fc.boolean(),
    annotatorsOnly: fc.boolean(),
    picks: fc.array(fc.nat(), { maxLength: 8 }),
    slack: fc.integer({ min: -3, max: 3 }),
  })
  .map((generated) => {
    const ids = [...Array.from({ length: 10 }, (_, i) => i + 1), ...Array.from({ length: generated.extra }, (_, i) => 1001 + i)];
    // Users 6 on, so that members who leave (the smallest ids other than the caller, user 2) are seldom picked.
    const pickable = ids.filter((id) => id >= 6);
    const picked = [...new Set(generated.picks.map((pick) => pickable[pick % pickable.length] ?? 6))];
    const included = picked.length > 0 ? picked : [6];
    const input = generated.all
      ? { all: true, excluded: picked, ...(generated.annotatorsOnly ? { filter: { roles: ['ANNOTATOR'] } } : {}) }
      : { all: false, included };
    return { ...generated, picked, included, input };
  });

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function setUp(simulator: Simulator, { extra, pageSize, shifts, cache }: Scenario) {
  simulator.reset();
  const organization = simulator.data.organizations.find((candidate) => candidate.id === 1);
  for (let id = 1001; id < 1001 + extra; id += 1) {
    simulator.data.users.push({ id, email: `m${id}@acme.test`, username: `m${id}`, firstName: 'M', lastName: String(id), lastActivity: null });
    organization?.members.push({ userId: id, role: 'AN', userType: 'standard', isDeleted: false, tagIds: [] });
  }
  const later: ListFault = cache ? { pageSize, page: 1 } : { pageSize };
  shifts.forEach((shift, read) => simulator.injectFault({ route: 'organization-members', list: { ...(read === 0 ? { pageSize } : later), shift } }));
  simulator.injectFault({ route: 'organization-members', list: later, times: 10_000 });
}

/** Whom the assign would reach in the organization as it is now. */
function reachNow(simulator: Simulator, { all, included, picked: excluded, annotatorsOnly }: Scenario): number {
  const members = simulator.data.organizations.find((candidate) => candidate.id === 1)?.members ?? [];
  if (!all) return members.filter((member) => included.includes(member.userId)).length;
  return members.filter((member) => (!annotatorsOnly || member.role === 'AN') && !excluded.includes(member.userId)).length;
}

const assignInput = (generated: Scenario, extra: Record<string, unknown> = {}) => ({ organizationId: 1, tags: [4], ...generated.input, ...extra });

describe('an assign preview and its guard over a list that shifts while it is read', () => {
  it('gives exact: true only with the true count, and never lets a guarded change reach more than maxAffectedMembers', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async (generated) => {
        setUp(stack.simulator, generated);
        const preview = await stack.graphql({ query: PREVIEW_ASSIGN, variables: { input: assignInput(generated), sampleSize: 0 } });
        const previewed = preview.body.data?.['previewBulkAssignOrgMemberTags'] as { members: number; exact: boolean } | undefined;
        expect(preview.body.errors).toBeUndefined();
        // The organization as the last read left it is the one a change would now reach.
        const truth = reachNow(stack.simulator, generated);
        if (previewed?.exact) expect(previewed.members).toBe(truth);
        else expect(previewed?.members).toBeGreaterThanOrEqual(truth);

        // The same list, the same shifts, now under a guard near the true count.
        setUp(stack.simulator, generated);
        const maxAffectedMembers = Math.max(0, reachNow(stack.simulator, generated) + generated.slack);
        const change = await stack.graphql({ query: ASSIGN, variables: { input: assignInput(generated, { maxAffectedMembers }) } });
        const assigned = (change.body.data?.['bulkAssignOrgMemberTags'] as { assigned: number } | undefined)?.assigned;
        if (assigned !== undefined) expect(assigned).toBeLessThanOrEqual(maxAffectedMembers);
        else expect(change.body.errors?.[0]?.extensions?.['code']).toMatch(/^(TOO_MANY_MEMBERS|BAD_USER_INPUT)$/);
      }),
      propertyRuns(60),
    );
  });
});
