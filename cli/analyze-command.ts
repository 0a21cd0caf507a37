import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { AnswerAnalysis } from '../shared/analysis';
import { transcriptSchema, type Transcript } from '../shared/transcript';

/** What `rehearse analyze` read: the text, and word timings when it came from audio or a transcript. */
type Loaded = {
  input: 'text' | 'transcript' | 'audio';
  transcript: Pick<Transcript, 'text' | 'words'> & { audioDurationSec?: number };
};

const AUDIO = /\.(wav|wave|mp3|flac|ogg)$/i;
const OTHER_AUDIO = /\.(m4a|aac|webm|opus|mp4|mov|wma|aiff?)$/i;

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

class UsageError extends Error {}

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

async function load(file: string, model: string | undefined): Promise<Loaded> {
  const info = await stat(file).catch(() => null);
  if (!info) throw new UsageError(`${file} does not exist. Check the path.`);
  if (!info.isFile())
    throw new UsageError(`${file} is a folder; give a .txt transcript or an audio file.`);
  if (OTHER_AUDIO.test(file)) {
    throw new UsageError(
      `${path.basename(file)}: whisper-cli reads WAV, MP3, FLAC and OGG. Convert it first, e.g. ffmpeg -i "${file}" -ar 16000 -ac 1 answer.wav`,
    );
  }
  if (AUDIO.test(file)) return { input: 'audio', transcript: await transcribe(file, model) };
  const raw = await readFile(file);
  if (raw.includes(0))
    throw new UsageError(
      `${path.basename(file)} looks binary. Give a plain-text transcript (.txt) or an audio file (.wav, .mp3, .flac, .ogg).`,
    );
  const text = raw.toString('utf8');
  if (/\.json$/i.test(file)) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new UsageError(
        `${path.basename(file)} is not valid JSON. Give a Rehearse transcript.json or a .txt file.`,
      );
    }
    const t = transcriptSchema.safeParse(parsed);
    if (!t.success)
      throw new UsageError(
        `${path.basename(file)} is JSON but not a Rehearse transcript (text, words, segments ...).`,
      );
    return { input: 'transcript', transcript: t.data };
  }
  if (!text.trim())
    throw new UsageError(`${path.basename(file)} is empty: there is no answer to analyse.`);
  return { input: 'text', transcript: { text, words: [] } };
}

/** Transcribes with the transcription service (loaded only for audio, so text needs no engine). */
async function transcribe(file: string, model: string | undefined): Promise<Loaded['transcript']> {
  const { Transcriber, isTranscriptionError } = await import('../electron/services/transcription');
  const transcriber = new Transcriber({ modelPath: model });
  process.stderr.write(
    `Transcribing ${path.basename(file)} with ${path.basename(transcriber.modelPath)} ...\n`,
  );
  try {
    const t = await transcriber.enqueue(path.resolve(file)).promise;
    if (t.noSpeech || !t.text.trim())
      throw new UsageError(`No speech found in ${path.basename(file)}: nothing to analyse.`);
    return t;
  } catch (error) {
    if (isTranscriptionError(error)) throw new UsageError(error.message);
    throw error;
  } finally {
    transcriber.dispose();
  }
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
export async function runAnalyze(args: string[]): Promise<number> {
  try {
    const opts = parseArgs(args);
    if (opts.help || !opts.file) {
      (opts.help ? console.log : console.error)(HELP);
      return opts.help ? 0 : 2;
    }
    const { input, transcript } = await load(opts.file, opts.model);
    // Loaded here, not at the top: other commands should not pay for the NLP model's start-up.
    const { analyzeAnswer, answerAnalysisSchema } = await import('../shared/analysis');
    const { ANSI, PLAIN, renderReport } = await import('../shared/analysis/report-text');
    let analysis: AnswerAnalysis = analyzeAnswer({
      text: transcript.text,
      words: transcript.words,
      questionId: opts.question,
      audioDurationSec: transcript.audioDurationSec,
    });
    if (input === 'audio') analysis = await addDelivery(analysis, opts.file, transcript);
    analysis = answerAnalysisSchema.parse(analysis);
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
