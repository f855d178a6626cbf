import type { IncomingMessage } from 'node:http';
import type { RequestBody } from './request-body.js';

export type ReadBodyResult = { tooLarge: false; text: string } | { tooLarge: true };

/**
 * Reads the whole body, but keeps at most `maxBytes`: past that it goes on draining without storing,
 * so the client finishes sending and can read the 413 instead of hitting a reset mid-upload.
 */
export async function readBody(request: IncomingMessage, maxBytes: number): Promise<ReadBodyResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > maxBytes) tooLarge = true;
    if (!tooLarge) chunks.push(buffer);
  }
  return tooLarge ? { tooLarge: true } : { tooLarge: false, text: Buffer.concat(chunks).toString('utf8') };
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** DRF only parses JSON sent as application/json; any other body is a 415 once the view reads it. */
export function classifyBody(text: string, contentType: string | undefined): RequestBody {
  if (text === '') return { kind: 'absent' };
  const type = mediaType(contentType);
  if (type !== 'application/json') return { kind: 'unsupportedMediaType', mediaType: type };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { kind: 'malformed', message: error instanceof Error ? error.message : String(error) };
  }
}

/** What the request log keeps: parsed JSON when possible, else the raw text, so tests can see what was sent. */
export function recordableBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
