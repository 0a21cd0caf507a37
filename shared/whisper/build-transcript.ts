import type { Transcript, TranscriptSegment, TranscriptWord } from '../transcript';
import { dropAnnotations, isSpokenWord, tokensToWords, type RawWord } from './tokens-to-words';
import type { WhisperOutput } from './whisper-json';
import { applyDtwStarts, dtwIsUsable, fitWordsToSpeech, type SpeechTimeline } from './word-timing';

/** What the caller knows beyond whisper's output. */
export type BuildTranscriptOptions = {
  audioDurationSec: number;
  model: string;
  createdAt: string;
  /** Says whether the audio between two times holds speech; segments where it does not are
   * dropped as invented text. Absent when the audio could not be analysed. */
  hasSpeech?: (startSec: number, endSec: number) => boolean;
  /** Where the recording holds speech, to fit word times to it. Absent when not analysed. */
  speech?: SpeechTimeline;
};

const LEADING = /^["“‘'([{¿¡«]+/;
const TRAILING = /["”.,!?;:)\]}…»]+$/;

/** The word itself inside its raw text ("Americans," -> "Americans"), as offsets into raw. */
export function bareSpan(raw: string): [number, number] {
  const lead = LEADING.exec(raw)?.[0].length ?? 0;
  const rest = raw.slice(lead);
  const trail = TRAILING.exec(rest)?.[0].length ?? 0;
  return [lead, raw.length - trail];
}

/** An empty transcript that records that the audio held no speech. */
export function noSpeechTranscript(
  options: Pick<BuildTranscriptOptions, 'audioDurationSec' | 'model' | 'createdAt'>,
  language = 'en',
): Transcript {
  return {
    version: 1,
    text: '',
    words: [],
    segments: [],
    audioDurationSec: options.audioDurationSec,
    noSpeech: true,
    language,
    model: options.model,
    createdAt: options.createdAt,
  };
}

/**
 * Turns whisper's full JSON output into Rehearse's transcript: words timed from DTW starts when
 * whisper aligned them all (else token offsets), noise annotations and segments without speech
 * removed, times clamped into the audio and made non-decreasing (whisper's token times can step
 * back a little at segment edges), then fitted to the detected speech. A segment spans its words.
 */
export function buildTranscript(
  output: WhisperOutput,
  options: BuildTranscriptOptions,
): Transcript {
  const duration = options.audioDurationSec;
  const clamp = (t: number) => Math.min(Math.max(0, t), duration);
  const language = output.result?.language ?? 'en';
  const kept: { segment: TranscriptSegment; words: RawWord[] }[] = [];
  for (const segment of output.transcription) {
    const words = dropAnnotations(tokensToWords(segment));
    if (!words.some((w) => isSpokenWord(w.raw))) continue;
    const start = segment.offsets.from / 1000;
    const end = Math.max(start, segment.offsets.to / 1000);
    if (options.hasSpeech && !options.hasSpeech(start, end)) continue;
    kept.push({ segment: { text: '', start, end }, words });
  }
  if (kept.length === 0) return noSpeechTranscript(options, language);
  useDtwWhenUsable(kept, duration);

  let text = '';
  let lastStart = 0;
  const words: TranscriptWord[] = [];
  const segments: TranscriptSegment[] = [];
  const segmentWords: [number, number][] = [];
  for (const { segment, words: raw } of kept) {
    if (text !== '') text += ' ';
    const segmentOffset = text.length;
    const firstWord = words.length;
    raw.forEach((word, index) => {
      if (index > 0) text += ' ';
      const [from, to] = bareSpan(word.raw);
      if (isSpokenWord(word.raw) && to > from) {
        const start = Math.max(lastStart, clamp(word.start));
        lastStart = start;
        words.push({
          text: word.raw.slice(from, to),
          start,
          end: Math.max(start, clamp(word.end)),
          p: word.p,
          charStart: text.length + from,
          charEnd: text.length + to,
        });
      }
      text += word.raw;
    });
    const start = clamp(segment.start);
    segments.push({
      text: text.slice(segmentOffset),
      start,
      end: Math.max(start, clamp(segment.end)),
    });
    segmentWords.push([firstWord, words.length]);
  }
  fitWordsToSpeech(words, options.speech);
  segments.forEach((segment, i) => {
    const [from, to] = segmentWords[i]!;
    if (to > from) {
      segment.start = words[from]!.start;
      segment.end = words[to - 1]!.end;
    }
  });
  return {
    version: 1,
    text,
    words,
    segments,
    audioDurationSec: duration,
    noSpeech: false,
    language,
    model: options.model,
    createdAt: options.createdAt,
  };
}

/** Replaces the spoken words' offset times with DTW times when every one of them has a sane one. */
function useDtwWhenUsable(kept: { words: RawWord[] }[], duration: number): void {
  const spoken = kept.flatMap((k) => k.words.filter((w) => isSpokenWord(w.raw)));
  if (!dtwIsUsable(spoken, duration)) return;
  const retimed = applyDtwStarts(spoken);
  let next = 0;
  for (const k of kept) {
    k.words = k.words.map((w) => (isSpokenWord(w.raw) ? retimed[next++]! : w));
  }
}
