import type { IncomingMessage } from 'node:http';

/** Largest request body the preview accepts (audio chunks are far smaller). */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Thrown for a body that is too large or not JSON; carries the HTTP status to answer with. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Reads a request body as JSON; an empty body is `{}`. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      throw new BodyError(413, 'payload-too-large', 'The request was larger than 16 MiB.');
    }
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError(400, 'invalid-json', 'The request body was not valid JSON.');
  }
}
