import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSimulator } from '../src/simulator/server.js';

// The simulator as src/simulator/main.ts runs it, plus a second port where the bench takes the request log
// (`POST /take`: the requests recorded since the last take, as JSON, and the log emptied). The bench uses
// it to check that every target makes exactly the upstream call the facade makes before measuring any.
// A port of its own, so the simulator's Label Studio routes stay exactly the reference's.

const recorded = Number(process.env['SIMULATOR_RECORDED_REQUESTS'] ?? '') || undefined;
const simulator = await startSimulator({ maxRecordedRequests: recorded });

const requestLog = createServer((req, res) => {
  const ok = req.method === 'POST' && req.url === '/take';
  const body = ok ? JSON.stringify(simulator.requests.splice(0)) : '{"error":"POST /take only"}';
  res.writeHead(ok ? 200 : 404, { 'content-type': 'application/json' }).end(body);
});
await new Promise<void>((resolve) => requestLog.listen(0, '127.0.0.1', resolve));
const { port } = requestLog.address() as AddressInfo;
process.stdout.write(`${JSON.stringify({ url: simulator.url, tokens: simulator.tokens, requestLogUrl: `http://127.0.0.1:${port}` })}\n`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    requestLog.close();
    void simulator.close().finally(() => process.exit(0));
  });
}
