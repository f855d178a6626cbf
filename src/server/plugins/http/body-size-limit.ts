import { createGraphQLError, type Plugin } from 'graphql-yoga';

const tooLarge = (limit: number) =>
  createGraphQLError(`Request body too large: the limit is ${limit} bytes.`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });

const interrupted = () =>
  createGraphQLError('The request body was interrupted before it ended.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });

/**
 * Refuses request bodies over `limit` bytes, and compressed ones (nothing here inflates a body, so a
 * compressed one could only fail later as invalid JSON). Yoga's own limiter pipes every body through a
 * web-stream transform, a cost every request paid (docs/performance.md); a body with Content-Length
 * needs no such thing (Node's parser never delivers more than it declares), so only chunked bodies are
 * counted. `bodyBytes` tells admission control how large a body that has arrived was.
 */
export function useBodySizeLimit(limit: number) {
  const chunkedSizes = new WeakMap<Request, number>();

  const plugin: Plugin = {
    onRequestParse({ request, requestParser, setRequestParser }) {
      const encoding = request.headers.get('content-encoding');
      if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') {
        throw createGraphQLError(`Content-Encoding ${JSON.stringify(encoding)} is not supported: send the body uncompressed.`, {
          extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } },
        });
      }
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!/^\d+$/.test(declared)) throw createGraphQLError('Content-Length header is invalid.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
        if (Number(declared) > limit) throw tooLarge(limit);
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (chunked) => {
        const body = await readAtMost(chunked, limit);
        chunkedSizes.set(chunked, body.byteLength);
        return parse(new Request(chunked.url, { method: chunked.method, headers: chunked.headers, body: body.toString('utf8') }));
      });
    },
  };

  return {
    plugin,
    /** The size of a request's body, once it has been read: declared, or counted for a chunked one. */
    bodyBytes: (request: Request): number => Number(request.headers.get('content-length') ?? chunkedSizes.get(request) ?? 0),
  };
}

async function readAtMost(request: Request, limit: number): Promise<Buffer> {
  const reader = (request.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    // A client that goes away (or misses the body deadline) ends the stream with an error: its mistake, not ours.
    const { done, value } = await reader.read().catch(() => {
      throw interrupted();
    });
    if (done) return Buffer.concat(chunks);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
}
