// Just enough GraphQL for the baselines: pick the mutation by name, read `variables.input`, map it to the
// one REST call the facade would make. No parsing, validation or execution, which is exactly the point.

import { assignRest, unassignRest, type RestRequest } from './rest-shape.js';

export interface UpstreamCall extends RestRequest {
  field: string;
  countKey: string;
}

export class BadRequest extends Error {
  override readonly name = 'BadRequest';
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BadRequest(`${what} must be an object`);
  return value as Record<string, unknown>;
}

function ids(value: unknown, what: string): number[] {
  if (!Array.isArray(value) || !value.every((item) => Number.isInteger(item))) throw new BadRequest(`${what} must be a list of integers`);
  return value as number[];
}

const optionalIds = (value: unknown, what: string) => (value === undefined || value === null ? [] : ids(value, what));

function positive(value: unknown, what: string): number {
  if (!Number.isInteger(value) || (value as number) < 1) throw new BadRequest(`${what} must be a positive integer`);
  return value as number;
}

export function toUpstreamCall(graphqlBody: string): UpstreamCall {
  let parsed: unknown;
  try {
    parsed = JSON.parse(graphqlBody);
  } catch {
    throw new BadRequest('body is not JSON');
  }
  const body = record(parsed, 'body');
  const query = typeof body['query'] === 'string' ? body['query'] : '';
  const input = record(record(body['variables'], 'variables')['input'], 'variables.input');
  const all = input['all'] === true;

  if (query.includes('bulkAssignOrgMemberTags')) {
    const organizationId = positive(input['organizationId'], 'organizationId');
    const included = optionalIds(input['included'], 'included');
    const rest = assignRest({ organizationId, all, included, overwrite: input['overwrite'] === true, tags: ids(input['tags'], 'tags') });
    return { ...rest, field: 'bulkAssignOrgMemberTags', countKey: 'assigned' };
  }
  if (query.includes('bulkUnassignProjectMembers')) {
    const projectId = positive(input['projectId'], 'projectId');
    return {
      ...unassignRest({ projectId, all, included: optionalIds(input['included'], 'included') }),
      field: 'bulkUnassignProjectMembers',
      countKey: 'unassignments',
    };
  }
  throw new BadRequest('only bulkAssignOrgMemberTags and bulkUnassignProjectMembers are supported');
}

export interface GraphQLReply {
  status: number;
  body: string;
}

/** Wraps the upstream count as the facade would; anything else becomes a GraphQL error, never a fake count. */
export function toGraphQLReply(call: UpstreamCall, upstreamStatus: number, upstreamText: string): GraphQLReply {
  let count: unknown;
  try {
    count = record(JSON.parse(upstreamText), 'upstream body')[call.countKey];
  } catch {
    count = undefined;
  }
  if (upstreamStatus < 200 || upstreamStatus > 299 || !Number.isInteger(count)) {
    return errorReply(502, `upstream answered ${upstreamStatus}: ${upstreamText.slice(0, 200)}`);
  }
  return { status: 200, body: JSON.stringify({ data: { [call.field]: { [call.countKey]: count } } }) };
}

export function errorReply(status: number, message: string): GraphQLReply {
  return { status, body: JSON.stringify({ errors: [{ message }] }) };
}
