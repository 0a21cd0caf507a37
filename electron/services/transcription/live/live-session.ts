import type { LiveUpdate } from '../../../../shared/contract/live';
import { liveStats } from '../../../../shared/live/live-stats';
import type { Transcript } from '../../../../shared/transcript';
import { FILLER_PROMPT } from '../transcriber';
import { LEVEL_FRAME_SEC } from '../../wav/levels';
import { joinPieces, type TranscriptPiece } from './join-transcript';
import { FRAME_SAMPLES, PcmLevels } from './pcm-levels';
import { transcribeSegment, type SegmentAudio } from './segment-transcript';
import { decideCut } from './segmenter';
import type { WhisperServer } from './whisper-server';

/** The live path could not finish; the review transcribes the whole file instead. */
export class LiveFailed extends Error {
  override readonly name = 'LiveFailed';
}

/** What a session needs. */
export type LiveSessionOptions = {
  attemptId: string;
  /** The resident engine for this recording (started once, shared by its segments) and the
   * file name of its model, stored in the transcript. */
  engine: Promise<{ server: WhisperServer; model: string }>;
  onUpdate: (update: LiveUpdate) => void;
};

/** Seconds of context the segmenter looks at before a segment (speech-activity's floor window). */
const CONTEXT_FRAMES = Math.round(10 / LEVEL_FRAME_SEC);
/** Characters of the text before a segment given as its prompt (whisper keeps ~224 tokens). */
const PROMPT_CHARS = 400;

/**
 * One recording transcribed while it is made: audio chunks in (as they are appended to
 * audio.wav), cut at pauses into 5 to 25 s segments, each transcribed in turn by the resident
 * engine with the text so far as its prompt; finish() transcribes the rest and joins it all.
 * If the engine fails, the session stops transcribing (the audio itself is written elsewhere, so
 * nothing is lost) and finish() rejects with LiveFailed.
 */
export class LiveSession {
  private chunks: Buffer[] = [];
  private segmentStartSample = 0;
  private totalSamples = 0;
  private readonly levels = new PcmLevels();
  private readonly pieces: TranscriptPiece[] = [];
  private chain: Promise<void> = Promise.resolve();
  private failure: string | null = null;
  private lastSeq = -1;
  private done = 0;
  private finishing: Promise<Transcript> | null = null;
  private offExit: () => void = () => undefined;
  private model = '';

  constructor(private readonly options: LiveSessionOptions) {
    options.engine.then(
      ({ server, model }) => {
        this.model = model;
        this.offExit = server.onExit((why) => this.fail(`the engine stopped (${why})`));
      },
      (error: unknown) => this.fail(`the engine could not start (${(error as Error).message})`),
    );
  }

  /** Seconds transcribed so far and seconds recorded, on the recording's clock. */
  get progress(): { doneSec: number; totalSec: number } {
    return { doneSec: this.done, totalSec: this.totalSamples / 16_000 };
  }

  /** Why live transcription stopped, or null while it runs. */
  get failed(): string | null {
    return this.failure;
  }

  /** Adds chunk `seq` of 16-bit mono PCM; a repeated chunk (a retried upload) is ignored. */
  push(seq: number, pcm: Buffer): void {
    if (seq <= this.lastSeq || this.finishing) return;
    this.lastSeq = seq;
    this.totalSamples += pcm.length / 2;
    if (this.failure) return;
    this.chunks.push(pcm);
    this.levels.push(pcm);
    const frames = this.levels.frames;
    const startFrame = this.segmentStartSample / FRAME_SAMPLES;
    const base = Math.max(0, startFrame - CONTEXT_FRAMES);
    const cut = decideCut(frames.subarray(base), LEVEL_FRAME_SEC, startFrame - base);
    if (cut) this.cut((cut.cutFrame + base) * FRAME_SAMPLES);
  }

  /** Transcribes what is left after the last cut and resolves to the joined transcript. */
  finish(): Promise<Transcript> {
    if (!this.finishing) {
      this.finishing = (async () => {
        if (!this.failure && this.totalSamples > this.segmentStartSample) {
          this.cut(this.totalSamples);
        }
        await this.chain;
        // The engine stopping after this recording's last segment is no concern of it.
        this.offExit();
        if (this.failure) throw new LiveFailed(this.failure);
        return joinPieces(this.pieces, {
          audioDurationSec: this.totalSamples / 16_000,
          model: this.model,
          createdAt: new Date().toISOString(),
        });
      })();
      this.finishing.catch(() => undefined);
    }
    return this.finishing;
  }

  private cut(endSample: number): void {
    const all = Buffer.concat(this.chunks);
    const bytes = (endSample - this.segmentStartSample) * 2;
    const startFrame = this.segmentStartSample / FRAME_SAMPLES;
    const segment: SegmentAudio = {
      startSec: this.segmentStartSample / 16_000,
      pcm: all.subarray(0, bytes),
      levels: this.levels.frames.slice(startFrame, Math.floor(endSample / FRAME_SAMPLES)),
    };
    this.chunks = bytes < all.length ? [Buffer.from(all.subarray(bytes))] : [];
    this.segmentStartSample = endSample;
    const endSec = endSample / 16_000;
    this.chain = this.chain.then(() => this.transcribe(segment, endSec));
  }

  private async transcribe(segment: SegmentAudio, endSec: number): Promise<void> {
    if (this.failure) return;
    try {
      const { server, model } = await this.options.engine;
      const prompt = `${FILLER_PROMPT} ${this.textSoFar().slice(-PROMPT_CHARS)}`.trim();
      const transcript = await transcribeSegment(server, segment, prompt, model);
      this.pieces.push({ offsetSec: segment.startSec, transcript });
        console.error(segment.startSec.toFixed(2), endSec.toFixed(2), transcript.text);
      this.done = endSec;
      this.emit();
    } catch (error) {
      this.fail((error as Error).message);
    }
  }

  private textSoFar(): string {
    return this.pieces.map((p) => p.transcript.text).join(' ');
  }

  private fail(why: string): void {
    if (this.failure) return;
    this.failure = why;
    this.chunks = [];
    this.emit();
  }

  private emit(): void {
    const joined = joinPieces(this.pieces, { audioDurationSec: 0, model: '', createdAt: '' });
    const stats = liveStats(joined.text, joined.words, this.done);
    this.options.onUpdate({
      attemptId: this.options.attemptId,
      state: this.failure ? 'stopped' : 'live',
      text: joined.text,
      doneSec: this.done,
      recordedSec: this.totalSamples / 16_000,
      ...stats,
      notice: this.failure
        ? `Live transcription stopped: ${this.failure}. Your recording continues; it will be transcribed in full after you stop.`
        : null,
    });
  }
}
