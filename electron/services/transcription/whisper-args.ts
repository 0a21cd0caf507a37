import path from 'node:path';
import type { DecodeSettings } from './live/engine-settings';

/** What one whisper-cli run needs. */
export type WhisperArgsOptions = {
  modelPath: string;
  audioPath: string;
  /** Output path without extension: whisper-cli writes `<outputBase>.json`. */
  outputBase: string;
  threads: number;
  language?: string;
  /** Initial prompt; steers style, e.g. keeping "um" and "uh" (see bench/filler-fidelity.ts). */
  prompt?: string;
  /** Alignment-head preset for DTW word times (see dtw-preset.ts); null or absent: none. */
  dtwPreset?: string | null;
  /** Decoding settings (live/engine-settings.ts); absent: whisper-cli's own defaults (5-wide
   * beam, temperature fallback) with DTW whenever there is a preset. */
  decode?: DecodeSettings;
};

/**
 * whisper-cli's argument array (no shell, so no quoting): full JSON with per-token offsets and
 * probabilities (`-ojf`, which turns token timestamps on), progress lines on stderr (`-pp`).
 * With a DTW preset, each token also gets `t_dtw`, a cross-attention alignment that does not
 * drift the way token offsets do; whisper.cpp 1.9 turns DTW off under flash attention (its CLI
 * default), so `-nfa` goes with it.
 * Paths are made absolute so a file named "-" or "-x.wav" is never read as stdin or a flag.
 */
export function buildWhisperArgs(options: WhisperArgsOptions): string[] {
  const args = [
    '-m',
    path.resolve(options.modelPath),
    '-f',
    path.resolve(options.audioPath),
    '-of',
    path.resolve(options.outputBase),
    '-ojf',
    '-pp',
    '-t',
    String(Math.max(1, Math.floor(options.threads))),
    '-l',
    options.language ?? 'en',
  ];
  if (options.prompt) args.push('--prompt', options.prompt);
  const decode = options.decode;
  if (!decode) {
    if (options.dtwPreset) args.push('--dtw', options.dtwPreset, '-nfa');
    return args;
  }
  args.push('-bs', String(Math.max(1, decode.beamSize)), '-bo', String(decode.bestOf));
  if (decode.temperatureInc > 0) args.push('-tpi', String(decode.temperatureInc));
  else args.push('-nf');
  if (decode.dtw && options.dtwPreset) args.push('--dtw', options.dtwPreset, '-nfa');
  else if (!decode.flashAttn) args.push('-nfa');
  return args;
}
