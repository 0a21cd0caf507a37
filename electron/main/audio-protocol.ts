import { Readable } from 'node:stream';
import type { ReadableStream } from 'node:stream/web';
import { protocol } from 'electron';
import { AUDIO_SCHEME } from '../../shared/contract';
import { attemptAudioResponse } from '../services/attempts/audio-stream';
import type { AttemptAudioFile } from '../services/attempts/attempt-store';

/** Makes `rehearse-audio:` fetchable and streamable by the page (seeking sends Range requests).
 * Electron requires this before the app is ready. */
export function registerAudioScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: AUDIO_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ]);
}

const plain = (status: number, message: string) =>
  new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The handler for `rehearse-audio://attempt/<id>`: the recording as a byte stream (the same
 * responses the preview sends over HTTP), so replay never holds a whole take in memory. */
function audioRequestHandler(lookup: (id: string) => Promise<AttemptAudioFile>) {
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Use GET.');
    const id = attemptIdOf(request.url);
    if (id === null) return plain(404, 'No such recording.');
    const answer = await attemptAudioResponse(
      () => lookup(id),
      request.headers.get('range') ?? undefined,
    );
    if (request.method === 'HEAD') answer.body.destroy();
    const body =
      request.method === 'HEAD'
        ? null
        : (Readable.toWeb(answer.body) as ReadableStream<Uint8Array>);
    return new Response(body as globalThis.ReadableStream<Uint8Array> | null, {
      status: answer.status,
      headers: answer.headers,
    });
  };
}

/** Serves recordings on the audio scheme (after the app is ready). */
export function serveAudioProtocol(lookup: (id: string) => Promise<AttemptAudioFile>): void {
  protocol.handle(AUDIO_SCHEME, audioRequestHandler(lookup));
}

/** The id in `rehearse-audio://attempt/<id>`, or null for any other shape (never throws). */
function attemptIdOf(href: string): string | null {
  try {
    const url = new URL(href);
    return url.host === 'attempt' ? decodeURIComponent(url.pathname.slice(1)) : null;
  } catch {
    return null;
  }
}
