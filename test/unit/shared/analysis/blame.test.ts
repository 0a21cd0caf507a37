import { describe, expect, it } from 'vitest';
import { flagged, flagsPhrase } from './helpers';

describe('blame rule', () => {
  it('flags failures pinned on other people in a defensive tone', () => {
    const cases: [string, string][] = [
      ['The outage happened because the infra team broke the load balancer config.', 'broke'],
      ['Honestly it was not my fault.', 'not my fault'],
      ['The PM kept changing the scope every sprint.', 'kept changing'],
      ['Nobody told us the API was deprecated.', 'Nobody told us'],
      ['The contractors never tested anything.', 'never tested'],
      ["Management wouldn't listen to our estimates.", 'listen'],
      ['QA should have caught the regression.', 'should have caught'],
      ['The data team dropped the ball on the backfill.', 'dropped the ball'],
      [
        'The platform team pushed a breaking change without telling anyone.',
        'without telling anyone',
      ],
      ["They didn't follow the runbook.", 'follow'],
    ];
    for (const [text, phrase] of cases) expect(flagsPhrase(text, 'blame', phrase), text).toBe(true);
  });

  it('does not flag a dependency failure the speaker then owns', () => {
    for (const text of [
      'The partner API started timing out, so I added a circuit breaker with a two second timeout.',
      'The vendor changed the payload format, so I wrote a contract test against recorded responses.',
      'Our database ran out of connections during the sale.',
      'I broke the build on my second day, and I fixed it within the hour.',
    ]) {
      expect(flagged(text, 'blame'), text).toEqual([]);
    }
  });
});
