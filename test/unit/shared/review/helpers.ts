import { analyzeAnswer } from '../../../../shared/analysis';
import type { TranscriptWord } from '../../../../shared/transcript';

/** Words of `text` spoken evenly from `fromSec` to `toSec`, as a transcript would time them. */
export function evenWords(text: string, fromSec: number, toSec: number): TranscriptWord[] {
  const spans = [...text.matchAll(/\S+/g)];
  const step = (toSec - fromSec) / Math.max(1, spans.length);
  return spans.map((m, i) => ({
    text: m[0],
    start: fromSec + i * step,
    end: fromSec + (i + 0.8) * step,
    p: 0.9,
    charStart: m.index!,
    charEnd: m.index! + m[0].length,
  }));
}

/** The real engine's analysis of `text` spoken evenly over `seconds` (after 0.5 s of silence). */
export function analyzeSpoken(text: string, seconds: number) {
  const words = evenWords(text, 0.5, 0.5 + seconds);
  return { words, analysis: analyzeAnswer({ text, words, audioDurationSec: seconds + 1 }) };
}
