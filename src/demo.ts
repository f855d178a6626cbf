import { exitOnConfigError, loadConfigOrExit } from './config.js';
import { createLogger } from './logger.js';
import { createApp } from './server/app.js';
import { listen, type RunningServer } from './server/listen.js';
import { startSimulator } from './simulator/server.js';

// `npm run demo`: the facade in front of the embedded Label Studio simulator, ready for GraphiQL.
// PORT and SIMULATOR_PORT choose ports; by default the facade tries 4000 and falls back to a free one.

const simulator = await startSimulator({ port: Number(process.env['SIMULATOR_PORT'] ?? 0) });
const authorization = `Token ${simulator.tokens.admin}`;

const config = loadConfigOrExit({ HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...process.env, LABEL_STUDIO_URL: simulator.url });

const app = exitOnConfigError(() => createApp({ config, logger: createLogger(config.logLevel), graphiqlAuthorization: authorization }));

async function listenPreferring(port: number): Promise<RunningServer> {
  try {
    return await listen(app, { ...config, port });
  } catch (error) {
    const taken = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
    if (!taken || process.env['PORT']) throw error;
    return listen(app, { ...config, port: 0 });
  }
}

const facade = await listenPreferring(config.port);

console.log(`Label Studio simulator (seeded demo data): ${simulator.url}`);
console.log(`GraphiQL:                                  ${facade.url}/graphql`);
console.log(`Demo token (admin of organization 1):      Authorization: ${authorization}`);
console.log('GraphiQL opens with the mutations, previews and member lists, and this header filled in. Ctrl+C stops the demo.');

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    Promise.all([facade.close(), simulator.close()]).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
