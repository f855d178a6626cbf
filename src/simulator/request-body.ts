import { addValidationError, type LabelStudioError, type ValidationErrors } from './errors.js';

/** A request body as the HTTP layer found it; handlers decide when to complain about it, like DRF's lazy `request.data`. */
export type RequestBody =
  | { kind: 'absent' }
  | { kind: 'json'; value: unknown }
  | { kind: 'malformed'; message: string }
  | { kind: 'unsupportedMediaType'; mediaType: string };

export type BodyObject =
  | { ok: true; value: Record<string, unknown> | undefined }
  | { ok: false; error: LabelStudioError };

function pythonTypeName(value: unknown): string {
  if (value === null) return 'NoneType';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'str';
    case 'boolean':
      return 'bool';
    case 'number':
      return Number.isInteger(value) ? 'int' : 'float';
    default:
      return 'dict';
  }
}

/** The body as a JSON object, undefined when there is none. */
export function bodyObject(body: RequestBody): BodyObject {
  switch (body.kind) {
    case 'absent':
      return { ok: true, value: undefined };
    case 'unsupportedMediaType':
      return { ok: false, error: { status: 415, detail: `Unsupported media type "${body.mediaType}" in request.` } };
    case 'malformed':
      return {
        ok: false,
        error: {
          status: 400,
          detail: `JSON parse error - ${body.message}`,
          validationErrors: { non_field_errors: [`JSON parse error - ${body.message}`] },
        },
      };
    case 'json': {
      const { value } = body;
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        return { ok: true, value: value as Record<string, unknown> };
      }
      const message = `Invalid data. Expected a dictionary, but got ${pythonTypeName(value)}.`;
      return { ok: false, error: { status: 400, detail: message, validationErrors: { non_field_errors: [message] } } };
    }
  }
}

// Stricter than DRF, which would also take "true" or 1: the facade should send real JSON booleans.
export function booleanField(
  object: Record<string, unknown>,
  name: string,
  errors: ValidationErrors,
  options: { required: boolean },
): boolean | undefined {
  const value = object[name];
  if (value === undefined) {
    if (options.required) addValidationError(errors, name, 'This field is required.');
    return undefined;
  }
  if (typeof value === 'boolean') return value;
  addValidationError(errors, name, value === null ? 'This field may not be null.' : 'Must be a valid boolean.');
  return undefined;
}

export function intListField(object: Record<string, unknown>, name: string, errors: ValidationErrors): number[] | undefined {
  const value = object[name];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    const message =
      value === null ? 'This field may not be null.' : `Expected a list of items but got type "${pythonTypeName(value)}".`;
    addValidationError(errors, name, message);
    return undefined;
  }
  if (!value.every((item): item is number => Number.isInteger(item))) {
    addValidationError(errors, name, 'A valid integer is required.');
    return undefined;
  }
  return value;
}
