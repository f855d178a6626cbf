import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../src/simulator/server.js';

/**
 * A simulator shared by a test file: started before its tests, reset to the seed before each, closed
 * after. The returned object reads through to the running simulator.
 */
export function useSimulator(options: SimulatorOptions = {}): Simulator {
  let current: Simulator | undefined;
  beforeAll(async () => {
    current = await startSimulator(options);
  });
  afterAll(() => current?.close());
  beforeEach(() => current?.reset());
  return new Proxy({} as Simulator, {
    get(_target, key) {
      if (!current) throw new Error('the simulator starts in beforeAll');
      return Reflect.get(current, key);
    },
  });
}

/** A page of one of Label Studio's paginated lists. */
export interface Page<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export interface CallOptions {
  /** Full Authorization header value; defaults to the seeded admin's legacy token. */
  authorization?: string | null;
  json?: unknown;
  rawBody?: string;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON, or undefined when the body is not JSON. */
  json: unknown;
}

export async function call(sim: Simulator, method: string, target: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  const authorization = options.authorization === undefined ? `Token ${sim.tokens.admin}` : options.authorization;
  if (authorization !== null) headers['authorization'] = authorization;
  let body: string | undefined = options.rawBody;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(`${sim.url}${target}`, { method, headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

export function tagsOf(sim: Simulator, organizationId: number, userId: number): number[] | undefined {
  const organization = sim.data.organizations.find((candidate) => candidate.id === organizationId);
  return organization?.members.find((member) => member.userId === userId)?.tagIds;
}

export function projectMemberIds(sim: Simulator, projectId: number): number[] {
  return sim.data.projects.find((project) => project.id === projectId)?.members.map((member) => member.userId) ?? [];
}

export function jwtPayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}
