import { describe, expect, it } from 'vitest';
import { flagged } from './helpers';

const SETUP =
  'At a grocery delivery company our order search was slow and the support team kept complaining. ';
const TASK = 'My job was to bring the search latency down before the spring sale. ';

describe('we-ownership: consequences of a measured outcome, verdicts, pronoun work', () => {
  it('leaves a team clause told as the consequence of a measured outcome in the result', () => {
    const text = `${SETUP}${TASK}I added a trigram index on the order reference and rewrote the filter as a join. Median search time went from 3.2 seconds to 240 ms, so we decommissioned the old read replica the following week. I learned to measure before I tune.`;
    expect(flagged(text, 'we-ownership')).toEqual([]);
    const found = `${SETUP}${TASK}I wrote a reconciliation script over last quarter's refunds. The script turned up 640 double refunds, and we clawed them back through the payment provider. I learned to check money paths first.`;
    expect(flagged(found, 'we-ownership')).toEqual([]);
  });

  it('still flags a team step after a baseline told in the setup, or after the team’s own progress', () => {
    const baseline = `${SETUP}Searches took about 3 seconds at the median. ${TASK}We added a trigram index and we rewrote the filter as a join. Searches were fast after that.`;
    expect(flagged(baseline, 'we-ownership')).toContain('We added');
    const progress = `${SETUP}${TASK}By March we had moved about a third of the queries to the new index and we rewrote the rest by hand. It was fine after that.`;
    expect(flagged(progress, 'we-ownership')).toContain('we rewrote');
  });

  it('leaves a verdict on how the team did, not on what it did', () => {
    const verdicts = `${SETUP}${TASK}I moved the fuzzy matching into a nightly job. When the sale started the cluster wobbled, but we coped with it really well, and we got through it fine.`;
    expect(flagged(verdicts, 'we-ownership')).toEqual([]);
    const step = `${SETUP}${TASK}Then we rebuilt the index as well, and we sharded it by region.`;
    expect(flagged(step, 'we-ownership')).toEqual(['we rebuilt', 'we sharded']);
  });

  it('reads "did" + a pronoun as no work named, and "did" + the work as a step', () => {
    const pronoun = `${SETUP}${TASK}The vendor shipped a new client library that week. We did all of it on the night shift, over pizza.`;
    expect(flagged(pronoun, 'we-ownership')).toEqual([]);
    const work = `${SETUP}${TASK}The vendor shipped a new client library that week. We did the index rebuild on the night shift.`;
    expect(flagged(work, 'we-ownership')).toEqual(['We did']);
  });

  it('reads a day or week of the plan by number as a milestone', () => {
    const text = `${SETUP}${TASK}Priya rewrote the ranking query. We launched on day twelve of the freeze, and we shipped the rest in week three.`;
    expect(flagged(text, 'we-ownership')).toEqual([]);
    const step = `${SETUP}${TASK}Priya rewrote the ranking query. We rebuilt the index on day twelve.`;
    expect(flagged(step, 'we-ownership')).toEqual(['We rebuilt']);
  });

  it('does not flag a verb joined to a flagged "we" a second time', () => {
    const text = `${SETUP}${TASK}We paged the DBA and rolled back the release, then restarted the search pods.`;
    expect(flagged(text, 'we-ownership')).toEqual(['We paged']);
  });
});
