import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../../../../shared/analysis';

const shallow = (text: string) =>
  analyzeAnswer({ text }).answerFlags.some((f) => f.kind === 'too-shallow');

describe('too-shallow', () => {
  it('flags a story with few technical terms and nothing measured', () => {
    expect(
      shallow(
        'We had a launch coming and things were slow, so I talked to the other teams and we worked hard on it. ' +
          'In the end it went well and everyone was happy with how it turned out.',
      ),
    ).toBe(true);
  });

  it('does not flag a scope story told with its measured result', () => {
    expect(
      shallow(
        'Three weeks before the partner launch we were behind, so I listed every piece with an estimate and cut the admin screens. ' +
          'Support handled those requests by hand for a month. We launched on the date and sign-ups went from 1,200 to 4,800 a week.',
      ),
    ).toBe(false);
  });
});
