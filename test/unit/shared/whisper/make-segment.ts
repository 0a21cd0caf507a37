import type { WhisperSegment } from '../../../../shared/whisper/whisper-json';

/** A whisper segment from [text, fromMs, toMs, p] token tuples, as whisper-cli's -ojf writes it. */
export function segment(
  tokens: [string, number, number, number][],
  from = 0,
  to = 5000,
): WhisperSegment {
  return {
    offsets: { from, to },
    text: tokens.map(([t]) => t).join(''),
    tokens: tokens.map(([text, f, t, p], id) => ({ text, offsets: { from: f, to: t }, id, p })),
  };
}
