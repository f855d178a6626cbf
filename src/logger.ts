import { pino, type DestinationStream, type Logger } from 'pino';
import type { Config } from './config.js';

export type { Logger };

// Writing each line as it comes made one thread-pool write per line, two per mutation: about 4% of the
// service's throughput at info level (bench/). Lines are batched instead, and never held longer than this.
const FLUSH_EVERY_MS = 250;

/** JSON lines on stdout, or on `destination` (tests read what was logged). */
export function createLogger(level: Config['logLevel'], destination: DestinationStream = batchedStdout()): Logger {
  return pino(
    {
      level,
      // Belt and braces: nothing logs credentials on purpose, and these paths catch it if something does.
      redact: { paths: ['authorization', '*.authorization', '*.headers.authorization', 'refresh', 'access'], censor: '[redacted]' },
    },
    destination,
  );
}

/** Stdout in 8 KB writes, flushed on a timer while anything waits, and synchronously at exit (pino does that). */
function batchedStdout(): DestinationStream {
  const stdout = pino.destination({ dest: 1, minLength: 8192, sync: false });
  let waiting = false;
  setInterval(() => {
    if (!waiting) return;
    waiting = false;
    stdout.flush();
  }, FLUSH_EVERY_MS).unref();
  return {
    write(line: string) {
      waiting = true;
      stdout.write(line);
    },
  };
}
