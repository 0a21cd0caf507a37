import type { VolumeSignal } from '../analysis/schema-delivery';
import type { TranscriptWord } from '../transcript';
import { HOP_SEC, quantile } from './levels';

/** Speech whose median frame level is under -35 dBFS is too quiet: a close microphone puts
 * conversational speech around -20 dBFS, and 15 dB less sits near a laptop's noise floor,
 * where recognition errors climb. */
const QUIET_BELOW_DB = -35;
/** A sample at 99% of full scale or more, three in a row, is a clipped peak. */
const CLIP_LEVEL = 0.99;
const CLIP_RUN = 3;
/** Clipping is flagged when over 0.5% of speech frames clip (one every 2 s of speech): audible
 * distortion rather than a stray peak. */
const CLIPPED_SHARE = 0.005;
/** A sentence trails off when its last word is 8 dB (well over half the loudness) under the rest
 * of the sentence. */
const TRAILING_DROP_DB = 8;
/** The habit is flagged when at least 40% of at least 3 sentences trail off. */
const TRAILING_SHARE = 0.4;
const MIN_SENTENCE_WORDS = 4;
/** About one stressed word. */
const LAST_WORD_SEC = 0.25;

const round = (x: number) => Math.round(x * 100) / 100;

function clippedFrames(samples: Float32Array, hop: number, speechFrame: (f: number) => boolean) {
  let clipped = 0;
  let speech = 0;
  for (let f = 0; f * hop < samples.length; f++) {
    if (!speechFrame(f)) continue;
    speech++;
    let run = 0;
    for (let i = f * hop; i < Math.min(samples.length, (f + 1) * hop); i++) {
      run = Math.abs(samples[i]) >= CLIP_LEVEL ? run + 1 : 0;
      if (run >= CLIP_RUN) {
        clipped++;
        break;
      }
    }
  }
  return speech ? clipped / speech : 0;
}

/** Mean power (dB) of the speech frames in [from, to) frames; NaN when none. */
function meanDb(levels: Float32Array, from: number, to: number, threshold: number): number {
  let power = 0;
  let n = 0;
  for (let f = Math.max(0, from); f < Math.min(levels.length, to); f++) {
    if (levels[f] < threshold) continue;
    power += 10 ** (levels[f] / 10);
    n++;
  }
  return n ? 10 * Math.log10(power / n) : NaN;
}

/** How far (dB) a sentence's last word falls under the sentence. Recognisers often stretch a
 * sentence's last word into the silence after it, so the word is read as the last 250 ms of
 * speech before its end, not by its timing alone. */
function sentenceDrop(levels: Float32Array, threshold: number, s: TranscriptWord[]) {
  const from = Math.floor(s[0].start / HOP_SEC);
  let end = Math.min(levels.length, Math.ceil(s[s.length - 1].end / HOP_SEC));
  while (end > from && levels[end - 1] < threshold) end--;
  const word = Math.round(LAST_WORD_SEC / HOP_SEC);
  if (end - from < 2 * word) return null;
  const drop =
    meanDb(levels, from, end - word, threshold) - meanDb(levels, end - word, end, threshold);
  return Number.isFinite(drop)
    ? { drop, startSec: (end - word) * HOP_SEC, endSec: end * HOP_SEC }
    : null;
}

/** Sentences as runs of words, split where the text between two words holds . ? or ! */
function sentences(text: string, words: readonly TranscriptWord[]): TranscriptWord[][] {
  const out: TranscriptWord[][] = [[]];
  words.forEach((w, i) => {
    out[out.length - 1].push(w);
    const gap = text.slice(w.charStart, words[i + 1]?.charStart ?? text.length);
    if (/[.?!]/.test(gap)) out.push([]);
  });
  return out.filter((s) => s.length >= MIN_SENTENCE_WORDS);
}

/** Speech level, clipping and trailing off, from the samples, the 10 ms levels and the words. */
export function volumeSignal(
  samples: Float32Array,
  sampleRate: number,
  levels: Float32Array,
  threshold: number,
  text: string,
  words: readonly TranscriptWord[],
): VolumeSignal {
  const speechLevels = levels.filter((l) => l >= threshold);
  const level = quantile(speechLevels, 0.5);
  const hop = Math.max(1, Math.round(sampleRate * HOP_SEC));
  const clippedShare = clippedFrames(samples, hop, (f) => levels[f] >= threshold);
  const ordered = [...words].sort((a, b) => a.charStart - b.charStart);
  const judged = sentences(text, ordered);
  const trailingSentences: VolumeSignal['trailingSentences'] = [];
  for (const s of judged) {
    const found = sentenceDrop(levels, threshold, s);
    if (found && found.drop >= TRAILING_DROP_DB)
      trailingSentences.push({
        startSec: round(found.startSec),
        endSec: round(found.endSec),
        dropDb: round(found.drop),
        end: s[s.length - 1].charEnd,
      });
  }
  const found = Number.isFinite(level);
  return {
    speechLevelDb: found ? round(level) : null,
    quietBelowDb: QUIET_BELOW_DB,
    tooQuiet: found && level < QUIET_BELOW_DB,
    clippedShare: Math.round(clippedShare * 10000) / 10000,
    clipping: clippedShare > CLIPPED_SHARE,
    trailingDropDb: TRAILING_DROP_DB,
    sentencesJudged: judged.length,
    trailingSentences,
    trailingOff: judged.length >= 3 && trailingSentences.length >= TRAILING_SHARE * judged.length,
  };
}
