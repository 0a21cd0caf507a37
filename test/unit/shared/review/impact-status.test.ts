import { describe, expect, it } from 'vitest';
import { impactStatus } from '../../../../shared/review/format';

describe('the impact card’s line above its chips', () => {
  it('says plainly that the chips are the stated quantities when each is said once', () => {
    expect(impactStatus(2, 2)).toBe('Stated quantities (click to hear):');
  });

  it('says why there are more chips than the figure counts when a number is said again', () => {
    expect(impactStatus(2, 3)).toBe(
      '3 mentions of 2 measures (a number said again counts once); click to hear:',
    );
    expect(impactStatus(1, 2)).toBe(
      '2 mentions of 1 measure (a number said again counts once); click to hear:',
    );
  });
});
