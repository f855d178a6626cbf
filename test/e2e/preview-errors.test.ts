import { describe, expect, it } from 'vitest';
import type { Fault } from '../../src/simulator/server.js';
import { PREVIEW_ASSIGN, PREVIEW_UNASSIGN, useStack } from '../support/stack.js';

// A short budget keeps the hung-upstream case quick; the mapping is the same at the 10 s default.
const stack = useStack({ UPSTREAM_TIMEOUT_MS: '500', MAX_BULK_IDS: '3' });

const previewUnassign = (input: Record<string, unknown>, extra: { sampleSize?: unknown; authorization?: string | null } = {}) =>
  stack.graphql({
    query: PREVIEW_UNASSIGN,
    variables: { input: { projectId: 100, all: false, included: [5], ...input }, sampleSize: extra.sampleSize },
    authorization: extra.authorization,
  });
const previewAssign = (input: Record<string, unknown>) =>
  stack.graphql({ query: PREVIEW_ASSIGN, variables: { input: { organizationId: 1, all: true, tags: [4], ...input } } });

describe('preview input validation, before any upstream call', () => {
  it.each([
    { rule: 'the project id must be positive', input: { projectId: 0 }, path: 'input.projectId' },
    { rule: 'all: false needs included', input: { included: null }, path: 'input.included' },
    { rule: 'all: false does not allow excluded', input: { excluded: [6] }, path: 'input.excluded' },
    { rule: 'included holds at most MAX_BULK_IDS ids', input: { included: [1, 2, 3, 4] }, path: 'input.included' },
    { rule: 'maxAffectedMembers is at least 0', input: { maxAffectedMembers: -1 }, path: 'input.maxAffectedMembers' },
  ])('unassign: $rule', async ({ input, path }) => {
    const result = await previewUnassign(input);

    expect(result.body.data).toBeNull();
    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [expect.objectContaining({ path })] });
    expect(stack.simulator.requests).toEqual([]);
  });

  it('assign: the same rules as the mutation', async () => {
    const result = await previewAssign({ included: [5] });

    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'input.included' }] });
    expect(stack.simulator.requests).toEqual([]);
  });

  it.each([-1, 51])('sampleSize %i is refused: 0 to 50', async (sampleSize) => {
    const result = await previewUnassign({}, { sampleSize });

    expect(result.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'sampleSize' }] });
    expect(stack.simulator.requests).toEqual([]);
  });

  it('sampleSize null means the default of 10', async () => {
    const result = await previewUnassign({}, { sampleSize: null });

    expect(result.body.errors).toBeUndefined();
    expect(stack.simulator.requests[0]?.query).toContain('page_size=10');
  });
});

describe('preview credentials', () => {
  it('needs an Authorization header, like the mutation', async () => {
    const result = await previewUnassign({}, { authorization: null });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(stack.simulator.requests).toEqual([]);
  });

  it('exchanges a personal access token once, then reads with the access token', async () => {
    const pat = stack.simulator.issuePersonalAccessToken(2);

    const result = await previewUnassign({ all: true, included: null, excluded: [5] }, { authorization: `Bearer ${pat}` });

    expect(result.body.errors).toBeUndefined();
    expect(stack.simulator.requests.map((request) => request.path)).toEqual([
      '/api/token/refresh/',
      '/api/projects/100/members/paginated/',
      '/api/projects/100/members/paginated/',
    ]);
    expect(stack.simulator.requests.slice(1).every((request) => request.authorization?.startsWith('Bearer ') && !request.authorization.includes(pat))).toBe(true);
  });
});

