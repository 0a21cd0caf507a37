import { describe, expect, it } from 'vitest';
import { sentenceRows, splitSentences } from '../../../../shared/progress/sentence-diff';

describe('sentence rows of two takes', () => {
  const before =
    'Our checkout service was slow. We fixed it and things got better. I learned a lot.';
  const after =
    'Our checkout service was slow. I added a Redis cache and p99 fell to 180 ms. I learned a lot!';

  it('pairs a reworded sentence with the one it replaced, and keeps shared ones as same', () => {
    expect(sentenceRows(before, after)).toEqual([
      {
        kind: 'same',
        before: 'Our checkout service was slow.',
        after: 'Our checkout service was slow.',
      },
      {
        kind: 'changed',
        before: 'We fixed it and things got better.',
        after: 'I added a Redis cache and p99 fell to 180 ms.',
      },
      { kind: 'same', before: 'I learned a lot.', after: 'I learned a lot!' },
    ]);
  });

  it('lists sentences only one take has as removed or added', () => {
    const rows = sentenceRows('One. Two. Three.', 'One. Three. Four.');
    expect(rows.map((r) => r.kind)).toEqual(['same', 'removed', 'same', 'added']);
    expect(rows[1]).toEqual({ kind: 'removed', before: 'Two.', after: null });
    expect(rows[3]).toEqual({ kind: 'added', before: null, after: 'Four.' });
  });

  it('splits at sentence ends only', () => {
    expect(splitSentences('p99 fell to 1.2 s. Then? Done!  ')).toEqual([
      'p99 fell to 1.2 s.',
      'Then?',
      'Done!',
    ]);
  });
});
