import type { IncomingMessage } from 'node:http';
import type { BridgeErrorCode } from '../../shared/contract/error-codes';

/** Largest request body the preview accepts: the contract's largest audio chunk (4,000,000
 * base64 characters) with room for its JSON; a chunk the recorder sends is about 11 KiB. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Bytes of request bodies that all requests in flight may hold together: with JSON parsing on
 * top, this is what keeps many parallel large bodies from taking the machine's memory. */
const TOTAL_BODY_BYTES = 16 * 1024 * 1024;

/** Thrown for a body that is too large or not JSON; carries the HTTP status to answer with. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly code: BridgeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The memory all request bodies share. Each request holds a lease until its response is done. */
export class BodyBudget {
  private used = 0;

  constructor(
    readonly total = TOTAL_BODY_BYTES,
    readonly perRequest = MAX_BODY_BYTES,
  ) {}

  /** Bytes currently held by requests in flight. */
  get inUse(): number {
    return this.used;
  }

  /** A lease for one request; `release` gives its bytes back (idempotent). */
  lease(): { take(bytes: number): boolean; release(): void } {
    let held = 0;
    return {
      take: (bytes) => {
        if (this.used + bytes > this.total) return false;
        this.used += bytes;
        held += bytes;
        return true;
      },
      release: () => {
        this.used -= held;
        held = 0;
      },
    };
  }
}

const MIB = 1024 * 1024;
const tooLarge = (limit: number) =>
  new BodyError(
    413,
    'payload-too-large',
    `The request body was larger than ${limit / MIB} MiB, the most one call may send.`,
  );
const busy = () =>
  new BodyError(
    503,
    'busy',
    'The preview is holding too many large requests at once. Wait a moment and send it again.',
  );

/** Reads a request body as JSON against the lease's budget; an empty body is `{}`. A body over
 * the per-call limit stops being read at once (the caller answers and closes the connection); one
 * that finds the budget spent is read to its end without being kept, so the client gets its 503. */
export function readJsonBody(
  req: IncomingMessage,
  lease: ReturnType<BodyBudget['lease']>,
  limit = MAX_BODY_BYTES,
): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(tooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let discarding = false;
    const stop = (error: BodyError) => {
      req.off('data', onData);
      req.pause();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return stop(tooLarge(limit));
      if (discarding) return;
      if (lease.take(chunk.length)) return void chunks.push(chunk);
      // Over budget: let go of what this request held and drop the rest as it arrives.
      discarding = true;
      chunks.length = 0;
      lease.release();
    };
    req.on('data', onData);
    req.once('error', () => reject(new BodyError(400, 'aborted', 'The request was cut off.')));
    req.once('end', () => {
      if (discarding) return reject(busy());
      const text = Buffer.concat(chunks).toString('utf8').trim();
      chunks.length = 0;
      if (text === '') return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new BodyError(400, 'invalid-json', 'The request body was not valid JSON.'));
      }
    });
  });
}
