import { DateTimeResolver } from 'graphql-scalars';
import type { Builder } from './builder.js';

export function addScalars(builder: Builder) {
  builder.addScalarType('DateTime', DateTimeResolver, {
    description:
      'An ISO 8601 date-time with a UTC offset, such as 2026-11-01T09:30:00Z or 2026-11-01T10:30:00+01:00. ' +
      'A date alone or a time without an offset is refused.',
  });
}
