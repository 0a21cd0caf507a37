import type { HandlerTable } from '../../bridge/handler-table';
import type { LiveTranscriber } from './live-transcriber';

type Recording = Pick<
  HandlerTable,
  'attempts/create' | 'attempts/append-audio' | 'attempts/finish'
>;

/**
 * The recording calls with live transcription on the side: a new attempt starts a session, each
 * chunk is fed to it once it is safely in audio.wav (so the transcript never holds audio the file
 * lacks), and finishing starts the tail's transcription before the review asks for it. A live
 * failure never fails a recording call.
 */
export function withLiveTranscription<T extends Recording>(handlers: T, live: LiveTranscriber): T {
  return {
    ...handlers,
    'attempts/create': async (request) => {
      const attempt = await handlers['attempts/create'](request);
      live.begin(attempt.id);
      return attempt;
    },
    'attempts/append-audio': async (request) => {
      const progress = await handlers['attempts/append-audio'](request);
      live.push(request.id, request.seq, Buffer.from(request.pcm, 'base64'));
      return progress;
    },
    'attempts/finish': async (request) => {
      const attempt = await handlers['attempts/finish'](request);
      live.end(request.id);
      return attempt;
    },
  };
}
