import { describe, expect, it } from 'vitest';
import { deltaSummary, signalDeltas } from '../../../../shared/progress/deltas';
import { view } from './view-fixture';

const get = (deltas: ReturnType<typeof signalDeltas>, key: string) =>
  deltas.find((d) => d.key === key)!;

describe('signal deltas', () => {
  it('says it the way the issue does: fillers 9 to 3, vague 4 to 1, duration 142 s to 115 s: now in the window', () => {
    const before = view({ seconds: 142, flags: { filler: 9, vague: 4 } });
    const after = view({ seconds: 115, flags: { filler: 3, vague: 1 } });
    const deltas = signalDeltas(before, after);
    expect(deltaSummary(deltas)).toBe(
      'fillers 9 to 3, vague 4 to 1, duration 142 s to 115 s: now in the window',
    );
    expect(get(deltas, 'filler')).toMatchObject({ before: 9, after: 3, direction: 'better' });
    expect(get(deltas, 'duration')).toMatchObject({ before: 142, after: 115, direction: 'better' });
    expect(get(deltas, 'hedge')).toMatchObject({
      direction: 'same',
      sentence: 'hedges unchanged at 0',
    });
  });

  it('covers every signal: flags, metrics, STAR-L, ownership, specificity, pace, duration', () => {
    const keys = signalDeltas(view(), view()).map((d) => d.key);
    expect(keys).toEqual([
      'filler',
      'hedge',
      'vague',
      'blame',
      'we-ownership',
      'buzzword',
      'quantities',
      'star',
      'ownership',
      'specificity',
      'pace',
      'duration',
    ]);
    expect(deltaSummary(signalDeltas(view(), view()))).toBe('no signal changed');
  });

  it('tells a still-long answer how far over it is, and calls a move out of the window worse', () => {
    const still = get(signalDeltas(view({ seconds: 150 }), view({ seconds: 131 })), 'duration');
    expect(still).toMatchObject({
      direction: 'better',
      sentence: 'duration 150 s to 131 s: still 11 s over the window',
    });
    const out = get(signalDeltas(view({ seconds: 110 }), view({ seconds: 70 })), 'duration');
    expect(out).toMatchObject({
      direction: 'worse',
      sentence: 'duration 110 s to 70 s: now 20 s under the window',
    });
    const inside = get(signalDeltas(view({ seconds: 100 }), view({ seconds: 112 })), 'duration');
    expect(inside).toMatchObject({
      direction: 'neutral',
      sentence: 'duration 100 s to 112 s: still in the window',
    });
    // From under the window to over it is an overshoot, not an improvement.
    const over = get(signalDeltas(view({ seconds: 43 }), view({ seconds: 147 })), 'duration');
    expect(over).toMatchObject({
      direction: 'neutral',
      sentence: 'duration 43 s to 147 s: now 27 s over the window',
    });
  });

  it('names STAR-L parts added or lost, more metrics as better, more "we" actions as worse', () => {
    const deltas = signalDeltas(
      view({ star: ['situation', 'action'], quantities: 0, flags: { 'we-ownership': 1 } }),
      view({
        star: ['situation', 'action', 'result', 'learning'],
        quantities: 3,
        flags: { 'we-ownership': 4 },
      }),
    );
    expect(get(deltas, 'star')).toMatchObject({
      direction: 'better',
      sentence: 'STAR-L parts 2 to 4 of 5: added result and learning',
    });
    expect(get(deltas, 'quantities')).toMatchObject({
      direction: 'better',
      sentence: 'metrics stated 0 to 3',
    });
    expect(get(deltas, 'we-ownership')).toMatchObject({
      direction: 'worse',
      sentence: '"we" actions 1 to 4',
    });
    const swapped = get(
      signalDeltas(
        view({ star: ['situation', 'learning'] }),
        view({ star: ['situation', 'result'] }),
      ),
      'star',
    );
    expect(swapped).toMatchObject({
      direction: 'neutral',
      sentence: 'STAR-L parts 2 to 2 of 5: added result but lost learning',
    });
  });

  it('rounds ownership, pace and specificity, treats pace as neither better nor worse, and handles missing pace', () => {
    const deltas = signalDeltas(
      view({ iShare: 0.4, wpm: 182.4, termsPerMinute: 2.14 }),
      view({ iShare: 0.754, wpm: 160.2, termsPerMinute: 4 }),
    );
    expect(get(deltas, 'ownership').sentence).toBe('actions told with "I" 40% to 75%');
    expect(get(deltas, 'pace')).toMatchObject({
      direction: 'neutral',
      sentence: 'pace 182 wpm to 160 wpm',
    });
    expect(get(deltas, 'specificity')).toMatchObject({
      direction: 'better',
      sentence: 'technical terms per minute 2.1 to 4',
    });
    const untimed = get(signalDeltas(view({ wpm: null }), view({ wpm: 150 })), 'pace');
    expect(untimed.sentence).toBe('pace not measured to 150 wpm');
  });
});
