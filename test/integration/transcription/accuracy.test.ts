import { beforeAll, describe, expect, it } from 'vitest';
import { Transcriber } from '../../../electron/services/transcription/index';
import { transcriptSchema, type Transcript } from '../../../shared/transcript';
import { FILLER_ANSWERS, INCIDENT_ANSWER } from '../helpers/answers';
import { countFillers } from '../helpers/fillers';
import { JFK_MP3, JFK_TEXT, jfkWav, soxConvert, speak } from '../helpers/audio';
import {
  LONG_TEST_MS,
  MODEL,
  requireEngine,
  SKIP_ENGINE_TESTS,
  WHISPER_CLI,
} from '../helpers/engine';
import { normaliseWords, wordErrorRate } from '../helpers/wer';

/** Checks the invariants every transcript must hold against its audio. */
function expectWellFormed(t: Transcript): void {
  expect(transcriptSchema.parse(t)).toEqual(t);
  let last = 0;
  for (const w of t.words) {
    expect(t.text.slice(w.charStart, w.charEnd)).toBe(w.text);
    expect(w.start).toBeGreaterThanOrEqual(last);
    expect(w.end).toBeGreaterThanOrEqual(w.start);
    expect(w.end).toBeLessThanOrEqual(t.audioDurationSec);
    last = w.start;
  }
}

describe.skipIf(SKIP_ENGINE_TESTS)('transcription accuracy (real whisper-cli, tiny.en)', () => {
  let transcriber: Transcriber;
  beforeAll(() => {
    requireEngine();
    transcriber = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: MODEL });
  });

  it('transcribes jfk.wav to the exact sentence, with word timings', async () => {
    const t = await transcriber.enqueue(await jfkWav()).promise;
    expect(normaliseWords(t.text)).toEqual(normaliseWords(JFK_TEXT));
    expect(t).toMatchObject({ noSpeech: false, language: 'en', model: 'ggml-tiny.en.bin' });
    expect(t.audioDurationSec).toBeCloseTo(11.09, 1);
    expect(t.words.map((w) => w.text.toLowerCase())).toEqual(normaliseWords(JFK_TEXT));
    expectWellFormed(t);
    // "country" closes the sentence near the end of the 11 s clip, "And" opens it.
    expect(t.words[0]!.start).toBeLessThan(1.5);
    expect(t.words.at(-1)!.start).toBeGreaterThan(8);
    for (const w of t.words) expect(w.p).toBeGreaterThan(0);
  });

  it('transcribes the MP3 as shipped (whisper-cli decodes MP3 itself)', async () => {
    const t = await transcriber.enqueue(JFK_MP3).promise;
    expect(normaliseWords(t.text)).toEqual(normaliseWords(JFK_TEXT));
    expect(t.audioDurationSec).toBeGreaterThan(10.5);
    expectWellFormed(t);
  });

  it('reads 8-bit and stereo 44.1 kHz WAVs without a conversion step', async () => {
    const jfk = await jfkWav();
    const eightBit = await soxConvert(jfk, 'jfk-8bit', ['-b', '8', '-e', 'unsigned-integer']);
    const stereo = await soxConvert(jfk, 'jfk-stereo-44k', ['-r', '44100', '-c', '2', '-b', '16']);
    for (const file of [eightBit, stereo]) {
      const t = await transcriber.enqueue(file).promise;
      expect(wordErrorRate(JFK_TEXT, t.text), t.text).toBeLessThanOrEqual(0.1);
      expect(t.audioDurationSec).toBeCloseTo(11.09, 1);
      expectWellFormed(t);
    }
  });

  it(
    'transcribes a two-minute spoken answer with a word error rate under 15%',
    async () => {
      const wav = await speak(INCIDENT_ANSWER, 140);
      const t = await transcriber.enqueue(wav).promise;
      const wer = wordErrorRate(INCIDENT_ANSWER, t.text);
      console.log(
        `[accuracy] espeak answer ${t.audioDurationSec.toFixed(1)} s, WER ${(100 * wer).toFixed(1)}%`,
      );
      expect(t.audioDurationSec).toBeGreaterThan(60);
      expect(t.audioDurationSec).toBeLessThanOrEqual(120);
      expect(wer).toBeLessThan(0.15);
      expectWellFormed(t);
      expect(t.words.length).toBeGreaterThan(250);
      // Words spread over the whole answer, not bunched at the start.
      expect(t.words.at(-1)!.start).toBeGreaterThan(t.audioDurationSec - 10);
      expect(t.segments.length).toBeGreaterThan(3);
    },
    LONG_TEST_MS,
  );

  it('keeps most spoken fillers ("um", "uh") with the default prompt, inventing none', async () => {
    let spoken = 0;
    let kept = 0;
    for (const script of FILLER_ANSWERS.slice(3, 6)) {
      const t = await transcriber.enqueue(await speak(script)).promise;
      const count = countFillers(script, t.text);
      expect(count.invented, t.text).toBe(0);
      spoken += count.spoken;
      kept += count.kept;
    }
    // bench/filler-fidelity.ts: 16 of 19 kept with the prompt, 4 of 19 without it.
    expect(kept / spoken).toBeGreaterThanOrEqual(0.6);
  });
});
