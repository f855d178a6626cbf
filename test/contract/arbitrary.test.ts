import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary, CALLS, open, page, SCHEMAS } from './generated.js';
import { propertyRuns } from '../support/property-runs.js';

// The generated answers the service is put in front of (generated-answers.test.ts) are answers Label
// Studio's definition allows, before and after the few ids and counts the service needs are set.

describe('the generator of answers', () => {
  it.each(Object.entries(CALLS))('makes %s answers the definition allows', (name, call) => {
    fc.assert(
      fc.property(page(SCHEMAS[name as keyof typeof CALLS]), (answer) => {
        expect(open.responseProblems(call, 200, answer)).toEqual([]);
      }),
      propertyRuns(50),
    );
  });

  it('still makes answers the definition allows once the service can use them', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const [name, call] of Object.entries(CALLS)) expect(open.responseProblems(call, 200, answers[name as keyof typeof CALLS])).toEqual([]);
      }),
      propertyRuns(50),
    );
  });
});

