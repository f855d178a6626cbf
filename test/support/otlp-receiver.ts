import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A span as the receiver decoded it: ids in lower-case hex, attributes as plain values. */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  /** '' for a root span. */
  parentSpanId: string;
  traceState: string;
  name: string;
  /** OTLP's SpanKind: 1 internal, 2 server, 3 client. */
  kind: number;
  attributes: Record<string, unknown>;
  /** OTLP's status code: 0 unset, 1 ok, 2 error. */
  statusCode: number;
  resource: Record<string, unknown>;
}

export const SPAN_KIND = { internal: 1, server: 2, client: 3 } as const;

/**
 * A real OTLP/HTTP trace receiver on 127.0.0.1: accepts what an exporter POSTs to /v1/traces, as
 * protobuf (decoded here from the wire format, independently of the exporter's own code) or JSON.
 */
export async function startOtlpReceiver() {
  const spans: ReceivedSpan[] = [];
  const contentTypes: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks);
      const type = request.headers['content-type'] ?? '';
      contentTypes.push(type);
      if (request.method !== 'POST' || request.url !== '/v1/traces') {
        response.writeHead(404).end();
        return;
      }
      const json = type.startsWith('application/json');
      spans.push(...(json ? decodeJson(JSON.parse(body.toString('utf8')) as JsonRequest) : decodeProtobuf(body)));
      response.writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' }).end(json ? '{}' : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    spans,
    contentTypes,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// --- protobuf: just enough of the wire format for opentelemetry-proto's trace messages ---

type Field = { wire: 0; value: bigint } | { wire: 1 | 5; value: Buffer } | { wire: 2; value: Buffer };

function fields(buffer: Buffer): Map<number, Field[]> {
  const out = new Map<number, Field[]>();
  let offset = 0;
  const varint = (): bigint => {
    let result = 0n;
    for (let shift = 0n; ; shift += 7n) {
      const byte = buffer[offset++] as number;
      result |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) return result;
    }
  };
  while (offset < buffer.length) {
    const key = Number(varint());
    const number = key >>> 3;
    const wire = key & 7;
    let field: Field;
    if (wire === 0) field = { wire, value: varint() };
    else if (wire === 1 || wire === 5) {
      const size = wire === 1 ? 8 : 4;
      field = { wire, value: buffer.subarray(offset, offset + size) };
      offset += size;
    } else if (wire === 2) {
      const length = Number(varint());
      field = { wire, value: buffer.subarray(offset, offset + length) };
      offset += length;
    } else throw new Error(`unsupported wire type ${wire}`);
    out.set(number, [...(out.get(number) ?? []), field]);
  }
  return out;
}

const bytesOf = (message: Map<number, Field[]>, n: number) => (message.get(n)?.[0]?.value as Buffer | undefined) ?? Buffer.alloc(0);
const messagesOf = (message: Map<number, Field[]>, n: number) => (message.get(n) ?? []).map((field) => fields(field.value as Buffer));
const numberOf = (message: Map<number, Field[]>, n: number) => Number((message.get(n)?.[0]?.value as bigint | undefined) ?? 0n);

function anyValue(value: Map<number, Field[]>): unknown {
  if (value.has(1)) return bytesOf(value, 1).toString('utf8');
  if (value.has(2)) return numberOf(value, 2) === 1;
  if (value.has(3)) return numberOf(value, 3);
  if (value.has(4)) return bytesOf(value, 4).readDoubleLE();
  if (value.has(5)) return messagesOf(messagesOf(value, 5)[0] ?? new Map(), 1).map(anyValue);
  return undefined;
}

const attributesOf = (message: Map<number, Field[]>, n: number) =>
  Object.fromEntries(messagesOf(message, n).map((kv) => [bytesOf(kv, 1).toString('utf8'), anyValue(messagesOf(kv, 2)[0] ?? new Map())]));

function decodeProtobuf(body: Buffer): ReceivedSpan[] {
  return messagesOf(fields(body), 1).flatMap((resourceSpans) => {
    const resource = attributesOf(messagesOf(resourceSpans, 1)[0] ?? new Map(), 1);
    return messagesOf(resourceSpans, 2).flatMap((scopeSpans) =>
      messagesOf(scopeSpans, 2).map((span) => ({
        traceId: bytesOf(span, 1).toString('hex'),
        spanId: bytesOf(span, 2).toString('hex'),
        traceState: bytesOf(span, 3).toString('utf8'),
        parentSpanId: bytesOf(span, 4).toString('hex'),
        name: bytesOf(span, 5).toString('utf8'),
        kind: numberOf(span, 6),
        attributes: attributesOf(span, 9),
        statusCode: numberOf(messagesOf(span, 15)[0] ?? new Map(), 3),
        resource,
      })),
    );
  });
}

// --- JSON: OTLP/JSON, ids in hex, 64-bit integers as strings ---

interface JsonAnyValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: string | number;
  doubleValue?: number;
  arrayValue?: { values?: JsonAnyValue[] };
}
type JsonAttributes = { key: string; value: JsonAnyValue }[] | undefined;
interface JsonSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  traceState?: string;
  name: string;
  kind: number;
  attributes?: JsonAttributes;
  status?: { code?: number };
}
interface JsonRequest {
  resourceSpans?: { resource?: { attributes?: JsonAttributes }; scopeSpans?: { spans?: JsonSpan[] }[] }[];
}

function jsonValue(value: JsonAnyValue): unknown {
  if (value.stringValue !== undefined) return value.stringValue;
  if (value.boolValue !== undefined) return value.boolValue;
  if (value.intValue !== undefined) return Number(value.intValue);
  if (value.doubleValue !== undefined) return value.doubleValue;
  return value.arrayValue?.values?.map(jsonValue);
}

const jsonAttributes = (attributes: JsonAttributes) => Object.fromEntries((attributes ?? []).map(({ key, value }) => [key, jsonValue(value)]));

function decodeJson(body: JsonRequest): ReceivedSpan[] {
  return (body.resourceSpans ?? []).flatMap((resourceSpans) => {
    const resource = jsonAttributes(resourceSpans.resource?.attributes);
    return (resourceSpans.scopeSpans ?? []).flatMap((scopeSpans) =>
      (scopeSpans.spans ?? []).map((span) => ({
        traceId: span.traceId.toLowerCase(),
        spanId: span.spanId.toLowerCase(),
        parentSpanId: (span.parentSpanId ?? '').toLowerCase(),
        traceState: span.traceState ?? '',
        name: span.name,
        kind: span.kind,
        attributes: jsonAttributes(span.attributes),
        statusCode: span.status?.code ?? 0,
        resource,
      })),
    );
  });
}
