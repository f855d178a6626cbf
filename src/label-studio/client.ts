import ky, { TimeoutError } from 'ky';
import type { Logger } from '../logger.js';
import type { ZodType } from 'zod';
import { LabelStudioError } from './errors.js';
import {
  assignMemberTagsHttp,
  unassignProjectMembersHttp,
  type AssignMemberTagsRequest,
  type HttpRequestSpec,
  type UnassignProjectMembersRequest,
} from './requests.js';
import { assignedResponse, errorBody, parseRetryAfter, unassignmentsResponse } from './responses.js';

/** The two schemes Label Studio accepts; anything else would only earn a 401 one round trip later. */
const CREDENTIALS = /^(?:Token|Bearer) \S+$/;

export interface LabelStudioClientOptions {
  baseUrl: string;
  timeoutMs: number;
  logger: Logger;
}

export type LabelStudioClient = ReturnType<typeof createLabelStudioClient>;

export function createLabelStudioClient({ baseUrl, timeoutMs, logger }: LabelStudioClientOptions) {
  const http = ky.create({
    prefixUrl: `${baseUrl}/`,
    timeout: timeoutMs,
    // Retries are a policy decision per endpoint (a POST may have been executed); none by default.
    retry: 0,
    throwHttpErrors: false,
    // A redirect could carry the caller's credentials to another host.
    redirect: 'manual',
  });

  async function send<T>(spec: HttpRequestSpec, authorization: string | undefined, schema: ZodType<T>): Promise<T> {
    if (!authorization || !CREDENTIALS.test(authorization)) throw new LabelStudioError({ kind: 'missing-credentials' });
    const started = performance.now();
    // The route template, never the path or query: ids are data, and credentials never get near a log.
    const log = (status: number | 'network' | 'timeout') => {
      const upstream = { method: spec.method, route: spec.route, status, durationMs: Math.round(performance.now() - started) };
      const level = typeof status === 'number' && status < 500 ? 'debug' : 'warn';
      logger[level]({ upstream }, 'label studio call');
    };

    let response: Response;
    let text: string;
    try {
      response = await http(spec.path, {
        method: spec.method,
        searchParams: spec.query,
        json: spec.json,
        headers: { authorization, accept: 'application/json' },
      });
      text = await response.text();
    } catch (error) {
      const kind = error instanceof TimeoutError ? 'timeout' : 'network';
      log(kind);
      throw new LabelStudioError({ kind }, spec.route);
    }
    log(response.status);

    if (!response.ok) throw new LabelStudioError(httpFailure(response, text), spec.route);
    const parsed = schema.safeParse(parseJson(text));
    if (!parsed.success) {
      throw new LabelStudioError({ kind: 'invalid-response', status: response.status, reason: 'no count in the body' }, spec.route);
    }
    return parsed.data;
  }

  return {
    assignMemberTags: (request: AssignMemberTagsRequest, authorization: string | undefined) =>
      send(assignMemberTagsHttp(request), authorization, assignedResponse),
    unassignProjectMembers: (request: UnassignProjectMembersRequest, authorization: string | undefined) =>
      send(unassignProjectMembersHttp(request), authorization, unassignmentsResponse),
  };
}

function httpFailure(response: Response, text: string) {
  const { status } = response;
  if (status < 400) {
    return { kind: 'invalid-response' as const, status, reason: `unexpected HTTP ${status}` };
  }
  const body = errorBody.safeParse(parseJson(text));
  return {
    kind: 'http' as const,
    status,
    validationErrors: status === 400 && body.success ? body.data.validation_errors : undefined,
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
