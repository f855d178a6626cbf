import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  BulkAssignOrgMemberTagsDocument,
  BulkLimitsDocument,
  BulkUnassignProjectMembersDocument,
  MemberRole,
} from '../../client/generated/graphql.js';

// Type-level checks: `npm run typecheck` (tsc) fails if a generated type loses a field or gains a wrong one.
describe('the generated TypedDocumentNodes', () => {
  it('type each payload with exactly its count', () => {
    expectTypeOf<ResultOf<typeof BulkAssignOrgMemberTagsDocument>>().toEqualTypeOf<{ bulkAssignOrgMemberTags: { assigned: number } }>();
    expectTypeOf<ResultOf<typeof BulkUnassignProjectMembersDocument>>().toEqualTypeOf<{ bulkUnassignProjectMembers: { unassignments: number } }>();
    expectTypeOf<ResultOf<typeof BulkLimitsDocument>>().toEqualTypeOf<{ bulkLimits: { maxBulkIds: number; maxSearchLength: number } }>();
  });

  it('refuse reading a field the payload lacks', () => {
    const assign = (result: ResultOf<typeof BulkAssignOrgMemberTagsDocument>) =>
      // @ts-expect-error the assign payload has `assigned`, not `unassignments`
      result.bulkAssignOrgMemberTags.unassignments;
    expectTypeOf(assign).toBeFunction();
  });

  it('type the variables, with enums as the names clients send', () => {
    type UnassignInput = VariablesOf<typeof BulkUnassignProjectMembersDocument>['input'];
    expectTypeOf<UnassignInput['projectId']>().toEqualTypeOf<number>();
    expectTypeOf(MemberRole.Annotator).toEqualTypeOf<'ANNOTATOR'>();
    // @ts-expect-error organizationId belongs to the assign input
    expectTypeOf<UnassignInput['organizationId']>().toBeNever();
  });
});
