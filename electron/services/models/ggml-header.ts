/** The first bytes of a whisper ggml file: magic and the eleven int32 hyperparameters. */
export const GGML_HEADER_BYTES = 4 + 11 * 4;

/** "ggml" read as a little-endian uint32, as whisper.cpp checks it. */
export const GGML_MAGIC = 0x67676d6c;

/** What a whisper ggml header says about the model. */
export type GgmlModelInfo = {
  family: 'tiny' | 'base' | 'small' | 'medium' | 'large' | 'unknown';
  englishOnly: boolean;
  /** f32, f16, q5_1, q8_0, ... (ggml's file type). */
  quantization: string;
  /** A readable name such as `base.en` or `large-v3-turbo`. */
  label: string;
  nVocab: number;
  nAudioLayer: number;
  nTextLayer: number;
  nMels: number;
};

/** The header's verdict: a model, or why not (a sentence for the person). */
export type HeaderCheck = { ok: true; info: GgmlModelInfo } | { ok: false; reason: string };

const FAMILY_BY_LAYERS: Record<number, GgmlModelInfo['family']> = {
  4: 'tiny',
  6: 'base',
  12: 'small',
  24: 'medium',
  32: 'large',
};
// ggml's file types (ggml.h, enum ggml_ftype), as far as whisper models use them.
const FTYPES: Record<number, string> = {
  0: 'f32', 1: 'f16', 2: 'q4_0', 3: 'q4_1', 7: 'q8_0', 8: 'q5_0', 9: 'q5_1', 10: 'q2_k',
  11: 'q3_k', 12: 'q4_k', 13: 'q5_k', 14: 'q6_k', 24: 'bf16',
}; // prettier-ignore

const NOT_WHISPER = 'Pick a whisper.cpp model file such as ggml-base.en.bin.';

function otherFormat(head: Buffer): string {
  const ascii = head.subarray(0, 4).toString('latin1');
  if (ascii === 'GGUF')
    return `This is a GGUF file (llama.cpp's format), not a whisper model. ${NOT_WHISPER}`;
  if (ascii === 'PK\u0003\u0004') {
    return `This is a zip archive, perhaps an original PyTorch (.pt) Whisper model; whisper.cpp needs it converted to ggml first (models/convert-pt-to-ggml.py). ${NOT_WHISPER}`;
  }
  if (['tjgg', 'fmgg', 'algg'].includes(ascii)) {
    return `This is a llama.cpp language model, not a whisper model. ${NOT_WHISPER}`;
  }
  if (head.length >= 9 && head[8] === 0x7b) {
    return `This looks like a safetensors file (Hugging Face's format), not a whisper.cpp model. ${NOT_WHISPER}`;
  }
  return `This file is not a whisper.cpp model: it does not start with the ggml signature. ${NOT_WHISPER}`;
}

/** Reads a whisper ggml header the way whisper.cpp's loader does and says what model it is. */
export function parseGgmlHeader(head: Buffer): HeaderCheck {
  if (head.length < 4)
    return { ok: false, reason: 'The file is empty or too short to be a model.' };
  if (head.readUInt32LE(0) !== GGML_MAGIC) return { ok: false, reason: otherFormat(head) };
  if (head.length < GGML_HEADER_BYTES) {
    return { ok: false, reason: 'The file ends inside the model header; it is incomplete.' };
  }
  const params = Array.from({ length: 11 }, (_, i) => head.readInt32LE(4 + i * 4));
  const [nVocab, , nAudioState, , nAudioLayer, , nTextState, , nTextLayer, nMels, ftype] = params;
  // whisper.cpp stores the quantization version in the thousands of ftype.
  const quantization = FTYPES[ftype % 1000];
  const sane =
    nVocab >= 51864 &&
    nVocab <= 52000 &&
    nAudioState === nTextState &&
    (nMels === 80 || nMels === 128) &&
    nAudioLayer > 0 &&
    nAudioLayer <= 64 &&
    quantization !== undefined;
  if (!sane) {
    return {
      ok: false,
      reason: `The file is a ggml file but not a Whisper model (vocabulary ${nVocab}, ${nMels} mel bands, type ${ftype}). ${NOT_WHISPER}`,
    };
  }
  const family = FAMILY_BY_LAYERS[nAudioLayer] ?? 'unknown';
  const englishOnly = nVocab < 51865;
  let name: string = family === 'unknown' ? `whisper (${nAudioLayer} layers)` : family;
  if (family === 'large' && nVocab === 51866) name += '-v3';
  if (family === 'large' && nTextLayer === 4) name += '-turbo';
  if (englishOnly) name += '.en';
  return {
    ok: true,
    info: {
      family,
      englishOnly,
      quantization,
      label: name,
      nVocab,
      nAudioLayer,
      nTextLayer,
      nMels,
    },
  };
}
