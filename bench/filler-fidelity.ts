/**
 * How many spoken fillers ("um", "uh") reach the transcript, with and without the initial
 * prompt that asks whisper to keep disfluencies. Answers are spoken by espeak-ng, which says
 * "um" and "uh" audibly. Run: npx tsx bench/filler-fidelity.ts
 */
import { pathToFileURL } from 'node:url';
import { FILLER_PROMPT, Transcriber } from '../electron/services/transcription/index';
import { FILLER_ANSWERS, INCIDENT_ANSWER } from '../test/integration/helpers/answers';
import { speak } from '../test/integration/helpers/audio';
import { MODEL, WHISPER_CLI } from '../test/integration/helpers/engine';
import {
  countFillers,
  type FillerCount,
  withoutFillers,
} from '../test/integration/helpers/fillers';
import { normaliseWords, wordErrorRate } from '../test/integration/helpers/wer';

/** One setting's totals. */
export type FillerResult = FillerCount & {
  label: string;
  wer: number;
  fluentWer: number;
  fluentInvented: number;
};

/** Transcribes every filler answer and the fluent incident answer with one prompt setting. */
export async function measureFillers(label: string, prompt: string | null): Promise<FillerResult> {
  const transcriber = new Transcriber({ whisperCliPath: WHISPER_CLI, modelPath: MODEL, prompt });
  const total: FillerCount = { spoken: 0, kept: 0, invented: 0 };
  let errors = 0;
  let words = 0;
  for (const script of FILLER_ANSWERS) {
    const { text } = await transcriber.enqueue(await speak(script)).promise;
    const c = countFillers(script, text);
    total.spoken += c.spoken;
    total.kept += c.kept;
    total.invented += c.invented;
    const n = normaliseWords(withoutFillers(script)).length;
    errors += wordErrorRate(withoutFillers(script), withoutFillers(text)) * n;
    words += n;
    console.log(`  [${label}] ${text}`);
  }
  const fluent = await transcriber.enqueue(await speak(INCIDENT_ANSWER, 140)).promise;
  return {
    label,
    ...total,
    wer: errors / words,
    fluentWer: wordErrorRate(INCIDENT_ANSWER, fluent.text),
    fluentInvented: countFillers(INCIDENT_ANSWER, fluent.text).invented,
  };
}

/** Runs both settings and prints the comparison. */
export async function runFillerFidelity(): Promise<FillerResult[]> {
  const results = [
    await measureFillers('no prompt', null),
    await measureFillers('filler prompt', FILLER_PROMPT),
  ];
  console.log(
    `\nFiller fidelity (${FILLER_ANSWERS.length} espeak-ng answers, model ${MODEL.split('/').pop()}):`,
  );
  for (const r of results) {
    const pct = r.spoken ? ((100 * r.kept) / r.spoken).toFixed(0) : '-';
    console.log(
      `  ${r.label.padEnd(14)} fillers kept ${r.kept}/${r.spoken} (${pct}%), invented ${r.invented}, ` +
        `WER without fillers ${(100 * r.wer).toFixed(1)}%; fluent 2-min answer: WER ${(100 * r.fluentWer).toFixed(1)}%, ` +
        `invented fillers ${r.fluentInvented}`,
    );
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runFillerFidelity();
}
