import { describe, expect, it } from 'vitest';
import {
  joinPieces,
  repeatedAtCut,
  type TranscriptPiece,
} from '../../../../../../electron/services/transcription/live/join-transcript';
import type { Transcript } from '../../../../../../shared/transcript';
import { transcriptSchema } from '../../../../../../shared/transcript';

/** A segment transcript from "word@start" tokens, times relative to the segment. */
function piece(offsetSec: number, spec: string): TranscriptPiece {
  let text = '';
  const words = spec.split(' ').map((token) => {
    const [raw, start] = token.split('@') as [string, string];
    if (text) text += ' ';
    const charStart = text.length;
    text += raw;
    const bare = raw.replace(/[.,]$/, '');
    return {
      text: bare,
      start: Number(start),
      end: Number(start) + 0.3,
      p: 0.9,
      charStart,
      charEnd: charStart + bare.length,
    };
  });
  const transcript: Transcript = {
    version: 1,
    text,
    words,
    segments: [{ text, start: words[0]!.start, end: words.at(-1)!.end }],
    audioDurationSec: 10,
    noSpeech: false,
    language: 'en',
    model: 'm',
    createdAt: '',
  };
  return { offsetSec, transcript };
}

const meta = { audioDurationSec: 20, model: 'm', createdAt: 'now' };

describe('joining live segments', () => {
  it('puts words on the recording clock with offsets into the joined text', () => {
    const joined = joinPieces(
      [piece(0, 'We@0.5 rolled@1 back.@1.4'), piece(8, 'Then@0.2 it@0.5 recovered.@0.8')],
      meta,
    );
    expect(transcriptSchema.parse(joined)).toBeTruthy();
    expect(joined.text).toBe('We rolled back. Then it recovered.');
    expect(joined.words.map((w) => w.start)).toEqual([0.5, 1, 1.4, 8.2, 8.5, 8.8]);
    for (const w of joined.words) expect(joined.text.slice(w.charStart, w.charEnd)).toBe(w.text);
    expect(joined.words.find((w) => w.text === 'recovered')!.start).toBeCloseTo(8.8);
    expect(joined.segments[1]!.text).toBe('Then it recovered.');
    expect(joined.segments[1]!.start).toBeCloseTo(8.2);
  });

  it('drops the previous words whisper repeats at the start of the next segment, and counts them', () => {
    const a = piece(0, 'the@4 connection@4.3 pool.@4.8');
    const b = piece(6, 'connection@0.1 pool.@0.4 I@1.2 paused@1.4 it.@1.8');
    expect(repeatedAtCut(joinPieces([a], meta).words, joinPieces([b], meta).words, 6)).toBe(2);
    const joined = joinPieces([a, b], meta);
    expect(joined.text).toBe('the connection pool. I paused it.');
    expect(joined.words.map((w) => w.text)).toEqual([
      'the',
      'connection',
      'pool',
      'I',
      'paused',
      'it',
    ]);
    for (const w of joined.words) expect(joined.text.slice(w.charStart, w.charEnd)).toBe(w.text);
    expect(joined.segments[1]).toMatchObject({ text: 'I paused it.', start: 7.2 });
  });

  it('keeps a repeat spoken later than the cut: a real repetition is speech', () => {
    const joined = joinPieces(
      [piece(0, 'we@1 waited.@1.5'), piece(5, 'waited@2.5 again.@3')],
      meta,
    );
    expect(joined.words.map((w) => w.text)).toEqual(['we', 'waited', 'waited', 'again']);
  });

  it('skips segments without speech and says so when none had any', () => {
    const silent: TranscriptPiece = {
      offsetSec: 3,
      transcript: {
        ...piece(0, 'x@0').transcript,
        text: '',
        words: [],
        segments: [],
        noSpeech: true,
      },
    };
    expect(joinPieces([silent], meta)).toMatchObject({ noSpeech: true, text: '', words: [] });
    expect(joinPieces([piece(0, 'hi@0.2'), silent], meta).text).toBe('hi');
  });
});
