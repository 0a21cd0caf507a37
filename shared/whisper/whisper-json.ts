import { z } from 'zod';

const offsetsSchema = z.object({ from: z.number(), to: z.number() });

/**
 * One token of whisper-cli's full JSON output (`-ojf`); offsets are in milliseconds. `t_dtw` is
 * the token's DTW-aligned start in centiseconds (with `--dtw`; -1 when it has none).
 */
const whisperTokenSchema = z.object({
  text: z.string(),
  offsets: offsetsSchema.optional(),
  id: z.number(),
  p: z.number(),
  t_dtw: z.number().optional(),
});

/** One segment of whisper-cli's JSON output; `tokens` is present only with `-ojf`. */
const whisperSegmentSchema = z.object({
  offsets: offsetsSchema,
  text: z.string(),
  tokens: z.array(whisperTokenSchema).optional(),
});

/** The parts of whisper-cli's JSON output file that Rehearse reads. */
const whisperOutputSchema = z.object({
  result: z.object({ language: z.string() }).optional(),
  transcription: z.array(whisperSegmentSchema),
});

/** A token of whisper's output. */
export type WhisperToken = z.infer<typeof whisperTokenSchema>;
/** A segment of whisper's output. */
export type WhisperSegment = z.infer<typeof whisperSegmentSchema>;
/** Whisper's parsed JSON output. */
export type WhisperOutput = z.infer<typeof whisperOutputSchema>;

/**
 * whisper-cli escapes only quotes and backslashes, so a token holding a control character, or a
 * probability printed as `nan`, makes the file invalid JSON. Repairs both without touching
 * anything else.
 */
export function repairWhisperJson(raw: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (inString) {
      if (ch === '\\') {
        out += ch + (raw[i + 1] ?? '');
        i++;
      } else if (ch === '"') {
        inString = false;
        out += ch;
      } else if (ch.charCodeAt(0) < 0x20) {
        out += '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0');
      } else {
        out += ch;
      }
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    const bad = /^-?(nan|inf(inity)?)/i.exec(raw.slice(i, i + 10));
    if (bad && /[:\s,[]/.test(raw[i - 1] ?? ' ')) {
      out += '0';
      i += bad[0].length - 1;
      continue;
    }
    out += ch;
  }
  return out;
}

/** Parses the text of a whisper-cli `-oj`/`-ojf` file; throws an Error saying what is wrong. */
export function parseWhisperJson(raw: string): WhisperOutput {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    try {
      data = JSON.parse(repairWhisperJson(raw));
    } catch (error) {
      throw new Error(`whisper-cli wrote a JSON file that cannot be read: ${String(error)}`, {
        cause: error,
      });
    }
  }
  const parsed = whisperOutputSchema.safeParse(data);
  if (!parsed.success) {
    throw new Error(`whisper-cli's JSON output has an unexpected shape: ${parsed.error.message}`);
  }
  return parsed.data;
}
