import { addValidationError, type ValidationErrors } from './errors.js';

// Parsers for query-string values, reporting problems the way Django form fields word them, under
// the parameter's own name. Each returns undefined when the parameter is absent or invalid.

/**
 * Django's QueryDict yields the last of repeated parameters; django-filter skips empty values,
 * so `role=` means "no role filter".
 */
export function lastParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.getAll(name).at(-1);
  return value === undefined || value === '' ? undefined : value;
}

const INTEGER = /^-?\d+$/;

/** Splits on commas after URL decoding, so both literal `,` and `%2C` separate items. */
export function intListParam(params: URLSearchParams, name: string, errors: ValidationErrors): number[] | undefined {
  const raw = lastParam(params, name);
  if (raw === undefined) return undefined;
  const items = raw.split(',').map((item) => item.trim());
  if (!items.every((item) => INTEGER.test(item))) {
    addValidationError(errors, name, 'Enter a whole number.');
    return undefined;
  }
  return items.map(Number);
}

export function choiceListParam<T extends string>(
  params: URLSearchParams,
  name: string,
  choices: readonly T[],
  errors: ValidationErrors,
): T[] | undefined {
  const raw = lastParam(params, name);
  if (raw === undefined) return undefined;
  const items = raw.split(',').map((item) => item.trim());
  const isChoice = (item: string): item is T => (choices as readonly string[]).includes(item);
  const invalid = items.find((item) => !isChoice(item));
  if (invalid !== undefined) {
    addValidationError(errors, name, `Select a valid choice. ${invalid} is not one of the available choices.`);
    return undefined;
  }
  return items.filter(isChoice);
}

const TRUE_VALUES = new Set(['true', 'True', '1']);
const FALSE_VALUES = new Set(['false', 'False', '0']);

export function booleanParam(params: URLSearchParams, name: string, errors: ValidationErrors): boolean | undefined {
  const raw = lastParam(params, name);
  if (raw === undefined) return undefined;
  if (TRUE_VALUES.has(raw)) return true;
  if (FALSE_VALUES.has(raw)) return false;
  addValidationError(errors, name, 'Must be a valid boolean.');
  return undefined;
}

export function integerParam(params: URLSearchParams, name: string, errors: ValidationErrors): number | undefined {
  const raw = lastParam(params, name);
  if (raw === undefined) return undefined;
  if (!INTEGER.test(raw.trim())) {
    addValidationError(errors, name, 'Enter a number.');
    return undefined;
  }
  return Number(raw);
}

/** Milliseconds since the epoch. */
export function dateTimeParam(params: URLSearchParams, name: string, errors: ValidationErrors): number | undefined {
  const raw = lastParam(params, name);
  if (raw === undefined) return undefined;
  const instant = parseIsoDateTime(raw.trim());
  if (instant === undefined) addValidationError(errors, name, 'Enter a valid date/time.');
  return instant;
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * Milliseconds since the epoch for an ISO 8601 date or date-time, or undefined. Written by hand
 * because Date.parse reads offset-less times as local time, while Label Studio (TIME_ZONE=UTC)
 * reads them as UTC. A `+hh:mm` offset only survives if the client percent-encoded the `+`.
 */
export function parseIsoDateTime(text: string): number | undefined {
  const match = ISO_DATE_TIME.exec(text);
  if (match === null) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', offset = 'Z'] = match;
  const fields = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = fields;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  // Python's datetime (Label Studio) has years 1 to 9999; Date.UTC would read years 0-99 as 1900-1999.
  if (year < 1) return undefined;
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  // Date.UTC rolls 31 February over into March; a real calendar date round-trips unchanged.
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) return undefined;
  return utc.getTime() - offsetMinutes(offset) * 60_000;
}

function offsetMinutes(offset: string): number {
  if (offset.toUpperCase() === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}