describe("Label Studio's answers to the list calls, mapped as for the mutations", () => {
  const withFault = async (fault: Fault) => {
    stack.simulator.injectFault({ route: 'project-members', ...fault });
    return previewUnassign({});
  };

  it('maps a 401 to UNAUTHENTICATED', async () => {
    const result = await previewUnassign({}, { authorization: 'Token not-a-real-key' });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', upstreamStatus: 401 });
  });

  it('maps a 403 to FORBIDDEN', async () => {
    const result = await previewUnassign({}, { authorization: `Token ${stack.simulator.tokens.otherOrgOwner}` });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', upstreamStatus: 403 });
  });

  it('maps a 404 to NOT_FOUND, for both lists', async () => {
    expect((await previewUnassign({ projectId: 999 })).body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', upstreamStatus: 404 });
    expect((await previewAssign({ organizationId: 999 })).body.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', upstreamStatus: 404 });
  });

  it('maps a 400 to BAD_USER_INPUT with its validation errors', async () => {
    const result = await withFault({ status: 400, body: JSON.stringify({ detail: 'Validation error', validation_errors: { ids: ['Enter a whole number.'] } }) });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', upstreamStatus: 400, validationErrors: { ids: ['Enter a whole number.'] } });
  });

  it('maps a 500 to UPSTREAM_ERROR without its detail or traceback, and does not retry it', async () => {
    const result = await withFault({ status: 500 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_ERROR', upstreamStatus: 500 });
    expect(result.text).not.toMatch(/Traceback|ZeroDivision|exc_info/);
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it.each([502, 503, 504])('retries a GET after HTTP %i, and answers once it succeeds', async (status) => {
    const result = await withFault({ status, body: '<html>down</html>', headers: { 'Content-Type': 'text/html' } });

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.['previewBulkUnassignProjectMembers']).toMatchObject({ members: 1 });
    expect(stack.simulator.requests).toHaveLength(2);
  });

  it('retries a GET whose connection was reset', async () => {
    const result = await withFault({ destroySocket: true });

    expect(result.body.errors).toBeUndefined();
    expect(stack.simulator.requests).toHaveLength(2);
  });

  it('maps a lasting 502 to UPSTREAM_UNAVAILABLE after three attempts', async () => {
    const result = await withFault({ status: 502, times: 5 });

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstreamStatus: 502 });
    expect(stack.simulator.requests).toHaveLength(3);
  });

  it('maps an answer slower than UPSTREAM_TIMEOUT_MS to UPSTREAM_UNAVAILABLE', async () => {
    const result = await withFault({ status: 200, body: '{"count": 0, "results": []}', delayMs: 3_000 });

    expect(result.body.errors?.[0]).toMatchObject({ message: 'Label Studio did not answer in time.', extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });

  it.each([
    { name: 'an HTML page', body: '<html>oops</html>' },
    { name: 'a count that is a string', body: '{"count": "1", "results": []}' },
    { name: 'no results', body: '{"count": 1}' },
    { name: 'a result without a user id', body: '{"count": 1, "results": [{"email": "x@y.z"}]}' },
    { name: 'a negative count', body: '{"count": -1, "results": []}' },
  ])('maps a 200 with $name to UPSTREAM_ERROR, never a made-up count', async ({ body }) => {
    const result = await withFault({ status: 200, body });

    expect(result.body.data).toBeNull();
    expect(result.body.errors?.[0]).toMatchObject({
      message: 'Label Studio sent a member list the service could not read; nothing was changed.',
      extensions: { code: 'UPSTREAM_ERROR', upstreamStatus: 200 },
    });
  });

  it('maps a redirect to UPSTREAM_ERROR without following it', async () => {
    const result = await withFault({ status: 302, body: '', headers: { Location: 'http://127.0.0.2:9/steal' } });

    expect(result.body.errors?.[0]).toMatchObject({
      message: 'Label Studio sent a member list the service could not read; nothing was changed.',
      extensions: { code: 'UPSTREAM_ERROR', upstreamStatus: 302 },
    });
    expect(stack.simulator.requests).toHaveLength(1);
  });

  it('maps the organization list failing like the project list', async () => {
    stack.simulator.injectFault({ route: 'organization-members', status: 500 });

    const result = await previewAssign({});

    expect(result.body.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_ERROR', upstreamStatus: 500 });
  });
});
