import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/server.js';
import { startServiceProcess } from '../support/service-process.js';
import { ASSIGN, postGraphQL } from '../support/stack.js';

// Production Label Studio is HTTPS. A throwaway certificate for 127.0.0.1 (openssl, on every Debian
// machine) fronts the simulator; the facade runs as its own process so NODE_EXTRA_CA_CERTS can trust it.
const hasOpenssl = existsSync('/usr/bin/openssl');
const dir = mkdtempSync(join(tmpdir(), 'facade-tls-'));

let simulator: Simulator;
let tlsFront: ReturnType<typeof createServer> | undefined;
let tlsUrl = '';
beforeAll(async () => {
  simulator = await startSimulator();
  if (!hasOpenssl) return;
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
  const upstream = new URL(simulator.url);
  // Terminates TLS only; the hop on to the simulator is plain HTTP.
  tlsFront = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (incoming, outgoing) => {
    const forward = httpRequest({ host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve) => tlsFront?.listen(0, '127.0.0.1', resolve));
  tlsUrl = `https://127.0.0.1:${(tlsFront.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => (tlsFront ? tlsFront.close(() => resolve()) : resolve()));
  await simulator.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an HTTPS Label Studio', () => {
  it.skipIf(!hasOpenssl)(`is reached over TLS with keep-alive${hasOpenssl ? '' : ' (skipped: no openssl)'}`, async () => {
    const { child, url } = await startServiceProcess({ LABEL_STUDIO_URL: tlsUrl, NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') });
    try {
      const input = { organizationId: 1, all: false, included: [5], tags: [4] };

      const first = await postGraphQL(url, { query: ASSIGN, variables: { input }, authorization: 'Token demo-admin-token' });
      const second = await postGraphQL(url, { query: ASSIGN, variables: { input: { ...input, included: [6] } }, authorization: 'Token demo-admin-token' });

      expect(first.body).toEqual({ data: { bulkAssignOrgMemberTags: { assigned: 1 } } });
      expect(second.body).toEqual({ data: { bulkAssignOrgMemberTags: { assigned: 1 } } });
      expect(simulator.requests.map((request) => request.authorization)).toEqual(['Token demo-admin-token', 'Token demo-admin-token']);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
