import type { SpanExporter } from '@opentelemetry/sdk-trace';
import type { TracingConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import { passThroughTracing, type RequestTracing } from './request-tracing.js';

export type { RequestTracing };

/**
 * Spans when configured, else the pass-through. The OpenTelemetry SDK is imported only in the first
 * case: a service that does not trace never loads it. `exporter` replaces the configured OTLP one
 * (tests read spans from memory).
 */
export async function createTracing(config: TracingConfig | undefined, logger: Logger, exporter?: SpanExporter): Promise<RequestTracing> {
  if (!config) return passThroughTracing();
  const { openTelemetryTracing } = await import('./open-telemetry.js');
  return openTelemetryTracing(config, logger, exporter);
}
