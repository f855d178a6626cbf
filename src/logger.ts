import { pino, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

export function createLogger(level: Config['logLevel']): Logger {
  return pino({
    level,
    // Belt and braces: nothing logs credentials on purpose, and these paths catch it if something does.
    redact: { paths: ['authorization', '*.authorization', '*.headers.authorization', 'refresh', 'access'], censor: '[redacted]' },
  });
}
