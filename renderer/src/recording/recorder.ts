import type { Attempt } from '../../../shared/contract';
import { ApiError, type Api } from '../api';
import { ChunkUploader } from './chunk-uploader';
import { openMicrophone } from './microphone';
import captureWorkletUrl from './pcm-capture.worklet.ts?worker&url';
import { CAPTURE_PROCESSOR, type WorkletCommand, type WorkletMessage } from './worklet-messages';

/** Sample rate of every recording: what whisper.cpp expects, so no conversion is ever needed. */
const SAMPLE_RATE = 16_000;
/** Samples per chunk sent across the bridge: 250 ms, so a crash loses at most about that much. */
const CHUNK_SAMPLES = SAMPLE_RATE / 4;

/** How long to wait for the first audio before showing the recording as started anyway. */
const FIRST_AUDIO_TIMEOUT_MS = 3000;

/** Why a recording ended, as stored on the attempt. */
export type StopReason = 'stopped' | 'max-duration' | 'device-lost' | 'disk-full' | 'error';

/** What the recording screen hears from a running recorder. */
export type RecorderCallbacks = {
  onLevel(rms: number, peak: number): void;
  /** The recording ended by itself (device lost, disk full, limit reached, error). */
  onAutoStop(reason: StopReason, message: string): void;
};

/** What a recording needs to know up front. */
export type RecordingRequest = {
  deviceId: string;
  questionId: string;
  questionText: string;
  parentId?: string | null;
  maxSeconds: number;
};

/** One live recording: microphone -> AudioWorklet (16 kHz PCM) -> bridge -> audio.wav. */
export class Recorder {
  private finished: Promise<Attempt> | null = null;
  private finalChunk: (() => void) | null = null;

  private constructor(
    private readonly api: Api,
    readonly attempt: Attempt,
    private readonly stream: MediaStream,
    private readonly context: AudioContext,
    private readonly node: AudioWorkletNode,
    readonly uploader: ChunkUploader,
    readonly startedAt: number,
  ) {}

  /** Opens the microphone, creates the attempt and starts streaming audio to it. */
  static async start(api: Api, request: RecordingRequest, callbacks: RecorderCallbacks) {
    const stream = await openMicrophone(request.deviceId);
    const track = stream.getAudioTracks()[0]!;
    let attempt: Attempt;
    try {
      attempt = await api.call('attempts/create', {
        questionId: request.questionId,
        questionText: request.questionText,
        sampleRate: SAMPLE_RATE,
        deviceLabel: track.label || 'Default microphone',
        parentId: request.parentId ?? null,
      });
    } catch (error) {
      stream.getTracks().forEach((t) => t.stop());
      throw error;
    }
    const context = new AudioContext({ sampleRate: SAMPLE_RATE, latencyHint: 'interactive' });
    await context.audioWorklet.addModule(captureWorkletUrl);
    const source = context.createMediaStreamSource(stream);
    const node = new AudioWorkletNode(context, CAPTURE_PROCESSOR, {
      numberOfOutputs: 1,
      processorOptions: { chunkSamples: CHUNK_SAMPLES },
    });
    // A silent sink keeps the graph pulling the worklet without playing the voice back.
    const mute = context.createGain();
    mute.gain.value = 0;
    source.connect(node).connect(mute).connect(context.destination);

    let recorder: Recorder | null = null;
    const autoStop = (reason: StopReason, message: string) => {
      if (!recorder || recorder.finished) return;
      void recorder.stop(reason).finally(() => callbacks.onAutoStop(reason, message));
    };
    const uploader = new ChunkUploader(api, attempt.id, (error) => {
      const diskFull = error instanceof ApiError && error.code === 'disk-full';
      autoStop(diskFull ? 'disk-full' : 'error', error.message);
    });
    const maxSamples = request.maxSeconds * SAMPLE_RATE;
    let captured = 0;
    let firstAudio: () => void = () => undefined;
    const audioFlowing = new Promise<void>((resolve) => {
      firstAudio = resolve;
      setTimeout(resolve, FIRST_AUDIO_TIMEOUT_MS);
    });
    node.port.onmessage = (event: MessageEvent<WorkletMessage>) => {
      firstAudio();
      const data = event.data;
      if (data.type === 'level') return callbacks.onLevel(data.rms, data.peak);
      captured += data.pcm.length;
      uploader.push(data.pcm, performance.now());
      if (data.final) recorder?.finalChunk?.();
      else if (captured >= maxSamples) {
        autoStop(
          'max-duration',
          `The recording reached the ${Math.round(request.maxSeconds / 60)} minute limit and was stopped.`,
        );
      }
    };
    // The recording counts as started (timer, Stop button) from its first audio, not from the
    // click: on a busy machine the audio graph takes a moment to run, and the clock shown must
    // match the audio kept.
    await audioFlowing;
    recorder = new Recorder(api, attempt, stream, context, node, uploader, performance.now());
    track.addEventListener('ended', () =>
      autoStop(
        'device-lost',
        'The microphone was disconnected, so the recording stopped. Everything recorded until then is kept.',
      ),
    );
    return recorder;
  }

  /** Seconds of audio captured so far (wall clock since start). */
  elapsedSec(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  /** Stops capture, writes the last chunk, and finalizes the attempt. Safe to call twice. */
  stop(reason: StopReason = 'stopped'): Promise<Attempt> {
    if (!this.finished) this.finished = this.finish(reason);
    return this.finished;
  }

  private async finish(reason: StopReason): Promise<Attempt> {
    const flushed = new Promise<void>((resolve) => {
      this.finalChunk = resolve;
      setTimeout(resolve, 1000); // a dead worklet must not hang the stop
    });
    const flush: WorkletCommand = { type: 'flush' };
    this.node.port.postMessage(flush);
    await flushed;
    this.stream.getTracks().forEach((t) => t.stop());
    await this.uploader.drain();
    void this.context.close();
    return this.api.call('attempts/finish', { id: this.attempt.id, reason });
  }
}
