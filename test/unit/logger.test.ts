import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchedDestination, createLogger, flushLogs } from '../../src/logger.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'logger-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('logger', () => {
  it('writes out the lines held in its batch when flushed', async () => {
    const file = join(dir, 'log');
    const destination = batchedDestination(file);
    const logger = createLogger('info', destination);
    await new Promise((resolve) => destination.once('ready', resolve));

    logger.info('first line');
    await flushLogs(logger);
    const after = await readFile(file, 'utf8');
    destination.end();

    expect(after).toContain('"msg":"first line"');
  });
});
