import { startSimulator } from './server.js';

// Standalone entry: `node --import tsx src/simulator/main.ts`. The one JSON line on stdout lets a
// parent process (the demo, a shell script) learn the port and credentials without parsing logs.

function portFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be 0-65535, got "${raw}"`);
  return port;
}

// A load run wants a short request log: each entry keeps its body, and 5,000-id bodies add up.
const recorded = Number(process.env['SIMULATOR_RECORDED_REQUESTS'] ?? '') || undefined;
const simulator = await startSimulator({ port: portFromEnv(process.env['PORT']), maxRecordedRequests: recorded });
process.stdout.write(`${JSON.stringify({ url: simulator.url, tokens: simulator.tokens })}\n`);

let closing = false;
function shutdown(): void {
  if (closing) return;
  closing = true;
  simulator.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
