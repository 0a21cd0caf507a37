import type { Attempt } from '../../../shared/contract';
import type { EarlierTake } from '../../../shared/analysis/signals/memorized';
import { attemptFolder } from '../attempts/attempt-ids';
import type { AttemptStore } from '../attempts/attempt-store';
import { readTranscript } from './review-files';

/** Compared with at most this many earlier takes: the most recent are the ones being recited. */
const MAX_TAKES = 5;

/** The transcripts of earlier main answers to the same question, most recent first. A take whose
 * transcript is missing or unreadable is skipped: it has nothing to compare. */
export async function earlierTakes(
  attempts: AttemptStore,
  attemptsRoot: string,
  attempt: Attempt,
): Promise<EarlierTake[]> {
  const list = await attempts.list();
  const earlier = list
    .flatMap((item) => (item.state === 'ok' && item.hasTranscript ? [item.attempt] : []))
    .filter(
      (a) =>
        a.id !== attempt.id &&
        a.parentId === null &&
        a.questionId === attempt.questionId &&
        a.createdAt < attempt.createdAt,
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .slice(0, MAX_TAKES);
  const takes = await Promise.all(
    earlier.map(async (a) => {
      const t = await readTranscript(attemptFolder(attemptsRoot, a.id)).catch(() => null);
      return t && !t.noSpeech && t.text.trim() ? { attemptId: a.id, text: t.text } : null;
    }),
  );
  return takes.filter((t): t is EarlierTake => t !== null);
}
