import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Json } from './definition.js';

// A stand-in for Label Studio that answers only with what it is given: pages generated from Label
// Studio's definition, served as DRF pages them (`page`, `page_size` up to 100, 404 past the end), and
// count payloads. It selects nobody by filters (the answers are the test's), except `ids` on the project
// list, which the previews and the capture need to mean what it says. Not the simulator: that one has
// Label Studio's semantics and its own data; this one has none, so any answer the definition allows can
// be put in front of the service.

export interface StubAnswers {
  /** A generated page of each list; its `results` are the whole list, served a page at a time. */
  organizationMembers: { [key: string]: Json };
  projectMembers: { [key: string]: Json };
  memberTags: { [key: string]: Json };
  assigned: Json;
  unassignments: Json;
  projectAssign: Json;
}

export interface Stub {
  url: string;
  answers: StubAnswers | undefined;
  close(): Promise<void>;
}

const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 30;

const ROUTES: [string, RegExp, keyof StubAnswers][] = [
  ['GET', /^\/api\/organizations\/\d+\/memberships$/, 'organizationMembers'],
  ['GET', /^\/api\/projects\/\d+\/members\/paginated\/$/, 'projectMembers'],
  ['GET', /^\/api\/organizations\/\d+\/member-tags$/, 'memberTags'],
  ['POST', /^\/api\/organizations\/\d+\/member-tags\/assignments$/, 'assigned'],
  ['DELETE', /^\/api\/projects\/\d+\/members\/bulk\/$/, 'unassignments'],
  ['POST', /^\/api\/projects\/\d+\/members\/bulk\/$/, 'projectAssign'],
];

function send(res: ServerResponse, status: number, body: Json): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function positiveInteger(text: string | null, fallback: number): number {
  return text !== null && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : fallback;
}

/** The page `url` asks for, with `next`/`previous` only where the generated page has them. */
function pageOf(generated: { [key: string]: Json }, url: URL, baseUrl: string, ids: Set<number> | undefined): { status: number; body: Json } {
  const all = Array.isArray(generated['results']) ? generated['results'] : [];
  const results = ids ? all.filter((item) => ids.has((item as { id?: number }).id ?? -1)) : all;
  const size = Math.min(MAX_PAGE_SIZE, positiveInteger(url.searchParams.get('page_size'), DEFAULT_PAGE_SIZE));
  const last = Math.max(1, Math.ceil(results.length / size));
  const number = positiveInteger(url.searchParams.get('page'), 1);
  if (number > last) return { status: 404, body: { detail: 'Invalid page.', status_code: 404 } };
  const link = (target: number) => {
    const linked = new URL(url.pathname, baseUrl);
    url.searchParams.forEach((value, name) => linked.searchParams.set(name, value));
    linked.searchParams.set('page', String(target));
    return linked.toString();
  };
  const body: { [key: string]: Json } = { ...generated, count: results.length, results: results.slice((number - 1) * size, number * size) };
  if ('next' in generated) body['next'] = number < last ? link(number + 1) : null;
  if ('previous' in generated) body['previous'] = number > 1 ? link(number - 1) : null;
  return { status: 200, body };
}

export async function startStub(): Promise<Stub> {
  const stub: Stub = { url: '', answers: undefined, close: () => Promise.resolve() };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // The body is not read: the answers do not depend on it.
    req.resume();
    const url = new URL(req.url ?? '/', stub.url);
    const route = ROUTES.find(([method, pattern]) => method === req.method && pattern.test(url.pathname));
    const answers = stub.answers;
    if (!route || !answers) {
      send(res, 404, { detail: 'Not found.', status_code: 404 });
      return;
    }
    const answer = answers[route[2]];
    if (route[0] !== 'GET') {
      send(res, 200, answer);
      return;
    }
    const idList = route[2] === 'projectMembers' ? url.searchParams.get('ids') : null;
    const ids = idList === null ? undefined : new Set(idList.split(',').map(Number));
    const { status, body } = pageOf(answer as { [key: string]: Json }, url, stub.url, ids);
    send(res, status, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  stub.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stub.close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  return stub;
}
