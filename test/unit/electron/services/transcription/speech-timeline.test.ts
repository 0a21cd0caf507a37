import { describe, expect, it } from 'vitest';
import { analyseActivity } from '../../../../../electron/services/transcription/speech-activity';
import { speechTimeline } from '../../../../../electron/services/transcription/speech-timeline';

const FRAME = 0.03;

/** Frame levels from [seconds, dBFS] pieces. */
function levels(...pieces: [number, number][]): Float32Array {
  return Float32Array.from(
    pieces.flatMap(([seconds, level]) => Array<number>(Math.round(seconds / FRAME)).fill(level)),
  );
}

describe('speechTimeline', () => {
  // 1.2 s silence, 0.9 s speech, 0.06 s dip (a stop consonant), 0.6 s speech, 1.5 s pause,
  // 1.2 s speech, 3 s trailing silence.
  const timeline = speechTimeline(
    analyseActivity(
      levels(
        [1.2, -Infinity],
        [0.9, -20],
        [0.06, -70],
        [0.6, -20],
        [1.5, -70],
        [1.2, -20],
        [3, -70],
      ),
      FRAME,
    ),
  );

  it('finds where speech resumes after a pause, not inside a short dip', () => {
    expect(timeline.onsetBetween(4, 4.5)).toBeCloseTo(4.26);
    expect(timeline.onsetBetween(0.5, 1.5)).toBeCloseTo(1.2);
    expect(timeline.onsetBetween(2, 2.8)).toBeNull();
  });

  it('finds the first place speech resumes in a range (the latest one is onsetBetween)', () => {
    expect(timeline.firstOnsetBetween(0.5, 5)).toBeCloseTo(1.2);
    expect(timeline.firstOnsetBetween(1.3, 5)).toBeCloseTo(4.26);
    expect(timeline.firstOnsetBetween(2, 2.8)).toBeNull();
  });

  it('finds the last active audio in a range and the end of all speech', () => {
    expect(timeline.lastActiveBetween(1.2, 4)).toBeCloseTo(2.76);
    expect(timeline.lastActiveBetween(2.9, 4.2)).toBeNull();
    expect(timeline.speechEndSec).toBeCloseTo(5.46);
  });
});
