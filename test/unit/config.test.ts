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
      previewScanLimit: 2_000,
      logLevel: 'info',
      corsOrigins: [],
      trustedDocuments: undefined,
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

  it('reads CORS_ORIGINS as a comma-separated list of exact origins', () => {
    expect(loadConfig({ LABEL_STUDIO_URL: 'http://ls', CORS_ORIGINS: 'https://app.example, http://127.0.0.1:5173,' }).corsOrigins).toEqual([
      'https://app.example',
      'http://127.0.0.1:5173',
    ]);
  });

  it.each(['https://app.example/', 'https://app.example/path', 'app.example', 'HTTPS://APP.example', 'https://app.example:443', 'ftp://app.example', 'https://*.example'])(
    'refuses the CORS_ORIGINS entry %s, naming it',
    (entry) => {
      expect(() => loadConfig({ LABEL_STUDIO_URL: 'http://ls', CORS_ORIGINS: `https://ok.example,${entry}` })).toThrow(
        `Invalid configuration: CORS_ORIGINS entry ${JSON.stringify(entry)} is not an origin`,
      );
    },
  );

  it('allows CORS_ORIGINS=* alone, not among origins', () => {
    expect(loadConfig({ LABEL_STUDIO_URL: 'http://ls', CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
    expect(() => loadConfig({ LABEL_STUDIO_URL: 'http://ls', CORS_ORIGINS: '*,https://app.example' })).toThrow('CORS_ORIGINS may be * alone');
  });

  it('refuses CORS_ORIGINS=* while LABEL_STUDIO_API_KEY is set, saying why', () => {
    expect(() => loadConfig({ LABEL_STUDIO_URL: 'http://ls', CORS_ORIGINS: '*', LABEL_STUDIO_API_KEY: 'service-key' })).toThrow(
      'Invalid configuration: CORS_ORIGINS * is refused while LABEL_STUDIO_API_KEY is set',
    );
  });
});
