import { loadConfigOrExit } from './config.js';
import { createLogger } from './logger.js';
import { createApp } from './server/app.js';
import { listen } from './server/listen.js';

const config = loadConfigOrExit(process.env);
const logger = createLogger(config.logLevel);
const running = await listen(createApp({ config, logger }), config);
logger.info({ graphql: `${running.url}/graphql` }, 'listening');

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info({ signal }, 'shutting down');
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
