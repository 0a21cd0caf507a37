import type { LiveUpdate } from '../../../../shared/contract/live';
import { liveStats } from '../../../../shared/live/live-stats';
import type { Transcript } from '../../../../shared/transcript';
import { FILLER_PROMPT } from '../transcriber';
import { LEVEL_FRAME_SEC } from '../../wav/levels';
import { joinPieces, type TranscriptPiece } from './join-transcript';
import { FRAME_SAMPLES, PcmLevels } from './pcm-levels';
import { LIVE_DECODE, type DecodeSettings, type LiveDecode } from './engine-settings';
import { transcribeSegment, type SegmentAudio } from './segment-transcript';
import { decideCut } from './segmenter';
import { activeSecondsBetween, analyseActivity } from '../speech-activity';
import type { WhisperServer } from './whisper-server';

/** A decode of the open segment (see LiveSession.provisional). */
type Provisional = {
  /** The latest finished decode of the open segment shown in the live view, and the time it
   * reaches (an earlier decode stays shown while a newer one runs). */
  shown: { transcript: Transcript; untilSec: number } | null;
  abort: AbortController | null;
  atSample: number;
  /** The decode while it runs, then its transcript (null when it was aborted or failed). */
  run: Promise<Transcript | null> | null;
};
const EMPTY_PROVISIONAL: Provisional = {
  shown: null,
  abort: null,
  atSample: 0,
  run: null,
};

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
  /** Show the open segment's text before it is cut (a provisional decode whenever the engine is
   * idle); off when a file is fed faster than real time, where nobody is watching. */
  provisional?: boolean;
  /** The search for cut segments and for the open segment's decodes; default LIVE_DECODE. */
  decode?: LiveDecode;
};

/** New audio after which the open segment is decoded again for the live view. */
const PROVISIONAL_EVERY_SEC = 4;
/** Provisional decodes only while a segment takes at most this share of its length to decode. */
const MAX_PROVISIONAL_FACTOR = 0.5;

/** A pause this long after speech starts a decode of the open segment at once (a "settle"
 * decode): most answers end in such a pause before Stop, and then Stop finds the tail decoded. */
const SETTLE_PAUSE_SEC = 0.8;
/** Settle decodes only while the engine keeps up with speech at all. */
const MAX_SETTLE_FACTOR = 1;
/** Speech after a settle decode's end shorter than this (a breath, the click of Stop) leaves
 * that decode valid for the tail. */
