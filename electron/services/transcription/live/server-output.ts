import { z } from 'zod';
import type { WhisperOutput } from '../../../../shared/whisper/whisper-json';

/** One token of whisper-server's `verbose_json` answer: times in seconds, `t_dtw` in centiseconds. */
const serverWordSchema = z.object({
  word: z.string(),
  start: z.number().optional(),
  end: z.number().optional(),
  t_dtw: z.number().optional(),
  probability: z.number().nullable().optional(),
});

/** The parts of whisper-server's `verbose_json` answer Rehearse reads. */
const serverResponseSchema = z.object({
  language: z.string().optional(),
  segments: z.array(
    z.object({
      text: z.string(),
      start: z.number(),
      end: z.number(),
      words: z.array(serverWordSchema).optional(),
    }),
  ),
});

const ms = (sec: number) => Math.round(sec * 1000);

/**
 * Turns whisper-server's answer into the shape of whisper-cli's `-ojf` file, so one builder
 * (shared/whisper/build-transcript.ts) makes transcripts from both engines. The server's
 * "words" are tokens; probabilities print as null when NaN.
 */
export function serverToWhisperOutput(raw: unknown): WhisperOutput {
  const parsed = serverResponseSchema.parse(raw);
  return {
    result: { language: parsed.language === 'english' ? 'en' : (parsed.language ?? 'en') },
    transcription: parsed.segments.map((segment) => ({
      text: segment.text,
      offsets: { from: ms(segment.start), to: ms(segment.end) },
      tokens: (segment.words ?? []).map((word, id) => ({
        id,
        text: word.word,
        offsets:
          word.start !== undefined && word.end !== undefined
            ? { from: ms(word.start), to: ms(word.end) }
            : undefined,
        p: Number.isFinite(word.probability) ? (word.probability as number) : 0,
        t_dtw: word.t_dtw,
      })),
    })),
  };
}
