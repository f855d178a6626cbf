import { randomUUID } from 'node:crypto';

export const SIMULATOR_VERSION = 'sim-1';

export type ValidationErrors = Record<string, string[]>;

/** An error as a Label Studio view would raise it, before it is wrapped into the response body. */
export interface LabelStudioError {
  status: number;
  detail: string;
  validationErrors?: ValidationErrors;
  /** Extra top-level fields, such as simplejwt's `code: "token_not_valid"`. */
  extra?: Record<string, unknown>;
  /** Python traceback text; Label Studio only fills it on 500s. */
  excInfo?: string;
}

export function addValidationError(errors: ValidationErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

export function hasValidationErrors(errors: ValidationErrors): boolean {
  return Object.keys(errors).length > 0;
}

export function validationError(errors: ValidationErrors): LabelStudioError {
  return { status: 400, detail: 'Validation error', validationErrors: errors };
}

/** Label Studio's wrapper around every error response (its custom DRF exception handler). */
export function errorBody(error: LabelStudioError): Record<string, unknown> {
  const body: Record<string, unknown> = {
    id: randomUUID(),
    status_code: error.status,
    version: SIMULATOR_VERSION,
    detail: error.detail,
    exc_info: error.excInfo ?? null,
    ...error.extra,
  };
  if (error.status === 400) body['validation_errors'] = error.validationErrors ?? {};
  return body;
}

const DEFAULT_DETAILS: Record<number, string> = {
  400: 'Validation error',
  401: 'Authentication credentials were not provided.',
  403: 'You do not have permission to perform this action.',
  404: 'Not found.',
  405: 'Method not allowed.',
  408: 'Request timeout.',
  409: 'Conflict.',
  413: 'Request entity too large.',
  415: 'Unsupported media type.',
  429: 'Request was throttled.',
  500: "ZeroDivisionError('division by zero')",
  502: 'Bad gateway.',
  503: 'Service temporarily unavailable, try again later.',
  504: 'Gateway timeout.',
};

// Shaped like a real Django traceback so tests can prove the facade never forwards `exc_info`.
const FAKE_TRACEBACK = [
  'Traceback (most recent call last):',
  '  File "/label-studio/label_studio/organizations/api.py", line 412, in post',
  '    ratio = assigned / 0',
  'ZeroDivisionError: division by zero',
].join('\n');

/** The error a real server would plausibly send for `status`, used when a fault gives no body. */
export function defaultErrorFor(status: number): LabelStudioError {
  const detail = DEFAULT_DETAILS[status] ?? `Simulated error ${status}.`;
  if (status === 500) return { status, detail, excInfo: FAKE_TRACEBACK };
  return { status, detail };
}
