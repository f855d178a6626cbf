import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contract, DEFINITION_FILE } from './definition.js';

// The checks the other contract tests rely on, shown to refuse what they must.

const open = contract({ closed: false });
const closed = contract({ closed: true });
const MEMBERS = { method: 'GET', path: '/api/projects/100/members/paginated/' };

describe("Label Studio's definition", () => {
  it('names the SDK commit and date it was read from, at its top', () => {
    const top = readFileSync(DEFINITION_FILE, 'utf8').split('\n').slice(0, 8).join('\n');

    expect(top).toContain('97fcff19fa5a010022188ad61d426b5093a4142f');
    expect(top).toContain('2026-08-21');
    expect(open.definition.info['x-label-studio-sdk']).toEqual({
      repository: 'HumanSignal/label-studio-sdk',
      commit: '97fcff19fa5a010022188ad61d426b5093a4142f',
      date: '2026-08-21T18:04:06+00:00',
    });
  });

  it('compiles every schema of every operation under strict mode', () => {
    for (const [template, operations] of Object.entries(open.definition.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        for (const status of Object.keys(operation.responses)) {
          const ref = open.responseSchemaRef(method, template, status === 'default' ? 599 : Number(status));
          expect(ref, `${method} ${template} ${status}`).toBeDefined();
          expect(() => open.ajv.compile({ $ref: `label-studio${ref ?? ''}` })).not.toThrow();
        }
      }
    }
  });

  it('keeps enums open: a role or user type Label Studio adds later still validates', () => {
    const page = { count: 1, next: null, results: [{ id: 4, username: 'r', project_role: 'XQ', user_type: 'service_account', organization_membership: { role: 'XQ' } }] };

    expect(open.responseProblems(MEMBERS, 200, page)).toEqual([]);
    expect(open.requestProblems({ ...MEMBERS, query: 'role=XQ,VO' })).toEqual([]);
  });

  it('refuses what it marks required, and a value of the wrong type', () => {
    expect(open.responseProblems(MEMBERS, 200, { results: [] })).not.toEqual([]);
    expect(open.responseProblems(MEMBERS, 200, { count: 1, results: [{ id: 4 }] })).not.toEqual([]);
    expect(open.requestProblems({ ...MEMBERS, query: 'page=one' })).not.toEqual([]);
    expect(open.requestProblems({ ...MEMBERS, query: 'ids=1,x' })).not.toEqual([]);
    expect(open.requestProblems({ ...MEMBERS, query: 'last_activity__gte=yesterday' })).not.toEqual([]);
    expect(open.requestProblems({ method: 'POST', path: '/api/projects/1/members/bulk/', query: '', body: { included: [1] } })).not.toEqual([]);
  });

  it('refuses a query parameter it does not declare, such as no_view_only', () => {
    expect(open.requestProblems({ ...MEMBERS, query: 'no_view_only=true' })).toEqual(['query parameter no_view_only is not in the definition']);
  });

  it('refuses a path or method it does not describe', () => {
    expect(open.requestProblems({ method: 'GET', path: '/api/projects/1/members/bulk', query: '' })).not.toEqual([]);
    expect(open.requestProblems({ method: 'PATCH', path: '/api/projects/1/members/bulk/', query: '' })).not.toEqual([]);
  });

  it('allows extra answer fields, as the SDK does; its closed variant, for what this project sends, does not', () => {
    const page = { count: 1, next: null, results: [{ id: 4, username: 'r', invented: true }] };

    expect(open.responseProblems(MEMBERS, 200, page)).toEqual([]);
    expect(closed.responseProblems(MEMBERS, 200, page)).toEqual([expect.stringContaining('additionalProperty":"invented"')]);
    expect(closed.requestProblems({ method: 'POST', path: '/api/token/refresh/', query: '', body: { refresh: 'x', extra: 1 } })).not.toEqual([]);
  });
});
