import path from 'node:path';
import {
  isTranscriptionError,
  TEST_MODEL_PATH,
  Transcriber,
} from '../electron/services/transcription/index';
import { transcribeFileLive } from '../electron/services/transcription/live/feed-file';
import { LiveTranscriber } from '../electron/services/transcription/live/live-transcriber';

const HELP = `Usage: rehearse transcribe <audio file> [--model <file.bin>] [--json] [--live]

Transcribes one audio file on this machine with whisper.cpp (whisper-cli) and prints the text.
Reads any audio whisper-cli reads: WAV (any rate, bit depth or channel count), MP3, FLAC, OGG.
Audio longer than 20 minutes is refused.

  --model <file>   whisper.cpp ggml model (default: env REHEARSE_MODEL, else
                   .cache/test-models/ggml-tiny.en.bin)
  --json           print the transcript as JSON: text, words[] ({ text, start, end, p,
                   charStart, charEnd }, seconds), segments[], audioDurationSec, noSpeech
  --threads <n>    threads for whisper-cli (default: number of cores)
  --live           transcribe as the app does while recording: the file is fed in 250 ms chunks
                   (faster than real time) through the live segmenter and the resident engine
                   (whisper-server); prints the same output, so the two paths can be compared.
                   Needs 16 kHz mono 16-bit WAV.

Environment: REHEARSE_WHISPER_CLI overrides the engine (default vendor/whisper/bin/whisper-cli,
built by \`node scripts/build-whisper.mjs\`).`;

type Options = {
  file?: string;
  model?: string;
  threads?: number;
  json: boolean;
  live: boolean;
  help: boolean;
};

function parseArgs(args: string[]): Options | string {
  const options: Options = { json: false, live: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--live') options.live = true;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--model' || arg === '--threads') {
      const value = args[++i];
      if (!value) return `${arg} needs a value.`;
      if (arg === '--model') options.model = value;
      else if (!/^\d+$/.test(value) || Number(value) < 1)
        return '--threads needs a whole number of 1 or more.';
      else options.threads = Number(value);
    } else if (arg.startsWith('-') && arg !== '-') return `Unknown option ${arg}.`;
    else if (options.file) return 'Give one audio file at a time.';
    else options.file = arg;
  }
  return options;
}

/** Runs `rehearse transcribe`; resolves to the exit code (0 done, 1 failed, 2 usage error). */
async function runTranscribe(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === 'string' || options.help || !options.file) {
    const problem =
      typeof options === 'string' ? options : !options.help ? 'Give an audio file.' : '';
    if (problem) console.error(`${problem}\n`);
    (problem ? console.error : console.log)(HELP);
    return problem ? 2 : 0;
  }
  const showProgress = process.stderr.isTTY === true && !options.json;
  const transcriber = new Transcriber({
    modelPath: options.model,
    threads: options.threads,
    onProgress: showProgress
      ? (_id, p) => process.stderr.write(`\rTranscribing ... ${p}%`)
      : undefined,
  });
  const stop = () => transcriber.dispose();
  process.once('SIGINT', stop);
  try {
    const transcript = options.live
      ? await transcribeLive(path.resolve(options.file), options)
      : await transcriber.enqueue(path.resolve(options.file)).promise;
    if (showProgress) process.stderr.write('\r\x1b[K');
    if (options.json) console.log(JSON.stringify(transcript, null, 2));
    else if (transcript.noSpeech)
      console.error(`No speech detected in ${path.basename(options.file)}.`);
    else console.log(transcript.text);
    return 0;
  } catch (error) {
    if (showProgress) process.stderr.write('\n');
    console.error(
      isTranscriptionError(error) ? error.message : `Transcription failed: ${String(error)}`,
    );
    return 1;
  } finally {
    process.off('SIGINT', stop);
    transcriber.dispose();
  }
}

/** The --live path: the file through the live segmenter and whisper-server, stopped on exit. */
async function transcribeLive(file: string, options: Options) {
  const model = options.model;
  const live = new LiveTranscriber({
    resolveModel: async () => path.resolve(model || process.env.REHEARSE_MODEL || TEST_MODEL_PATH),
    threads: options.threads,
    onUpdate: () => undefined,
  });
  try {
    return (await transcribeFileLive(live, file)).transcript;
  } finally {
    await live.dispose();
  }
}

/** The `transcribe` entry of the CLI's command table. */
export const transcribeCommand = {
  summary: 'Transcribe an audio file with whisper.cpp (--json for word timings)',
  run: runTranscribe,
};
