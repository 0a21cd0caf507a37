import type { CallName } from '../../../shared/contract';
import type { HandlerTable } from '../bridge/handler-table';
import { AttemptError } from './attempt-errors';
import type { AttemptStore } from './attempt-store';

type AttemptCallName = Extract<CallName, `attempts/${string}`>;

/** The bridge handlers of the attempts namespace, over one store. `ready` is the start-up repair,
 * which every call waits for so nothing reads a recording while it is being repaired. */
export function createAttemptHandlers(
  store: AttemptStore,
  ready: Promise<unknown>,
): Pick<HandlerTable, AttemptCallName> {
  const after =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await ready;
      return run(...args);
    };
  return {
    'attempts/create': after((request) => store.create(request)),
    'attempts/append-audio': after(({ id, seq, pcm }) =>
      store.appendAudio(id, seq, decodePcm(pcm, seq)),
    ),
    'attempts/finish': after(({ id, reason }) => store.finish(id, reason)),
    'attempts/list': after(() => store.list()),
    'attempts/get': after(({ id }) => store.get(id)),
    'attempts/rename': after(({ id, title }) => store.rename(id, title)),
    'attempts/delete': after(({ id }) => store.delete(id)),
    'attempts/recovered': after(() => store.recovered()),
    'attempts/acknowledge-recovery': after(({ id }) => store.acknowledgeRecovery(id)),
  };
}

/** Decodes a chunk; Node's decoder skips stray characters silently, so the length is checked
 * first (padded base64, as btoa and Buffer produce, is always a multiple of 4 characters). */
function decodePcm(base64: string, seq: number): Buffer {
  if (base64.length % 4 !== 0) {
    throw new AttemptError(
      'bad-chunk',
      `Audio chunk ${seq} is not valid base64 (its length is not a multiple of 4); it was not saved. This is a bug in the recorder.`,
    );
  }
  return Buffer.from(base64, 'base64');
}
