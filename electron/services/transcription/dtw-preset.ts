import { open } from 'node:fs/promises';
import { GGML_HEADER_BYTES, parseGgmlHeader, type GgmlModelInfo } from '../models/ggml-header';

/** whisper-cli's `--dtw` presets: the alignment heads of each released Whisper model. */
export type DtwPreset =
  | 'tiny'
  | 'tiny.en'
  | 'base'
  | 'base.en'
  | 'small'
  | 'small.en'
  | 'medium'
  | 'medium.en'
  | 'large.v1'
  | 'large.v2'
  | 'large.v3'
  | 'large.v3.turbo';

// n_audio_layer / n_text_layer of the released models; the heads are indices into these layers,
// so any other shape (a distilled or custom model) would be aligned with the wrong heads.
const SHAPES: Record<string, [number, number]> = {
  tiny: [4, 4],
  base: [6, 6],
  small: [12, 12],
  medium: [24, 24],
  large: [32, 32],
};

/**
 * The DTW preset matching a model's hyperparameters, or null when the model has no known
 * alignment heads (then word times come from whisper's token offsets). large-v1 and large-v2 share
 * a shape, so both map to large.v2's heads, the more common file.
 */
export function dtwPresetFor(info: GgmlModelInfo): DtwPreset | null {
  const { nAudioLayer, nTextLayer, nVocab, englishOnly } = info;
  if (nAudioLayer === 32 && nTextLayer === 4 && nVocab === 51866) return 'large.v3.turbo';
  const family = Object.keys(SHAPES).find(
    (name) => SHAPES[name]![0] === nAudioLayer && SHAPES[name]![1] === nTextLayer,
  );
  if (!family) return null;
  if (family === 'large') {
    if (englishOnly) return null;
    return nVocab === 51866 ? 'large.v3' : 'large.v2';
  }
  // Only v3 models have 51866 tokens; a smaller model with them is not a released one.
  if (nVocab === 51866) return null;
  return (englishOnly ? `${family}.en` : family) as DtwPreset;
}

/** Reads a model file's ggml header and returns its DTW preset, or null when unknown/unreadable. */
export async function readDtwPreset(modelPath: string): Promise<DtwPreset | null> {
  const handle = await open(modelPath, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const head = Buffer.alloc(GGML_HEADER_BYTES);
    const { bytesRead } = await handle.read(head, 0, GGML_HEADER_BYTES, 0);
    const check = parseGgmlHeader(head.subarray(0, bytesRead));
    return check.ok ? dtwPresetFor(check.info) : null;
  } finally {
    await handle.close();
  }
}
