import type { RequestSpec } from 'autocannon';

/**
 * What the soak sends, in turn on every connection: half valid mutations, half requests the service
 * must refuse (each with the answer it must get). The valid ones are harmless to repeat.
 */
interface SoakRequest {
  name: string;
  body: string;
  headers?: Record<string, string>;
}

const ASSIGN = 'mutation A($input: BulkAssignOrgMemberTagsInput!) { bulkAssignOrgMemberTags(input: $input) { assigned } }';
const UNASSIGN = 'mutation U($input: BulkUnassignProjectMembersInput!) { bulkUnassignProjectMembers(input: $input) { unassignments } }';
const json = (query: string, input?: unknown) => JSON.stringify({ query, variables: input === undefined ? undefined : { input } });

const SOAK: SoakRequest[] = [
  { name: 'assign', body: json(ASSIGN, { organizationId: 1, all: false, included: [5, 6], tags: [4] }) },
  { name: 'unassign', body: json(UNASSIGN, { projectId: 100, all: false, included: [5, 6] }) },
  { name: 'assign all with filter', body: json(ASSIGN, { organizationId: 1, all: true, excluded: [2], tags: [3], filter: { roles: ['ANNOTATOR'] } }) },
  { name: 'unassign 2,000 ids', body: json(UNASSIGN, { projectId: 101, all: false, included: Array.from({ length: 2_000 }, (_, i) => i + 1) }) },
  { name: 'invalid id', body: json(ASSIGN, { organizationId: 0, all: false, included: [5], tags: [4] }) },
  { name: 'unknown enum', body: json(UNASSIGN, { projectId: 100, all: true, filter: { roles: ['ROOT'] } }) },
  { name: 'malformed JSON', body: '{"query": "mutation {' },
  { name: 'no credentials', body: json(ASSIGN, { organizationId: 1, all: false, included: [5], tags: [4] }), headers: { authorization: '' } },
  { name: 'mutation fan-out', body: JSON.stringify({ query: `mutation { ${[1, 2, 3, 4, 5, 6].map((i) => `m${i}: bulkUnassignProjectMembers(input: {projectId: 100, all: false, included: [${i}]}) { unassignments }`).join(' ')} }` }) },
  { name: 'upstream refusal (unknown project)', body: json(UNASSIGN, { projectId: 999, all: true }) },
];

export interface Tally {
  /** `status code` per answer, e.g. `200 ok`, `200 BAD_USER_INPUT`, `400 GRAPHQL_PARSE_FAILED`. */
  outcomes: Map<string, number>;
}

function outcomeOf(status: number, body: string): string {
  const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
  return `${status} ${code ?? (body.includes('"errors"') ? 'ERROR' : 'ok')}`;
}

export function soakRequests(authorization: string, tally: Tally): RequestSpec[] {
  return SOAK.map((request) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      authorization,
      ...request.headers,
    };
    if (headers['authorization'] === '') delete headers['authorization'];
    return {
      method: 'POST',
      path: '/graphql',
      headers,
      body: request.body,
      onResponse: (status: number, body: string) => {
        const outcome = outcomeOf(status, body);
        tally.outcomes.set(outcome, (tally.outcomes.get(outcome) ?? 0) + 1);
      },
    };
  });
}
