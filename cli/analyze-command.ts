import path from 'node:path';
import type { AnswerAnalysis } from '../shared/analysis';
import { load, UsageError, type Loaded } from './answer-input';

const HELP = `Usage: rehearse analyze <answer.txt | transcript.json | audio.wav> [options]

Analyses one spoken answer: flags (filler, hedge, vague, blame, we-ownership, buzzword),
duration and pace, STAR-L structure, numbers stated, follow-up questions and the three
things to fix first.

  <file>             a plain-text transcript, a Rehearse transcript.json (with word timings),
                     or audio (.wav, .mp3, .flac, .ogg), transcribed first with whisper-cli
  --json             print the analysis as JSON instead of the readable report
  --question <id>    the question id, for question-specific follow-ups
  --model <file>     ggml model for audio input (default: env REHEARSE_MODEL)
  --no-color         plain text even in a terminal

JSON fields: file, input, text, version, wordCount, hasWordTimings, flags[] ({ kind, start,
end, text, reason, suggestion?, startSec?, endSec? }), flagCounts, answerFlags[], signals
({ duration, pace, ownership, impact, specificity, delivery? (audio: pace over time, pauses,
volume, pitch) }), star, followUps[], summary.`;

function parseArgs(args: string[]): {
  file?: string;
  json: boolean;
  color: boolean;
  question?: string;
  model?: string;
  help: boolean;
} {
  const out = { json: false, color: true, help: false } as ReturnType<typeof parseArgs>;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') out.json = true;
    else if (a === '--no-color') out.color = false;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--question' || a === '--model') {
      const v = args[++i];
      if (!v) throw new UsageError(`${a} needs a value.`);
      if (a === '--question') out.question = v;
      else out.model = v;
    } else if (a.startsWith('-')) throw new UsageError(`Unknown option ${a}.`);
    else if (out.file) throw new UsageError('Give one file at a time.');
    else out.file = a;
  }
  return out;
}

/** Adds what the recording itself says (pace over time, pauses, volume, pitch); WAV only. */
async function addDelivery(
  analysis: AnswerAnalysis,
  file: string,
  transcript: Loaded['transcript'],
): Promise<AnswerAnalysis> {
  const { withDelivery } = await import('../electron/services/review/delivery');
  const out = await withDelivery(analysis, file, transcript);
  if (out.problem)
    process.stderr.write(
      `No delivery signals (pace over time, pauses, volume, pitch): ${out.problem}\n`,
    );
  return out.analysis;
}

/** `rehearse analyze`: prints the readable report or the JSON; resolves to the exit code. */
async function runAnalyze(args: string[]): Promise<number> {
  try {
    const opts = parseArgs(args);
    if (opts.help || !opts.file) {
      (opts.help ? console.log : console.error)(HELP);
      return opts.help ? 0 : 2;
    }
    const { input, transcript } = await load(opts.file, opts.model);
    // Loaded here, not at the top: other commands should not pay for the NLP model's start-up.
    const { analyzeAnswerRead, answerAnalysisSchema } = await import('../shared/analysis');
    const { ANSI, PLAIN, renderReport } = await import('../shared/analysis/report-text');
    const { createClauseReader } = await import('../electron/services/clause-reader/clause-reader');
    const reader = createClauseReader(undefined, (error) =>
      console.error(`rehearse analyze: the clause reader is off (${error.message})`),
    );
    let analysis: AnswerAnalysis = await analyzeAnswerRead(
      {
        text: transcript.text,
        words: transcript.words,
        questionId: opts.question,
        audioDurationSec: transcript.audioDurationSec,
      },
      reader,
    );
    if (input === 'audio') analysis = await addDelivery(analysis, opts.file, transcript);
    // The Fix-first list as the app stores and shows it: the engine's and the signals' fixes ranked.
    const { withRankedFixes } = await import('../shared/review/focused-review');
    analysis = answerAnalysisSchema.parse(withRankedFixes(analysis));
    if (opts.json) {
      console.log(
        JSON.stringify({ file: opts.file, input, text: transcript.text, ...analysis }, null, 2),
      );
    } else {
      const paint = opts.color && process.stdout.isTTY && !process.env.NO_COLOR ? ANSI : PLAIN;
      process.stdout.write(
        renderReport(analysis, transcript.text, path.basename(opts.file), paint),
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`rehearse analyze: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

/** The command-table entry. */
export const analyzeCommand = {
  summary: 'Analyse an answer (text, transcript.json or audio) and print feedback',
  run: runAnalyze,
};
