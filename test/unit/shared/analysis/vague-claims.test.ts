import { describe, expect, it } from 'vitest';
import { flagsPhrase } from './helpers';

const SETUP =
  'The invoice exporter kept timing out at month end. My job was to make it dependable. I split ' +
  'the export into pages of five hundred rows and moved it onto a worker queue.';

const yes = (text: string, phrase: string) =>
  expect(flagsPhrase(text, 'vague', phrase), text).toBe(true);
const no = (text: string, phrase: string) =>
  expect(flagsPhrase(text, 'vague', phrase), text).toBe(false);

/** Session 8: classes of claims the fresh answers showed, in wordings unlike theirs. */
describe('vague: states claimed in the result', () => {
  it('flags a state after the story clock, without taking the clock into the subject', () => {
    yes(
      `${SETUP} After about six months usage was still fairly thin.`,
      'usage was still fairly thin',
    );
    no(`${SETUP} After about six months usage was at 40 teams out of 52.`, 'usage was');
  });

  it('flags a known feeling of any group of people, whatever its ending', () => {
    yes(`${SETUP} The accountants were thrilled.`, 'thrilled');
    yes(`${SETUP} In the end our investors were stoked.`, 'stoked');
  });

  it('flags a hedged judgement of the whole', () => {
    yes(`${SETUP} In the end the rewrite was sort of a waste.`, 'a waste');
    yes(`${SETUP} In the end it was kind of a failure.`, 'a failure');
  });
});

describe('vague: comparisons and judgements told in passing', () => {
  it('flags a comparison by degree set off by a comma, with no verb of its own', () => {
    yes(`${SETUP} The close ran better after that, far less painful.`, 'far less painful');
    yes(`${SETUP} It was calmer after, like, way fewer tickets.`, 'way fewer tickets');
    no(`${SETUP} We kept the old exporter, mostly for the audit trail.`, 'mostly');
  });

  it('flags a hedged "it helped" and a step judged by a relative after a comma', () => {
    yes(`${SETUP} It kind of helped, to be honest.`, 'helped');
    yes(`${SETUP} Then we retried the failed pages by hand, which sort of worked.`, 'worked');
    no(`${SETUP} It helped the auditors trace every page back to its batch.`, 'helped');
  });

  it('flags the whole judged among the steps, but not a busy time or a scene', () => {
    yes(
      'We moved the exporter to Go and rewrote the scheduler, and honestly it was a bit of a disaster.',
      'disaster',
    );
    no(
      'We moved the exporter to Go. My daughter was born that week, so it was a wild month for me.',
      'wild month',
    );
  });
});

describe('vague: the work taken up or finished, by degree only', () => {
  it('flags use told as it went on or in the passive, with no count', () => {
    yes(`${SETUP} Six months later barely anybody was using it.`, 'using it');
    yes(`${SETUP} After launch it was used a lot by the billing crew.`, 'used a lot');
    no(`${SETUP} Six months later 41 of the 50 accountants were using it.`, 'using it');
  });

  it('flags "got the X done" with no how, but not with one', () => {
    yes(`${SETUP} We got the cutover done and moved on to the reports.`, 'got the cutover done');
    no(
      `${SETUP} We got the cutover done by replaying the queue overnight.`,
      'got the cutover done',
    );
  });
});

describe('vague: what is not a claim', () => {
  it('does not flag a property given as the reason for a choice', () => {
    no(
      'I picked SQS over Kafka because it is a lot easier to operate for a team of three.',
      'easier',
    );
    no(`${SETUP} I kept the old CSV format because the bank's parser was strict.`, 'strict');
  });

  it('still flags a change given as a cause', () => {
    yes(
      `${SETUP} The other squads adopted it, because their month end got a lot calmer.`,
      'calmer',
    );
  });

  it('does not flag a step the speaker could not take', () => {
    no(
      `${SETUP} For the invoices already sent we couldn't fix those, so finance reissued them.`,
      'fix those',
    );
    no(`${SETUP} We never handled it for the legacy tenants, which I regret.`, 'handled it');
  });

  it('does not flag "worked out" with what was found', () => {
    no(`${SETUP} First I worked out which tenants still called the old endpoint.`, 'worked out');
    no(`${SETUP} I figured out exactly where the lock was taken.`, 'figured out');
  });

  it('does not flag an amount of a feeling or of late hours', () => {
    no('Before engineering I did support, so I have a lot of respect for the agents.', 'a lot of');
    no(`${SETUP} To be fair it was a lot of late nights.`, 'a lot of');
  });

  it('does not flag what a named colleague found, told with what it was', () => {
    no(
      `${SETUP} Farid found the problem, a cursor that was never closed, and I wrote the fix.`,
      'found the problem',
    );
  });

  it('does not flag one person settling, wherever it is told', () => {
    no(`${SETUP} In the end she asked for a totals row and then she was okay.`, 'she was okay');
  });

  it('does not flag a change up to a named bound, nor a feeling about a thing named before', () => {
    no(
      'The queue depth climbed past the autoscaling limit, so the workers fell behind. I split the export into pages.',
      'climbed',
    );
    no(`${SETUP} Month end moved by a day, which the controllers were unhappy about.`, 'unhappy');
  });

  it('does not flag a present-tense rule of thumb', () => {
    no(
      `${SETUP} A migration plan goes down better with a rollback step in it than with promises.`,
      'better',
    );
    no(`${SETUP} What I took away is that reviews are faster when the diff is small.`, 'faster');
    yes(`${SETUP} Month end is a lot calmer now.`, 'calmer');
  });
});
