import { describe, expect, it } from 'vitest';
import { errorBody, parseRetryAfter } from '../../src/label-studio/responses.js';

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('30')).toBe(30);
  });

  it('reads an HTTP date as seconds from now, never negative', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(parseRetryAfter('Tue, 24 Nov 2026 12:00:10 GMT', now)).toBe(10);
    expect(parseRetryAfter('Tue, 24 Nov 2026 11:00:00 GMT', now)).toBe(0);
  });

  it('ignores a missing or unreadable header', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe("Label Studio's error body", () => {
  it('keeps only validation_errors, and drops exc_info and detail unread', () => {
    const parsed = errorBody.parse({ detail: 'boom', exc_info: 'Traceback...', validation_errors: { tags: ['bad'] } });

    expect(parsed).toEqual({ validation_errors: { tags: ['bad'] } });
  });

  it('bounds what it keeps: 20 fields, 5 messages each, 500 characters a message', () => {
    const many = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, Array.from({ length: 9 }, () => 'x'.repeat(900))]));

    const kept = errorBody.parse({ validation_errors: many }).validation_errors ?? {};

    expect(Object.keys(kept)).toHaveLength(20);
    expect(kept['f0']).toHaveLength(5);
    expect(kept['f0']?.[0]).toHaveLength(500);
  });

  it('accepts a single message where a list is expected', () => {
    expect(errorBody.parse({ validation_errors: { all: 'required' } }).validation_errors).toEqual({ all: ['required'] });
  });
});