const MAX_SPEECH_AFTER_SETTLE_SEC = 0.15;

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
  private tailAtStopSec: number | null = null;
  private offExit: () => void = () => undefined;
  private model = '';
  /** Segments queued or being transcribed. */
  private pending = 0;
  /** Decode time over audio time of the last segment (0 until one is done). */
  private realtimeFactor = 0;
  /** The latest decode of the open segment (for the live view, and for Stop when nothing was
   * said after it): the audio up to `atSample` and its decode. */
  private provisional: Provisional = EMPTY_PROVISIONAL;
  private readonly decode: LiveDecode;

  constructor(private readonly options: LiveSessionOptions) {
    this.decode = options.decode ?? LIVE_DECODE;
    options.engine.then(
      ({ server, model }) => {
        this.model = model;
        this.offExit = server.onExit((why) => this.fail(`the engine stopped (${why})`));
      },
      // No model installed or no engine built: nothing to show while recording; the review
      // transcribes the whole file and says why if that fails too.
      (error: unknown) =>
        this.fail(`the engine could not start (${(error as Error).message})`, { quiet: true }),
    );
  }

  /** Seconds transcribed so far and seconds recorded, on the recording's clock. */
  get progress(): { doneSec: number; totalSec: number } {
    return { doneSec: this.done, totalSec: this.totalSamples / 16_000 };
  }

  /** Seconds of audio Stop left to decode: the open segment, or 0 when a decode made during the
   * final pause already covered it; null before Stop. */
  get tailDecodedAtStopSec(): number | null {
    return this.tailAtStopSec;
  }

  /** Start times (s) of every segment cut so far after the first, on the recording's clock. */
  get cutsSec(): number[] {
    return this.pieces.slice(1).map((p) => p.offsetSec);
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
    else this.maybeProvisional();
  }

  /** Decodes the open segment when the engine has nothing else to do: every few seconds for the
   * live view, and at once when the speaker pauses (so Stop after a pause finds it done). */
  private maybeProvisional(): void {
    const p = this.provisional;
    if (this.options.provisional === false || this.pending > 0 || p.abort) return;
    if ((this.totalSamples - this.segmentStartSample) / 16_000 < 1) return;
    if (this.pauseAfterUndecodedSpeech()) {
      if (this.realtimeFactor > MAX_SETTLE_FACTOR) return;
    } else {
      // On a machine too busy to decode well ahead of real time, a provisional decode (whose
      // encoder pass cannot be stopped) would hold up the next segment and grow the wait at Stop.
      if (this.realtimeFactor > MAX_PROVISIONAL_FACTOR) return;
      if ((this.totalSamples - p.atSample) / 16_000 < PROVISIONAL_EVERY_SEC) return;
    }
    const segment = this.openSegment(this.totalSamples);
    const abort = new AbortController();
    const next: Provisional = {
      shown: p.shown,
      abort,
      atSample: this.totalSamples,
      run: null,
    };
    next.run = (async () => {
      try {
        const { server, model } = await this.options.engine;
        const transcript = await transcribeSegment(server, segment, this.prompt(), model, {
          signal: abort.signal,
          decode: this.decode.open,
        });
        if (abort.signal.aborted) return null;
        next.shown = { transcript, untilSec: segment.startSec + segment.pcm.length / 2 / 16_000 };
        this.emit();
        return transcript;
      } catch {
        // A provisional decode only feeds the live view; a real failure shows on the next cut.
        return null;
      } finally {
        next.abort = null;
      }
    })();
    this.provisional = next;
  }

  /** True when the open segment ends in a pause of SETTLE_PAUSE_SEC after speech that no
   * decode has covered yet. */
  private pauseAfterUndecodedSpeech(): boolean {
    const startFrame = this.segmentStartSample / FRAME_SAMPLES;
    const frames = this.levels.frames;
    const activity = analyseActivity(frames.subarray(startFrame), LEVEL_FRAME_SEC);
    const prefix = activity.activePrefix;
    const n = prefix.length - 1;
    let last = n - 1;
    while (last >= 0 && prefix[last + 1] === prefix[last]) last--;
    if (last < 0) return false;
    const quietSec = (n - 1 - last) * LEVEL_FRAME_SEC;
    const speechEndSample = (startFrame + last + 1) * FRAME_SAMPLES;
    return quietSec >= SETTLE_PAUSE_SEC && this.provisional.atSample < speechEndSample;
  }

  /** The running or finished decode of the open segment, when nothing but silence was recorded
   * after the audio it covers: then it is the tail's transcript and Stop need not decode again. */
  private settledTail(): Provisional | null {
    const p = this.provisional;
    if (!p.run || p.atSample <= this.segmentStartSample) return null;
    const startFrame = this.segmentStartSample / FRAME_SAMPLES;
    const activity = analyseActivity(this.levels.frames.subarray(startFrame), LEVEL_FRAME_SEC);
    const fromSec = (p.atSample - this.segmentStartSample) / 16_000;
    const toSec = (this.totalSamples - this.segmentStartSample) / 16_000;
    return activeSecondsBetween(activity, fromSec, toSec) < MAX_SPEECH_AFTER_SETTLE_SEC ? p : null;
  }

  /** Transcribes what is left after the last cut and resolves to the joined transcript. */
  finish(): Promise<Transcript> {
    if (!this.finishing) {
      this.finishing = (async () => {
        if (!this.failure && this.totalSamples > this.segmentStartSample) {
          const settled = this.settledTail();
          this.tailAtStopSec = settled ? 0 : (this.totalSamples - this.segmentStartSample) / 16_000;
          if (settled) this.useSettled(settled);
          // The user waits on the tail: decoded like the open segment, not like a cut one.
          else this.cut(this.totalSamples, this.decode.open);
        }
        this.tailAtStopSec ??= 0;
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

  /** The audio from the current segment's start to `endSample`, with its frame levels. */
  private openSegment(endSample: number): SegmentAudio {
    const startFrame = this.segmentStartSample / FRAME_SAMPLES;
    const pcm = Buffer.concat(this.chunks);
    return {
      startSec: this.segmentStartSample / 16_000,
      pcm: pcm.subarray(0, (endSample - this.segmentStartSample) * 2),
      levels: this.levels.frames.slice(startFrame, Math.floor(endSample / FRAME_SAMPLES)),
    };
  }

  /** Ends the recording with the settle decode of the open segment as its last piece (the audio
   * after it is silence); if that decode failed, the tail is decoded as usual. */
  private useSettled(settled: Provisional): void {
    const segment = this.openSegment(this.totalSamples);
    const endSec = this.totalSamples / 16_000;
    this.segmentStartSample = this.totalSamples;
    this.chunks = [];
    // Its words become a finished piece below; shown as open text too, they would count twice.
    this.provisional = { ...EMPTY_PROVISIONAL, atSample: this.totalSamples };
    this.pending++;
    this.chain = this.chain
      .then(async () => {
        const transcript = await settled.run;
        if (!transcript) return this.transcribe(segment, endSec, this.decode.open);
        this.pieces.push({ offsetSec: segment.startSec, transcript });
        this.done = endSec;
        this.emit();
      })
      .finally(() => this.pending--);
  }

  /** Closes the open segment at `endSample` and queues its decode (by default a cut segment's
   * search, decoded while the speaker goes on). */
  private cut(endSample: number, decode: DecodeSettings = this.decode.cut): void {
    // A provisional decode would only delay this segment's real one.
    this.provisional.abort?.abort();
    this.provisional = { ...EMPTY_PROVISIONAL, atSample: endSample };
    const segment = this.openSegment(endSample);
    const all = Buffer.concat(this.chunks);
    const bytes = segment.pcm.length;
    this.chunks = bytes < all.length ? [Buffer.from(all.subarray(bytes))] : [];
    this.segmentStartSample = endSample;
    const endSec = endSample / 16_000;
    this.pending++;
    this.chain = this.chain
      .then(() => this.transcribe(segment, endSec, decode))
      .finally(() => this.pending--);
  }

  private async transcribe(
    segment: SegmentAudio,
    endSec: number,
    decode: DecodeSettings,
  ): Promise<void> {
    if (this.failure) return;
    try {
      const { server, model } = await this.options.engine;
      const started = performance.now();
      const transcript = await transcribeSegment(server, segment, this.prompt(), model, {
        decode,
      });
      const audioSec = segment.pcm.length / 2 / 16_000;
      this.realtimeFactor = (performance.now() - started) / 1000 / Math.max(1, audioSec);
      this.pieces.push({ offsetSec: segment.startSec, transcript });
      this.done = endSec;
      this.emit();
    } catch (error) {
      this.fail((error as Error).message);
    }
  }

  /** The filler prompt, then the end of the text so far (whisper's context, as in a whole file). */
  private prompt(): string {
    const before = this.pieces.map((p) => p.transcript.text).join(' ');
    return `${FILLER_PROMPT} ${before.slice(-PROMPT_CHARS)}`.trim();
  }

  private fail(why: string, options: { quiet?: boolean } = {}): void {
    if (this.failure) return;
    this.failure = why;
    this.chunks = [];
    if (!options.quiet) this.emit();
  }

  private emit(): void {
    // The open segment's latest decode is joined like a finished one, so the counts and the
    // pace describe the same words the view shows (not only the segments already cut).
    const shown = this.provisional.shown;
    const open = shown
      ? [{ offsetSec: this.segmentStartSample / 16_000, transcript: shown.transcript }]
      : [];
    const joined = joinPieces([...this.pieces, ...open], {
      audioDurationSec: 0,
      model: '',
      createdAt: '',
    });
    const stats = liveStats(joined.text, joined.words, Math.max(this.done, shown?.untilSec ?? 0));
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
