import { align, normaliseWords } from './wer';

/** Filler words as whisper spells them. */
const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'hmm', 'hm', 'mm', 'ah']);

/** Filler counts of one transcript against its script. */
export type FillerCount = { spoken: number; kept: number; invented: number };

/** Counts the script's fillers that the transcript kept, and fillers it added, by alignment. */
export function countFillers(script: string, transcript: string): FillerCount {
  const count: FillerCount = { spoken: 0, kept: 0, invented: 0 };
  for (const step of align(normaliseWords(script), normaliseWords(transcript))) {
    const refFiller = step.op !== 'ins' && FILLERS.has(step.ref);
    const hypFiller = step.op !== 'del' && FILLERS.has(step.hyp);
    if (refFiller) count.spoken++;
    if (refFiller && hypFiller) count.kept++;
    if (hypFiller && !refFiller) count.invented++;
  }
  return count;
}

/** The text without filler words, normalised, for a word error rate of the rest. */
export function withoutFillers(text: string): string {
  return normaliseWords(text)
    .filter((w) => !FILLERS.has(w))
    .join(' ');
}
