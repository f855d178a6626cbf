import { setFlagsFromString } from 'node:v8';
import { exitOnConfigError, loadConfigOrExit } from './config.js';
import { createLogger } from './logger.js';
import { createApp } from './server/app.js';
import { listen } from './server/listen.js';

// V8 lets the old generation grow by a large factor between full collections: under load that held
// 200+ MB of garbage. A 20% step keeps peak RSS near 140 MB at no measured cost in throughput (bench/).
setFlagsFromString('--heap-growing-percent=20');

const config = loadConfigOrExit(process.env);
const logger = createLogger(config.logLevel);
const lifecycle = { draining: false };
const running = await listen(exitOnConfigError(() => createApp({ config, logger, lifecycle })), config);
logger.info({ graphql: `${running.url}/graphql` }, 'listening');

// SIGTERM (orchestrators) and SIGINT (Ctrl+C): stop taking work, finish what is in flight, exit 0.
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    lifecycle.draining = true;
    logger.info({ signal, graceMs: config.shutdownTimeoutMs }, 'draining');
    running.close(config.shutdownTimeoutMs).then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
