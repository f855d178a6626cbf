import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

// Writing each line as it comes made one thread-pool write per line, two per mutation, which cost
// throughput at info level (docs/performance.md). Lines are batched instead, and never held longer than this.
const FLUSH_EVERY_MS = 250;

/** JSON lines on stdout, or on `destination` (tests read what was logged). */
export function createLogger(level: Config['logLevel'], destination: DestinationStream = batchedDestination(1)): Logger {
  return pino(
    {
      level,
      // Belt and braces: nothing logs credentials on purpose, and these paths catch it if something does.
      // The request line alone goes without them: its fields are fixed (observability/request-telemetry.ts).
      redact: { paths: ['authorization', '*.authorization', '*.headers.authorization', 'refresh', 'access'], censor: '[redacted]' },
    },
    destination,
  );
}

/**
 * A file descriptor or path in 8 KB writes, flushed every FLUSH_EVERY_MS by sonic-boom itself, on
 * `logger.flush()`, and synchronously at exit (pino does that). sonic-boom's timer writes nothing but an
 * empty string while idle, four times a second, which costs nothing worth a wrapper of our own.
 */
export function batchedDestination(dest: number | string) {
  return pino.destination({ dest, minLength: 8192, sync: false, periodicFlush: FLUSH_EVERY_MS });
}

/** Resolves once what was logged so far has been handed to the operating system. */
export function flushLogs(logger: Logger): Promise<void> {
  return new Promise((resolve) => logger.flush(() => resolve()));
}
