import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDtwPreset } from '../../../electron/services/transcription/dtw-preset';
import { FILLER_PROMPT, Transcriber } from '../../../electron/services/transcription/index';
import { transcribeFileLive } from '../../../electron/services/transcription/live/feed-file';
import { LiveTranscriber } from '../../../electron/services/transcription/live/live-transcriber';
import { runWhisper } from '../../../electron/services/transcription/run-whisper';
import { buildWhisperArgs } from '../../../electron/services/transcription/whisper-args';
import type { Transcript } from '../../../shared/transcript';
import { buildTranscript } from '../../../shared/whisper/build-transcript';
import { parseWhisperJson } from '../../../shared/whisper/whisper-json';
import { composeAnswer, type ComposedAnswer } from '../../e2e/support/answer-audio';
import { INCIDENT_ANSWER } from '../helpers/answers';
import {
  LONG_TEST_MS,
  MODEL,
  requireEngine,
  SKIP_ENGINE_TESTS,
  WHISPER_CLI,
} from '../helpers/engine';
import { sentenceStartErrors } from '../helpers/sentence-timing';

/** Clicking a flagged phrase must play that moment: this close, anywhere in the answer. */
const START_BOUND_SEC = 0.5;
/** DTW alone, before word starts are fitted to the audio: measured 0.20 to 0.45 s late with
 * tiny.en (always late, never drifting); the bound leaves a little room above that. */
const DTW_BOUND_SEC = 0.6;
/** The last word may not stretch over the trailing silence. */
const END_BOUND_SEC = 1;

/** Every sentence's first word is found within START_BOUND_SEC of where its voice starts. */
function expectSentenceStarts(path: string, transcript: Transcript, answer: ComposedAnswer): void {
  const errors = sentenceStartErrors(transcript, answer.sentences);
  console.log(
    `[word timing] ${path}: sentence start errors (s):`,
    errors.map((e) => (e.foundSec === null ? 'missing' : (e.foundSec - e.knownSec).toFixed(2))),
  );
  for (const e of errors) {
    expect(e.foundSec, `first word of "${e.sentence}" not found`).not.toBeNull();
    expect(Math.abs(e.foundSec! - e.knownSec), e.sentence).toBeLessThanOrEqual(START_BOUND_SEC);
  }
}

// The two-minute incident answer, each sentence spoken on its own, so each start is known from
// the audio alone; the token offsets of whisper drift by seconds over such an answer.
const SENTENCES = INCIDENT_ANSWER.match(/[^.]+\./g)!.map((s) => s.trim());

describe.skipIf(SKIP_ENGINE_TESTS)(
  'word timing over a two-minute answer (real whisper-cli)',
  () => {
    let answer: ComposedAnswer;
    let transcript: Transcript;
    beforeAll(async () => {
      requireEngine();
      answer = await composeAnswer('timing-incident', SENTENCES, {
        leadSec: 1,
        gapSec: 0.8,
        tailSec: 4,
      });
      const transcriber = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: MODEL });
      transcript = await transcriber.enqueue(answer.file).promise;
    }, LONG_TEST_MS);

    it('lasts long enough for drift to show', () => {
      expect(answer.durationSec).toBeGreaterThan(60);
      expect(answer.sentences).toHaveLength(13);
    });

    it(`starts the first word of every sentence within ${START_BOUND_SEC} s of its voice`, () => {
      expectSentenceStarts('whole file', transcript, answer);
    });

    it(`ends the last word within ${END_BOUND_SEC} s of the end of speech, not at the end of the audio`, () => {
      const speechEnd = answer.sentences.at(-1)!.endSec;
      const last = transcript.words.at(-1)!;
      console.log(
        `[word timing] last word ends ${last.end.toFixed(2)} s, speech ${speechEnd.toFixed(2)} s`,
      );
      expect(Math.abs(last.end - speechEnd)).toBeLessThanOrEqual(END_BOUND_SEC);
    });

    it(
      `has DTW starts within ${DTW_BOUND_SEC} s before any fitting to the audio (no drift)`,
      async () => {
        const preset = await readDtwPreset(MODEL);
        expect(preset).toBe('tiny.en');
        const dir = await mkdtemp(path.join(os.tmpdir(), 'rehearse-dtw-'));
        try {
          const outputBase = path.join(dir, 'out');
          const args = buildWhisperArgs({
            modelPath: MODEL,
            audioPath: answer.file,
            outputBase,
            threads: 2,
            prompt: FILLER_PROMPT,
            dtwPreset: preset,
          });
          const signal = new AbortController().signal;
          await runWhisper({
            cliPath: WHISPER_CLI,
            args,
            timeoutMs: LONG_TEST_MS,
            signal,
            maxAudioSec: 600,
          });
          const output = parseWhisperJson(await readFile(`${outputBase}.json`, 'utf8'));
          const meta = { audioDurationSec: answer.durationSec, model: 'tiny.en', createdAt: '' };
          const errors = sentenceStartErrors(buildTranscript(output, meta), answer.sentences);
          console.log(
            '[word timing] DTW-only start errors (s):',
            errors.map((e) =>
              e.foundSec === null ? 'missing' : (e.foundSec - e.knownSec).toFixed(2),
            ),
          );
          for (const e of errors.filter((x) => x.foundSec !== null)) {
            expect(Math.abs(e.foundSec! - e.knownSec), e.sentence).toBeLessThanOrEqual(
              DTW_BOUND_SEC,
            );
          }
          // Whisper may drop a sentence on one run; most must be there to measure anything.
          expect(errors.filter((x) => x.foundSec !== null).length).toBeGreaterThanOrEqual(11);
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      },
      LONG_TEST_MS,
    );

    it('keeps words ordered and never lets one run into the next', () => {
      transcript.words.forEach((w, i) => {
        expect(w.end).toBeGreaterThanOrEqual(w.start);
        const next = transcript.words[i + 1];
        if (next) expect(w.end).toBeLessThanOrEqual(next.start);
      });
      for (const s of transcript.segments) expect(s.end).toBeGreaterThanOrEqual(s.start);
    });
  },
);

// What a recording gets since live transcription: segments cut at pauses and decoded by the
// resident whisper-server with flash attention and no DTW, word starts fitted to speech onsets.
describe.skipIf(SKIP_ENGINE_TESTS)(
  'word timing over a two-minute answer (live path, real whisper-server)',
  () => {
    let answer: ComposedAnswer;
    let transcript: Transcript;
    let live: LiveTranscriber;
    beforeAll(async () => {
      requireEngine();
      answer = await composeAnswer('timing-incident', SENTENCES, {
        leadSec: 1,
        gapSec: 0.8,
        tailSec: 4,
      });
      live = new LiveTranscriber({ resolveModel: async () => MODEL, onUpdate: () => undefined });
      ({ transcript } = await transcribeFileLive(live, answer.file));
    }, LONG_TEST_MS);
    afterAll(() => live?.dispose());

    it(`starts the first word of every sentence within ${START_BOUND_SEC} s of its voice`, () => {
      expectSentenceStarts('live path', transcript, answer);
    });

    it('keeps words ordered across the cuts', () => {
      transcript.words.forEach((w, i) => {
        const next = transcript.words[i + 1];
        if (next) expect(w.end).toBeLessThanOrEqual(next.start);
      });
    });
  },
);
