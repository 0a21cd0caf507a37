import fs from 'node:fs';
import path from 'node:path';
import { analyzeAnswer } from '../../../../../shared/analysis';
import type { Attempt } from '../../../../../shared/contract/attempts';
import type { Transcript } from '../../../../../shared/transcript';
import { attemptFolder } from '../../../../../electron/services/attempts/attempt-ids';
import type { AttemptStore } from '../../../../../electron/services/attempts/attempt-store';
import { pcm } from '../attempts/helpers';

/** A first, rambling take of an incident answer. */
export const ROUGH_TAKE =
  'Um, so basically we had this checkout service that was, like, really slow during a sale. We looked into it and we fixed it, and things got a lot better. It was kind of a team effort. I think I learned a lot.';

/** A tighter second take of the same answer. */
export const TIGHT_TAKE =
  'During a sale our checkout API hit a p99 of 1.2 seconds. I owned the service, so I profiled it and found an N+1 query in the cart lookup. I batched the query and added a Redis cache with a 30 second TTL. The p99 fell to 180 milliseconds and checkout errors dropped from 4% to 0.2%. I learned to load test every endpoint at three times peak before a sale.';

/** Records a real attempt: a WAV of `seconds` of deterministic samples, finished. */
export async function recordAttempt(
  store: AttemptStore,
  questionId: string,
  questionText: string,
  options: { seconds?: number; seed?: number; parentId?: string | null } = {},
): Promise<Attempt> {
  const attempt = await store.create({
    questionId,
    questionText,
    sampleRate: 16000,
    deviceLabel: 'Test microphone',
    parentId: options.parentId ?? null,
  });
  await store.appendAudio(
    attempt.id,
    0,
    pcm(Math.round((options.seconds ?? 1) * 16000), options.seed ?? 1),
  );
  return store.finish(attempt.id, 'stopped');
}

/** Writes the transcript of `text` (words timed at 150 words per minute) and, unless told not to,
 * the real engine's analysis of it, as the review pipeline stores them. */
export function writeReview(
  store: AttemptStore,
  attempt: Attempt,
  text: string,
  analyse = true,
): void {
  const folder = attemptFolder(store.root, attempt.id);
  const words = [...text.matchAll(/\S+/g)].map((m, i) => ({
    text: m[0],
    start: i * 0.4,
    end: i * 0.4 + 0.35,
    p: 0.9,
    charStart: m.index,
    charEnd: m.index + m[0].length,
  }));
  const audioDurationSec = words.length * 0.4 + 0.5;
  const transcript: Transcript = {
    version: 1,
    text,
    words,
    segments: [{ text, start: 0, end: audioDurationSec }],
    audioDurationSec,
    noSpeech: false,
    language: 'en',
    model: 'ggml-tiny.en.bin',
    createdAt: attempt.createdAt,
  };
  fs.writeFileSync(path.join(folder, 'transcript.json'), JSON.stringify(transcript));
  if (!analyse) return;
  const analysis = analyzeAnswer({ text, words, questionId: attempt.questionId, audioDurationSec });
  fs.writeFileSync(path.join(folder, 'analysis.json'), JSON.stringify(analysis));
}
