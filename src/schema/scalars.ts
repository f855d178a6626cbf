import { GraphQLError, GraphQLScalarType } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Builder } from './builder.js';

// Label Studio reads date-times with Python's datetime: years 1 to 9999. An offset can carry a valid
// 0001 or 9999 date past either end once converted to UTC, where toISOString writes year 0000 or an
// extended year (+010000-…) that Label Studio refuses: refused here instead, naming the field.
const EARLIEST = Date.parse('0001-01-01T00:00:00.000Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

function withinRange(date: Date): Date {
  const time = date.getTime();
  if (time < EARLIEST || time > LATEST) throw new GraphQLError('DateTime must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z in UTC.');
  return date;
}

const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  parseValue: (value) => withinRange(DateTimeResolver.parseValue(value)),
  parseLiteral: (ast, variables) => withinRange(DateTimeResolver.parseLiteral(ast, variables)),
});

export function addScalars(builder: Builder) {
  builder.addScalarType('DateTime', DateTime, {
    description:
      'An ISO 8601 date-time with a UTC offset, such as 2026-11-01T09:30:00Z or 2026-11-01T10:30:00+01:00. ' +
      'A date alone or a time without an offset is refused, and so is an instant outside the years 0001-9999 in UTC.',
  });
}
