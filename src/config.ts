import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const DEFAULT_MAX_BULK_IDS = 50_000;
export const DEFAULT_PREVIEW_SCAN_LIMIT = 2_000;
export const DEFAULT_UNDO_CAPTURE_LIMIT = 10_000;
/** The schema as it is printed and generated from: limits change validation only, never the contract. */
export const DEFAULT_SCHEMA_LIMITS = {
  maxBulkIds: DEFAULT_MAX_BULK_IDS,
  previewScanLimit: DEFAULT_PREVIEW_SCAN_LIMIT,
  undoCaptureLimit: DEFAULT_UNDO_CAPTURE_LIMIT,
} as const;

const positiveInt = z.coerce.number({ error: 'must be a number' }).int().positive();

const flag = z.enum(['true', 'false'], { error: 'must be true or false' }).transform((value) => value === 'true');

const upstreamUrl = z
  .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://label-studio.example.com' })
  // A trailing slash is normalised away so that a path prefix (https://host/ls) joins cleanly with /api/...
  .transform((url) => url.replace(/\/+$/, ''));

/** `*` or exact browser origins as a browser sends them in `Origin`: scheme://host[:port], nothing after. */
const corsOrigins = z
  .string()
  .transform((value) => value.split(',').map((entry) => entry.trim()).filter((entry) => entry !== ''))
  .check((ctx) => {
    for (const entry of ctx.value) {
      if (entry === '*' ? ctx.value.length > 1 : !isOrigin(entry)) {
        ctx.issues.push({
          code: 'custom',
          input: ctx.value,
          message: entry === '*' ? 'may be * alone, not * among origins' : `entry ${JSON.stringify(entry)} is not an origin such as https://app.example.com (scheme://host[:port], no path)`,
        });
      }
    }
  });

function isOrigin(entry: string): boolean {
  try {
    const url = new URL(entry);
    // A wildcard host (https://*.example) parses as a URL but matches no Origin a browser sends.
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry && !url.hostname.includes('*');
  } catch {
    return false;
  }
}

const otlpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://otel-collector:4318' });

const otlpProtocol = z.enum(['http/protobuf', 'http/json'], { error: 'must be http/protobuf or http/json (OTLP over HTTP; gRPC is not supported)' });

// The package's name, for OTEL_SERVICE_NAME's default; package.json sits beside both src/ and dist/.
const PACKAGE_NAME = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string }).name;

