import type { AnswerAnalysis } from '../../../shared/analysis';
import { analyzeDelivery } from '../../../shared/delivery';
import type { Transcript } from '../../../shared/transcript';
import { readMonoSamples } from '../wav/samples';

/** Adds the delivery signals (pace over time, pauses, volume, pitch) heard in the recording to an
 * analysis. A recording that cannot be read as WAV leaves the analysis as it was and says why:
 * the word-level feedback is still worth having. */
export async function withDelivery(
  analysis: AnswerAnalysis,
  audioPath: string,
  transcript: Pick<Transcript, 'text' | 'words'>,
): Promise<{ analysis: AnswerAnalysis; problem: string | null }> {
  try {
    const { samples, sampleRate } = await readMonoSamples(audioPath);
    if (samples.length === 0) return { analysis, problem: 'The recording holds no samples.' };
    const delivery = analyzeDelivery({
      samples,
      sampleRate,
      text: transcript.text,
      words: transcript.words,
      segments: analysis.star.segments,
    });
    return { analysis: { ...analysis, signals: { ...analysis.signals, delivery } }, problem: null };
  } catch (error) {
    return { analysis, problem: error instanceof Error ? error.message : String(error) };
  }
}
