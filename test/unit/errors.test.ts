import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { maskError } from '../../src/schema/errors.js';

// Yoga's maskError, as the service sets it: what reaches a caller when something it did not expect goes wrong.

describe('maskError', () => {
  it('masks a field error no resolver coded (a value its type cannot serialize) as INTERNAL_SERVER_ERROR at its field', () => {
    const raised = new GraphQLError('Int cannot represent non 32-bit signed integer value: 4294967296', { path: ['previewDeleteMemberTags', 'assignments'] });

    const masked = maskError(raised, 'Unexpected error.') as GraphQLError;

    expect(masked).toMatchObject({ message: 'Unexpected error.', path: ['previewDeleteMemberTags', 'assignments'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('does not fail on an error without extensions at all, as graphql-jit raises them', () => {
    const raised = new GraphQLError('Int cannot represent non 32-bit signed integer value', { path: ['x'] });
    Object.defineProperty(raised, 'extensions', { value: undefined });

    expect((maskError(raised, 'Unexpected error.') as GraphQLError).extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });

  it('passes a coded field error through as it is', () => {
    const raised = new GraphQLError('Label Studio is unavailable.', { path: ['x'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });

    expect(maskError(raised, 'Unexpected error.')).toBe(raised);
  });

  it('gives a request error with an HTTP status but no code one (a variable that does not coerce)', () => {
    const raised = new GraphQLError('Variable "$input" got invalid value', { extensions: { http: { status: 400 } } });

    expect((maskError(raised, 'Unexpected error.') as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
