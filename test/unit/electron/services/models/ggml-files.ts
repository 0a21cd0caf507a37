import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

/** Hyperparameters of a whisper ggml header (whisper.cpp's whisper_hparams, in file order). */
export type Hparams = {
  nVocab: number;
  nAudioState: number;
  nAudioHead: number;
  nAudioLayer: number;
  nTextLayer: number;
  nMels: number;
  /** ggml file type plus 1000 x the quantization version, as whisper.cpp writes it. */
  ftype: number;
};

/** The published shapes of the whisper models (OpenAI's dims, as convert-pt-to-ggml writes). */
export const SHAPES = {
  tinyEnQ5_1: { nVocab: 51864, nAudioState: 384, nAudioHead: 6, nAudioLayer: 4, nTextLayer: 4, nMels: 80, ftype: 1009 },
  baseEn: { nVocab: 51864, nAudioState: 512, nAudioHead: 8, nAudioLayer: 6, nTextLayer: 6, nMels: 80, ftype: 1 },
  base: { nVocab: 51865, nAudioState: 512, nAudioHead: 8, nAudioLayer: 6, nTextLayer: 6, nMels: 80, ftype: 1 },
  largeV3: { nVocab: 51866, nAudioState: 1280, nAudioHead: 20, nAudioLayer: 32, nTextLayer: 32, nMels: 128, ftype: 1 },
  largeV3Turbo: { nVocab: 51866, nAudioState: 1280, nAudioHead: 20, nAudioLayer: 32, nTextLayer: 4, nMels: 128, ftype: 1008 },
} satisfies Record<string, Hparams>; // prettier-ignore

/** The magic and the eleven int32 hyperparameters, followed by whisper.cpp's mel filter dims. */
export function ggmlHeader(h: Hparams): Buffer {
  const values = [
    h.nVocab, 1500, h.nAudioState, h.nAudioHead, h.nAudioLayer,
    448, h.nAudioState, h.nAudioHead, h.nTextLayer, h.nMels, h.ftype,
    h.nMels, 201,
  ]; // prettier-ignore
  const buffer = Buffer.alloc(4 + values.length * 4);
  buffer.writeUInt32LE(0x67676d6c, 0);
  values.forEach((value, i) => buffer.writeInt32LE(value, 4 + i * 4));
  return buffer;
}

/** Writes a file of `size` bytes: a whisper header, then random bytes standing in for weights. */
export function writeModelFile(file: string, h: Hparams, size: number): void {
  const header = ggmlHeader(h);
  fs.writeFileSync(file, Buffer.concat([header, randomBytes(size - header.length)]));
}