const envSchema = z.object({
  LABEL_STUDIO_URL: upstreamUrl,
  PORT: z.coerce.number({ error: 'must be a number' }).int().min(0).max(65_535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  LABEL_STUDIO_API_KEY: z.string().trim().min(1).optional(),
  UPSTREAM_TIMEOUT_MS: positiveInt.default(10_000),
  UPSTREAM_MAX_REQUEST_LINE_BYTES: positiveInt.default(8192),
  MAX_BULK_IDS: positiveInt.default(DEFAULT_MAX_BULK_IDS),
  // How many organization members an assign preview pages through to stay exact.
  PREVIEW_SCAN_LIMIT: positiveInt.default(DEFAULT_PREVIEW_SCAN_LIMIT),
  // The most members an unassign reads to give them back in `removedMembers`; a larger one is refused unchanged.
  UNDO_CAPTURE_LIMIT: positiveInt.default(DEFAULT_UNDO_CAPTURE_LIMIT),
  MAX_BODY_BYTES: positiveInt.default(1_048_576),
  MAX_INFLIGHT_BODY_BYTES: positiveInt.default(4 * 1_048_576),
  HEADERS_TIMEOUT_MS: positiveInt.default(10_000),
  BODY_TIMEOUT_MS: positiveInt.default(10_000),
  KEEP_ALIVE_TIMEOUT_MS: positiveInt.default(65_000),
  GRAPHQL_MAX_ROOT_MUTATIONS: positiveInt.default(5),
  GRAPHQL_MAX_DEPTH: positiveInt.default(8),
  GRAPHQL_MAX_TOKENS: positiveInt.default(1_000),
  GRAPHQL_MAX_ALIASES: positiveInt.default(15),
  GRAPHQL_MAX_DIRECTIVES: positiveInt.default(50),
  GRAPHQL_MAX_COST: positiveInt.default(5_000),
  GRAPHQL_BATCH_LIMIT: z.coerce.number({ error: 'must be a number' }).int().nonnegative().default(0),
  GRAPHQL_INTROSPECTION: flag.default(true),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number({ error: 'must be a number' }).int().nonnegative().default(10_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // The browser-facing surface (frontend teams): cross-origin access and trusted documents.
  CORS_ORIGINS: corsOrigins.default([]),
  TRUSTED_DOCUMENTS: z.string().trim().min(1).optional(),
  // Drain and tracing. The OTEL_* names and meanings are OpenTelemetry's. Whether to trace, where to and
  // as what are decided here, checked at start-up like everything else. The exporter itself still reads
  // its transport tuning (OTEL_EXPORTER_OTLP_HEADERS, _TIMEOUT, _COMPRESSION, _CERTIFICATE, ...) as the
  // SDK documents: headers carry collector credentials that have no business in Config, and a copy of
  // the SDK's parsing here would only drift from it.
  SHUTDOWN_DELAY_MS: z.coerce.number({ error: 'must be a number' }).int().nonnegative().default(5_000),
  // The specification's default is `otlp`; this service traces only when asked to, so unset means off.
  OTEL_TRACES_EXPORTER: z.enum(['otlp', 'none'], { error: 'must be otlp or none' }).default('none'),
  OTEL_EXPORTER_OTLP_ENDPOINT: otlpUrl.default('http://localhost:4318'),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: otlpUrl.optional(),
  OTEL_EXPORTER_OTLP_PROTOCOL: otlpProtocol.default('http/protobuf'),
  OTEL_EXPORTER_OTLP_TRACES_PROTOCOL: otlpProtocol.optional(),
  OTEL_SERVICE_NAME: z.string().trim().min(1).default(PACKAGE_NAME),
});

// Any page on any site could then spend the service key: a browser attaches no credentials of its own.
const wildcardWithServiceKey = (env: z.output<typeof envSchema>) => !(env.CORS_ORIGINS.includes('*') && env.LABEL_STUDIO_API_KEY);
const checkedEnvSchema = envSchema.refine(wildcardWithServiceKey, {
  path: ['CORS_ORIGINS'],
  message: '* is refused while LABEL_STUDIO_API_KEY is set (any web page could act with that key): list the origins',
});

export type Config = ReturnType<typeof toConfig>;

function toConfig(env: z.output<typeof envSchema>) {
  return {
    labelStudioUrl: env.LABEL_STUDIO_URL,
    port: env.PORT,
    host: env.HOST,
    labelStudioApiKey: env.LABEL_STUDIO_API_KEY,
    upstreamTimeoutMs: env.UPSTREAM_TIMEOUT_MS,
    upstreamMaxRequestLineBytes: env.UPSTREAM_MAX_REQUEST_LINE_BYTES,
    maxBulkIds: env.MAX_BULK_IDS,
    previewScanLimit: env.PREVIEW_SCAN_LIMIT,
    undoCaptureLimit: env.UNDO_CAPTURE_LIMIT,
    timeouts: {
      headersMs: env.HEADERS_TIMEOUT_MS,
      bodyMs: env.BODY_TIMEOUT_MS,
      keepAliveMs: env.KEEP_ALIVE_TIMEOUT_MS,
    },
    limits: {
      maxBodyBytes: env.MAX_BODY_BYTES,
      maxInFlightBodyBytes: env.MAX_INFLIGHT_BODY_BYTES,
      maxRootMutations: env.GRAPHQL_MAX_ROOT_MUTATIONS,
      maxDepth: env.GRAPHQL_MAX_DEPTH,
      maxTokens: env.GRAPHQL_MAX_TOKENS,
      maxAliases: env.GRAPHQL_MAX_ALIASES,
      maxDirectives: env.GRAPHQL_MAX_DIRECTIVES,
      maxCost: env.GRAPHQL_MAX_COST,
      batchLimit: env.GRAPHQL_BATCH_LIMIT,
      introspection: env.GRAPHQL_INTROSPECTION,
    },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    logLevel: env.LOG_LEVEL,
    corsOrigins: env.CORS_ORIGINS,
    trustedDocuments: env.TRUSTED_DOCUMENTS,
    shutdownDelayMs: env.SHUTDOWN_DELAY_MS,
    tracing: env.OTEL_TRACES_EXPORTER === 'otlp' ? tracingConfig(env) : undefined,
  };
}

export type TracingConfig = ReturnType<typeof tracingConfig>;

/** OTLP over HTTP, with the specification's rules: a signal-specific endpoint is used as is, the base one gets /v1/traces. */
function tracingConfig(env: z.output<typeof envSchema>) {
  return {
    url: env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? `${env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces`,
    protocol: env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL ?? env.OTEL_EXPORTER_OTLP_PROTOCOL,
    serviceName: env.OTEL_SERVICE_NAME,
  };
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Reads the environment once at start-up; empty strings count as unset so `PORT=` falls back to the default. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = checkedEnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return name in present ? `${name} ${issue.message}` : `${name} is required`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return toConfig(parsed.data);
}

/** For entry points: a bad configuration is one clear line on stderr and exit code 1, not a stack trace. */
export function loadConfigOrExit(env: Record<string, string | undefined>): Config {
  return exitOnConfigError(() => loadConfig(env));
}

/** The same for start-up work that checks configuration against the schema (the TRUSTED_DOCUMENTS manifest). */
export function exitOnConfigError<T>(start: () => T): T {
  try {
    return start();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
