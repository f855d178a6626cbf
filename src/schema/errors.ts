import { GraphQLError } from 'graphql';
import { createGraphQLError, maskError as maskUnexpectedError } from 'graphql-yoga';
import type { ZodError } from 'zod';
import { LabelStudioError, type LabelStudioFailure, type UnauthenticatedReason } from '../label-studio/errors.js';

// The one place that decides what a caller sees when something goes wrong.

const MAX_LISTED_ISSUES = 20;

/** plugin-zod's hook: a failed validation becomes BAD_USER_INPUT naming each offending input path. */
export function toValidationError(error: ZodError): GraphQLError {
  // A list of 50,000 bad ids must not become a 50,000-entry answer.
  const issues = error.issues.slice(0, MAX_LISTED_ISSUES).map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
  const more = error.issues.length - issues.length;
  const summary = issues.map((issue) => `${issue.path} ${issue.message}`).join('; ') + (more > 0 ? `; and ${more} more` : '');
  return createGraphQLError(`Invalid input: ${summary}`, { extensions: { code: 'BAD_USER_INPUT', issues } });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

/**
 * Every Label Studio operation ends with this (context.ts `callLabelStudio`): a Label Studio failure
 * becomes the error callers see, decided here; anything else propagates, and Yoga masks it.
 */
export function toGraphQLError(error: unknown, fields: InputFields = {}): never {
  if (!(error instanceof LabelStudioError)) throw error;
  throw mapped(error, fields);
}

/**
 * A change's failure, with the record its operation read just before it (`removedMembers`, `removedTags`)
 * when the change may have run: that record is then the only way back, so the error carries it.
 */
export function keepingRecord(error: unknown, record: Record<string, unknown>): never {
  if (!(error instanceof LabelStudioError) || !error.mayHaveRun) throw error;
  const graphQLError = mapped(error);
  Object.assign(graphQLError.extensions, record);
  throw graphQLError;
}

function mapped(error: LabelStudioError, fields: InputFields = {}): GraphQLError {
  const { message, extensions } = fromFailure(error.failure);
  const issues = error.failure.kind === 'http' ? fieldIssues(error.failure.validationErrors, fields) : [];
  if (error.mayHaveRun) {
    // Retrying would act on what the first attempt left: whoever shows this must read the list first.
    return createGraphQLError(`${message} The change may have run: read the list it changes before trying again.`, {
      extensions: { ...extensions, mayHaveRun: true },
    });
  }
  return createGraphQLError(message, { extensions: issues.length > 0 ? { ...extensions, issues } : extensions });
}

/** Label Studio's field names -> the input paths a caller sent them in (`{ label: 'input.label' }`). */
export type InputFields = Record<string, string>;

/** Label Studio's messages for fields the caller sent, at the caller's own paths, as a validation error lists them. */
function fieldIssues(validationErrors: Record<string, string[]> | undefined, fields: InputFields) {
  return Object.entries(validationErrors ?? {}).flatMap(([field, messages]) => {
    const path = Object.hasOwn(fields, field) ? fields[field] : undefined;
    return path === undefined ? [] : messages.map((message) => ({ path, message }));
  });
}

/**
 * Yoga's `maskError`: anything unexpected is masked as "Unexpected error." and never carries its
 * original (dev mode included); GraphQL's own request errors get a code.
 */
export function maskError(error: unknown, message: string): Error {
  const masked = maskUnexpectedError(error, message, false);
  if (masked !== error || !(error instanceof GraphQLError)) return masked;
  if (error.path !== undefined && extensionsOf(error).code === undefined) return unexpectedFieldError(error, message);
  addRequestErrorCode(error);
  return masked;
}

/** graphql-jit raises its own GraphQLErrors without extensions at all (graphql-js always gives an object). */
function extensionsOf(error: GraphQLError): { code?: unknown; http?: { status?: number } } {
  return (error.extensions as GraphQLError['extensions'] | undefined) ?? {};
}

/**
 * An error raised while a field ran that no resolver coded (a value its type cannot serialize, a type
 * that does not resolve) is the service's own fault, whichever executor ran it: masked like any other,
 * at its field. Replacing it makes Yoga log it, as a server fault should be.
 */
function unexpectedFieldError(error: GraphQLError, message: string): GraphQLError {
  return createGraphQLError(message, { nodes: error.nodes, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR', unexpected: true } });
}

const REQUEST_ERROR_CODES: Record<number, string> = { 400: 'BAD_REQUEST', 403: 'CSRF_REJECTED' };

/**
 * Errors raised before execution come from Yoga and graphql-js with an HTTP status but sometimes no
 * code (variables that do not coerce, a refused CSRF check); callers branch on `extensions.code`, so
 * give them one. Set in place: a replacement error would make Yoga log a client's typo as a server error.
 */
function addRequestErrorCode(error: GraphQLError) {
  const extensions = extensionsOf(error);
  const status = extensions.http?.status;
  if (extensions.code !== undefined || status === undefined) return;
  const code = status === 400 && error.message.startsWith('Variable "$') ? 'BAD_USER_INPUT' : REQUEST_ERROR_CODES[status];
  if (code) extensions.code = code;
}

const UNAUTHENTICATED_MESSAGES: Record<UnauthenticatedReason, string> = {
  missing: 'Authentication required: send an Authorization header of the form "Token <api key>" or "Bearer <token>".',
  malformed: 'The Authorization header must be of the form "Token <api key>" or "Bearer <token>".',
  'unsigned-jwt': 'The bearer token is an unsigned JWT (alg "none" or no signature), which Label Studio never accepts.',
  'pat-expired': 'The personal access token has expired: create a new one in Label Studio.',
  'pat-without-exp': 'The personal access token has no expiry (exp claim), so Label Studio will not accept it.',
  'refresh-refused': 'Label Studio refused to exchange the personal access token (revoked or invalid).',
};

interface Mapped {
  message: string;
  extensions: { code: string } & Record<string, unknown>;
}

function fromFailure(failure: LabelStudioFailure): Mapped {
  switch (failure.kind) {
    case 'unauthenticated':
      return { message: UNAUTHENTICATED_MESSAGES[failure.reason], extensions: { code: 'UNAUTHENTICATED' } };
    case 'request-too-large':
      return {
        message: `The filter is too long to send to Label Studio (request line of ${failure.bytes} bytes, limit ${failure.limit}).`,
        extensions: { code: 'BAD_USER_INPUT' },
      };
    case 'cancelled':
      return { message: 'The request was cancelled before Label Studio answered.', extensions: { code: 'UPSTREAM_UNAVAILABLE' } };
    case 'refused':
    case 'network':
    case 'interrupted':
      return { message: 'Label Studio could not be reached.', extensions: { code: 'UPSTREAM_UNAVAILABLE' } };
    case 'timeout':
      return { message: 'Label Studio did not answer in time.', extensions: { code: 'UPSTREAM_UNAVAILABLE' } };
    case 'invalid-response':
      return {
        message: failure.read
          ? 'Label Studio sent a member list the service could not read; nothing was changed.'
          : 'Label Studio sent an answer without what it should hold (a count, or the tag); the outcome of the operation is unknown.',
        extensions: { code: 'UPSTREAM_ERROR', upstreamStatus: failure.status },
      };
    case 'count-exceeded':
      return {
        message: 'Label Studio listed more members than its count said, so no bound on the change can be given; nothing was changed.',
        extensions: { code: 'UPSTREAM_ERROR' },
      };
    case 'http':
      return fromStatus(failure);
  }
}

function fromStatus({ status, validationErrors, retryAfterSeconds }: Extract<LabelStudioFailure, { kind: 'http' }>): Mapped {
  const upstreamStatus = status;
  switch (status) {
    case 400:
      return {
        message: `Label Studio rejected the request${validationErrors ? `: ${summarise(validationErrors)}` : '.'}`,
        extensions: { code: 'BAD_USER_INPUT', upstreamStatus, ...(validationErrors ? { validationErrors } : {}) },
      };
    case 401:
      return { message: 'Label Studio did not accept the credentials.', extensions: { code: 'UNAUTHENTICATED', upstreamStatus } };
    case 403:
      return {
        message: 'The credentials lack permission for this organization, project or workspace.',
        extensions: { code: 'FORBIDDEN', upstreamStatus },
      };
    case 404:
      return { message: 'Label Studio has no such organization, project, workspace or member tag.', extensions: { code: 'NOT_FOUND', upstreamStatus } };
    case 429:
      return {
        message: `Label Studio is rate limiting requests${retryAfterSeconds === undefined ? '' : `; retry after ${retryAfterSeconds} s`}.`,
        extensions: { code: 'RATE_LIMITED', upstreamStatus, ...(retryAfterSeconds === undefined ? {} : { retryAfter: retryAfterSeconds }) },
      };
    case 408:
    case 502:
    case 503:
    case 504:
      return { message: 'Label Studio is unavailable.', extensions: { code: 'UPSTREAM_UNAVAILABLE', upstreamStatus } };
    default:
      return { message: `Label Studio failed with HTTP ${status}.`, extensions: { code: 'UPSTREAM_ERROR', upstreamStatus } };
  }
}

function summarise(validationErrors: Record<string, string[]>): string {
  return Object.entries(validationErrors)
    .map(([field, messages]) => `${field}: ${messages.join(' ')}`)
    .join('; ');
}

/** The guard's refusal: the change would reach more members than the caller confirmed. Nothing was changed. */
export function tooManyMembers({ members, exact, maxAffectedMembers }: { members: number; exact: boolean; maxAffectedMembers: number }): GraphQLError {
  const reach = exact ? `${members} members` : `up to ${members} members`;
  return createGraphQLError(`The change would reach ${reach}, more than maxAffectedMembers (${maxAffectedMembers}); nothing was changed.`, {
    extensions: { code: 'TOO_MANY_MEMBERS', members, exact, maxAffectedMembers },
  });
}

/** An unassign selecting `removedMembers` that would remove more members than the service reads to give back. Nothing was changed. */
export function undoCaptureTooLarge(undoCaptureLimit: number): GraphQLError {
  return createGraphQLError(
    `The change would remove more than ${undoCaptureLimit} members, more than removedMembers can give back (UNDO_CAPTURE_LIMIT); nothing was changed. ` +
      'Run it in smaller parts, or without selecting removedMembers.',
    { extensions: { code: 'UNDO_CAPTURE_TOO_LARGE', undoCaptureLimit } },
  );
}

/** A tag deletion's guard: it would take more tag assignments off members than the caller confirmed. Nothing was changed. */
export function tooManyAssignments({ assignments, exact, maxAffectedAssignments }: { assignments: number; exact: boolean; maxAffectedAssignments: number }): GraphQLError {
  const reach = exact ? `${assignments} tag assignments` : `up to ${assignments} tag assignments`;
  return createGraphQLError(`The deletion would take ${reach} off members, more than maxAffectedAssignments (${maxAffectedAssignments}); nothing was changed.`, {
    extensions: { code: 'TOO_MANY_ASSIGNMENTS', assignments, exact, maxAffectedAssignments },
  });
}

/** An input the field's own validation allows but this operation cannot serve: BAD_USER_INPUT at that field, as a validation error lists it. */
export function badUserInput(path: string, message: string): GraphQLError {
  return createGraphQLError(`Invalid input: ${path} ${message}`, { extensions: { code: 'BAD_USER_INPUT', issues: [{ path, message }] } });
}
