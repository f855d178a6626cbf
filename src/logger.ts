import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

/** JSON lines on stdout, or on `destination` (tests read what was logged). */
export function createLogger(level: Config['logLevel'], destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      // Belt and braces: nothing logs credentials on purpose, and these paths catch it if something does.
      redact: { paths: ['authorization', '*.authorization', '*.headers.authorization', 'refresh', 'access'], censor: '[redacted]' },
    },
    destination,
  );
}
