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
        maxDepth: 8,
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
      undoCaptureLimit: 10_000,
      logLevel: 'info',
      corsOrigins: [],
      trustedDocuments: undefined,
      shutdownDelayMs: 5_000,
      tracing: undefined,
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

describe('drain and tracing configuration', () => {
  const base = { LABEL_STUDIO_URL: 'http://ls' };

  it('allows a drain delay of 0', () => {
    expect(loadConfig({ ...base, SHUTDOWN_DELAY_MS: '0' }).shutdownDelayMs).toBe(0);
  });

  it('traces only when OTEL_TRACES_EXPORTER=otlp', () => {
    expect(loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing).toBeUndefined();
    expect(loadConfig({ ...base, OTEL_TRACES_EXPORTER: 'none' }).tracing).toBeUndefined();
  });

  it('sends traces to the base endpoint plus /v1/traces, as OTLP/HTTP protobuf, named after the package', () => {
    expect(loadConfig({ ...base, OTEL_TRACES_EXPORTER: 'otlp', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing).toEqual({
      url: 'http://collector:4318/v1/traces',
      protocol: 'http/protobuf',
      serviceName: 'label-studio-bulk-graphql',
    });
  });

  it('defaults to a collector on localhost, as the specification does', () => {
    expect(loadConfig({ ...base, OTEL_TRACES_EXPORTER: 'otlp' }).tracing?.url).toBe('http://localhost:4318/v1/traces');
  });

  it('uses a traces endpoint and protocol as given, over the general ones', () => {
    const tracing = loadConfig({
      ...base,
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://traces:9999/custom',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
      OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: 'http/json',
      OTEL_SERVICE_NAME: 'bulk-graphql-eu',
    }).tracing;
    expect(tracing).toEqual({ url: 'http://traces:9999/custom', protocol: 'http/json', serviceName: 'bulk-graphql-eu' });
  });

  it.each([
    ['OTEL_TRACES_EXPORTER', 'zipkin', 'OTEL_TRACES_EXPORTER must be otlp or none'],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'collector:4318', 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL'],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', 'grpc', 'gRPC is not supported'],
    ['SHUTDOWN_DELAY_MS', '-1', 'SHUTDOWN_DELAY_MS'],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => loadConfig({ ...base, OTEL_TRACES_EXPORTER: 'otlp', [name]: value })).toThrow(message);
  });
});
