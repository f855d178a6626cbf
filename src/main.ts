import { setFlagsFromString } from 'node:v8';
import { exitOnConfigError, loadConfigOrExit } from './config.js';
import { createLogger, flushLogs } from './logger.js';
import { createApp } from './server/app.js';
import { listen } from './server/listen.js';
import { shutdownOnSignals } from './server/shutdown.js';
import { createTracing } from './observability/tracing/index.js';

// V8 lets the old generation grow by a large factor between full collections: under load that held
// mostly garbage. A smaller step keeps peak RSS down at no measured cost in throughput (docs/performance.md).
setFlagsFromString('--heap-growing-percent=20');

const config = loadConfigOrExit(process.env);
const logger = createLogger(config.logLevel);
const lifecycle = { draining: false };
const tracing = await createTracing(config.tracing, logger);
const running = await listen(exitOnConfigError(() => createApp({ config, logger, lifecycle, tracing })), config);
logger.info({ graphql: `${running.url}/graphql`, tracing: config.tracing ? `otlp ${config.tracing.protocol}` : 'off' }, 'listening');

shutdownOnSignals({
  logger,
  lifecycle,
  delayMs: config.shutdownDelayMs,
  close: () => running.close(config.shutdownTimeoutMs),
  flush: async () => {
    await tracing.shutdown().catch((error: unknown) => logger.warn({ err: error }, 'spans not flushed'));
    await flushLogs(logger);
  },
});
