import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

describe('configuration', () => {
  it('requires LABEL_STUDIO_URL and says so', () => {
    expect(() => loadConfig({})).toThrow('Invalid configuration: LABEL_STUDIO_URL is required');
  });

  it('refuses a URL that is not http(s)', () => {
    expect(() => loadConfig({ LABEL_STUDIO_URL: 'ftp://files.example.com' })).toThrow(/LABEL_STUDIO_URL must be an http\(s\) URL/);
  });

  it('drops trailing slashes so a path prefix joins cleanly', () => {
    expect(loadConfig({ LABEL_STUDIO_URL: 'https://ls.example.com/ls/' }).labelStudioUrl).toBe('https://ls.example.com/ls');
  });

  it('has the documented defaults', () => {
    expect(loadConfig({ LABEL_STUDIO_URL: 'http://ls:8080' })).toEqual({
      labelStudioUrl: 'http://ls:8080',
      port: 4000,
      host: '0.0.0.0',
      labelStudioApiKey: undefined,
      upstreamTimeoutMs: 10_000,
      upstreamMaxRequestLineBytes: 8192,
      timeouts: { headersMs: 10_000, bodyMs: 10_000, keepAliveMs: 65_000 },
      limits: {
        maxBodyBytes: 1_048_576,
        maxInFlightBodyBytes: 4_194_304,
        maxRootMutations: 5,
        maxDepth: 6,
        maxTokens: 1_000,
        maxAliases: 15,
        maxDirectives: 50,
        maxCost: 5_000,
        batchLimit: 0,
        introspection: true,
      },
      shutdownTimeoutMs: 10_000,
      maxBulkIds: 50_000,
      logLevel: 'info',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ LABEL_STUDIO_URL: 'http://ls', PORT: '' }).port).toBe(4000);
  });

  it.each([
    ['PORT', 'eighty', 'PORT must be a number'],
    ['PORT', '70000', 'PORT'],
    ['UPSTREAM_TIMEOUT_MS', '0', 'UPSTREAM_TIMEOUT_MS'],
    ['MAX_BULK_IDS', '-1', 'MAX_BULK_IDS'],
    ['BODY_TIMEOUT_MS', '0', 'BODY_TIMEOUT_MS'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL'],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => loadConfig({ LABEL_STUDIO_URL: 'http://ls', [name]: value })).toThrow(message);
  });
});
