import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Transcriber } from '../../../electron/services/transcription/index';
import { transcribeFileLive } from '../../../electron/services/transcription/live/feed-file';
import { LiveTranscriber } from '../../../electron/services/transcription/live/live-transcriber';
import type { Transcript } from '../../../shared/transcript';
import { FILLER_ANSWERS, INCIDENT_ANSWER } from '../helpers/answers';
import { concat, jfkWav, JFK_TEXT, speak, synth } from '../helpers/audio';
import {
  LONG_TEST_MS,
  MODEL,
  requireEngine,
  SKIP_ENGINE_TESTS,
  WHISPER_CLI,
} from '../helpers/engine';
import { boundaryErrors } from '../helpers/boundary-errors';
import { wordErrorRate } from '../helpers/wer';

/** About nine seconds of speech, no cut: the whole answer is the open segment at Stop. */
const SHORT_ANSWER =
  'I rewrote the retry logic in the payment worker so that failed charges back off exponentially. Duplicate charges dropped to zero within a week.';

type Case = { name: string; text: string; file: () => Promise<string> };
const CASES: Case[] = [
  { name: 'jfk', text: JFK_TEXT, file: jfkWav },
  { name: 'incident answer (2 min)', text: INCIDENT_ANSWER, file: () => speak(INCIDENT_ANSWER) },
  {
    name: 'answer with fillers',
    text: FILLER_ANSWERS.join(' '),
    file: () => speak(FILLER_ANSWERS.join(' ')),
  },
];

/** WER points the live path may lose against the whole file. The goal is 1 point;
 * measured with a 5-wide beam for cut segments, greedy for the tail, DTW word times: 9.3% vs 9.6%
 * (two-minute answer), 6.3% to 7.0% vs 5.6% (fillers), 0% vs 0% (jfk); greedy everywhere had
 * given 13.6% and 8.5%. The temperature fallback samples, and the resident server's sampler
 * state carries over from earlier requests, so one word of the 71-word fillers answer (1.4
 * points) comes and goes between runs: the bound allows that one word and no more. */
const WER_MARGIN_POINTS = 1.5;

// The same recordings through the live path (`--live`: 250 ms chunks, the pause segmenter, the
// resident whisper-server) and through whisper-cli over the whole file, with the same model and
// decoding settings.
describe.skipIf(SKIP_ENGINE_TESTS)(
  'live transcription against the whole file (real engines)',
  () => {
    const results = new Map<string, { live: Transcript; cuts: number[]; whole: Transcript }>();
    let live: LiveTranscriber;

    beforeAll(async () => {
      requireEngine();
      live = new LiveTranscriber({ resolveModel: async () => MODEL, onUpdate: () => undefined });
      const transcriber = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: MODEL });
      for (const c of CASES) {
        const file = await c.file();
        const { transcript, cutsSec } = await transcribeFileLive(live, file);
        const whole = await transcriber.enqueue(file).promise;
        results.set(c.name, { live: transcript, cuts: cutsSec, whole });
      }
    }, 4 * LONG_TEST_MS);
    afterAll(() => live?.dispose());

    it.each(CASES)(
      `$name: --live WER within ${WER_MARGIN_POINTS} points of the whole file`,
      (c) => {
        const r = results.get(c.name)!;
        const liveWer = 100 * wordErrorRate(c.text, r.live.text);
        const wholeWer = 100 * wordErrorRate(c.text, r.whole.text);
        console.log(
          `[live] ${c.name}: WER live ${liveWer.toFixed(1)}%, whole file ${wholeWer.toFixed(1)}%, ${r.cuts.length} cut(s) at ${r.cuts.map((s) => s.toFixed(1)).join(', ')} s`,
        );
        expect(liveWer).toBeLessThanOrEqual(wholeWer + WER_MARGIN_POINTS);
      },
    );

    it('cuts the two-minute answer into segments of 5 to 25 s', () => {
      const r = results.get('incident answer (2 min)')!;
      const edges = [0, ...r.cuts, r.live.audioDurationSec];
      expect(r.cuts.length).toBeGreaterThanOrEqual(3);
      for (let i = 1; i < edges.length - 1; i++) {
        expect(edges[i]! - edges[i - 1]!).toBeGreaterThanOrEqual(5);
        expect(edges[i]! - edges[i - 1]!).toBeLessThanOrEqual(25);
      }
    });

    it('duplicates and drops no word at a segment boundary (counted against the script)', () => {
      for (const c of CASES) {
        const r = results.get(c.name)!;
        const errors = boundaryErrors(c.text, r.live, r.whole, r.cuts);
        console.log(
          `[live] ${c.name}: at ${r.cuts.length} cut(s): ${errors.duplicated.length} duplicated, ${errors.dropped.length} dropped`,
          errors,
        );
        expect(errors.duplicated).toEqual([]);
        expect(errors.dropped).toEqual([]);
      }
    });

    // Recorded in real time (one 250 ms chunk every 250 ms, the live view's decodes on): the
    // pause before Stop is used to decode the open segment, so Stop has nothing left to decode;
    // stopped mid-sentence, the tail is decoded at Stop as before. The settle decode waits for
    // the provisional decode already running when the pause begins (its encoder pass cannot be
    // stopped), so on a CI machine busy with other test files a 2.5 s pause was once too short
    // for both (11.4 s left at Stop); the pause here leaves room for a machine 3x slower.
    it(
      'decodes the tail during the final pause, and only the tail when stopped mid-speech',
      async () => {
        const spoken = await speak(SHORT_ANSWER);
        const paused = await concat('short-answer-then-6s-pause', [
          spoken,
          await synth('silence-6s', 6),
        ]);
        const settled = await transcribeFileLive(live, paused, undefined, { realTime: true });
        const abrupt = await transcribeFileLive(live, spoken, undefined, { realTime: true });
        const wer = (t: Transcript) => 100 * wordErrorRate(SHORT_ANSWER, t.text);
        console.log(
          `[live] real time: stopped after a pause: ${settled.tailDecodedAtStopSec.toFixed(1)} s left to decode at Stop, WER ${wer(settled.transcript).toFixed(1)}%; stopped mid-speech: ${abrupt.tailDecodedAtStopSec.toFixed(1)} s left, WER ${wer(abrupt.transcript).toFixed(1)}%`,
        );
        expect(settled.tailDecodedAtStopSec).toBe(0);
        expect(abrupt.tailDecodedAtStopSec).toBeGreaterThan(1);
        expect(settled.transcript.words.at(-1)!.end).toBeLessThanOrEqual(
          settled.transcript.audioDurationSec,
        );
        expect(wer(settled.transcript)).toBeLessThanOrEqual(wer(abrupt.transcript) + 5);
      },
      LONG_TEST_MS,
    );

    it('keeps word times on the recording clock and char offsets into the joined text', () => {
      const r = results.get('incident answer (2 min)')!;
      let last = 0;
      for (const w of r.live.words) {
        expect(w.start).toBeGreaterThanOrEqual(last);
        expect(r.live.text.slice(w.charStart, w.charEnd)).toBe(w.text);
        last = w.start;
      }
      expect(last).toBeGreaterThan(r.live.audioDurationSec - 10);
      expect(fs.existsSync(MODEL)).toBe(true);
    });
  },
);
