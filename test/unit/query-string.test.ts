import { describe, expect, it } from 'vitest';
import { encodeQuery } from '../../src/label-studio/query-string.js';

describe('encodeQuery', () => {
  it('joins lists with literal commas, not %2C', () => {
    expect(encodeQuery({ included: [1, 22, 333], role: ['OW', 'AD'] })).toBe('included=1,22,333&role=OW,AD');
  });

  it('leaves out undefined values, empty strings and empty lists', () => {
    expect(encodeQuery({ a: undefined, b: '', c: [], d: 1 })).toBe('d=1');
  });

  it('keeps false, which is a filter value, not an absence', () => {
    expect(encodeQuery({ all: false, is_deleted: false })).toBe('all=false&is_deleted=false');
  });

  it('writes dates as UTC ISO 8601 instants', () => {
    expect(encodeQuery({ since: new Date('2026-11-01T10:30:00+02:00') })).toBe('since=2026-11-01T08%3A30%3A00.000Z');
  });

  it('escapes text so it cannot add parameters', () => {
    expect(encodeQuery({ search: 'a&role=OW,b c' })).toBe('search=a%26role%3DOW%2Cb%20c');
  });
});
